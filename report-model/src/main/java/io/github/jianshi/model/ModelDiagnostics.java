package io.github.jianshi.model;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.MessageBundle;
import io.github.jianshi.core.diagnostic.Severity;

/** Creates the diagnostics of this module, whose messages live in this module's bundle. */
final class ModelDiagnostics {
  /** The resource path of this module's message bundle. */
  static final String BUNDLE = "io/github/jianshi/model/messages";

  /** This module's messages, opened from this module so that they load on the module path too. */
  static final MessageBundle MESSAGES = MessageBundle.of(BUNDLE,
      name -> ModelDiagnostics.class.getResourceAsStream("/" + name));

  private ModelDiagnostics() {}

  static Diagnostic error(String code, String pointer, String... arguments) {
    return of(code, Severity.ERROR, pointer, arguments);
  }

  static Diagnostic of(String code, Severity severity, String pointer, String... arguments) {
    return Diagnostic.builder().code(code).severity(severity).pointer(pointer).addArguments(arguments)
        .messages(MESSAGES).build();
  }

  /** A diagnostic at a known position (1-based line and column). */
  static Diagnostic at(String code, String pointer, Position position, String... arguments) {
    Diagnostic.Builder b = Diagnostic.builder().code(code).severity(Severity.ERROR).pointer(pointer)
        .addArguments(arguments).messages(MESSAGES);
    if (position != null) {
      b.line(position.line()).column(position.column());
    }
    return b.build();
  }

  /**
   * Escapes one reference token of a JSON Pointer (RFC 6901): {@code ~} becomes {@code ~0} and
   * {@code /} becomes {@code ~1}.
   */
  static String escapeToken(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** At most 40 code points of a value, for a message argument. */
  static String excerpt(String value) {
    int max = 40;
    if (value.codePointCount(0, value.length()) <= max) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, max)) + "…";
  }
}
