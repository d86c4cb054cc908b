package io.github.jianshi.ledger;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ledger.LedgerEntry;
import io.github.jianshi.core.ledger.LedgerView;
import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.ledger.SourceReport;
import io.github.jianshi.core.Verification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One row of a ledger file: an entry and the labels of the problems it addresses. */
record LedgerLine(LedgerEntry entry, String problems) {

  /** The separator of the parts of a history line. */
  static final String BAR = "｜";
  static final String EVIDENCE = "佐证：";
  static final String REPORTER = "填报：";
  static final String LIST = "；";

  static List<LedgerLine> of(Report report, ChecklistRegistry registry) {
    Optional<Checklist> checklist = registry.resolve(report.checklist());
    List<LedgerLine> out = new ArrayList<>();
    for (LedgerEntry e : LedgerView.of(report)) {
      out.add(new LedgerLine(e, String.join(LIST, LedgerView.problems(report, checklist, e))));
    }
    return out;
  }

  LedgerLine with(LedgerEntry e) {
    return new LedgerLine(e, problems);
  }

  /** The value of a column: a {@link String}, a {@link LocalDate} or an {@link Integer}; null when empty. */
  Object value(LedgerColumn c) {
    SourceReport s = entry.source();
    return switch (c) {
      case ENTRY_ID -> entry.id();
      case REPORT -> s.title().orElse(null);
      case ORGANIZATION -> s.organization().orElse(null);
      case AUTHOR -> s.author().orElse(null);
      case REPORT_DATE -> s.date().orElse(null);
      case ORDINAL -> entry.ordinal();
      case PROBLEMS -> problems.isEmpty() ? null : problems;
      case HEADLINE -> entry.headline().orElse(null);
      case TEXT -> entry.text().isEmpty() ? null : entry.text();
      case OWNER -> entry.owner().orElse(null);
      case DUE -> entry.due().orElse(null);
      case KIND -> entry.kind().map(MeasureKind::label).orElse(null);
      case STATUS -> entry.status().isPresent() || !entry.history().isEmpty() ? entry.effectiveStatus().label() : null;
      case HISTORY -> entry.history().isEmpty() ? null : history(entry.history());
      case NOTE, NOTE_DATE, EVIDENCE, REPORTER -> null;
      case VERIFIED_ON -> entry.verification().map(Verification::date).orElse(null);
      case VERIFIER -> entry.verification().flatMap(Verification::by).orElse(null);
    };
  }

  /** The text of a column as written to CSV (dates as {@code yyyy-MM-dd}), before escaping; "" when empty. */
  String text(LedgerColumn c) {
    Object v = value(c);
    return v == null ? "" : v.toString();
  }

  /** The history cell: one line per update, {@code date｜status｜note[｜佐证：a；b][｜填报：who]}. */
  static String history(List<ProgressUpdate> history) {
    StringBuilder out = new StringBuilder();
    for (ProgressUpdate u : history) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(u.date()).append(BAR).append(u.status().label()).append(BAR).append(u.note());
      if (!u.evidence().isEmpty()) {
        out.append(BAR).append(EVIDENCE).append(String.join(LIST, u.evidence()));
      }
      u.by().ifPresent(b -> out.append(BAR).append(REPORTER).append(b));
    }
    return out.toString();
  }

  static Optional<MeasureStatus> status(String label) {
    for (MeasureStatus s : MeasureStatus.values()) {
      if (s.label().equals(label) || s.id().equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  static Optional<MeasureKind> kind(String label) {
    for (MeasureKind k : MeasureKind.values()) {
      if (k.label().equals(label) || k.id().equals(label)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
