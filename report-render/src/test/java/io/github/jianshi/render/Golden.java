package io.github.jianshi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. Run the tests with
 * {@code -Djianshi.updateGolden=true} to rewrite them from the current output, then review the diff.
 */
final class Golden {
  private Golden() {}

  static final boolean UPDATE = Boolean.getBoolean("jianshi.updateGolden");

  static void assertMatches(String relativePath, String actual) throws IOException {
    Path file = Path.of("src/test/resources/golden").resolve(relativePath);
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (regenerate with -Djianshi.updateGolden=true)", file).exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
