package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import io.github.jianshi.importer.SourceDocument;
import io.github.jianshi.importer.SourceParagraph;
import io.github.jianshi.importer.testing.SampleProjections;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.Renderers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample report of checklist-core rendered to Word and imported back gives the sample as far as
 * Word carries it ({@link SampleProjections#word}): what the text rendering carries, and the ledger
 * fields of the measures from the appendix 整改清单. The paragraphs read from Word are the lines of
 * the text, and the headings carry their styles' hints.
 */
class DocxImportRoundTripTest {

  static Stream<Arguments> samples() {
    return SampleReports.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void wordImportsLikeText(String name, Report sample) {
    RenderOptions options = RenderOptions.builder().checklists(SampleReports.registry()).build();
    String text = Renderers.text(options).renderToString(sample);
    byte[] docx = DocxRenderers.docx(options).renderToBytes(sample);
    ReportImporter importer = ReportImporter.builder().checklists(SampleReports.registry()).build();

    SourceDocument source = DocxImport.read(docx, ImportLimits.defaults());
    List<String> lines = Arrays.asList(text.split("\n", -1));
    List<String> nonEmpty = lines.stream().filter(l -> !l.isEmpty()).collect(Collectors.toList());
    List<SourceParagraph> body = source.paragraphs().stream().filter(p -> p.tableCell().isEmpty())
        .collect(Collectors.toList());
    boolean appendix = body.size() < source.paragraphs().size();
    if (appendix) {
      // the appendix: 附件, 整改清单, then the table (read into table paragraphs, one diagnostic)
      body = body.subList(0, body.size() - 2);
      assertThat(source.diagnostics()).extracting(Diagnostic::code).containsExactly(DocxDiagnostics.TABLE);
    } else {
      assertThat(source.diagnostics()).isEmpty();
    }
    assertThat(appendix).isEqualTo(sample.measures().stream().anyMatch(m -> m.isTracked()));
    assertThat(body.stream().map(SourceParagraph::text).filter(t -> !t.isEmpty()))
        .containsExactlyElementsOf(nonEmpty);
    // every section heading (一、… without punctuation) carries outline level 0; a cause or measure
    // numbered 一、 (other-numbering) is body text and carries none
    assertThat(source.paragraphs()).filteredOn(p -> p.text().matches("[一二三四五六七八九十]+、[^。，；：！？]+"))
        .isNotEmpty().allSatisfy(p -> assertThat(p.outlineLevel()).hasValue(0));
    assertThat(source.paragraphs()).filteredOn(p -> p.text().matches("[一二三四五六七八九十]+、.*[。，；：！？].*"))
        .allSatisfy(p -> assertThat(p.outlineLevel()).isEmpty());

    ImportResult fromText = importer.importText(text);
    ImportResult fromWord = importer.importDocument(source);
    assertThat(fromWord.isImported()).as(() -> fromWord.diagnostics().describe(Locale.ROOT)).isTrue();
    // the Word rendering gives the sample back as far as Word carries it: with the 整改清单, the
    // measures' owners, due dates, kinds, statuses and checkpoints too
    Report expected = SampleProjections.word(name, sample);
    assertThat(fromWord.report()).hasValue(expected);
    assertThat(fromText.report()).hasValue(SampleProjections.text(name, sample));
    assertThat(fromWord.checklist()).isEqualTo(fromText.checklist());
    assertThat(fromWord.checklistInferred()).isFalse();
    assertThat(fromWord.diagnostics().diagnostics()).filteredOn(d -> d.severity() != Severity.INFO)
        .extracting(Diagnostic::code)
        .containsExactlyElementsOf(fromText.diagnostics().diagnostics().stream()
            .filter(d -> d.severity() != Severity.INFO).map(Diagnostic::code).collect(Collectors.toList()));
    List<String> codes = fromWord.diagnostics().diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
    assertThat(codes).doesNotContain(DocxDiagnostics.TABLE);
    assertThat(codes.stream().filter(c -> c.equals("import.table.measures")).count()).isEqualTo(appendix ? 1 : 0);
    assertThat(DocxImport.importReport(docx, importer).report()).hasValue(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void appendixIsReadAsTable(String name, Report sample) {
    RenderOptions options = RenderOptions.builder().checklists(SampleReports.registry())
        .measureTable(RenderOptions.MeasureTable.ALWAYS).build();
    String text = Renderers.text(options).renderToString(sample);
    SourceDocument source = DocxImport.read(DocxRenderers.docx(options).renderToBytes(sample), ImportLimits.defaults());
    long lines = Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty()).count();
    List<SourceParagraph> rest = source.paragraphs().stream().filter(p -> !p.text().isEmpty()).skip(lines)
        .collect(Collectors.toList());
    assertThat(rest).extracting(SourceParagraph::text).startsWith("附件", "整改清单", "序号", "问题", "整改措施");
    assertThat(rest.subList(2, rest.size())).allSatisfy(p -> assertThat(p.origin()).isEqualTo(SourceParagraph.Origin.TABLE));
    assertThat(source.diagnostics()).extracting(Diagnostic::code).containsExactly(DocxDiagnostics.TABLE);
    assertThat(source.diagnostics().get(0).excerpt()).hasValue("序号");
  }


  /** An official updates the 整改清单 in Word (a status) and adds a row of their own. */
  @Test
  void editsOfTheTableInWordAreImported() throws IOException {
    Report sample = SampleReports.trackedMeasures();
    byte[] docx = DocxRenderers.docx(RenderOptions.builder().checklists(SampleReports.registry()).build())
        .renderToBytes(sample);
    byte[] edited;
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(docx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable table = doc.getTables().get(0);
      XWPFTableCell status = table.getRow(1).getCell(5);
      status.getParagraphs().get(0).getRuns().get(0).setText("已完成", 0);
      XWPFTableRow extra = table.createRow();
      extra.getCell(0).setText("4");
      extra.getCell(2).setText("新增的一条措施。");
      extra.getCell(3).setText("办公室");
      doc.write(out);
      edited = out.toByteArray();
    }
    ImportResult result = DocxImport.importReport(edited,
        ReportImporter.builder().checklists(SampleReports.registry()).build());
    Report report = result.report().orElseThrow();
    Report expected = SampleProjections.word("tracked-measures", sample);
    assertThat(report.measures().get(0).status()).hasValue(MeasureStatus.DONE);
    assertThat(report.measures().get(0).owner()).isEqualTo(expected.measures().get(0).owner());
    assertThat(report.measures().get(1).owner()).isEqualTo(expected.measures().get(1).owner());
    assertThat(report.measures().get(1).kind()).isEqualTo(expected.measures().get(1).kind());
    assertThat(result.diagnostics().diagnostics()).filteredOn(d -> d.code().equals("import.table.row-unmatched"))
        .singleElement().satisfies(d -> assertThat(d.arguments()).startsWith("4"));
    // the row of its own is kept as text
    assertThat(report.toString()).contains("新增的一条措施。", "办公室");
  }
}
