package io.github.jianshi.ledger;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The reports the ledger tests use. */
final class Fixtures {
  private Fixtures() {}

  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  static LedgerOptions options() {
    return LedgerOptions.builder().asOf(AS_OF).validator(ReportValidator.builder()
        .registry(SampleReports.registry()).build()).build();
  }

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/ledger/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The real report (three measures, no ledger fields), as decoded from its JSON. */
  static Report real() {
    return ReportJson.read(resource("real-report.json")).report().orElseThrow();
  }

  /** A nine-point report with a report id and three time-bound measures, one of them overdue on AS_OF. */
  static Report county() {
    Report.Builder r = Report.builder().answering(Checklists.ninePoint()).id("2024-xz-007")
        .title("县司法局对照检视报告")
        .author(Author.builder().name("王某").organization("某某县司法局").build())
        .date(LocalDate.of(2024, 3, 1)).status(ReportStatus.DRAFT);
    List<Checkpoint> cps = Checklists.ninePoint().checkpoints();
    r.addFinding(Finding.builder().answering(cps.get(0)).verdict(Verdict.PROBLEMS_FOUND)
        .addBody(Paragraph.of(List.of(Segment.lead("学习不够深入。")))).build());
    r.addMeasure(Measure.builder().headline("加强学习。").text("每月集中学习一次。").addCheckpoint(cps.get(0).id())
        .owner("办公室").due(LocalDate.of(2024, 5, 31)).kind(MeasureKind.TIME_BOUND)
        .status(MeasureStatus.IN_PROGRESS).build());
    r.addMeasure(Measure.builder().headline("完善制度。").text("修订议事规则。").addCheckpoint(cps.get(0).id())
        .owner("法规科").due(LocalDate.of(2024, 9, 30)).kind(MeasureKind.TIME_BOUND)
        .status(MeasureStatus.NOT_STARTED).build());
    r.addMeasure(Measure.builder().headline("立即整改。").text("-清理过期文件（以减号开头，测试转义）。").owner("办公室")
        .due(LocalDate.of(2024, 4, 15)).kind(MeasureKind.IMMEDIATE).status(MeasureStatus.DONE).build());
    return r.build();
  }

  static List<Report> reports() {
    return List.of(county(), SampleReports.trackedMeasures(), real());
  }

  static byte[] export(List<Report> reports, LedgerFormat format, LedgerOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Ledgers.export(reports, format, out, options);
    return out.toByteArray();
  }
}
