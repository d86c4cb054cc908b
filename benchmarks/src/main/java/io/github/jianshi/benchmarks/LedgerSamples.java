package io.github.jianshi.benchmarks;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reports with tracked measures for the ledger benchmarks: copies of one county report. */
final class LedgerSamples {
  private LedgerSamples() {}

  static Report county(int i) {
    List<Checkpoint> cps = Checklists.ninePoint().checkpoints();
    return Report.builder().answering(Checklists.ninePoint()).id("2024-xz-" + i).title("县司法局对照检视报告")
        .author(Author.builder().name("干部" + i).organization("某某县第" + (i % 50) + "局").build())
        .date(LocalDate.of(2024, 3, 1))
        .addFinding(Finding.builder().answering(cps.get(0)).verdict(Verdict.PROBLEMS_FOUND)
            .addBody(Paragraph.of(List.of(Segment.lead("学习不够深入。")))).build())
        .addMeasure(Measure.builder().headline("加强学习。").text("每月集中学习一次，围绕法治化营商环境开展专题研讨。")
            .addCheckpoint(cps.get(0).id()).owner("办公室").due(LocalDate.of(2024, 5, 31))
            .kind(MeasureKind.TIME_BOUND).status(MeasureStatus.IN_PROGRESS).build())
        .addMeasure(Measure.builder().headline("完善制度。").text("修订议事规则，建立整改台账月报制度。")
            .addCheckpoint(cps.get(0).id()).owner("法规科").due(LocalDate.of(2024, 9, 30))
            .kind(MeasureKind.TIME_BOUND).status(MeasureStatus.NOT_STARTED).build())
        .addMeasure(Measure.builder().headline("立即整改。").text("=清理过期文件").owner("办公室")
            .due(LocalDate.of(2024, 4, 15)).kind(MeasureKind.IMMEDIATE).status(MeasureStatus.DONE).build())
        .build();
  }

  static List<Report> counties(int n) {
    List<Report> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(county(i));
    }
    return out;
  }
}
