package io.github.jianshi.core.diagnostic;

/** How bad a diagnostic is. Declared from the least to the most severe. */
public enum Severity {
  /** Worth knowing; the document is fine. */
  INFO,
  /** Likely a problem, or a problem a draft may still have; the document is still valid. */
  WARNING,
  /** The document is not valid. */
  ERROR;

  /**
   * The lower-case name used in JSON exports.
   *
   * @return {@code info}, {@code warning} or {@code error}
   */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
