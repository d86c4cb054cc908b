package io.github.jianshi.benchmarks;

import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * Locating many diagnostics in a large document: the same 3.6 MB report, once pretty-printed (the
 * canonical layout, 4 415 lines) and once minified to a single line, as clients send it. It answers
 * the nine-point checklist with 200 findings for unknown checkpoints and 200 measures that link five
 * unknown checkpoints each: 1 410 conformance diagnostics (200 unknown checkpoints and 200 unaddressed
 * findings, 1 000 unknown links, nine missing checkpoints, the missing hash), at pointers the fast path
 * records ({@code /findings/i/checkpoint}, {@code /findings/i}) and at deeper ones found by a scan
 * ({@code /measures/i/checkpoints/j}). Locating must be linear in the document: the single line within
 * 2× of the pretty-printed form.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LocateBenchmark {
  /** Findings in the document (the schema's maximum). */
  static final int FINDINGS = 200;
  /** Measures in the document (the schema's maximum). */
  static final int MEASURES = 200;
  /** Unknown checkpoints each measure links. */
  static final int LINKS = 5;

  byte[] pretty;
  byte[] singleLine;
  ReportValidator validator;

  /** Builds both forms of the document. */
  @Setup
  public void setUp() {
    String text = document();
    pretty = text.getBytes(StandardCharsets.UTF_8);
    // strings hold no raw line feed, so every line feed and the indentation after it are layout
    singleLine = text.replaceAll("\n *", "").getBytes(StandardCharsets.UTF_8);
    validator = ReportValidator.defaults();
  }

  /**
   * The pretty-printed document: baseline.
   *
   * @return the result
   */
  @Benchmark
  public ValidatedReport prettyPrinted() {
    return validator.validate(pretty);
  }

  /**
   * The same document on one line.
   *
   * @return the result
   */
  @Benchmark
  public ValidatedReport singleLine() {
    return validator.validate(singleLine);
  }

  /** The report, in the canonical layout (two-space indent). */
  static String document() {
    String body = "查摆问题不够深入，整改落实不够到位。".repeat(330); // 5 940 CJK characters, 17.8 KB
    StringBuilder b = new StringBuilder(4 * 1024 * 1024);
    b.append("{\n  \"schemaVersion\": 1,\n  \"checklist\": {\n")
        .append("    \"id\": \"rule-of-law-business-environment-nine-whethers\",\n    \"version\": \"1\"\n  },\n")
        .append("  \"title\": \"个人对照检视材料\",\n  \"status\": \"draft\",\n  \"preamble\": [],\n  \"findings\": [\n");
    for (int i = 0; i < FINDINGS; i++) {
      b.append("    {\n      \"checkpoint\": \"unknown-").append(i).append("\",\n")
          .append("      \"verdict\": \"problems-found\",\n      \"body\": [\n        [\n          {\n")
          .append("            \"kind\": \"lead\",\n            \"text\": \"").append(body).append("\"\n")
          .append("          }\n        ]\n      ]\n    }").append(i + 1 < FINDINGS ? ",\n" : "\n");
    }
    b.append("  ],\n  \"causes\": [],\n  \"measures\": [\n");
    for (int i = 0; i < MEASURES; i++) {
      b.append("    {\n      \"text\": \"加强学习。\",\n      \"checkpoints\": [\n");
      for (int j = 0; j < LINKS; j++) {
        b.append("        \"gone-").append(i).append('-').append(j).append(j + 1 < LINKS ? "\",\n" : "\"\n");
      }
      b.append("      ]\n    }").append(i + 1 < MEASURES ? ",\n" : "\n");
    }
    b.append("  ]\n}\n");
    return b.toString();
  }
}
