package io.github.jianshi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.docx.DocxImport;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import io.github.jianshi.render.Renderers;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The real report rendered to Word imports back to the report built by hand in {@link RealReport}. */
class RealReportDocxImportTest {

  @Test
  void wordRenderingImportsToTheReportBuiltByHand() {
    byte[] docx = DocxRenderers.docx().renderToBytes(RealReport.report());
    ImportResult result = DocxImport.importReport(docx, ReportImporter.defaults());
    assertTrue(result.isImported(), () -> result.diagnostics().describe(Locale.ROOT));
    assertEquals("docx", result.source().format());
    Report imported = result.report().orElseThrow();
    // import gives a draft: the status is the one thing Word does not carry back
    assertEquals(ReportStatus.DRAFT, imported.status());
    assertEquals(Report.builder().from(RealReport.report()).status(ReportStatus.DRAFT).build(), imported);
    assertEquals(Checklists.ninePoint(), result.checklist().orElseThrow());
    assertFalse(result.checklistInferred());
    assertTrue(result.diagnostics().withSeverity(Severity.WARNING).isEmpty(),
        () -> result.diagnostics().describe(Locale.ROOT));
    assertTrue(result.diagnostics().withSeverity(Severity.ERROR).isEmpty());
  }

  @Test
  void wordImportRendersBackToTheOriginalText() {
    byte[] docx = DocxRenderers.docx().renderToBytes(RealReport.report());
    Report imported = DocxImport.importReport(docx, ReportImporter.defaults()).report().orElseThrow();
    assertEquals(new String(RealReport.originalText(), java.nio.charset.StandardCharsets.UTF_8),
        Renderers.text().renderToString(imported));
  }
}
