package io.github.jianshi.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Verification;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final MeasureStatus N = MeasureStatus.NOT_STARTED;
  private static final MeasureStatus P = MeasureStatus.IN_PROGRESS;
  private static final MeasureStatus D = MeasureStatus.DONE;
  private static final MeasureStatus V = MeasureStatus.VERIFIED;

  private static LedgerEntry.Builder entry() {
    return LedgerEntry.builder()
        .id("r1#M02")
        .ordinal(2)
        .source(SourceReport.builder().key("r1").title("个人对照检视材料").author("张三").build())
        .headline("强化理论武装。")
        .text("坚持第一议题制度。");
  }

  private static ProgressUpdate update(int month, int day, MeasureStatus status) {
    return ProgressUpdate.of(LocalDate.of(2024, month, day), status, "进展");
  }

  @Test
  void transitions() {
    assertThat(LedgerRules.isAllowed(N, N)).isTrue();
    assertThat(LedgerRules.isAllowed(N, P)).isTrue();
    assertThat(LedgerRules.isAllowed(N, D)).isTrue();
    assertThat(LedgerRules.isAllowed(P, D)).isTrue();
    assertThat(LedgerRules.isAllowed(D, V)).isTrue();
    assertThat(LedgerRules.isAllowed(D, P)).as("reopened").isTrue();
    assertThat(LedgerRules.isAllowed(V, V)).isTrue();
    assertThat(LedgerRules.isAllowed(V, N)).isFalse();
    assertThat(LedgerRules.isAllowed(V, P)).isFalse();
    assertThat(LedgerRules.isAllowed(V, D)).isFalse();
    assertThat(LedgerRules.isAllowed(N, V)).isFalse();
    assertThat(LedgerRules.isAllowed(P, V)).isFalse();
    assertThat(LedgerRules.isAllowed(P, N)).isFalse();
    assertThat(LedgerRules.isAllowed(D, N)).isFalse();
  }

  @Test
  void aCleanEntryHasNoDiagnostics() {
    LedgerEntry e = entry().kind(MeasureKind.TIME_BOUND).due(LocalDate.of(2024, 5, 31)).status(V)
        .addHistory(update(3, 1, P), update(5, 20, D), update(6, 1, V))
        .verification(Verification.of(LocalDate.of(2024, 6, 1), "县委督查室"))
        .build();
    assertThat(LedgerRules.check(e, AS_OF).diagnostics()).isEmpty();
  }

  @Test
  void illegalTransitionInTheHistory() {
    LedgerEntry e = entry().addHistory(update(3, 1, D), update(4, 1, V), update(5, 1, N))
        .verification(Verification.of(LocalDate.of(2024, 4, 1), "李四")).build();
    ValidationResult r = LedgerRules.check(e, AS_OF);
    assertThat(r.codes()).containsExactly("ledger.status.transition");
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.pointer()).isEqualTo("/measures/1/history/2/status");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.message(Locale.CHINA))
        .isEqualTo("《个人对照检视材料》（张三）第2条整改措施“强化理论武装。”：整改状态不能从“已验收”改为“未启动”。");
    assertThat(d.message(Locale.ENGLISH)).contains("from verified to not-started");
  }

  @Test
  void updateBeforeThePreviousOne() {
    LedgerEntry e = entry().addHistory(update(4, 1, P), update(3, 1, P)).build();
    ValidationResult r = LedgerRules.check(e, AS_OF);
    assertThat(r.codes()).containsExactly("ledger.update.out-of-order");
    assertThat(r.diagnostics().get(0).pointer()).isEqualTo("/measures/1/history/1/date");
    assertThat(r.diagnostics().get(0).message(Locale.CHINA)).contains("2024-03-01的进展早于上一条进展（2024-04-01）");
  }

  @Test
  void updateAndVerificationAfterTheAsOfDate() {
    LedgerEntry e = entry().addHistory(update(6, 30, D), update(7, 1, V))
        .verification(Verification.of(LocalDate.of(2024, 7, 2), "李四")).build();
    ValidationResult r = LedgerRules.check(e, AS_OF);
    assertThat(r.codes()).containsExactly("ledger.date.after-as-of", "ledger.date.after-as-of");
    assertThat(r.diagnostics()).extracting(Diagnostic::pointer)
        .containsExactly("/measures/1/history/1/date", "/measures/1/verification/date");
  }

  @Test
  void timeBoundWithoutDueDate() {
    ValidationResult r = LedgerRules.check(entry().kind(MeasureKind.TIME_BOUND).build(), AS_OF);
    assertThat(r.codes()).containsExactly("ledger.due.missing");
    assertThat(r.diagnostics().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(LedgerRules.check(entry().kind(MeasureKind.LONG_TERM).build(), AS_OF).codes()).isEmpty();
  }

  @Test
  void overdueAsOfTheGivenDateOnly() {
    LedgerEntry e = entry().due(LocalDate.of(2024, 6, 1)).status(P).build();
    ValidationResult r = LedgerRules.check(e, AS_OF);
    assertThat(r.codes()).containsExactly("ledger.overdue");
    assertThat(r.diagnostics().get(0).message(Locale.CHINA)).endsWith("完成时限为2024-06-01，截至2024-06-30仍为“整改中”，已逾期29天。");
    assertThat(LedgerRules.check(e, LocalDate.of(2024, 6, 1)).codes()).as("due today is not overdue").isEmpty();
    assertThat(LedgerRules.check(e.append(update(6, 2, D)), AS_OF).codes()).as("done late is not overdue").isEmpty();
    assertThat(LedgerRules.check(entry().due(LocalDate.of(2024, 6, 1)).build(), AS_OF).codes())
        .as("no status counts as 未启动").containsExactly("ledger.overdue");
  }

  @Test
  void verifiedWithoutVerifier() {
    assertThat(LedgerRules.check(entry().status(V).build(), AS_OF).codes()).containsExactly("ledger.verified.no-verifier");
    LedgerEntry blank = entry().addHistory(update(3, 1, D), update(4, 1, V))
        .verification(Verification.builder().date(LocalDate.of(2024, 4, 1)).by(" ").build()).build();
    assertThat(LedgerRules.check(blank, AS_OF).codes()).containsExactly("ledger.verified.no-verifier");
  }

  @Test
  void entriesAreCheckedInOrder() {
    LedgerEntry a = entry().kind(MeasureKind.TIME_BOUND).build();
    LedgerEntry b = entry().id("r1#M03").ordinal(3).status(V).build();
    assertThat(LedgerRules.check(List.of(b, a), AS_OF).diagnostics()).extracting(Diagnostic::pointer)
        .containsExactly("/measures/2/verification/by", "/measures/1/due");
  }

  @Test
  void everyCodeHasAMessageInBothLanguages() {
    for (String code : List.of("ledger.status.transition", "ledger.update.out-of-order", "ledger.date.after-as-of",
        "ledger.due.missing", "ledger.overdue", "ledger.verified.no-verifier")) {
      Diagnostic d = Diagnostic.builder().code(code).severity(Severity.ERROR).pointer("").bundle(LedgerRules.BUNDLE)
          .addArguments("a", "1", "b", "c", "d", "e", "f", "g").build();
      assertThat(d.message(Locale.CHINA)).as(code).doesNotContain("{").isNotEqualTo(d.message(Locale.ENGLISH));
      assertThat(d.message(Locale.ENGLISH)).as(code).doesNotContain("{");
    }
  }

  @Test
  void effectiveStatusAndSummary() {
    assertThat(entry().build().effectiveStatus()).isEqualTo(N);
    assertThat(entry().status(D).build().effectiveStatus()).isEqualTo(D);
    assertThat(entry().status(D).addHistory(update(1, 1, P)).build().effectiveStatus()).isEqualTo(P);
    assertThat(entry().build().summary()).isEqualTo("强化理论武装。");
    assertThat(entry().headline("  ").build().summary()).isEqualTo("坚持第一议题制度。");
  }
}
