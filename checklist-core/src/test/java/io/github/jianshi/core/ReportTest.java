package io.github.jianshi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.SampleReports;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void defaultsOfAReport() {
    Report r = Report.builder().answering(Checklists.ninePoint()).build();
    assertThat(r.status()).isEqualTo(ReportStatus.DRAFT);
    assertThat(r.headings()).isEqualTo(SectionHeadings.defaults());
    assertThat(r.headings().isDefault()).isTrue();
    assertThat(r.headings().problems()).isEqualTo("存在的主要问题");
    assertThat(r.headings().causes()).isEqualTo("产生问题原因剖析");
    assertThat(r.headings().measures()).isEqualTo("今后努力方向及整改措施");
    assertThat(r.findings()).isEmpty();
    assertThat(r.title()).isEmpty();
    assertThat(r.checklist()).isEqualTo(Checklists.ninePoint().ref());
  }

  @Test
  void aFindingKnowsItsPointsAndCases() {
    Finding f = Finding.builder().answering(Checklists.ninePoint().checkpoints().get(0))
        .verdict(Verdict.PROBLEMS_FOUND)
        .addParagraph(Segment.lead("总述。"), Segment.point("甲。"), Segment.example("比如，甲例。"))
        .addParagraph(Segment.point("乙。"))
        .build();
    assertThat(f.points()).extracting(Segment::text).containsExactly("甲。", "乙。");
    assertThat(f.heading()).contains(Checklists.ninePoint().checkpoints().get(0).title());
    assertThat(f.isBodyBlank()).isFalse();
    assertThat(Finding.builder().from(f).body(java.util.List.of(Paragraph.of(Segment.detail(" ")))).build()
        .isBodyBlank()).isTrue();
  }

  @Test
  void valuesAreEqualByContent() {
    Map<String, Report> a = SampleReports.all();
    Map<String, Report> b = SampleReports.all();
    assertThat(a).isEqualTo(b);
    assertThat(a.get("eleven-points")).isNotEqualTo(a.get("no-causes"));
  }

  @Test
  void measureIsTrackedWhenAnyLedgerFieldIsSet() {
    assertThat(Measure.of("h", "t").isTracked()).isFalse();
    assertThat(Measure.builder().text("t").owner("办公室").build().isTracked()).isTrue();
    assertThat(Measure.builder().text("t").status(MeasureStatus.DONE).build().isTracked()).isTrue();
  }
}
