package io.github.jianshi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Report;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.Renderers;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A seeded random test: 1 200 generated reports render to text and import to the same report. */
class RandomRoundTripTest {
  private static final long SEED = 20260527L;
  private static final int COUNT = 1200;

  @Test
  void generatedReportsRoundTrip() {
    RandomReports gen = new RandomReports(SEED);
    int[] openings = new int[3];
    for (int i = 0; i < COUNT; i++) {
      Checklist c = gen.checklist(i);
      Report report = gen.report(c);
      openings[0] += report.problemsOpening().isEmpty() ? 0 : 1;
      openings[1] += report.causesOpening().isEmpty() ? 0 : 1;
      openings[2] += report.measuresOpening().isEmpty() ? 0 : 1;
      ChecklistRegistry registry = ChecklistRegistry.builtIn().with(c);
      boolean ascii = i % 5 == 0;
      String text = Renderers.text(RenderOptions.builder().checklists(registry).asciiParentheses(ascii).build())
          .renderToString(report);
      ImportResult result = ReportImporter.builder().checklists(registry).build().importText(text);
      int n = i;
      assertTrue(result.isImported(), () -> "report " + n + "\n" + result.diagnostics().describe(Locale.ROOT));
      assertFalse(result.checklistInferred(), () -> "report " + n + "\n" + text + "\n"
          + result.diagnostics().describe(Locale.ROOT));
      Report actual = result.report().orElseThrow();
      assertEquals("", Diff.between(report, actual), () -> "report " + n + "\n" + text);
      assertEquals(report, actual);
      NothingLost.check(result);
    }
    // about one report in four opens each section with paragraphs of its own
    for (int n : openings) {
      assertTrue(n > COUNT / 8, () -> "too few generated reports with section openings: " + n);
    }
  }
}
