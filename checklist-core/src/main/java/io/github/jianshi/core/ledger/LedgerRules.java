package io.github.jianshi.core.ledger;

import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Verification;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.MessageBundle;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of the rectification ledger, checked against an explicit as-of date (never the clock).
 * Stateless and thread-safe.
 *
 * <table>
 * <caption>Ledger rules</caption>
 * <tr><th>code</th><th>severity</th><th>when</th></tr>
 * <tr><td>{@code ledger.status.transition}</td><td>error</td><td>an update changes the status in a way
 *   {@link #isAllowed} forbids (for example 已验收 back to 未启动)</td></tr>
 * <tr><td>{@code ledger.update.out-of-order}</td><td>error</td><td>an update is dated before the one
 *   before it</td></tr>
 * <tr><td>{@code ledger.date.after-as-of}</td><td>error</td><td>an update or the verification is dated
 *   after the as-of date</td></tr>
 * <tr><td>{@code ledger.due.missing}</td><td>warning</td><td>a 限期整改 measure has no due date</td></tr>
 * <tr><td>{@code ledger.overdue}</td><td>warning</td><td>the due date is before the as-of date and the
 *   measure is neither 已完成 nor 已验收</td></tr>
 * <tr><td>{@code ledger.verified.no-verifier}</td><td>error</td><td>the status is 已验收 but no verifier
 *   is recorded</td></tr>
 * </table>
 *
 * <p>Pointers name the entry's measure in the report's JSON form ({@code /measures/2/due}), extended
 * by the ledger's own fields: {@code /measures/2/history/0/date}, {@code /measures/2/verification/by}.
 * The first three message arguments are the report (title and author), the measure's ordinal and its
 * summary, so that messages speak of titles and ordinals, never of ids.
 */
public final class LedgerRules {
  private LedgerRules() {}

  /** The bundle of the ledger diagnostics of checklist-core. */
  public static final String BUNDLE = "io/github/jianshi/core/ledger/messages";

  /** This module's messages, opened from this module so that they load on the module path too. */
  private static final MessageBundle MESSAGES = MessageBundle.of(BUNDLE,
      name -> LedgerRules.class.getResourceAsStream("/" + name));

  /**
   * Whether a status may change from one value to another. Staying is allowed; moving forward is
   * allowed (未启动 → 整改中 → 已完成), also by skipping 整改中; 已验收 is reached from 已完成 only and
   * is final; the one step back is 已完成 → 整改中 (work reopened).
   *
   * @param from the status before
   * @param to the status after
   * @return true when allowed
   */
  public static boolean isAllowed(MeasureStatus from, MeasureStatus to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from == to) {
      return true;
    }
    if (from == MeasureStatus.VERIFIED) {
      return false;
    }
    if (to == MeasureStatus.VERIFIED) {
      return from == MeasureStatus.DONE;
    }
    if (from == MeasureStatus.DONE && to == MeasureStatus.IN_PROGRESS) {
      return true;
    }
    return to.ordinal() > from.ordinal();
  }

  /**
   * Checks entries, in order.
   *
   * @param entries the entries
   * @param asOf the date to judge by
   * @return the diagnostics of all entries, entry by entry
   */
  public static ValidationResult check(Iterable<LedgerEntry> entries, LocalDate asOf) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(asOf, "asOf");
    List<Diagnostic> out = new ArrayList<>();
    for (LedgerEntry e : entries) {
      checkInto(e, asOf, out);
    }
    return ValidationResult.of(out);
  }

  /**
   * Checks one entry.
   *
   * @param entry the entry
   * @param asOf the date to judge by
   * @return the diagnostics: history (transitions, order, dates), due date, overdue, verification
   */
  public static ValidationResult check(LedgerEntry entry, LocalDate asOf) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(asOf, "asOf");
    List<Diagnostic> out = new ArrayList<>();
    checkInto(entry, asOf, out);
    return ValidationResult.of(out);
  }

  /**
   * The diagnostic of a forbidden status change, for callers that apply changes themselves (the
   * ledger read-back).
   *
   * @param entry the entry changed
   * @param from the status before
   * @param to the status asked for
   * @param pointer where
   * @return the {@code ledger.status.transition} diagnostic
   */
  public static Diagnostic transition(LedgerEntry entry, MeasureStatus from, MeasureStatus to, String pointer) {
    return diagnostic("ledger.status.transition", Severity.ERROR, pointer, entry,
        from.label(), to.label(), from.id(), to.id());
  }

  private static void checkInto(LedgerEntry e, LocalDate asOf, List<Diagnostic> out) {
    String base = "/measures/" + (e.ordinal() - 1);
    List<ProgressUpdate> history = e.history();
    for (int k = 0; k < history.size(); k++) {
      ProgressUpdate u = history.get(k);
      String at = base + "/history/" + k;
      if (k > 0) {
        ProgressUpdate before = history.get(k - 1);
        if (u.date().isBefore(before.date())) {
          out.add(diagnostic("ledger.update.out-of-order", Severity.ERROR, at + "/date", e,
              u.date().toString(), before.date().toString()));
        }
        if (!isAllowed(before.status(), u.status())) {
          out.add(transition(e, before.status(), u.status(), at + "/status"));
        }
      }
      if (u.date().isAfter(asOf)) {
        out.add(diagnostic("ledger.date.after-as-of", Severity.ERROR, at + "/date", e,
            u.date().toString(), asOf.toString()));
      }
    }
    if (e.verification().isPresent() && e.verification().get().date().isAfter(asOf)) {
      out.add(diagnostic("ledger.date.after-as-of", Severity.ERROR, base + "/verification/date", e,
          e.verification().get().date().toString(), asOf.toString()));
    }
    if (e.kind().orElse(null) == MeasureKind.TIME_BOUND && e.due().isEmpty()) {
      out.add(diagnostic("ledger.due.missing", Severity.WARNING, base + "/due", e));
    }
    if (e.isOverdue(asOf)) {
      LocalDate due = e.due().orElseThrow();
      MeasureStatus s = e.effectiveStatus();
      out.add(diagnostic("ledger.overdue", Severity.WARNING, base + "/due", e, due.toString(), asOf.toString(),
          s.label(), String.valueOf(ChronoUnit.DAYS.between(due, asOf)), s.id()));
    }
    if (e.effectiveStatus() == MeasureStatus.VERIFIED
        && e.verification().flatMap(Verification::by).filter(b -> !b.isBlank()).isEmpty()) {
      out.add(diagnostic("ledger.verified.no-verifier", Severity.ERROR, base + "/verification/by", e));
    }
  }

  private static Diagnostic diagnostic(String code, Severity severity, String pointer, LedgerEntry e,
      String... more) {
    Diagnostic.Builder b = Diagnostic.builder().code(code).severity(severity).pointer(pointer).messages(MESSAGES)
        .addArguments(reportLabel(e.source()), String.valueOf(e.ordinal()), shorten(e.summary()));
    b.addArguments(more);
    return b.build();
  }

  /**
   * How messages name a report: its title and, in parentheses, its author; else the author; else its key.
   *
   * @param s the source report
   * @return for example {@code 《个人对照检视材料》（张三）}
   */
  static String reportLabel(SourceReport s) {
    String author = s.author().or(s::organization).orElse("");
    if (s.title().isPresent()) {
      return "《" + s.title().get() + "》" + (author.isEmpty() ? "" : "（" + author + "）");
    }
    return author.isEmpty() ? s.key() : author;
  }

  private static String shorten(String text) {
    String t = text.strip();
    return t.codePointCount(0, t.length()) <= 20 ? t : t.substring(0, t.offsetByCodePoints(0, 20)) + "…";
  }
}
