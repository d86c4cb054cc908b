package io.github.jianshi.cli;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import java.util.List;

/** Counting diagnostics by severity, for outcome lines. */
final class Severities {
  private Severities() {}

  static int count(List<Diagnostic> diagnostics, Severity severity) {
    int n = 0;
    for (Diagnostic d : diagnostics) {
      if (d.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /** For example "2 errors, 1 warning" or "2 个错误，1 个警告"; empty when there is none. */
  static String counts(List<Diagnostic> diagnostics, Text text) {
    StringBuilder out = new StringBuilder();
    append(out, count(diagnostics, Severity.ERROR), "count.errors", text);
    append(out, count(diagnostics, Severity.WARNING), "count.warnings", text);
    append(out, count(diagnostics, Severity.INFO), "count.infos", text);
    return out.toString();
  }

  private static void append(StringBuilder out, int n, String key, Text text) {
    if (n > 0) {
      if (out.length() > 0) {
        out.append(text.get("count.separator"));
      }
      out.append(text.get(key, n));
    }
  }

  /** Whether a diagnostic is at least as severe as the given minimum. */
  static boolean atLeast(Diagnostic d, Severity min) {
    return rank(d.severity()) >= rank(min);
  }

  private static int rank(Severity s) {
    return switch (s) {
      case INFO -> 0;
      case WARNING -> 1;
      case ERROR -> 2;
    };
  }
}
