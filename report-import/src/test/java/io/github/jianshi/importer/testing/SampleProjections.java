package io.github.jianshi.importer.testing;

import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an import of a rendered sample report (default render options, the samples' registry) can give
 * back: the sample as far as the rendered document carries it. One list of exceptions for the text and the Word round trips (report-import's
 * {@code SampleRoundTripTest}, report-docx's {@code DocxImportRoundTripTest}); each is explained where
 * it is made.
 */
public final class SampleProjections {
  private SampleProjections() {}

  /**
   * What plain text carries of a sample: {@link #word} without the ledger fields of the measures
   * (owner, due date, kind, status and the checkpoints they address), which only the 整改清单 table
   * of the Word rendering says; text has no table.
   *
   * @param name the sample's name ({@code SampleReports.all()})
   * @param sample the sample
   * @return the report an import of its text rendering gives
   */
  public static Report text(String name, Report sample) {
    Report r = word(name, sample);
    List<Measure> measures = r.measures().stream()
        .map(m -> Measure.builder().from(m).checkpoints(List.of()).owner(Optional.empty())
            .due(Optional.empty()).kind(Optional.empty()).status(Optional.empty()).build())
        .toList();
    return Report.builder().from(r).measures(measures).build();
  }

  /**
   * What the Word rendering (with its 整改清单 table, when the measures are tracked) carries of a
   * sample. Neither rendering says:
   * <ul>
   *   <li>the report's id and status: no renderer writes them; an import is a draft without id;</li>
   *   <li>the author: renderers print it only in an optional closing block, whose lines an import
   *       keeps as written; and the date, unless the report's signature block shows it;</li>
   *   <li>the checkpoints a cause addresses: causes have no table;</li>
   *   <li>the checkpoints a measure addresses when no measure is tracked (has an owner, due date, kind
   *       or status): by default the Word rendering writes the 整改清单 only for tracked measures;</li>
   *   <li>in eleven-points, findings 八 and 十 are NOT_PRESENT_WITH_SHORTCOMINGS but their text
   *       (…还有差距。工作中有时…) states no absence: imported as PROBLEMS_FOUND;</li>
   *   <li>in life-meeting, the third paragraph of finding 一 is a point and a detail
   *       (2.学用结合不够紧密。运用…), which is written exactly like a point of two sentences
   *       (RandomReports: 工作标准不够高，满足于过得去。有时存在畏难情绪。): imported as one point.</li>
   * </ul>
   *
   * @param name the sample's name ({@code SampleReports.all()})
   * @param sample the sample
   * @return the report an import of its Word rendering gives
   */
  public static Report word(String name, Report sample) {
    Report.Builder b = Report.builder().from(sample).status(ReportStatus.DRAFT);
    b.author(Optional.empty());
    b.id(Optional.empty());
    if (sample.signature().isEmpty()) {
      b.date(Optional.empty());
    }
    b.causes(sample.causes().stream().map(c -> Cause.builder().from(c).checkpoints(List.of()).build()).toList());
    if (sample.measures().stream().noneMatch(Measure::isTracked)) {
      b.measures(sample.measures().stream().map(m -> Measure.builder().from(m).checkpoints(List.of()).build())
          .toList());
    }
    List<Finding> findings = new ArrayList<>(sample.findings());
    if (name.equals("life-meeting")) {
      Finding f = findings.get(0);
      List<Paragraph> body = new ArrayList<>(f.body());
      List<Segment> segs = body.get(2).segments();
      body.set(2, Paragraph.of(List.of(Segment.point(segs.get(0).text() + segs.get(1).text()))));
      findings.set(0, Finding.builder().from(f).body(body).build());
    }
    if (name.equals("eleven-points")) {
      for (int i : new int[] {7, 9}) {
        findings.set(i, Finding.builder().from(findings.get(i)).verdict(Verdict.PROBLEMS_FOUND).build());
      }
    }
    return b.findings(findings).build();
  }
}
