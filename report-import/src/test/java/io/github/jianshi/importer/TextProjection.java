package io.github.jianshi.importer;

import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import java.util.List;

/**
 * What plain text can carry of a report: without id, author, date, status and ledger fields (the
 * text renderer writes no id, so an imported report has none).
 */
final class TextProjection {
  private TextProjection() {}

  static Report of(Report r) {
    Report.Builder b = Report.builder().from(r).status(ReportStatus.DRAFT);
    b.author(java.util.Optional.empty());
    b.id(java.util.Optional.empty());
    if (r.signature().isEmpty()) {
      b.date(java.util.Optional.empty());
    }
    List<Cause> causes = r.causes().stream()
        .map(c -> Cause.builder().from(c).checkpoints(List.of()).build()).toList();
    List<Measure> measures = r.measures().stream()
        .map(m -> Measure.builder().from(m).checkpoints(List.of()).owner(java.util.Optional.empty())
            .due(java.util.Optional.empty()).kind(java.util.Optional.empty()).status(java.util.Optional.empty())
            .build())
        .toList();
    b.causes(causes).measures(measures);
    return b.build();
  }
}
