package io.github.jianshi.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Verification;
import io.github.jianshi.core.Author;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LedgerViewTest {

  @Test
  void oneEntryPerMeasureInOrder() {
    Report r = SampleReports.trackedMeasures();
    List<LedgerEntry> entries = LedgerView.of(r);
    assertThat(entries).hasSize(r.measures().size());
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      Measure m = r.measures().get(i);
      assertThat(e.ordinal()).isEqualTo(i + 1);
      assertThat(e.id()).isEqualTo(LedgerIds.reportKey(r) + "#M" + String.format("%02d", i + 1));
      assertThat(e.owner()).isEqualTo(m.owner());
      assertThat(e.due()).isEqualTo(m.due());
      assertThat(e.status()).isEqualTo(m.status());
      assertThat(e.checkpoints()).isEqualTo(m.checkpoints());
      assertThat(e.history()).isEmpty();
    }
    assertThat(entries.get(0).source().author()).contains("张某某");
    assertThat(entries.get(0).source().organization()).contains("某某县市场监督管理局");
  }

  @Test
  void theReportIdIsTheKeyWhenPresent() {
    Report r = Report.builder().from(SampleReports.trackedMeasures()).id("2024-007").build();
    assertThat(LedgerIds.reportKey(r)).isEqualTo("2024-007");
    assertThat(LedgerView.of(r).get(2).id()).isEqualTo("2024-007#M03");
    assertThat(LedgerIds.entryId("k", 12)).isEqualTo("k#M12");
  }

  @Test
  void theHashedKeyIgnoresTheTextOfMeasuresButNotTheAuthor() {
    Report r = SampleReports.trackedMeasures();
    String key = LedgerIds.reportKey(r);
    assertThat(key).matches("h[0-9a-f]{12}");
    Report edited = Report.builder().from(r).measures(r.measures().stream()
        .map(m -> Measure.builder().from(m).text(m.text() + "（已修改）").owner("办公室").status(MeasureStatus.DONE).build())
        .toList()).build();
    assertThat(LedgerIds.reportKey(edited)).isEqualTo(key);
    assertThat(LedgerView.of(edited)).extracting(LedgerEntry::id)
        .isEqualTo(LedgerView.of(r).stream().map(LedgerEntry::id).toList());
    Report otherAuthor = Report.builder().from(r).author(Author.builder().name("李某某").build()).build();
    assertThat(LedgerIds.reportKey(otherAuthor)).isNotEqualTo(key);
    Report otherDate = Report.builder().from(r).date(LocalDate.of(2024, 1, 19)).build();
    assertThat(LedgerIds.reportKey(otherDate)).isNotEqualTo(key);
  }

  @Test
  void applyingTheUnchangedViewChangesNothing() {
    for (Report r : SampleReports.all().values()) {
      Map<String, LedgerEntry> byId = LedgerView.of(r).stream()
          .collect(Collectors.toMap(LedgerEntry::id, Function.identity()));
      assertThat(LedgerView.apply(r, byId)).isSameAs(r);
    }
  }

  @Test
  void applyTakesTheLedgerFieldsAndTheLatestStatus() {
    Report r = SampleReports.trackedMeasures();
    LedgerEntry first = LedgerView.of(r).get(0);
    LedgerEntry changed = LedgerEntry.builder().from(first).owner("县局办公室").due(LocalDate.of(2024, 9, 30)).build()
        .append(ProgressUpdate.of(LocalDate.of(2024, 3, 1), MeasureStatus.DONE, "完成"));
    Report u = LedgerView.apply(r, Map.of(changed.id(), changed));
    Measure m = u.measures().get(0);
    assertThat(m.owner()).contains("县局办公室");
    assertThat(m.due()).contains(LocalDate.of(2024, 9, 30));
    assertThat(m.status()).contains(MeasureStatus.DONE);
    assertThat(m.text()).isEqualTo(r.measures().get(0).text());
    assertThat(m.history()).isEqualTo(changed.history());
    assertThat(u.measures().subList(1, u.measures().size())).isEqualTo(r.measures().subList(1, r.measures().size()));
  }

  @Test
  void historyAndVerificationTravelBetweenMeasuresAndEntries() {
    Report r = SampleReports.trackedMeasures();
    LedgerEntry first = LedgerView.of(r).get(0);
    LedgerEntry verified = LedgerEntry.builder().from(first)
        .addHistory(ProgressUpdate.builder().date(LocalDate.of(2024, 3, 1)).status(MeasureStatus.DONE).note("已建立制度")
            .addEvidence("县局发〔2024〕3号").by("办公室").build())
        .addHistory(ProgressUpdate.of(LocalDate.of(2024, 3, 20), MeasureStatus.VERIFIED, "验收合格"))
        .verification(Verification.of(LocalDate.of(2024, 3, 20), "县纪委监委"))
        .build();
    Report u = LedgerView.apply(r, Map.of(verified.id(), verified));
    Measure m = u.measures().get(0);
    assertThat(m.history()).isEqualTo(verified.history());
    assertThat(m.verification()).isEqualTo(verified.verification());
    assertThat(m.status()).contains(MeasureStatus.VERIFIED);
    assertThat(m.isTracked()).isTrue();
    // read back from the report, the entry is the one applied: nothing lives only in the ledger
    LedgerEntry again = LedgerView.of(u).get(0);
    assertThat(again.history()).isEqualTo(verified.history());
    assertThat(again.verification()).isEqualTo(verified.verification());
    assertThat(LedgerRules.check(again, LocalDate.of(2024, 4, 1)).codes()).doesNotContain("ledger.verified.no-verifier");
    Measure untracked = Measure.builder().text("x").addHistory(verified.history().get(0)).build();
    assertThat(untracked.isTracked()).isTrue();
  }

  @Test
  void problemsAreNamedByTheFindingsHeadingElseTheCheckpointTitle() {
    Report r = SampleReports.trackedMeasures();
    var checklist = SampleReports.registry().resolve(r.checklist());
    LedgerEntry third = LedgerView.of(r).get(2);
    assertThat(third.checkpoints()).containsExactly("people", "integrity", "remediation");
    assertThat(LedgerView.problems(r, checklist, third))
        .containsExactly("在践行以人民为中心的发展思想方面", "在落实全面从严治党责任方面", "在是否存在整改落实不到位问题方面");
    assertThat(LedgerView.problems(r, java.util.Optional.empty(), LedgerEntry.builder().from(third)
        .checkpoints(List.of("nowhere")).build())).containsExactly("nowhere");
  }

  @Test
  void summaryIsTheHeadlineElseTheFirstParagraph() {
    Report r = Report.builder().from(SampleReports.trackedMeasures()).measures(List.of(
        Measure.builder().text("").addMoreParagraphs("第一段。", "第二段。").build())).build();
    LedgerEntry e = LedgerView.of(r).get(0);
    assertThat(e.text()).isEqualTo("第一段。\n第二段。");
    assertThat(e.summary()).isEqualTo("第一段。");
  }
}
