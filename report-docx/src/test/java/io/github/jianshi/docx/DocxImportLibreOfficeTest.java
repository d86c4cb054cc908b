package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.SourceDocument;
import io.github.jianshi.importer.SourceParagraph;
import io.github.jianshi.importer.SourceParagraph.Alignment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word files written by LibreOffice 7.4 (Debian), as an office makes them: the real report's text
 * opened and saved as .docx, and a document with automatic Chinese numbering saved from an ODF list
 * ({@code import/libreoffice/outline.fodt}). The files are committed; one test converts the text again
 * with the installed LibreOffice.
 */
class DocxImportLibreOfficeTest {

  private static List<String> realLines() {
    String text = new String(WordPackages.resource("nine-point-self-inspection.txt"), StandardCharsets.UTF_8);
    return Arrays.asList(text.split("\n", -1));
  }

  private static List<String> texts(SourceDocument doc) {
    return doc.paragraphs().stream().map(SourceParagraph::text).collect(Collectors.toList());
  }

  @Test
  void realReportSavedByLibreOfficeGivesItsLines() {
    SourceDocument doc = DocxImport.read(WordPackages.resource("import/libreoffice/real.docx"), ImportLimits.defaults());
    List<String> lines = realLines();
    // the text ends with a line feed: LibreOffice makes no paragraph of the empty rest
    assertThat(texts(doc)).containsExactlyElementsOf(lines.subList(0, lines.size() - 1));
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(doc.paragraphs()).allSatisfy(p -> assertThat(p.numberingMarker()).isEmpty());
  }

  @Test
  void automaticNumberingSavedByLibreOffice() {
    SourceDocument doc = DocxImport.read(WordPackages.resource("import/libreoffice/outline.docx"),
        ImportLimits.defaults());
    assertThat(doc.paragraphs()).extracting(p -> p.numberingMarker().orElse("") + "|" + p.text()).containsExactly(
        "|关于对照检视的报告",
        "|现将有关情况报告如下。",
        "一、|存在的主要问题",
        "（一）|在理论学习方面",
        "1.|学习不够深入。",
        "2.|联系实际不够。",
        "（二）|在工作作风方面",
        "二、|问题产生的原因",
        "三、|整改措施");
    assertThat(doc.paragraphs().get(0).alignment()).hasValue(Alignment.CENTER);
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void wordNinetySevenFromLibreOfficeIsRefused() {
    SourceDocument doc = DocxImport.read(WordPackages.resource("import/libreoffice/real.doc"), ImportLimits.defaults());
    assertThat(doc.paragraphs()).isEmpty();
    assertThat(doc.diagnostics()).extracting(d -> d.code()).containsExactly(DocxDiagnostics.DOC);
  }

  @Test
  void installedLibreOfficeConvertsTheRealReport(@TempDir Path dir) throws IOException, InterruptedException {
    Path soffice = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .map(p -> Path.of(p, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
    Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: this test could not run");
    Path txt = dir.resolve("real.txt");
    Files.write(txt, WordPackages.resource("nine-point-self-inspection.txt"));
    Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "docx", "--outdir", dir.toString(),
        txt.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    Assumptions.assumeTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish in 3 minutes");
    Path docx = dir.resolve("real.docx");
    assertThat(docx).exists();
    SourceDocument doc = DocxImport.read(docx, ImportLimits.defaults());
    List<String> lines = realLines();
    assertThat(texts(doc)).containsExactlyElementsOf(lines.subList(0, lines.size() - 1));
  }
}
