package io.github.jianshi.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import io.github.jianshi.render.Renderers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The real report's text imports to the report built by hand in {@link RealReport}. */
class RealReportImportTest {

  @Test
  void textImportsToTheReportBuiltByHand() {
    ImportResult result = ReportImporter.defaults().importText(RealReport.originalText());
    assertTrue(result.isImported(), () -> result.diagnostics().describe(Locale.ROOT));
    Report imported = result.report().orElseThrow();
    assertEquals(ReportStatus.DRAFT, imported.status());
    assertEquals(Report.builder().from(RealReport.report()).status(ReportStatus.DRAFT).build(), imported);
    assertEquals(Checklists.ninePoint(), result.checklist().orElseThrow());
    assertFalse(result.checklistInferred());
    assertEquals(1.0, result.matchScore().orElseThrow(), 1e-9);
    assertTrue(result.diagnostics().withSeverity(Severity.WARNING).isEmpty(),
        () -> result.diagnostics().describe(Locale.ROOT));
    assertTrue(result.diagnostics().withSeverity(Severity.ERROR).isEmpty());
  }

  @Test
  void textRenderingOfTheImportGivesTheOriginalBytes() {
    Report imported = ReportImporter.defaults().importText(RealReport.originalText()).report().orElseThrow();
    byte[] rendered = Renderers.text().renderToString(imported).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(RealReport.originalText(), rendered);
  }

  @Test
  void charsetIsSaid() {
    ImportResult result = ReportImporter.defaults().importText(RealReport.originalText());
    assertEquals("UTF-8", result.source().charset().orElseThrow());
    assertTrue(result.diagnostics().codes().contains("import.charset.detected"));
  }
}
