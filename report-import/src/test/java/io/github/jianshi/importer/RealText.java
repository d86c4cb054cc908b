package io.github.jianshi.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real report's text, copied from examples into this module's test resources. */
final class RealText {
  private RealText() {}

  static byte[] bytes() {
    try (InputStream in = RealText.class.getResourceAsStream("/real/nine-point-self-inspection.txt")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
