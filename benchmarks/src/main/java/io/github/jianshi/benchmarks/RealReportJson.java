package io.github.jianshi.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real report's canonical JSON, copied into this module's jar at build time from examples. */
final class RealReportJson {
  private RealReportJson() {}

  static byte[] bytes() {
    try (InputStream in = RealReportJson.class.getResourceAsStream("/real-report.json")) {
      if (in == null) {
        throw new IllegalStateException("real-report.json is missing from the benchmarks jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
