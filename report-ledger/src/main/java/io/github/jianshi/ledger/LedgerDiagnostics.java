package io.github.jianshi.ledger;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.MessageBundle;
import io.github.jianshi.core.diagnostic.Severity;

/** Creates the diagnostics of this module, whose messages live in this module's bundle. */
final class LedgerDiagnostics {
  /** The resource path of this module's message bundle. */
  static final String BUNDLE = "io/github/jianshi/ledger/messages";

  /** This module's messages, opened from this module so that they load on the module path too. */
  static final MessageBundle MESSAGES = MessageBundle.of(BUNDLE,
      name -> LedgerDiagnostics.class.getResourceAsStream("/" + name));

  private LedgerDiagnostics() {}

  /** A diagnostic about a whole file or source; the first argument is its name. */
  static Diagnostic file(String code, Severity severity, String... arguments) {
    return Diagnostic.builder().code(code).severity(severity).pointer("").addArguments(arguments).messages(MESSAGES)
        .build();
  }

  /**
   * A diagnostic about a cell or row of a ledger file: the line is the spreadsheet's row number (the
   * header is row 1), the column its 1-based column, or 0 for the whole row; the first argument is the
   * row number.
   */
  static Diagnostic row(String code, Severity severity, int row, int column, String... arguments) {
    Diagnostic.Builder b = Diagnostic.builder().code(code).severity(severity).pointer("").line(row)
        .addArguments(String.valueOf(row)).addArguments(arguments).messages(MESSAGES);
    if (column > 0) {
      b.column(column);
    }
    return b.build();
  }
}
