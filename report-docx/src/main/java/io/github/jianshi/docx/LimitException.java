package io.github.jianshi.docx;

import io.github.jianshi.core.diagnostic.Diagnostic;

/** A limit of {@link io.github.jianshi.importer.ImportLimits} was reached: the document is refused. */
final class LimitException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  LimitException(Diagnostic diagnostic) {
    super(diagnostic.code(), null, false, false);
    this.diagnostic = diagnostic;
  }

  Diagnostic diagnostic() {
    return diagnostic;
  }
}
