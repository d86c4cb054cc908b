package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import io.github.jianshi.importer.SourceDocument;
import io.github.jianshi.importer.SourceParagraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Word files of report-import's corpus ({@code report-import/src/test/resources/corpus/word/},
 * saved by LibreOffice from the text files of {@code ../text/}): each .docx reads to the lines of its
 * text file and imports to the report its text imports to, so it meets the same hand labels
 * (report-import's CorpusTest checks the text against them); each .doc is refused with "save as
 * .docx".
 */
class DocxImportCorpusTest {
  private static final Path CORPUS = Path.of("..", "report-import", "src", "test", "resources", "corpus");

  static Stream<String> docx() throws IOException {
    return files(".docx");
  }

  static Stream<String> doc() throws IOException {
    return files(".doc");
  }

  private static Stream<String> files(String suffix) throws IOException {
    Path word = CORPUS.resolve("word");
    assertThat(word).as("the corpus of report-import, read from this module's directory").isDirectory();
    try (Stream<Path> list = Files.list(word)) {
      List<String> names = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted()
          .collect(Collectors.toList());
      assertThat(names).isNotEmpty();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("docx")
  void wordFileImportsLikeItsText(String name) throws IOException {
    Path text = CORPUS.resolve("text").resolve(name.replace(".docx", ".txt"));
    String content = Files.readString(text, StandardCharsets.UTF_8);
    SourceDocument source = DocxImport.read(CORPUS.resolve("word").resolve(name), ImportLimits.defaults());
    List<String> lines = content.lines().collect(Collectors.toList());
    assertThat(source.paragraphs()).extracting(SourceParagraph::text).containsExactlyElementsOf(lines);
    assertThat(source.diagnostics()).isEmpty();

    ImportResult fromText = ReportImporter.defaults().importText(text);
    ImportResult fromWord = ReportImporter.defaults().importDocument(source);
    assertThat(fromWord.report()).as(() -> fromWord.diagnostics().describe(Locale.ROOT)).isEqualTo(fromText.report());
    assertThat(fromWord.checklist()).isEqualTo(fromText.checklist());
    assertThat(fromWord.checklistInferred()).isEqualTo(fromText.checklistInferred());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("doc")
  void wordNinetySevenFileIsRefused(String name) {
    SourceDocument source = DocxImport.read(CORPUS.resolve("word").resolve(name), ImportLimits.defaults());
    assertThat(source.paragraphs()).isEmpty();
    assertThat(source.diagnostics()).extracting(Diagnostic::code).containsExactly(DocxDiagnostics.DOC);
  }
}
