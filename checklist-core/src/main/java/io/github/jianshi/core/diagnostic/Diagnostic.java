package io.github.jianshi.core.diagnostic;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One finding of a validation: a stable {@link #code()}, a {@link #severity()}, a location (a JSON
 * Pointer into the document's JSON form and, when the diagnostic comes from a parsed JSON document,
 * a line and column) and the arguments
 * of its message. The message text comes from a bundle, in the language asked for:
 * {@link #message(Locale)}.
 */
@Value.Immutable
public abstract class Diagnostic {
  Diagnostic() {}

  /** The bundle of the conformance diagnostics of checklist-core. */
  public static final String CORE_BUNDLE = "io/github/jianshi/core/diagnostic/messages";

  /**
   * The stable code, for example {@code checkpoint.missing}. Codes never change meaning.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * How bad it is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Where: a JSON Pointer (RFC 6901) into the document's JSON form; the empty string is the whole
   * document.
   *
   * @return the pointer, for example {@code /findings/4/verdict}
   */
  public abstract String pointer();

  /**
   * The 1-based line in the JSON document, where known (diagnostics of a report built in code have
   * none).
   *
   * @return the line, or empty
   */
  public abstract OptionalInt line();

  /**
   * The 1-based column in the JSON document, where known.
   *
   * @return the column, or empty
   */
  public abstract OptionalInt column();

  /**
   * The 1-based paragraph of a source document (a Word file being imported), where known. Diagnostics
   * of text imports give {@link #line()} and {@link #column()} instead.
   *
   * @return the paragraph, or empty
   */
  public abstract OptionalInt paragraph();

  /**
   * A short quote of the source text the diagnostic is about (import diagnostics), so that a reader
   * finds the place without counting lines.
   *
   * @return the quote, at most about 30 characters, or empty
   */
  public abstract Optional<String> excerpt();

  /**
   * The arguments of the message, in the order the message patterns number them.
   *
   * @return an unmodifiable list
   */
  public abstract List<String> arguments();

  /**
   * The resource path (without language suffix and extension) of the message bundle for this code.
   *
   * @return by default {@link #CORE_BUNDLE}
   */
  @Value.Default
  public String bundle() {
    return CORE_BUNDLE;
  }

  /**
   * The message in the given language: zh (zh-CN) or en; any other language gets English.
   *
   * @param locale the language, given explicitly
   * @return the message
   * @throws IllegalStateException when the bundle has no message for this code (a broken resource)
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Messages.format(bundle(), code(), locale, arguments());
  }

  /**
   * A one-line form for logs and consoles: severity, pointer, position, excerpt, code and message.
   *
   * <p>The line is safe to log: text that comes from the document (in the pointer, the excerpt and the
   * message arguments) cannot break it or forge another line. Control characters (C0, DEL, C1,
   * including line feed, carriage return, ESC and NEL), the line and paragraph separators, the bidi
   * controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and unpaired surrogates are
   * written as escapes: {@code \n}, {@code \r}, {@code \t}, otherwise a backslash, {@code u} and four
   * hex digits (as in JSON); a backslash is doubled so that the escapes stay unambiguous.
   * {@link #message(Locale)} itself is not escaped.
   *
   * @param locale the language of the message
   * @return for example {@code error /findings/4/verdict [finding.verdict.not-allowed] …}
   */
  public String describe(Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(severity().id()).append(' ').append(pointer().isEmpty() ? "/" : pointer());
    if (line().isPresent()) {
      out.append(" (").append(line().getAsInt());
      column().ifPresent(c -> out.append(':').append(c));
      out.append(')');
    }
    if (paragraph().isPresent()) {
      out.append(" (¶").append(paragraph().getAsInt()).append(')');
    }
    excerpt().ifPresent(q -> out.append(" «").append(q).append('»'));
    out.append(" [").append(code()).append("] ").append(message(locale));
    return escapeForLine(out);
  }

  /** The text with the characters that could break or disguise a log line escaped; see describe. */
  static String escapeForLine(CharSequence text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = null;
      if (c == '\\') {
        escape = "\\\\";
      } else if (c == '\n') {
        escape = "\\n";
      } else if (c == '\r') {
        escape = "\\r";
      } else if (c == '\t') {
        escape = "\\t";
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      } else if (needsEscape(c)) {
        escape = String.format(Locale.ROOT, "\\u%04X", (int) c);
      }
      if (escape != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F
        || c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029
        || Character.isSurrogate(c);
  }

  /**
   * Creates a diagnostic of checklist-core's bundle.
   *
   * @param code the code
   * @param severity the severity
   * @param pointer the JSON Pointer
   * @param arguments message arguments
   * @return the diagnostic
   */
  public static Diagnostic of(String code, Severity severity, String pointer, String... arguments) {
    return builder().code(code).severity(severity).pointer(pointer).addArguments(arguments).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Diagnostic}. */
  public static final class Builder extends ImmutableDiagnostic.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (code().isBlank()) {
      throw new IllegalArgumentException("Diagnostic.code must not be blank");
    }
    if (!pointer().isEmpty() && pointer().charAt(0) != '/') {
      throw new IllegalArgumentException("Diagnostic.pointer must be empty or start with '/': " + pointer());
    }
  }
}
