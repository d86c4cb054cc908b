package io.github.jianshi.benchmarks;

import io.github.jianshi.core.Report;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.render.ReportRenderer;
import io.github.jianshi.render.Renderers;
import io.github.jianshi.render.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the real report, each against a baseline in the same run: plain text against copying
 * the same lines into a {@code StringBuilder}; Word against a minimal POI document with the same
 * paragraphs and no styles; and Word for a report 100 times the size (the findings, causes and
 * measures repeated 100 times: 900 findings) against Word for the real report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
  /** How many times the large report repeats the real report's findings, causes and measures. */
  static final int SCALE = 100;

  Report report;
  Report large;
  List<String> lines;
  int textLength;
  TextRenderer text;
  ReportRenderer docx;

  /** Decodes the real report, builds the large one and the lines of the text rendering. */
  @Setup
  public void setUp() {
    report = ReportJson.read(RealReportJson.bytes()).report().orElseThrow();
    Report.Builder big = Report.builder().from(report).findings(List.of()).causes(List.of()).measures(List.of());
    for (int i = 0; i < SCALE; i++) {
      big.addAllFindings(report.findings()).addAllCauses(report.causes()).addAllMeasures(report.measures());
    }
    large = big.build();
    text = Renderers.text();
    docx = DocxRenderers.docx();
    String rendered = text.renderToString(report);
    textLength = rendered.length();
    lines = List.of(rendered.split("\n", -1));
  }

  /**
   * Ours: the real report as 公文 plain text.
   *
   * @return the text
   */
  @Benchmark
  public String text() {
    return text.renderToString(report);
  }

  /**
   * Baseline of {@link #text()}: the same lines appended to a {@code StringBuilder}, each with its
   * line feed, and turned into a string.
   *
   * @return the text
   */
  @Benchmark
  public String stringBuilderCopy() {
    StringBuilder out = new StringBuilder(16 * 1024);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(lines.get(i));
    }
    return out.toString();
  }

  /**
   * Ours: the real report as Word, GB/T 9704 (styles, page setup, footers, font table, stable zip).
   *
   * @return the .docx bytes
   */
  @Benchmark
  public byte[] docx() {
    return docx.renderToBytes(report);
  }

  /**
   * Baseline of {@link #docx()}: a minimal POI document with the same paragraphs (one run each, the
   * lines of the text rendering) and no styles, page setup or footers, written as POI writes it.
   *
   * @return the .docx bytes
   */
  @Benchmark
  public byte[] poiMinimal() {
    return minimal(lines);
  }

  /**
   * Ours: a report {@value #SCALE} times the real report's size as Word.
   *
   * @return the .docx bytes
   */
  @Benchmark
  public byte[] docxLarge() {
    return docx.renderToBytes(large);
  }

  static byte[] minimal(List<String> paragraphs) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      out.add(line);
    }
    return out;
  }
}
