package io.github.jianshi.ledger;

/** The output formats of a {@link RollUp}. */
public enum RollUpFormat {
  /** JSON, UTF-8, two-space indent. */
  JSON,
  /** Markdown tables. */
  MARKDOWN,
  /** One HTML page with inline SVG bar charts; no script, print-friendly. */
  HTML,
  /** An XLSX workbook: the summary sheet (and, through {@link Ledgers#rollUpXlsx}, the ledger). */
  XLSX
}
