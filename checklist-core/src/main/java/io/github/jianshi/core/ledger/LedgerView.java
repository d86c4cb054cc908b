package io.github.jianshi.core.ledger;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledger view of a report's measures: one {@link LedgerEntry} per measure, in order. The 整改清单
 * of the Word and HTML renderings, the CSV and XLSX ledgers and the roll-up all start from this view.
 */
public final class LedgerView {
  private LedgerView() {}

  /**
   * The entries of a report, one per measure, in the report's order, with the history and the
   * verification the measures carry.
   *
   * @param report the report
   * @return an unmodifiable list
   */
  public static List<LedgerEntry> of(Report report) {
    Objects.requireNonNull(report, "report");
    SourceReport source = source(report);
    List<Measure> measures = report.measures();
    List<LedgerEntry> out = new ArrayList<>(measures.size());
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      String text = m.moreParagraphs().isEmpty() ? m.text()
          : (m.text().isEmpty() ? "" : m.text() + "\n") + String.join("\n", m.moreParagraphs());
      out.add(LedgerEntry.builder()
          .id(LedgerIds.entryId(source.key(), i + 1))
          .source(source)
          .ordinal(i + 1)
          .checkpoints(m.checkpoints())
          .headline(m.headline())
          .text(text)
          .owner(m.owner())
          .due(m.due())
          .kind(m.kind())
          .status(m.status())
          .history(m.history())
          .verification(m.verification())
          .build());
    }
    return List.copyOf(out);
  }

  /**
   * How a 整改清单 names the problems an entry addresses: for each checkpoint, the heading of the
   * report's finding for it as the author wrote it, else the checkpoint's title in the checklist, else
   * the checkpoint id.
   *
   * @param report the report the entry comes from
   * @param checklist the checklist the report answers, when known
   * @param entry the entry
   * @return one label per checkpoint, in the entry's order
   */
  public static List<String> problems(Report report, Optional<Checklist> checklist, LedgerEntry entry) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(checklist, "checklist");
    List<String> out = new ArrayList<>(entry.checkpoints().size());
    for (String id : entry.checkpoints()) {
      Optional<String> heading = report.findings().stream().filter(f -> f.checkpoint().equals(id)).findFirst()
          .map(f -> f.heading().orElseGet(() -> title(checklist, id)));
      out.add(heading.orElseGet(() -> title(checklist, id)));
    }
    return out;
  }

  private static String title(Optional<Checklist> checklist, String id) {
    return checklist.flatMap(c -> c.checkpoint(id)).map(Checkpoint::title).orElse(id);
  }

  /**
   * Whether a report's measures belong in a 整改清单 table: whether any measure carries a ledger
   * field (owner, due date, kind or status).
   *
   * @param report the report
   * @return true when at least one measure is tracked
   */
  public static boolean isTracked(Report report) {
    return report.measures().stream().anyMatch(Measure::isTracked);
  }

  /**
   * The report a ledger entry of this report names.
   *
   * @param report the report
   * @return its source
   */
  static SourceReport source(Report report) {
    Objects.requireNonNull(report, "report");
    return SourceReport.builder()
        .key(LedgerIds.reportKey(report))
        .author(report.author().flatMap(Author::name))
        .organization(report.author().flatMap(Author::organization))
        .date(report.date())
        .title(report.title().map(t -> t.replace("\n", "")))
        .build();
  }

  /**
   * The report with the ledger fields of its measures (owner, due date, kind, status, history,
   * verification) taken from the
   * entries with the same id; measures without an entry, and the text of all measures, stay as they
   * are. The status taken is the entry's {@linkplain LedgerEntry#effectiveStatus() effective status},
   * unless the entry neither records a status nor has updates.
   *
   * @param report the report
   * @param entries entries by id (entries of other reports are ignored)
   * @return the updated report, equal to {@code report} when nothing changes
   */
  public static Report apply(Report report, Map<String, LedgerEntry> entries) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(entries, "entries");
    String key = LedgerIds.reportKey(report);
    List<Measure> measures = report.measures();
    List<Measure> updated = new ArrayList<>(measures.size());
    boolean changed = false;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      LedgerEntry e = entries.get(LedgerIds.entryId(key, i + 1));
      if (e == null) {
        updated.add(m);
        continue;
      }
      Measure.Builder b = Measure.builder().from(m).owner(e.owner()).due(e.due()).kind(e.kind())
          .history(e.history()).verification(e.verification());
      if (e.status().isPresent() || !e.history().isEmpty()) {
        b.status(e.effectiveStatus());
      } else {
        b.status(Optional.empty());
      }
      Measure n = b.build();
      changed |= !n.equals(m);
      updated.add(n);
    }
    return changed ? Report.builder().from(report).measures(updated).build() : report;
  }
}
