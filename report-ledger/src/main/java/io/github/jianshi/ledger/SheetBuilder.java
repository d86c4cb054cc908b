package io.github.jianshi.ledger;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the rows of a ledger file by header, whatever the order of its columns. */
final class SheetBuilder {
  /** More rows than any ledger has: beyond it the file is refused. */
  static final int MAX_ROWS = 200_000;

  private final String name;
  private final List<LedgerSheet.Row> rows = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Integer, LedgerColumn> columns = new HashMap<>();
  private final Map<LedgerColumn, Integer> positions = new EnumMap<>(LedgerColumn.class);
  private boolean header;
  private boolean usable = true;

  SheetBuilder(String name) {
    this.name = name;
  }

  /** Takes the header row; returns false (with a diagnostic) when the entry id column is missing. */
  boolean header(int rowNumber, List<String> cells) {
    header = true;
    for (int i = 0; i < cells.size(); i++) {
      String h = cells.get(i) == null ? "" : CellText.unescape(cells.get(i)).strip();
      if (h.isEmpty()) {
        continue;
      }
      var c = LedgerColumn.byHeader(h);
      if (c.isEmpty()) {
        diagnostics.add(LedgerDiagnostics.row("ledger.column.unknown", Severity.INFO, rowNumber, i + 1, h));
      } else if (positions.containsKey(c.get())) {
        diagnostics.add(LedgerDiagnostics.row("ledger.column.duplicate", Severity.ERROR, rowNumber, i + 1, h,
            String.valueOf(positions.get(c.get()))));
      } else {
        columns.put(i, c.get());
        positions.put(c.get(), i + 1);
      }
    }
    if (!positions.containsKey(LedgerColumn.ENTRY_ID)) {
      diagnostics.add(LedgerDiagnostics.file("ledger.column.missing", Severity.ERROR, name,
          LedgerColumn.ENTRY_ID.header()));
      usable = false;
      return false;
    }
    return true;
  }

  boolean hasHeader() {
    return header;
  }

  /** Adds a data row; false when there are too many rows (the file is then refused). */
  boolean row(int rowNumber, Map<Integer, Object> cells) {
    if (rows.size() >= MAX_ROWS) {
      diagnostics.add(LedgerDiagnostics.file("ledger.file.too-many-rows", Severity.ERROR, name,
          String.valueOf(MAX_ROWS)));
      usable = false;
      return false;
    }
    Map<LedgerColumn, Object> values = new EnumMap<>(LedgerColumn.class);
    for (Map.Entry<Integer, Object> cell : cells.entrySet()) {
      LedgerColumn c = columns.get(cell.getKey());
      Object v = cell.getValue();
      if (c == null || v == null) {
        continue;
      }
      if (v instanceof String s) {
        v = CellText.unescape(s);
        if (((String) v).isEmpty()) {
          continue;
        }
      }
      values.put(c, v);
    }
    rows.add(new LedgerSheet.Row(rowNumber, values, positions));
    return true;
  }

  void note(Diagnostic d) {
    diagnostics.add(d);
  }

  void fail(Diagnostic d) {
    diagnostics.add(d);
    usable = false;
  }

  LedgerSheet build() {
    if (!header && usable) {
      diagnostics.add(LedgerDiagnostics.file("ledger.file.empty", Severity.ERROR, name));
      usable = false;
    }
    return new LedgerSheet(List.copyOf(rows), List.copyOf(diagnostics), usable);
  }
}
