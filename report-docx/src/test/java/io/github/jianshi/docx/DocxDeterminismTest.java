package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.ReportRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The same report gives the same bytes: no clock, zone or locale in the output; safe across threads. */
class DocxDeterminismTest {
  private static final ReportRenderer RENDERER = DocxRenderers.docx(
      RenderOptions.builder().checklists(SampleReports.registry()).closingBlock(true).build());
  private static final Report REPORT = SampleReports.trackedMeasures();

  @Test
  void sameReportSameBytes() throws Exception {
    byte[] first = RENDERER.renderToBytes(REPORT);
    Thread.sleep(1100); // zip times have a two-second resolution; cross a boundary at least sometimes
    byte[] second = RENDERER.renderToBytes(REPORT);
    assertThat(second).isEqualTo(first);
    // A fresh renderer with equal options gives the same bytes too.
    byte[] third = DocxRenderers.docx(
        RenderOptions.builder().checklists(SampleReports.registry()).closingBlock(true).build())
        .renderToBytes(REPORT);
    assertThat(third).isEqualTo(first);
  }

  @Test
  void sameBytesUnderAnotherDefaultTimeZoneAndLocale() {
    byte[] here = RENDERER.renderToBytes(REPORT);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(RENDERER.renderToBytes(REPORT)).isEqualTo(here);
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(RENDERER.renderToBytes(REPORT)).isEqualTo(here);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void zipEntriesHaveAFixedTimeAndOrder() throws IOException {
    byte[] docx = RENDERER.renderToBytes(REPORT);
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
        assertThat(e.getExtra()).as(e.getName()).isNull();
      }
    }
    assertThat(names).startsWith("[Content_Types].xml", "_rels/.rels");
    assertThat(names.subList(2, names.size())).isSorted();
    assertThat(names).contains("word/document.xml", "word/styles.xml", "word/settings.xml",
        "word/footer1.xml", "word/footer2.xml", "word/fontTable.xml", "docProps/core.xml");
  }

  @Test
  void concurrentRenderingGivesTheSameBytes() throws Exception {
    byte[] expected = RENDERER.renderToBytes(REPORT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        results.add(pool.submit(() -> RENDERER.renderToBytes(REPORT)));
      }
      for (Future<byte[]> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
