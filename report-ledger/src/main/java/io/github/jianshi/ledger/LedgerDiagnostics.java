package io.github.jianshi.ledger;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;

/** Creates the diagnostics of this module, whose messages live in this module's bundle. */
final class LedgerDiagnostics {
  /** The resource path of this module's message bundle. */
  static final String BUNDLE = "io/github/jianshi/ledger/messages";

  private LedgerDiagnostics() {}

  /** A diagnostic about a whole file or source; the first argument is its name. */
  static Diagnostic file(String code, Severity severity, String... arguments) {
    return Diagnostic.builder().code(code).severity(severity).pointer("").addArguments(arguments).bundle(BUNDLE)
        .build();
  }

  /**
   * A diagnostic about a cell or row of a ledger file: the line is the spreadsheet's row number (the
   * header is row 1), the column its 1-based column, or 0 for the whole row; the first argument is the
   * row number.
   */
  static Diagnostic row(String code, Severity severity, int row, int column, String... arguments) {
    Diagnostic.Builder b = Diagnostic.builder().code(code).severity(severity).pointer("").line(row)
        .addArguments(String.valueOf(row)).addArguments(arguments).bundle(BUNDLE);
    if (column > 0) {
      b.column(column);
    }
    return b.build();
  }
}
