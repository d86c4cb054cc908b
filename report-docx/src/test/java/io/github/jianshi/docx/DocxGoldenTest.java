package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.Golden;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.ReportRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ReportRenderer RENDERER = DocxRenderers.docx(
      RenderOptions.builder().checklists(SampleReports.registry()).closingBlock(true).build());

  static Stream<Arguments> samples() {
    return SampleReports.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void partsMatchGoldenFiles(String name, Report report) {
    Map<String, String> parts = Docx.parts(RENDERER.renderToBytes(report));
    Map<String, String> files = new LinkedHashMap<>();
    files.put("entries.txt", String.join("\n", parts.keySet()) + "\n");
    parts.forEach((part, xml) -> files.put(part, Docx.lines(xml)));
    Golden.assertDirectory(GOLDEN.resolve(name), files);
  }
}
