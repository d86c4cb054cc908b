package io.github.jianshi.benchmarks;

import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text import of the real report (8.9 KB of UTF-8) against a baseline that decodes the same bytes to
 * a String and splits it into lines; and the import of 1×, 10×, 100× the text (each finding's body
 * paragraphs repeated until the text is that many times as long: 8.9 KB, 89 KB, 888 KB) to show it
 * scales linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {
  /** How many times each finding's body paragraphs are repeated. */
  @Param({"1", "10", "100"})
  public int times;

  byte[] text;
  ReportImporter importer;

  /** Reads the real report and builds the scaled text once. */
  @Setup
  public void setUp() {
    byte[] original = original();
    text = times == 1 ? original : scaled(new String(original, StandardCharsets.UTF_8), times)
        .getBytes(StandardCharsets.UTF_8);
    importer = ReportImporter.defaults();
    if (!importer.importText(text).isImported()) {
      throw new IllegalStateException("the benchmark text does not import");
    }
  }

  /**
   * Baseline: decode the bytes (strict UTF-8 detection is part of the import, so the baseline
   * decodes too) and split them into lines.
   *
   * @return the lines
   */
  @Benchmark
  public List<String> decodeAndSplitLines() {
    return new String(text, StandardCharsets.UTF_8).lines().toList();
  }

  /**
   * Ours: bytes to report, checklist and diagnostics.
   *
   * @return the result
   */
  @Benchmark
  public ImportResult importText() {
    return importer.importText(text);
  }

  static byte[] original() {
    try (InputStream in = ImportBenchmark.class.getResourceAsStream("/nine-point-self-inspection.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing nine-point-self-inspection.txt");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text made {@code times} as long (in characters, and so in bytes, since the repeated text is
   * as Chinese as the rest): the body paragraphs of every finding (lines after a （N） heading) are
   * repeated as often as needed. Title, headings, causes and measures stay as they are, so the report
   * keeps its nine findings on the nine checkpoints.
   */
  static String scaled(String text, int times) {
    String[] lines = text.split("\n", -1);
    int bodyChars = 0;
    boolean inFinding = false;
    for (String line : lines) {
      if (heading(line)) {
        inFinding = line.startsWith("（");
      } else if (inFinding) {
        bodyChars += line.length() + 1;
      }
    }
    long repeat = Math.max(1, Math.round(((double) times * text.length() - (text.length() - bodyChars)) / bodyChars));
    List<String> out = new ArrayList<>();
    List<String> body = new ArrayList<>();
    inFinding = false;
    for (String line : lines) {
      if (heading(line)) {
        for (int i = 0; i < repeat; i++) {
          out.addAll(body);
        }
        body.clear();
        out.add(line);
        inFinding = line.startsWith("（");
      } else if (inFinding) {
        body.add(line);
      } else {
        out.add(line);
      }
    }
    return String.join("\n", out);
  }

  private static boolean heading(String line) {
    return line.startsWith("（") || line.matches("^[一二三四五六七八九十]+、.*");
  }
}
