package io.github.jianshi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.importer.testing.SampleProjections;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.Renderers;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample report of checklist-core: rendered to text, imported with the samples' registry,
 * gives the same report as far as text can carry it ({@link SampleProjections#text}).
 */
class SampleRoundTripTest {

  static Stream<Arguments> samples() {
    return SampleReports.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void renderThenImportGivesTheSameReport(String name, Report sample) {
    String text = Renderers.text(RenderOptions.builder().checklists(SampleReports.registry()).build())
        .renderToString(sample);
    ImportResult result = ReportImporter.builder().checklists(SampleReports.registry()).build().importText(text);
    assertTrue(result.isImported(), () -> result.diagnostics().describe(Locale.ROOT));
    assertFalse(result.checklistInferred(), () -> result.diagnostics().describe(Locale.ROOT));
    Report expected = SampleProjections.text(name, sample);
    Report actual = result.report().orElseThrow();
    assertEquals(Diff.of(expected), Diff.of(actual), () -> name + "\n" + result.diagnostics().describe(Locale.ROOT));
    assertEquals(expected, actual);
    NothingLost.check(text, result);
  }
}
