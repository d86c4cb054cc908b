package io.github.jianshi.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRef;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConformanceTest {

  private static final Checklist NINE = Checklists.ninePoint();

  /** A complete, valid report: every checkpoint answered in order, one linked measure per finding. */
  private static Report.Builder complete() {
    Report.Builder r = Report.builder().answering(NINE).status(ReportStatus.FINAL).date(LocalDate.of(2022, 8, 5));
    for (Checkpoint c : NINE.checkpoints()) {
      r.addFinding(finding(c, Verdict.PROBLEMS_FOUND));
    }
    r.addMeasure(Measure.builder().headline("整改。").text("逐项整改。")
        .checkpoints(NINE.checkpoints().stream().map(Checkpoint::id).toList()).build());
    return r;
  }

  private static Finding finding(Checkpoint c, Verdict v) {
    return Finding.builder().answering(c).verdict(v).addParagraph(Segment.lead("有问题。")).build();
  }

  private static List<Finding> findings(Report.Builder b) {
    return new ArrayList<>(b.build().findings());
  }

  private static ValidationResult check(Report r) {
    return Conformance.check(r, NINE);
  }

  private static Diagnostic only(ValidationResult result) {
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  @Test
  void aCompleteReportHasNoDiagnostics() {
    ValidationResult result = check(complete().build());
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(result.highestSeverity()).isEmpty();
  }

  @Test
  void sampleReportsConformToTheirChecklists() {
    for (Map.Entry<String, Report> e : SampleReports.all().entrySet()) {
      ValidationResult result = Conformance.check(e.getValue(), SampleReports.registry());
      assertThat(result.isValid()).as(e.getKey() + ": " + result.describe(Locale.ENGLISH)).isTrue();
      assertThat(result.withSeverity(Severity.WARNING)).as(e.getKey()).isEmpty();
    }
  }

  @Test
  void unknownChecklist() {
    Report r = complete().checklist(ChecklistRef.of("nope", "9")).build();
    Diagnostic d = only(Conformance.check(r, ChecklistRegistry.builtIn()));
    assertThat(d.code()).isEqualTo("checklist.unknown");
    assertThat(d.pointer()).isEqualTo("/checklist");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void checklistIdVersionAndHashMismatch() {
    Report r = complete().checklist(ChecklistRef.of("other", "2", "sha256:00")).build();
    ValidationResult result = check(r);
    assertThat(result.codes()).containsExactly("checklist.id.mismatch", "checklist.version.mismatch",
        "checklist.hash.mismatch");
    assertThat(result.diagnostics()).extracting(Diagnostic::pointer)
        .containsExactly("/checklist/id", "/checklist/version", "/checklist/hash");
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void missingHashIsAnErrorInAFinalReportAndAWarningInADraft() {
    Report fin = complete().checklist(ChecklistRef.of(NINE.id(), NINE.version())).build();
    assertThat(only(check(fin)).code()).isEqualTo("checklist.hash.missing");
    assertThat(only(check(fin)).severity()).isEqualTo(Severity.ERROR);
    Report draft = Report.builder().from(fin).status(ReportStatus.DRAFT).build();
    assertThat(only(check(draft)).severity()).isEqualTo(Severity.WARNING);
    assertThat(only(check(draft)).arguments()).containsExactly(NINE.contentHash(), NINE.title());
  }

  @Test
  void missingCheckpoint() {
    Report.Builder b = complete();
    List<Finding> f = findings(b);
    f.remove(4);
    Diagnostic d = only(check(b.findings(f).build()));
    assertThat(d.code()).isEqualTo("checkpoint.missing");
    assertThat(d.pointer()).isEqualTo("/findings");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.arguments()).containsExactly("punish-over-protect", "5", NINE.checkpoints().get(4).title());
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第五项“在是否存在重打击、轻保护等问题方面”未对照检视。");
    assertThat(d.message(Locale.ENGLISH)).isEqualTo("Point 5 \"在是否存在重打击、轻保护等问题方面\" is not answered.");
  }

  @Test
  void aDraftMayMissCheckpointsWithWarningsOnly() {
    Report draft = Report.builder().answering(NINE).build();
    ValidationResult result = check(draft);
    assertThat(result.codes()).containsOnly("checkpoint.missing").hasSize(9);
    assertThat(result.isValid()).isTrue();
    assertThat(result.highestSeverity()).contains(Severity.WARNING);
  }

  @Test
  void checkpointAnsweredTwice() {
    Report.Builder b = complete();
    List<Finding> f = findings(b);
    f.add(f.get(2));
    Diagnostic d = only(check(b.findings(f).build()));
    assertThat(d.code()).isEqualTo("finding.checkpoint.duplicate");
    assertThat(d.pointer()).isEqualTo("/findings/9/checkpoint");
    assertThat(d.arguments()).containsExactly("relieve-enterprises", "/findings/2", "3", NINE.checkpoints().get(2).title());
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第三项“在主动担当、积极作为，切实做好助企纾困方面”检视了两次，请删去重复的一处。");
  }

  @Test
  void checkpointsOutOfOrder() {
    Report.Builder b = complete();
    List<Finding> f = findings(b);
    Finding third = f.remove(2);
    f.add(5, third);
    ValidationResult result = check(b.findings(f).build());
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("finding.checkpoint.order");
    assertThat(d.pointer()).isEqualTo("/findings/5/checkpoint");
    assertThat(d.arguments()).containsExactly("relieve-enterprises", "coercive-measures", "3",
        NINE.checkpoints().get(2).title(), "6", NINE.checkpoints().get(5).title());
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第三项“在主动担当、积极作为，切实做好助企纾困方面”应排在"
        + "第六项“在是否存在因滥用强制措施导致企业正常运营受到影响方面”之前。");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void unknownCheckpoint() {
    Report.Builder b = complete();
    List<Finding> f = findings(b);
    f.add(Finding.builder().checkpoint("tenth").verdict(Verdict.NOT_PRESENT).build());
    Diagnostic d = only(check(b.findings(f).build()));
    assertThat(d.code()).isEqualTo("finding.checkpoint.unknown");
    assertThat(d.pointer()).isEqualTo("/findings/9/checkpoint");
    assertThat(d.arguments()).containsExactly("tenth", NINE.id(), NINE.title(), "10");
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("报告中第十项检视对照的“tenth”不是《优化法治化营商环境“九个是否”对照检视清单》的检视内容。");
  }

  @Test
  void verdictNotAllowedForADuty() {
    Report.Builder b = complete();
    List<Finding> f = findings(b);
    f.set(0, finding(NINE.checkpoints().get(0), Verdict.NOT_PRESENT));
    Diagnostic d = only(check(b.findings(f).build()));
    assertThat(d.code()).isEqualTo("finding.verdict.not-allowed");
    assertThat(d.pointer()).isEqualTo("/findings/0/verdict");
    assertThat(d.arguments()).containsExactly("not-present", "study", "duty", "1", NINE.checkpoints().get(0).title(),
        "不存在", "职责类");
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第一项“" + NINE.checkpoints().get(0).title()
        + "”属于职责类检视内容，不能作出“不存在”的结论。");
    assertThat(d.message(Locale.ENGLISH)).isEqualTo("Point 1 \"" + NINE.checkpoints().get(0).title()
        + "\" is a duty point and cannot be answered \"not-present\".");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void whetherExistsChecksAcceptEveryVerdict() {
    for (Verdict v : Verdict.values()) {
      Report.Builder b = complete();
      List<Finding> f = findings(b);
      f.set(6, finding(NINE.checkpoints().get(6), v));
      assertThat(check(b.findings(f).build()).codes()).as(v.id()).doesNotContain("finding.verdict.not-allowed");
    }
  }

  @Test
  void emptyBodyWhereTheVerdictNeedsOne() {
    Report.Builder b = complete();
    List<Finding> f = findings(b);
    f.set(3, Finding.builder().answering(NINE.checkpoints().get(3)).verdict(Verdict.PROBLEMS_FOUND).build());
    f.set(4, Finding.builder().answering(NINE.checkpoints().get(4)).verdict(Verdict.NOT_PRESENT).build());
    f.set(5, Finding.builder().answering(NINE.checkpoints().get(5))
        .verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS).addParagraph(Segment.detail("  ")).build());
    ValidationResult result = check(b.findings(f).build());
    assertThat(result.codes()).containsExactly("finding.body.empty", "finding.body.empty");
    assertThat(result.diagnostics()).extracting(Diagnostic::pointer)
        .containsExactly("/findings/3/body", "/findings/5/body");
    ValidationResult draft = check(b.findings(f).status(ReportStatus.DRAFT).build());
    assertThat(draft.highestSeverity()).contains(Severity.WARNING);
  }

  @Test
  void blankHeadingAndBlankSegment() {
    Report.Builder b = complete();
    List<Finding> f = findings(b);
    f.set(1, Finding.builder().from(f.get(1)).heading(" ")
        .body(List.of(Paragraph.of(Segment.lead("有。"), Segment.point("")))).build());
    ValidationResult result = check(b.findings(f).build());
    assertThat(result.codes()).containsExactly("finding.heading.blank", "finding.segment.blank");
    assertThat(result.diagnostics()).extracting(Diagnostic::pointer)
        .containsExactly("/findings/1/heading", "/findings/1/body/0/1/text");
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void problemsWithoutMeasures() {
    ValidationResult result = check(complete().measures(List.of()).build());
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("measures.missing");
    assertThat(d.pointer()).isEqualTo("/measures");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void noProblemsNeedNoMeasures() {
    Report.Builder b = Report.builder().answering(NINE).status(ReportStatus.FINAL);
    for (Checkpoint c : NINE.checkpoints()) {
      b.addFinding(finding(c, c.kind().allowedVerdicts().contains(Verdict.NOT_PRESENT)
          ? Verdict.NOT_PRESENT : Verdict.NOT_APPLICABLE));
    }
    assertThat(check(b.build()).diagnostics()).isEmpty();
  }

  @Test
  void unlinkedMeasuresAreNotedOnce() {
    ValidationResult result = check(complete().measures(List.of(Measure.of("整改。", "整改。"))).build());
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("measures.unlinked");
    assertThat(d.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void problemFindingWithoutAMeasureWhenMeasuresAreLinked() {
    Report r = complete().measures(List.of(Measure.builder().text("整改。")
        .checkpoints(NINE.checkpoints().subList(0, 8).stream().map(Checkpoint::id).toList()).build())).build();
    Diagnostic d = only(check(r));
    assertThat(d.code()).isEqualTo("finding.unaddressed");
    assertThat(d.pointer()).isEqualTo("/findings/8");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void anUnaddressedShortcomingIsNotCalledAProblem() {
    Report.Builder b = complete();
    List<Finding> f = findings(b);
    f.set(5, Finding.builder().answering(NINE.checkpoints().get(5)).verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS)
        .addParagraph(Segment.lead("不存在此类问题，但执法规范化仍有不足。")).build());
    List<String> others = NINE.checkpoints().stream().map(Checkpoint::id).filter(id -> !id.equals("coercive-measures")).toList();
    Diagnostic d = only(check(b.findings(f).measures(List.of(Measure.builder().text("整改。").checkpoints(others).build()))
        .build()));
    assertThat(d.code()).isEqualTo("finding.unaddressed");
    assertThat(d.arguments()).containsExactly("coercive-measures", "6", NINE.checkpoints().get(5).title(),
        "不存在，但有不足", "not-present-with-shortcomings");
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain("问题").isEqualTo(
        "第六项“在是否存在因滥用强制措施导致企业正常运营受到影响方面”的结论为“不存在，但有不足”，尚无对应的整改措施。");
    assertThat(d.message(Locale.ENGLISH)).isEqualTo("Point 6 \"" + NINE.checkpoints().get(5).title()
        + "\" is answered \"not-present-with-shortcomings\", but no measure addresses it.");
  }

  @Test
  void chineseMessagesNameCheckpointsByOrdinalAndTitleNeverById() {
    List<Checkpoint> cps = NINE.checkpoints();
    Report.Builder b = Report.builder().checklist(ChecklistRef.of(NINE.id(), NINE.version(), "sha256:00"))
        .status(ReportStatus.FINAL).date(LocalDate.of(2022, 8, 5));
    b.addFinding(finding(cps.get(1), Verdict.PROBLEMS_FOUND));
    b.addFinding(finding(cps.get(0), Verdict.NOT_PRESENT));
    b.addFinding(Finding.builder().answering(cps.get(5)).verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS).heading(" ")
        .addParagraph(Segment.lead("有不足。"), Segment.point(" ")).build());
    b.addFinding(Finding.builder().answering(cps.get(6)).verdict(Verdict.PROBLEMS_FOUND).build());
    b.addFinding(finding(cps.get(5), Verdict.NOT_PRESENT));
    b.addFinding(Finding.builder().checkpoint("ghost").verdict(Verdict.PROBLEMS_FOUND).heading(" ").build());
    b.addCause(Cause.builder().headline(" ").addCheckpoints("phantom").build());
    b.addMeasure(Measure.builder().text("措施。").addCheckpoint(cps.get(1).id()).addCheckpoint("nowhere")
        .kind(MeasureKind.TIME_BOUND).build());
    b.addMeasure(Measure.builder().text("措施。").due(LocalDate.of(2022, 8, 1)).build());
    b.addMeasure(Measure.builder().build());
    ValidationResult result = check(b.build());
    assertThat(result.codes()).contains("checklist.hash.mismatch", "finding.checkpoint.order",
        "finding.verdict.not-allowed", "finding.heading.blank", "finding.segment.blank", "finding.body.empty",
        "finding.checkpoint.duplicate", "finding.checkpoint.unknown", "finding.unaddressed", "checkpoint.missing",
        "cause.empty", "cause.checkpoint.unknown", "measure.checkpoint.unknown", "measure.due.missing",
        "measure.due.before-date", "measure.empty");
    List<String> ids = new ArrayList<>(cps.stream().map(Checkpoint::id).toList());
    for (Verdict v : Verdict.values()) {
      ids.add(v.id());
    }
    for (io.github.jianshi.core.CheckpointKind k : io.github.jianshi.core.CheckpointKind.values()) {
      ids.add(k.id());
    }
    ids.add(NINE.id());
    for (Diagnostic d : result.diagnostics()) {
      String zh = d.message(Locale.SIMPLIFIED_CHINESE);
      for (String id : ids) {
        assertThat(zh).as(d.code()).doesNotContain(id);
      }
      assertThat(zh).as(d.code()).doesNotContainPattern("第 ?[0-9]+ ?[项条]").doesNotContain("{");
      // the ids stay in the arguments, for programs and exports
      if (d.code().startsWith("finding.") && !d.code().equals("finding.verdict.not-allowed")
          || d.code().equals("checkpoint.missing")) {
        List<String> named = new ArrayList<>(ids.subList(0, cps.size()));
        named.add("ghost");
        assertThat(d.arguments().get(0)).as(d.code()).isIn(named);
      }
    }
    // a finding of an unknown checkpoint is named by its place in the report and its id
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("finding.heading.blank"))
        .extracting(d -> d.message(Locale.SIMPLIFIED_CHINESE))
        .containsExactly("第六项“在是否存在因滥用强制措施导致企业正常运营受到影响方面”的小标题为空。", "第六项“ghost”的小标题为空。");
  }

  @Test
  void linksToUnknownCheckpoints() {
    Report r = complete()
        .addCause(Cause.builder().text("原因。").addCheckpoints("study", "ghost").build())
        .addMeasure(Measure.builder().text("措施。").addCheckpoint("phantom").build())
        .build();
    ValidationResult result = check(r);
    assertThat(result.codes()).containsExactly("cause.checkpoint.unknown", "measure.checkpoint.unknown");
    assertThat(result.diagnostics()).extracting(Diagnostic::pointer)
        .containsExactly("/causes/0/checkpoints/1", "/measures/1/checkpoints/0");
  }

  @Test
  void emptyCauseAndMeasure() {
    Report r = complete().addCause(Cause.builder().headline(" ").build())
        .addMeasure(Measure.builder().build()).build();
    ValidationResult result = check(r);
    assertThat(result.codes()).containsExactly("cause.empty", "measure.empty");
    assertThat(result.diagnostics()).extracting(Diagnostic::pointer).containsExactly("/causes/0", "/measures/1");
    assertThat(result.diagnostics()).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
  }

  @Test
  void anItemWhoseHeadlineStandsAloneIsNotEmptyWhenItHasMoreParagraphs() {
    Report r = complete().addCause(Cause.builder().addMoreParagraphs("原因在后面的段落里。").build())
        .addMeasure(Measure.builder().addMoreParagraphs("措施在后面的段落里。").build())
        .addCause(Cause.builder().addMoreParagraphs(" ").build()).build();
    Diagnostic d = only(check(r));
    assertThat(d.code()).isEqualTo("cause.empty");
    assertThat(d.pointer()).isEqualTo("/causes/1");
  }

  @Test
  void signatureDateThatIsNotTheReportsDate() {
    Report r = complete().addSignature("中共某某县委政法委员会", "2022年8月15日", "（此件公开发布）").build();
    Diagnostic d = only(check(r));
    assertThat(d.code()).isEqualTo("signature.date.mismatch");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.pointer()).isEqualTo("/signature/1");
    assertThat(d.arguments()).containsExactly("2022年8月15日", "2022年8月5日");
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("落款日期“2022年8月15日”与报告日期2022年8月5日不一致。");
    assertThat(d.message(Locale.ENGLISH))
        .isEqualTo("The date in the signature, “2022年8月15日”, is not the date of the report, 2022年8月5日.");
    // the same day, however written, and signatures without a date line or reports without a date, pass
    for (String line : List.of("2022年8月5日", "二〇二二年八月五日", "2022年08月05日", "\u30002022年8月5日")) {
      assertThat(check(complete().addSignature("张三", line).build()).diagnostics()).as(line).isEmpty();
    }
    assertThat(check(complete().addSignature("张三").build()).diagnostics()).isEmpty();
    Report undated = Report.builder().from(complete().build()).date(java.util.Optional.empty())
        .addSignature("2022年8月15日").build();
    assertThat(check(undated).diagnostics()).isEmpty();
  }

  @Test
  void dueDateBeforeTheReportDate() {
    Report r = complete().addMeasure(Measure.builder().text("措施。").due(LocalDate.of(2022, 8, 4)).build())
        .addMeasure(Measure.builder().text("措施。").due(LocalDate.of(2022, 8, 5)).build()).build();
    Diagnostic d = only(check(r));
    assertThat(d.code()).isEqualTo("measure.due.before-date");
    assertThat(d.pointer()).isEqualTo("/measures/1/due");
    assertThat(d.arguments()).containsExactly("2022-08-04", "2022-08-05", "2");
    assertThat(d.message(Locale.ENGLISH)).isEqualTo("Measure 2 is due on 2022-08-04, before the report date 2022-08-05.");
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第二条整改措施的完成时限 2022-08-04 早于报告日期 2022-08-05。");
  }

  @Test
  void timeBoundMeasureWithoutDueDate() {
    Report r = complete().addMeasure(Measure.builder().text("措施。").kind(MeasureKind.TIME_BOUND).build()).build();
    Diagnostic d = only(check(r));
    assertThat(d.code()).isEqualTo("measure.due.missing");
    assertThat(d.pointer()).isEqualTo("/measures/1");
  }

  @Test
  void diagnosticsComeInAStableOrder() {
    Report.Builder b = complete().checklist(ChecklistRef.of(NINE.id(), "0", NINE.contentHash()));
    List<Finding> f = findings(b);
    f.remove(0);
    f.set(0, finding(NINE.checkpoints().get(1), Verdict.NOT_PRESENT));
    Report r = b.findings(f).addMeasure(Measure.builder().build()).build();
    List<String> codes = check(r).codes();
    assertThat(codes).containsExactly("checklist.version.mismatch", "finding.verdict.not-allowed",
        "checkpoint.missing", "measure.empty");
    assertThat(check(r)).isEqualTo(check(r));
  }

  @Test
  void misuseThrows() {
    assertThatThrownBy(() -> Conformance.check(null, NINE)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Conformance.check(complete().build(), (Checklist) null))
        .isInstanceOf(NullPointerException.class);
  }
}
