package io.github.jianshi.importer;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.MessageBundle;
import io.github.jianshi.core.diagnostic.Severity;

/** Builds the import diagnostics: this module's bundle, located in the source. */
final class Diags {
  /** The bundle of the import diagnostics. */
  static final String BUNDLE = "io/github/jianshi/importer/messages";

  /** This module's messages, opened from this module so that they load on the module path too. */
  static final MessageBundle MESSAGES = MessageBundle.of(BUNDLE,
      name -> Diags.class.getResourceAsStream("/" + name));

  private static final int EXCERPT = 30;

  private Diags() {}

  /** A diagnostic of the whole document. */
  static Diagnostic of(String code, Severity severity, String... args) {
    return Diagnostic.builder().code(code).severity(severity).pointer("").messages(MESSAGES)
        .addArguments(args).build();
  }

  /**
   * A diagnostic located at a source paragraph: line and column for text, paragraph number for Word,
   * and a short excerpt of the text from the column on.
   */
  static Diagnostic at(String code, Severity severity, SourceParagraph p, int column, String pointer,
      String... args) {
    Diagnostic.Builder b = Diagnostic.builder().code(code).severity(severity).pointer(pointer).messages(MESSAGES)
        .addArguments(args);
    if (p != null) {
      if (p.line().isPresent()) {
        b.line(p.line().getAsInt()).column(Math.max(1, column));
      }
      if (p.paragraph().isPresent()) {
        b.paragraph(p.paragraph().getAsInt());
      }
      String excerpt = excerpt(p.text(), Math.max(0, column - 1));
      if (!excerpt.isEmpty()) {
        b.excerpt(excerpt);
      }
    }
    return b.build();
  }

  /** At most {@value #EXCERPT} characters of text from an offset, trimmed, without cutting a pair. */
  static String excerpt(String text, int from) {
    int start = Math.min(Math.max(0, from), text.length());
    if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))) {
      start--;
    }
    int end = Math.min(text.length(), start + EXCERPT);
    if (end < text.length() && end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    String s = text.substring(start, end).strip();
    StringBuilder clean = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      clean.append(Character.isISOControl(c) ? ' ' : c);
    }
    return clean.toString();
  }
}
