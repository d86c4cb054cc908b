package io.github.jianshi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ValidatedReport;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark method once (not JMH: nothing is measured here) so that a broken benchmark
 * fails the build instead of the next measurement.
 */
class BenchmarkSetupTest {

  @Test
  void decodeBenchmarksComputeWhatTheyClaim() {
    DecodeBenchmark b = new DecodeBenchmark();
    b.setUp();
    assertThat(b.json.length).isGreaterThan(10_000);
    assertThat(b.validatedDecode().report()).isPresent();
    assertThat(b.validatedDecode().result().codes()).containsExactly("measures.unlinked");
    assertThat(b.validatedDecodeSlowPath()).isEqualTo(b.validatedDecode());
    assertThat(b.validatedDecodeInvalid().report()).isEmpty();
    assertThat(b.validatedDecodeInvalid().result().codes()).containsExactly("schema.enum");
    WireReport wire = b.jacksonBind();
    assertThat(wire.findings()).hasSize(9);
    assertThat(wire.findings().get(0).body().get(0).get(0).kind()).isEqualTo("point");
    assertThat(b.jacksonTreeAndNetworknt()).isEmpty();
    assertThat(b.jacksonTreeNetworkntAndBind()).isEqualTo(wire);
  }

  @Test
  void encodeBenchmarksWriteTheSameReport() {
    EncodeBenchmark b = new EncodeBenchmark();
    b.setUp();
    byte[] ours = b.canonicalEncode();
    assertThat(ours).isEqualTo(RealReportJson.bytes());
    // plain Jackson writes absent optionals as null (the format reads them as absent): it is only a
    // speed baseline, but it must carry the same content
    assertThat(b.mapper.readValue(b.jacksonWrite(), WireReport.class)).isEqualTo(b.wire);
    assertThat(ReportJson.read(ours).report()).contains(b.report);
    assertThat(b.jacksonWritePretty().length).isGreaterThan(b.jacksonWrite().length);
  }

  @Test
  void renderBenchmarksRenderTheSameContent() throws Exception {
    RenderBenchmark b = new RenderBenchmark();
    b.setUp();
    // The baseline copies exactly the text the renderer writes.
    assertThat(b.stringBuilderCopy()).isEqualTo(b.text());
    assertThat(b.text()).hasSize(b.textLength).startsWith("全旗政法机关");
    // Word: ours and the minimal document hold the same paragraphs' text.
    byte[] ours = b.docx();
    byte[] minimal = b.poiMinimal();
    assertThat(paragraphText(ours)).isEqualTo(paragraphText(minimal).replace("\n", ""));
    assertThat(b.large.findings()).hasSize(9 * RenderBenchmark.SCALE);
    assertThat(paragraphText(b.docxLarge()).length()).isGreaterThan(paragraphText(ours).length() * 50);
  }

  private static String paragraphText(byte[] docx) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
      doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
    }
    return sb.toString().replace("\n", "");
  }

  @Test
  void locateBenchmarkLocatesTheSameDiagnosticsInBothLayouts() {
    LocateBenchmark b = new LocateBenchmark();
    b.setUp();
    assertThat(b.pretty.length).isBetween(3_400_000, 4_000_000);
    assertThat(new String(b.singleLine, java.nio.charset.StandardCharsets.UTF_8).strip()).doesNotContain("\n");
    ValidatedReport pretty = b.prettyPrinted();
    ValidatedReport single = b.singleLine();
    assertThat(pretty.report()).isPresent().isEqualTo(single.report());
    assertThat(pretty.result().codes()).hasSize(1_410)
        .containsOnly("finding.checkpoint.unknown", "checkpoint.missing", "measure.checkpoint.unknown",
            "checklist.hash.missing", "finding.unaddressed");
    assertThat(single.diagnostics()).hasSameSizeAs(pretty.diagnostics()).allSatisfy(d -> {
      assertThat(d.line()).hasValue(1);
      assertThat(d.column()).isPresent();
    });
    // the same places: in the single line, the column of each diagnostic is its character offset
    for (int i = 0; i < pretty.diagnostics().size(); i++) {
      assertThat(single.diagnostics().get(i).pointer()).isEqualTo(pretty.diagnostics().get(i).pointer());
    }
    String line = new String(b.singleLine, java.nio.charset.StandardCharsets.UTF_8);
    Diagnostic last = single.diagnostics().get(single.diagnostics().size() - 1);
    assertThat(last.pointer()).isEqualTo("/measures/199/checkpoints/4");
    assertThat(line.substring(last.column().getAsInt() - 1)).startsWith("\"gone-199-4\"");
  }

  @Test
  void docxImportBenchmarksReadTheSameParagraphs() {
    DocxImportBenchmark b = new DocxImportBenchmark();
    b.setUp();
    java.util.List<String> poi = b.poiOpenAndListParagraphs();
    assertThat(poi).hasSizeGreaterThan(20);
    assertThat(b.docxReadOnly().paragraphs()).extracting(p -> p.text()).containsExactlyElementsOf(poi);
    assertThat(b.docxImport().report()).isPresent();
    assertThat(b.docxImport().report().orElseThrow().findings()).hasSize(9);
    assertThat(b.recogniseOnly().report()).isEqualTo(b.docxImport().report());
  }

  @Test
  void bothXlsxWritersWriteTheSameRows() throws Exception {
    LedgerXlsxBenchmark b = new LedgerXlsxBenchmark();
    b.reports = 10;
    b.setUp();
    for (byte[] xlsx : new byte[][] {b.fastexcel(), b.poiStreaming()}) {
      try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
        var sheet = wb.getSheet("整改台账");
        assertThat(sheet.getLastRowNum()).isEqualTo(30);
        assertThat(sheet.getRow(30).getCell(0).getStringCellValue()).isEqualTo("2024-xz-9#M03");
        assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isEqualTo("'=清理过期文件");
        assertThat(sheet.getDataValidations()).hasSize(sheet == null ? 0 : sheet.getDataValidations().size()).isNotEmpty();
        assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
      }
    }
    assertThat(new String(b.csv(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n")).hasSize(31);
  }

  @Test
  void rollUpOnOneOrTwoThreadsGivesTheSameResult() throws Exception {
    RollUpBenchmark one = new RollUpBenchmark();
    one.threads = 1;
    one.setUp();
    RollUpBenchmark two = new RollUpBenchmark();
    two.threads = 2;
    two.setUp();
    try {
      assertThat(one.rollUp().reports()).isEqualTo(2000);
      assertThat(one.rollUp().measures()).isEqualTo(1000 * 3 + 1000 * 3);
      assertThat(two.rollUp()).isEqualTo(one.rollUp());
    } finally {
      one.tearDown();
      two.tearDown();
    }
  }
}
