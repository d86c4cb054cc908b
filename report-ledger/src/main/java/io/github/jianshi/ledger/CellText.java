package io.github.jianshi.ledger;

/**
 * Keeps spreadsheets from evaluating cell text (CSV and formula injection). A text that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, and, so that the escape can
 * be undone, a text that starts with an apostrophe, is written with one apostrophe in front; reading
 * removes one leading apostrophe. Spreadsheets show such a cell as text, and Excel and LibreOffice
 * treat a typed leading apostrophe the same way, so a cell re-typed by hand reads back the same.
 */
final class CellText {
  private CellText() {}

  static String escape(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + text;
      default -> text;
    };
  }

  static String unescape(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\'' ? cell.substring(1) : cell;
  }
}
