package io.github.jianshi.ledger;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A ledger file as read: its rows by column, and what went wrong reading it. Values are {@link String}
 * (unescaped), {@link java.time.LocalDate} (XLSX date cells) or {@link java.math.BigDecimal} (other
 * XLSX numbers); empty cells are absent.
 */
record LedgerSheet(List<Row> rows, List<Diagnostic> diagnostics, boolean usable) {

  /** One data row: its spreadsheet row number, its values, the 1-based column of each column read. */
  record Row(int number, Map<LedgerColumn, Object> values, Map<LedgerColumn, Integer> positions) {
    Row {
      values = new EnumMap<>(values);
    }

    boolean isBlank() {
      return values.values().stream().allMatch(v -> v instanceof String s && s.isBlank());
    }

    int column(LedgerColumn c) {
      return positions.getOrDefault(c, 0);
    }
  }
}
