package io.github.jianshi.importer;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.ledger.LedgerEntry;
import io.github.jianshi.core.ledger.LedgerView;
import io.github.jianshi.core.ledger.MeasureTableText;
import io.github.jianshi.core.numbering.ChineseDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The 整改清单 table of a Word source (the appendix the Word renderer writes) read back into the
 * measures' ledger fields: owner, due date, kind, status and the checkpoints of the problems they
 * address. The table is recognised by its column headings ({@link MeasureTableText#HEADER}); its data
 * rows are matched to the measures by order, each row's 序号 and 整改措施 checked against the measure.
 * A row that does not match stays in the text as a table paragraph would, with a warning. Other
 * tables are left as they are.
 */
final class MeasureTableReader {
  /** 附件, 附件1, 附件：, the GB/T 9704 label above an appendix. */
  private static final Pattern APPENDIX_LABEL = Pattern.compile("附件\\s*[0-9０-９一二三四五六七八九十]{0,3}\\s*[:：]?");

  /**
   * report-docx's code for a table read as paragraphs (its {@code DocxDiagnostics.TABLE}), spelt so
   * that it is not taken for one of this module's codes.
   */
  private static final String READER_TABLE_NOTICE = String.join(".", "import", "docx", "table");

  /** A data row: its cells' text and the paragraphs it came from. */
  private record Row(int index, List<String> cells, List<SourceParagraph> paragraphs) {}

  private final List<SourceParagraph> rest;
  private final List<Row> rows;
  private final SourceParagraph header;
  /** The first paragraph of the table, which the reader's table diagnostic names. */
  private final int firstParagraph;

  private MeasureTableReader(List<SourceParagraph> rest, List<Row> rows, SourceParagraph header, int firstParagraph) {
    this.rest = rest;
    this.rows = rows;
    this.header = header;
    this.firstParagraph = firstParagraph;
  }

  /**
   * Finds the first table whose heading row reads as a 整改清单's, and takes it (and the 附件 label
   * and 整改清单 title right before it) out of the paragraphs.
   *
   * @param keepRows the data rows (from 0) to leave in the paragraphs, as text
   * @return the reader, or empty when there is no such table
   */
  static Optional<MeasureTableReader> find(List<SourceParagraph> paragraphs, Set<Integer> keepRows) {
    Map<Integer, List<Integer>> tables = new LinkedHashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      SourceParagraph p = paragraphs.get(i);
      if (p.origin() == SourceParagraph.Origin.TABLE && p.tableCell().isPresent()) {
        tables.computeIfAbsent(p.tableCell().get().table(), t -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> at : tables.values()) {
      Map<Integer, Map<Integer, List<SourceParagraph>>> byRow = new LinkedHashMap<>();
      for (int i : at) {
        SourceParagraph p = paragraphs.get(i);
        SourceParagraph.TableCell c = p.tableCell().get();
        byRow.computeIfAbsent(c.row(), r -> new LinkedHashMap<>()).computeIfAbsent(c.cell(), k -> new ArrayList<>())
            .add(p);
      }
      Map<Integer, List<SourceParagraph>> first = byRow.get(0);
      if (first == null || !cells(first).stream().map(MeasureTableReader::squeeze).toList()
          .equals(MeasureTableText.HEADER.stream().map(MeasureTableReader::squeeze).toList())) {
        continue;
      }
      List<Row> rows = new ArrayList<>();
      for (Map.Entry<Integer, Map<Integer, List<SourceParagraph>>> e : byRow.entrySet()) {
        if (e.getKey() > 0) {
          List<SourceParagraph> ps = new ArrayList<>();
          e.getValue().values().forEach(ps::addAll);
          rows.add(new Row(rows.size(), cells(e.getValue()), ps));
        }
      }
      boolean[] taken = new boolean[paragraphs.size()];
      for (int i : at) {
        // data row r (from 0) is table row r + 1
        taken[i] = !keepRows.contains(paragraphs.get(i).tableCell().get().row() - 1);
      }
      // the title 整改清单 and the label 附件 right before the table (blank paragraphs between)
      int k = at.get(0) - 1;
      k = label(paragraphs, k, taken, t -> squeeze(t).equals(MeasureTableText.TITLE));
      label(paragraphs, k, taken, t -> APPENDIX_LABEL.matcher(squeeze(t)).matches());
      List<SourceParagraph> rest = new ArrayList<>(paragraphs.size() - at.size());
      for (int i = 0; i < paragraphs.size(); i++) {
        if (!taken[i]) {
          rest.add(paragraphs.get(i));
        }
      }
      SourceParagraph head = paragraphs.get(at.get(0));
      return Optional.of(new MeasureTableReader(rest, rows, head, head.paragraph().orElse(-1)));
    }
    return Optional.empty();
  }

  /** Marks the last non-blank body paragraph at or before k when it passes; returns where to look next. */
  private static int label(List<SourceParagraph> ps, int k, boolean[] taken,
      Predicate<String> test) {
    int j = k;
    while (j >= 0 && ps.get(j).text().isBlank() && ps.get(j).origin() == SourceParagraph.Origin.BODY) {
      j--;
    }
    if (j >= 0 && ps.get(j).origin() == SourceParagraph.Origin.BODY && test.test(ps.get(j).text())) {
      for (int i = j; i <= k; i++) {
        taken[i] = true;
      }
      return j - 1;
    }
    return k;
  }

  /** Each cell's paragraphs joined with a line feed, in cell order. */
  private static List<String> cells(Map<Integer, List<SourceParagraph>> row) {
    List<String> out = new ArrayList<>();
    for (List<SourceParagraph> cell : row.values()) {
      List<String> texts = new ArrayList<>();
      for (SourceParagraph p : cell) {
        texts.add(p.text().strip());
      }
      out.add(String.join("\n", texts).strip());
    }
    return out;
  }

  /** The text without any white space (full-width spaces included). */
  private static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The paragraphs left for the recogniser: without the table and its label and title. */
  List<SourceParagraph> rest() {
    return rest;
  }

  /** Whether a diagnostic of the source is the reader's "table kept as paragraphs" for this table. */
  boolean isTableNotice(Diagnostic d) {
    return d.code().equals(READER_TABLE_NOTICE) && d.paragraph().orElse(-2) == firstParagraph;
  }

  /**
   * The report with the rows' fields put on its measures. Rows in {@code keepRows} were left in the
   * text and are only reported; the indexes of other rows that do not match a measure are added to
   * {@code unmatched}, to be left in the text on another reading.
   */
  Report apply(Report report, Checklist checklist, List<Diagnostic> diags, Set<Integer> keepRows,
      Set<Integer> unmatched) {
    List<Measure> measures = new ArrayList<>(report.measures());
    List<LedgerEntry> entries = LedgerView.of(report);
    Map<String, String> checkpointOf = problemLabels(report, checklist);
    int read = 0;
    for (Row row : rows) {
      int i = row.index;
      List<String> c = new ArrayList<>(row.cells);
      boolean extraCells = c.size() > MeasureTableText.HEADER.size();
      while (c.size() < MeasureTableText.HEADER.size()) {
        c.add("");
      }
      SourceParagraph at = row.paragraphs.get(0);
      String ordinal = Integer.toString(i + 1);
      if (keepRows.contains(i) || extraCells || i >= measures.size() || !squeeze(c.get(0)).equals(ordinal)
          || !squeeze(c.get(2)).equals(squeeze(entries.get(i).summary()))) {
        diags.add(Diags.at("import.table.row-unmatched", Severity.WARNING, at, 1, "", ordinal,
            Integer.toString(measures.size())));
        if (!keepRows.contains(i)) {
          unmatched.add(i);
        }
        continue;
      }
      read++;
      String pointer = "/measures/" + i;
      Measure.Builder b = Measure.builder().from(measures.get(i));
      // 问题: the headings of the findings the measure addresses
      List<String> problems = splitProblems(c.get(1));
      List<String> ids = new ArrayList<>();
      for (String label : problems) {
        String id = checkpointOf.get(squeeze(label));
        if (id == null) {
          ids = null;
          diags.add(Diags.at("import.table.problem-unknown", Severity.WARNING, at, 1, pointer + "/checkpoints",
              ordinal, label));
          break;
        }
        ids.add(id);
      }
      if (ids != null) {
        b.checkpoints(ids);
      }
      String owner = c.get(3);
      b.owner(owner.isEmpty() ? Optional.empty() : Optional.of(owner));
      Optional<MeasureKind> kind = Optional.empty();
      Optional<LocalDate> due = Optional.empty();
      for (String part : c.get(4).split("[" + MeasureTableText.DEADLINE_SEPARATOR + ",;；\n]")) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        Optional<MeasureKind> k = label(MeasureKind.values(), p, MeasureKind::label);
        Optional<LocalDate> d = ChineseDates.parse(p);
        if (k.isPresent() && kind.isEmpty()) {
          kind = k;
        } else if (d.isPresent() && due.isEmpty()) {
          due = d;
        } else {
          diags.add(Diags.at("import.table.deadline-invalid", Severity.WARNING, at, 1, pointer + "/due", ordinal, p));
        }
      }
      b.kind(kind).due(due);
      String status = squeeze(c.get(5));
      Optional<MeasureStatus> s = status.isEmpty() ? Optional.empty()
          : label(MeasureStatus.values(), status, MeasureStatus::label);
      if (!status.isEmpty() && s.isEmpty()) {
        diags.add(Diags.at("import.table.status-unknown", Severity.WARNING, at, 1, pointer + "/status", ordinal,
            c.get(5)));
      }
      b.status(s);
      measures.set(i, b.build());
    }
    diags.add(Diags.at("import.table.measures", Severity.INFO, header, 1, "/measures",
        Integer.toString(rows.size()), Integer.toString(read)));
    if (read == 0) {
      return report;
    }
    return Report.builder().from(report).measures(measures).build();
  }

  private static <E> Optional<E> label(E[] values, String text, Function<E, String> label) {
    String t = squeeze(text);
    for (E v : values) {
      if (label.apply(v).equals(t)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** The 问题 cell split as {@link LedgerView#problems} joins it. */
  private static List<String> splitProblems(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("；")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /**
   * How LedgerView names a checkpoint in the 问题 column, back to the checkpoint: the heading of the
   * report's finding for it, else the checkpoint's title, else its id. A label that two checkpoints
   * share names none.
   */
  private static Map<String, String> problemLabels(Report report, Checklist checklist) {
    Map<String, String> out = new HashMap<>();
    Map<String, Boolean> shared = new HashMap<>();
    BiConsumer<String, String> put = (label, id) -> {
      String key = squeeze(label);
      String old = out.putIfAbsent(key, id);
      if (old != null && !old.equals(id)) {
        shared.put(key, true);
      }
    };
    Set<String> answered = new HashSet<>();
    for (Finding f : report.findings()) {
      if (answered.add(f.checkpoint())) {
        put.accept(f.heading().orElseGet(() -> checklist.checkpoint(f.checkpoint()).map(Checkpoint::title)
            .orElse(f.checkpoint())), f.checkpoint());
      }
    }
    for (Checkpoint cp : checklist.checkpoints()) {
      if (!answered.contains(cp.id())) {
        put.accept(cp.title(), cp.id());
      }
    }
    shared.keySet().forEach(out::remove);
    return out;
  }
}
