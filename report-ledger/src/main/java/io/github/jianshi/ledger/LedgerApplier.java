package io.github.jianshi.ledger;

import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.core.ledger.LedgerEntry;
import io.github.jianshi.core.ledger.LedgerRules;
import io.github.jianshi.core.ledger.LedgerView;
import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Verification;
import io.github.jianshi.model.ReportJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Applies the rows of a ledger file to reports; see {@code docs/ledger.md}, "Read-back". */
final class LedgerApplier {
  private static final List<LedgerColumn> READ_ONLY_TEXT = List.of(LedgerColumn.REPORT, LedgerColumn.ORGANIZATION,
      LedgerColumn.AUTHOR, LedgerColumn.PROBLEMS, LedgerColumn.HEADLINE, LedgerColumn.TEXT);

  private final LedgerOptions options;
  private final List<Diagnostic> out = new ArrayList<>();
  /** The lines of the reports by entry id, with the index of their report. */
  private final Map<String, LedgerLine> lines = new LinkedHashMap<>();
  private final Map<String, Integer> reportOf = new HashMap<>();
  /** The entries as merged so far. */
  private final Map<String, LedgerEntry> merged = new LinkedHashMap<>();
  private final Map<String, String> problems = new HashMap<>();
  /** The rows that changed an entry, by entry id. */
  private final Map<String, LedgerSheet.Row> changedBy = new HashMap<>();
  /** The entry ids of each report's measures, by report index, in measure order. */
  private final Map<Integer, List<String>> idsOf = new HashMap<>();

  LedgerApplier(LedgerOptions options) {
    this.options = options;
  }

  ApplyResult apply(LedgerSheet sheet, List<Report> reports, List<String> sources, List<Diagnostic> before) {
    out.addAll(before);
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      List<LedgerLine> ls = LedgerLine.of(reports.get(i), options.validator().registry());
      if (ls.isEmpty()) {
        continue;
      }
      String key = ls.get(0).entry().source().key();
      if (!keys.add(key)) {
        out.add(LedgerDiagnostics.file("ledger.report.duplicate-key", Severity.ERROR, sources.get(i), key));
        continue;
      }
      for (LedgerLine l : ls) {
        lines.put(l.entry().id(), l);
        reportOf.put(l.entry().id(), i);
        merged.put(l.entry().id(), l.entry());
        problems.put(l.entry().id(), l.problems());
        idsOf.computeIfAbsent(i, k -> new ArrayList<>()).add(l.entry().id());
      }
    }
    out.addAll(sheet.diagnostics());
    int applied = 0;
    Map<String, Integer> seen = new HashMap<>();
    if (sheet.usable()) {
      for (LedgerSheet.Row row : sheet.rows()) {
        if (row.isBlank()) {
          continue;
        }
        applied += applyRow(row, seen) ? 1 : 0;
      }
      for (LedgerLine l : lines.values()) {
        if (!seen.containsKey(l.entry().id())) {
          out.add(LedgerDiagnostics.file("ledger.entry.missing", Severity.WARNING, label(l.entry()),
              String.valueOf(l.entry().ordinal()), l.entry().summary(), l.entry().id()));
        }
      }
    }
    applied -= refuseWhatBreaksTheFormat(reports);
    List<Report> updated = new ArrayList<>(reports.size());
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Report u = LedgerView.apply(reports.get(i), merged);
      updated.add(u);
      if (!u.equals(reports.get(i))) {
        changed.add(i);
      }
    }
    return ApplyResult.builder().reports(updated).sources(sources).changed(changed).entries(merged.values())
        .appliedRows(applied).problemLabels(problems).result(ValidationResult.of(out)).build();
  }

  private static String label(LedgerEntry e) {
    var s = e.source();
    String author = s.author().or(s::organization).orElse("");
    if (s.title().isPresent()) {
      return "《" + s.title().get() + "》" + (author.isEmpty() ? "" : "（" + author + "）");
    }
    return author.isEmpty() ? s.key() : author;
  }

  /** Applies one row; true when it changed its entry. Every refusal leaves a diagnostic. */
  private boolean applyRow(LedgerSheet.Row row, Map<String, Integer> seen) {
    int n = row.number();
    Object idCell = row.values().get(LedgerColumn.ENTRY_ID);
    int idCol = row.column(LedgerColumn.ENTRY_ID);
    if (idCell == null || idCell.toString().isBlank()) {
      out.add(LedgerDiagnostics.row("ledger.row.id.missing", Severity.ERROR, n, idCol));
      return false;
    }
    String id = idCell.toString().strip();
    Integer first = seen.putIfAbsent(id, n);
    if (first != null) {
      out.add(LedgerDiagnostics.row("ledger.row.id.duplicate", Severity.ERROR, n, idCol, id, String.valueOf(first)));
      return false;
    }
    LedgerLine line = lines.get(id);
    if (line == null) {
      out.add(LedgerDiagnostics.row("ledger.row.id.unknown", Severity.ERROR, n, idCol, id));
      return false;
    }
    LedgerEntry base = line.entry();
    List<Diagnostic> errors = new ArrayList<>();
    for (LedgerColumn c : READ_ONLY_TEXT) {
      if (row.positions().containsKey(c)) {
        Object v = row.values().get(c);
        String now = v == null ? "" : v.toString();
        if (!now.equals(line.text(c))) {
          out.add(LedgerDiagnostics.row("ledger.row.read-only", Severity.INFO, n, row.column(c), c.header()));
        }
      }
    }
    LedgerEntry.Builder b = LedgerEntry.builder().from(base);
    if (has(row, LedgerColumn.OWNER)) {
      b.owner(text(row, LedgerColumn.OWNER));
    }
    if (has(row, LedgerColumn.DUE)) {
      b.due(date(row, LedgerColumn.DUE, errors));
    }
    if (has(row, LedgerColumn.KIND)) {
      b.kind(text(row, LedgerColumn.KIND).flatMap(k -> choice(row, LedgerColumn.KIND, k, LedgerLine.kind(k), errors)));
    }
    List<ProgressUpdate> history = has(row, LedgerColumn.HISTORY)
        ? text(row, LedgerColumn.HISTORY).map(h -> history(row, h, errors)).orElse(List.of()) : base.history();
    if (errors.isEmpty()) {
      appendOnly(row, base.history(), history, errors);
    }
    b.history(history);
    LedgerEntry withHistory = b.build();
    MeasureStatus current = withHistory.effectiveStatus();
    Optional<MeasureStatus> status = text(row, LedgerColumn.STATUS)
        .flatMap(s -> choice(row, LedgerColumn.STATUS, s, LedgerLine.status(s), errors));
    Optional<String> note = text(row, LedgerColumn.NOTE);
    List<String> evidence = text(row, LedgerColumn.EVIDENCE).map(LedgerApplier::list).orElse(List.of());
    Optional<String> reporter = text(row, LedgerColumn.REPORTER);
    Optional<LocalDate> noteDate = has(row, LedgerColumn.NOTE_DATE) ? date(row, LedgerColumn.NOTE_DATE, errors)
        : Optional.empty();
    Optional<LocalDate> when = noteDate.or(options::asOf);
    boolean statusChanged = status.isPresent() && status.get() != current;
    if (statusChanged && !LedgerRules.isAllowed(current, status.get())) {
      errors.add(Diagnostic.builder().from(LedgerRules.transition(base, current, status.get(), ""))
          .line(n).column(row.column(LedgerColumn.STATUS)).build());
    }
    boolean update = statusChanged || note.isPresent() || !evidence.isEmpty();
    if (update && when.isEmpty()) {
      errors.add(LedgerDiagnostics.row("ledger.row.date.missing", Severity.ERROR, n,
          row.column(LedgerColumn.NOTE_DATE), LedgerColumn.NOTE_DATE.header()));
    }
    Optional<String> verifier = text(row, LedgerColumn.VERIFIER);
    Optional<LocalDate> verifiedOn = has(row, LedgerColumn.VERIFIED_ON)
        ? date(row, LedgerColumn.VERIFIED_ON, errors) : Optional.empty();
    if (!errors.isEmpty()) {
      out.addAll(errors);
      return false;
    }
    LedgerEntry.Builder m = LedgerEntry.builder().from(withHistory);
    if (update) {
      m.addHistory(ProgressUpdate.builder().date(when.get()).status(status.orElse(current)).note(note.orElse(""))
          .evidence(evidence).by(reporter).build());
    } else if (status.isPresent() && base.status().isEmpty()) {
      m.status(status);
    }
    if (has(row, LedgerColumn.VERIFIED_ON) || has(row, LedgerColumn.VERIFIER)) {
      Optional<LocalDate> on = verifiedOn.or(() -> verifier.isPresent() ? when : Optional.empty());
      m.verification(on.map(d -> Verification.builder().date(d).by(verifier).build()));
    }
    LedgerEntry result = m.build();
    // the rules the row newly breaks: errors refuse the row, warnings are reported with it
    LocalDate asOf = options.asOf().orElse(LocalDate.MAX);
    Set<String> old = new HashSet<>();
    for (Diagnostic d : LedgerRules.check(withHistory, asOf).diagnostics()) {
      old.add(d.code() + d.pointer());
    }
    List<Diagnostic> fresh = new ArrayList<>();
    boolean refused = false;
    for (Diagnostic d : LedgerRules.check(result, asOf).diagnostics()) {
      if (!old.contains(d.code() + d.pointer())) {
        fresh.add(Diagnostic.builder().from(d).line(n).build());
        refused |= d.severity() == Severity.ERROR;
      }
    }
    out.addAll(fresh);
    if (refused) {
      return false;
    }
    merged.put(id, result);
    if (result.equals(base)) {
      return false;
    }
    changedBy.put(id, row);
    return true;
  }

  /**
   * Refuses the rows that would make a report break its format: a note longer than the schema allows,
   * more progress updates than it allows, a document over the size limit. Each changed report is
   * written as {@code apply -o} would save it and read back with the options' validator, so the bounds
   * are the schema's and the limits', with no copy of them here; the rows behind an error the report
   * did not have before are refused, each with {@code ledger.row.format} followed by the validator's
   * own diagnostics placed at the row, and the report is checked again without them. An error that
   * names no measure (the size of the whole document) refuses every row that changed the report.
   *
   * @return how many rows that had changed an entry were refused
   */
  private int refuseWhatBreaksTheFormat(List<Report> reports) {
    int refused = 0;
    for (int i = 0; i < reports.size(); i++) {
      Report original = reports.get(i);
      List<String> ids = idsOf.getOrDefault(i, List.of());
      if (ids.stream().noneMatch(changedBy::containsKey)) {
        continue;
      }
      Set<String> before = null;
      while (true) {
        Report now = LedgerView.apply(original, merged);
        List<Diagnostic> errors = errors(now);
        if (errors.isEmpty()) {
          break;
        }
        if (before == null) {
          before = new HashSet<>();
          for (Diagnostic d : errors(original)) {
            before.add(d.code() + d.pointer());
          }
        }
        Map<String, List<Diagnostic>> byId = new LinkedHashMap<>();
        for (Diagnostic d : errors) {
          if (before.contains(d.code() + d.pointer())) {
            continue;
          }
          int k = measureIndex(d.pointer());
          String id = k >= 0 && k < ids.size() ? ids.get(k) : null;
          if (id != null && changedBy.containsKey(id)) {
            byId.computeIfAbsent(id, x -> new ArrayList<>()).add(d);
          } else {
            ids.stream().filter(changedBy::containsKey).forEach(x -> byId.computeIfAbsent(x, y -> new ArrayList<>()).add(d));
          }
        }
        if (byId.isEmpty()) {
          break; // only errors the report had before the ledger
        }
        byId.forEach((id, found) -> {
          LedgerSheet.Row row = changedBy.remove(id);
          LedgerEntry base = lines.get(id).entry();
          merged.put(id, base);
          out.add(LedgerDiagnostics.row("ledger.row.format", Severity.ERROR, row.number(), 0,
              String.valueOf(base.ordinal()), label(base)));
          for (Diagnostic d : found) {
            int column = column(row, d.pointer());
            out.add(Diagnostic.builder().from(d).line(row.number())
                .column(column > 0 ? OptionalInt.of(column) : OptionalInt.empty()).build());
          }
        });
        refused += byId.size();
      }
    }
    return refused;
  }

  /** The errors the validator finds in a report as it would be saved. */
  private List<Diagnostic> errors(Report report) {
    return options.validator().validate(ReportJson.writeBytes(report)).result().withSeverity(Severity.ERROR);
  }

  /** The index of the measure a pointer is in ({@code /measures/2/...} is 2), or -1. */
  private static int measureIndex(String pointer) {
    String[] parts = pointer.split("/", -1);
    if (parts.length < 3 || !parts[0].isEmpty() || !parts[1].equals("measures") || !parts[2].matches("\\d{1,9}")) {
      return -1;
    }
    return Integer.parseInt(parts[2]);
  }

  /** The column of the row where a value a pointer names was typed, or 0. */
  private static int column(LedgerSheet.Row row, String pointer) {
    String[] parts = pointer.split("/", -1);
    if (parts.length < 4) {
      return 0;
    }
    String last = parts[parts.length - 1];
    List<LedgerColumn> candidates = switch (parts[3]) {
      case "owner" -> List.of(LedgerColumn.OWNER);
      case "due" -> List.of(LedgerColumn.DUE);
      case "kind" -> List.of(LedgerColumn.KIND);
      case "status" -> List.of(LedgerColumn.STATUS);
      case "verification" -> last.equals("date") ? List.of(LedgerColumn.VERIFIED_ON, LedgerColumn.VERIFIER)
          : List.of(LedgerColumn.VERIFIER, LedgerColumn.VERIFIED_ON);
      case "history" -> switch (parts.length > 5 ? parts[5] : "") {
        case "note" -> List.of(LedgerColumn.NOTE, LedgerColumn.HISTORY);
        case "evidence" -> List.of(LedgerColumn.EVIDENCE, LedgerColumn.HISTORY);
        case "by" -> List.of(LedgerColumn.REPORTER, LedgerColumn.HISTORY);
        default -> List.of(LedgerColumn.HISTORY, LedgerColumn.NOTE);
      };
      default -> List.of();
    };
    for (LedgerColumn c : candidates) {
      if (row.positions().containsKey(c)) {
        return row.column(c);
      }
    }
    return 0;
  }

  private static boolean has(LedgerSheet.Row row, LedgerColumn c) {
    return row.positions().containsKey(c);
  }

  private static Optional<String> text(LedgerSheet.Row row, LedgerColumn c) {
    Object v = row.values().get(c);
    if (v == null) {
      return Optional.empty();
    }
    String s = v instanceof LocalDate d ? d.toString() : v.toString().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static Optional<LocalDate> date(LedgerSheet.Row row, LedgerColumn c, List<Diagnostic> errors) {
    Object v = row.values().get(c);
    if (v == null || v.toString().isBlank()) {
      return Optional.empty();
    }
    Optional<LocalDate> d = DateCells.parse(v);
    if (d.isEmpty()) {
      errors.add(LedgerDiagnostics.row("ledger.row.date.invalid", Severity.ERROR, row.number(), row.column(c),
          c.header(), v.toString()));
    }
    return d;
  }

  private static <T> Optional<T> choice(LedgerSheet.Row row, LedgerColumn c, String text, Optional<T> value,
      List<Diagnostic> errors) {
    if (value.isEmpty()) {
      String allowed = c == LedgerColumn.STATUS
          ? String.join("、", Arrays.stream(MeasureStatus.values()).map(MeasureStatus::label).toList())
          : String.join("、", Arrays.stream(MeasureKind.values()).map(MeasureKind::label).toList());
      errors.add(LedgerDiagnostics.row("ledger.row.value.invalid", Severity.ERROR, row.number(), row.column(c),
          c.header(), text, allowed));
    }
    return value;
  }

  private static List<String> list(String cell) {
    return Arrays.stream(cell.split("[；;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The history is append-only: a 进展记录 cell must begin with every update the report already has,
   * unchanged. A line deleted or edited in the spreadsheet refuses the row (naming the first update it
   * lost), so that no recorded update is dropped silently.
   */
  private static void appendOnly(LedgerSheet.Row row, List<ProgressUpdate> had, List<ProgressUpdate> now,
      List<Diagnostic> errors) {
    for (int i = 0; i < had.size(); i++) {
      if (i >= now.size() || !had.get(i).equals(now.get(i))) {
        ProgressUpdate lost = had.get(i);
        errors.add(LedgerDiagnostics.row("ledger.row.history.rewritten", Severity.ERROR, row.number(),
            row.column(LedgerColumn.HISTORY), String.valueOf(i + 1),
            lost.date() + LedgerLine.BAR + lost.status().label()));
        return;
      }
    }
  }

  /** Parses the history cell; lines that do not start with a date continue the note of the line before. */
  private static List<ProgressUpdate> history(LedgerSheet.Row row, String cell, List<Diagnostic> errors) {
    List<ProgressUpdate> out = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    for (String line : cell.split("\r?\n", -1)) {
      if (entries.isEmpty() || line.matches("\\d{4}-\\d{2}-\\d{2}" + LedgerLine.BAR + ".*")) {
        entries.add(line);
      } else {
        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + "\n" + line);
      }
    }
    for (String e : entries) {
      String[] parts = e.split(LedgerLine.BAR, -1);
      Optional<LocalDate> date = parts.length >= 2 ? DateCells.parse(parts[0]) : Optional.empty();
      Optional<MeasureStatus> status = parts.length >= 2 ? LedgerLine.status(parts[1].strip()) : Optional.empty();
      if (date.isEmpty() || status.isEmpty()) {
        errors.add(LedgerDiagnostics.row("ledger.row.history.invalid", Severity.ERROR, row.number(),
            row.column(LedgerColumn.HISTORY), e));
        continue;
      }
      int end = parts.length;
      Optional<String> by = Optional.empty();
      List<String> evidence = List.of();
      if (end > 3 && parts[end - 1].startsWith(LedgerLine.REPORTER)) {
        by = Optional.of(parts[end - 1].substring(LedgerLine.REPORTER.length()));
        end--;
      }
      if (end > 3 && parts[end - 1].startsWith(LedgerLine.EVIDENCE)) {
        evidence = Arrays.asList(parts[end - 1].substring(LedgerLine.EVIDENCE.length()).split(LedgerLine.LIST, -1));
        end--;
      }
      String note = parts.length > 2 ? String.join(LedgerLine.BAR, Arrays.copyOfRange(parts, 2, Math.max(2, end))) : "";
      out.add(ProgressUpdate.builder().date(date.get()).status(status.get()).note(note).evidence(evidence).by(by).build());
    }
    return out;
  }
}
