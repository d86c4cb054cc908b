package io.github.jianshi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.model.ReportJson;
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
    // plain Jackson writes absent optionals as null, which the format does not allow: it is only a
    // speed baseline, but it must carry the same content
    assertThat(b.mapper.readValue(b.jacksonWrite(), WireReport.class)).isEqualTo(b.wire);
    assertThat(ReportJson.read(ours).report()).contains(b.report);
    assertThat(b.jacksonWritePretty().length).isGreaterThan(b.jacksonWrite().length);
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
