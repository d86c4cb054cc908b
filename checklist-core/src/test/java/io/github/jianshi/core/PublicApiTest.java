package io.github.jianshi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.PublicApi;
import io.github.jianshi.core.conformance.Conformance;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.MessageBundle;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.core.ledger.LedgerEntry;
import io.github.jianshi.core.ledger.LedgerIds;
import io.github.jianshi.core.ledger.LedgerRules;
import io.github.jianshi.core.ledger.LedgerView;
import io.github.jianshi.core.ledger.MeasureTableText;
import io.github.jianshi.core.ledger.SourceReport;
import io.github.jianshi.core.numbering.ChineseDates;
import io.github.jianshi.core.numbering.ChineseNumerals;
import io.github.jianshi.core.numbering.Marker;
import org.junit.jupiter.api.Test;

/**
 * The public types of checklist-core are exactly these: a type becomes public API only by being added
 * here. Everything else stays package-private.
 */
class PublicApiTest {
  @Test
  void thePublicTypesAreExactlyTheAllowedOnes() {
    assertThat(PublicApi.typesOf(Report.class)).containsExactlyInAnyOrder(
        // io.github.jianshi.core: the domain
        Author.class, Author.Builder.class,
        Cause.class, Cause.Builder.class,
        Checklist.class, Checklist.Builder.class,
        ChecklistRef.class, ChecklistRef.Builder.class,
        ChecklistRegistry.class,
        Checklists.class,
        Checkpoint.class, Checkpoint.Builder.class,
        CheckpointKind.class,
        ExtraSection.class, ExtraSection.Builder.class, ExtraSection.Placement.class,
        Finding.class, Finding.Builder.class,
        Measure.class, Measure.Builder.class,
        MeasureKind.class,
        MeasureStatus.class,
        Numbering.class, Numbering.Builder.class,
        Paragraph.class,
        PointStyle.class,
        ProgressUpdate.class, ProgressUpdate.Builder.class,
        Report.class, Report.Builder.class,
        ReportStatus.class,
        SectionHeadings.class, SectionHeadings.Builder.class,
        Segment.class,
        SegmentKind.class,
        Verdict.class,
        Verification.class, Verification.Builder.class,
        // Internal, documented as not part of the API: public only because the package-info.java of
        // the other modules' domain packages apply it, which Java allows only for an accessible
        // annotation.
        JianshiStyle.class,
        // io.github.jianshi.core.conformance
        Conformance.class,
        // io.github.jianshi.core.diagnostic
        Diagnostic.class, Diagnostic.Builder.class,
        MessageBundle.class,
        Severity.class,
        ValidationResult.class,
        // io.github.jianshi.core.ledger
        LedgerEntry.class, LedgerEntry.Builder.class,
        LedgerIds.class,
        LedgerRules.class,
        LedgerView.class,
        MeasureTableText.class,
        SourceReport.class, SourceReport.Builder.class,
        // io.github.jianshi.core.numbering
        ChineseDates.class,
        ChineseNumerals.class,
        Marker.class);
  }
}
