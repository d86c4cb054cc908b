package io.github.jianshi.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them in spreadsheets: {@code 2024-06-30}, {@code 2024/6/30}, {@code 2024.6.30},
 * {@code 2024年6月30日}, {@code 20240630}, with or without surrounding spaces; and date cells.
 */
final class DateCells {
  private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  private DateCells() {}

  /** The date a cell holds; empty when it is not a date. */
  static Optional<LocalDate> parse(Object cell) {
    if (cell instanceof LocalDate d) {
      return Optional.of(d);
    }
    String s = cell.toString().strip();
    Matcher m = SEPARATED.matcher(s);
    if (!m.matches()) {
      m = COMPACT.matcher(s);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
