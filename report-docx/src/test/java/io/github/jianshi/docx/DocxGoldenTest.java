package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.SampleReports;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.ReportRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the Word output of every sample report ({@link SampleReports#all()}), rendered with
 * the closing block and the samples' checklists.
 *
 * <p>A .docx is a zip; its bytes are compared elsewhere ({@link DocxDeterminismTest}). Here the text of
 * every part is compared: {@code src/test/resources/golden/<report>/entries.txt} lists the zip entries
 * in order, and {@code golden/<report>/<entry>} holds each XML part with a line break between adjacent
 * tags ({@link Docx#lines(String)}), so that a change shows as a readable diff.
 *
 * <p>To regenerate the files after an intended change, run
 * {@code ./mvnw -o -pl report-docx verify -Djianshi.updateGolden=true} and review the diff.
 */
class DocxGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("jianshi.updateGolden");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ReportRenderer RENDERER = DocxRenderers.docx(
      RenderOptions.builder().checklists(SampleReports.registry()).closingBlock(true).build());

  static Stream<Arguments> samples() {
    return SampleReports.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void partsMatchGoldenFiles(String name, Report report) throws IOException {
    Map<String, String> parts = Docx.parts(RENDERER.renderToBytes(report));
    Path dir = GOLDEN.resolve(name);
    String entries = String.join("\n", parts.keySet()) + "\n";
    if (UPDATE) {
      rewrite(dir, entries, parts);
    }
    assertThat(dir.resolve("entries.txt"))
        .as("golden files for %s (regenerate with -Djianshi.updateGolden=true)", name).exists();
    assertThat(entries).as("zip entries of %s", name).isEqualTo(read(dir.resolve("entries.txt")));
    for (Map.Entry<String, String> part : parts.entrySet()) {
      List<String> actual = Docx.lines(part.getValue()).lines().toList();
      List<String> expected = read(dir.resolve(part.getKey())).lines().toList();
      // Line by line, so that a failure names the first differing line rather than printing the part.
      for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
        assertThat(actual.get(i)).as("%s: %s line %d", name, part.getKey(), i + 1).isEqualTo(expected.get(i));
      }
      assertThat(actual).as("%s: %s line count", name, part.getKey()).hasSameSizeAs(expected);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Replaces the report's golden directory, so that parts no longer written do not linger. */
  private static void rewrite(Path dir, String entries, Map<String, String> parts) throws IOException {
    if (Files.exists(dir)) {
      List<Path> old = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(old::add);
      }
      for (Path p : old) {
        Files.delete(p);
      }
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("entries.txt"), entries, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> part : parts.entrySet()) {
      Path file = dir.resolve(part.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, Docx.lines(part.getValue()), StandardCharsets.UTF_8);
    }
  }
}
