package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import io.github.jianshi.importer.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A hand-written Word report whose section and subsection markers exist only in its automatic
 * numbering (heading styles tied to a multilevel list, {@code import/numbered-report/}), with split
 * runs, proofing marks and tracked changes, imports to the report that its text with the markers typed
 * ({@code report.txt} beside it) imports to.
 */
class DocxImportNumberedReportTest {

  @Test
  void markersFromNumberingGiveTheStructure() {
    SourceDocument source = DocxImport.read(WordPackages.fromResources("numbered-report"), ImportLimits.defaults());
    assertThat(source.paragraphs()).extracting(p -> p.numberingMarker().orElse("") + p.text())
        .containsExactlyElementsOf(new String(WordPackages.resource("import/numbered-report/report.txt"),
            StandardCharsets.UTF_8).lines().toList());
    assertThat(source.paragraphs()).allSatisfy(p -> assertThat(p.text()).doesNotStartWith("一、").doesNotStartWith("（"));

    ImportResult word = ReportImporter.defaults().importDocument(source);
    ImportResult text = ReportImporter.defaults().importText(WordPackages.resource("import/numbered-report/report.txt"));
    assertThat(word.isImported()).as(() -> word.diagnostics().describe(Locale.ROOT)).isTrue();
    Report report = word.report().orElseThrow();
    assertThat(report).isEqualTo(text.report().orElseThrow());
    assertThat(report.title()).hasValue("关于开展作风建设自查的报告");
    assertThat(report.findings()).hasSize(2);
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.points()).hasSize(2));
    assertThat(report.findings().get(1).heading()).hasValue("在工作作风方面");
    assertThat(report.causes()).hasSize(2);
    assertThat(report.measures()).hasSize(2);
    assertThat(word.checklistInferred()).isEqualTo(text.checklistInferred());
    assertThat(word.diagnostics().diagnostics()).extracting(Diagnostic::code).contains(DocxDiagnostics.TRACKED_CHANGES);
  }
}
