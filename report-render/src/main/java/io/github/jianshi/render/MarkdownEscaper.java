package io.github.jianshi.render;

/**
 * Escapes report text for CommonMark so that a CommonMark parser reads it back as the same text and
 * nothing else: no emphasis, link, code, HTML, entity, list, quote, heading or code block.
 *
 * <p>Only what could be read as syntax is escaped, so that Chinese text stays readable (full-width
 * punctuation never needs escaping):
 *
 * <ul>
 *   <li>a backslash before {@code \ ` * [ ~ |} anywhere; before {@code _} unless it stands between two
 *       letters or digits (where it cannot open or close emphasis, as in {@code 仿宋_GB2312}); before
 *       {@code <} when it could start a tag, comment or autolink (followed by a letter, {@code /},
 *       {@code !} or {@code ?}); before {@code &} when it starts something that looks like an entity
 *       ({@code &amp;}, {@code &#38;}). {@code ~} and {@code |} are not CommonMark syntax but GitHub's
 *       (strikethrough, tables), where most Markdown ends up;</li>
 *   <li>at the start of a line of a paragraph, a backslash before {@code # > - + =}, and before the
 *       {@code .} or {@code )} of {@code 1.} or {@code 1)} (ordered list items);</li>
 *   <li>in headings, a backslash before every {@code #} (a closing sequence would be dropped);</li>
 *   <li>spaces and tabs at the start or end of a line, which a parser strips, as the character
 *       references {@code &#32;} and {@code &#9;}; a carriage return as {@code &#13;}.</li>
 * </ul>
 *
 * <p>A line feed inside a paragraph is written as a line feed (a soft line break) when it separates two
 * non-empty lines, and as {@code &#10;} otherwise (at the start or end of the text, or next to another
 * line feed), so that it never ends the paragraph. In a heading every line feed is {@code &#10;}.
 *
 * <p>The one character that cannot come back is U+0000, which CommonMark replaces with U+FFFD.
 */
final class MarkdownEscaper {
  private MarkdownEscaper() {}

  /**
   * Escapes the text of a paragraph.
   *
   * @param text the text as written
   * @return the Markdown source of the paragraph (may span several lines)
   */
  static String paragraph(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int n = text.length();
    int lineStart = 0;
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) == '\n' && isLineBreak(text, i)) {
        line(text, lineStart, i, false, out);
        out.append('\n');
        lineStart = i + 1;
      }
    }
    line(text, lineStart, n, false, out);
    return out.toString();
  }

  /**
   * Escapes the content of an ATX heading (what follows {@code ## }).
   *
   * @param text the heading text, marker included
   * @return the Markdown source, one line
   */
  static String heading(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    line(text, 0, text.length(), true, out);
    return out.toString();
  }

  /** A line feed stays a line feed when both neighbours are on non-empty lines. */
  private static boolean isLineBreak(String text, int i) {
    return i > 0 && i < text.length() - 1 && text.charAt(i - 1) != '\n' && text.charAt(i + 1) != '\n';
  }

  private static void line(String text, int start, int end, boolean heading, StringBuilder out) {
    int a = start;
    while (a < end && isBlank(text.charAt(a))) {
      a++;
    }
    int b = end;
    while (b > a && isBlank(text.charAt(b - 1))) {
      b--;
    }
    for (int i = start; i < a; i++) {
      out.append(reference(text.charAt(i)));
    }
    boolean lineStart = !heading && a == start;
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (lineStart && i == a) {
        if (startsBlock(c)) {
          out.append('\\').append(c);
          continue;
        }
        int listMarker = orderedListDelimiter(text, i, b);
        if (listMarker >= 0) {
          out.append(text, i, listMarker).append('\\').append(text.charAt(listMarker));
          i = listMarker;
          continue;
        }
      }
      switch (c) {
        case '\\', '`', '*', '[', '~', '|' -> out.append('\\').append(c);
        case '#' -> {
          if (heading) {
            out.append('\\');
          }
          out.append(c);
        }
        case '_' -> {
          if (!betweenAlphanumerics(text, i, start, end)) {
            out.append('\\');
          }
          out.append(c);
        }
        case '<' -> {
          if (i + 1 < end && opensTag(text.charAt(i + 1))) {
            out.append('\\');
          }
          out.append(c);
        }
        case '&' -> {
          if (looksLikeEntity(text, i + 1, end)) {
            out.append('\\');
          }
          out.append(c);
        }
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    for (int i = Math.max(a, b); i < end; i++) {
      out.append(reference(text.charAt(i)));
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static String reference(char c) {
    return c == ' ' ? "&#32;" : "&#9;";
  }

  private static boolean startsBlock(char c) {
    return c == '#' || c == '>' || c == '-' || c == '+' || c == '=';
  }

  /**
   * Where the delimiter of an ordered list marker ({@code 1.} or {@code 1)}, up to nine digits) is, or
   * -1.
   */
  private static int orderedListDelimiter(String text, int i, int end) {
    int j = i;
    while (j < end && j - i < 10 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    if (j == i || j - i > 9 || j >= end) {
      return -1;
    }
    char d = text.charAt(j);
    return d == '.' || d == ')' ? j : -1;
  }

  private static boolean betweenAlphanumerics(String text, int i, int start, int end) {
    if (i == start || i + 1 >= end) {
      return false;
    }
    return Character.isLetterOrDigit(text.codePointBefore(i)) && Character.isLetterOrDigit(text.codePointAt(i + 1));
  }

  private static boolean opensTag(char c) {
    return isAsciiLetter(c) || c == '/' || c == '!' || c == '?';
  }

  /**
   * Whether the text after an {@code &} reads as an entity or numeric character reference: a name of
   * ASCII letters and digits, {@code #} and decimal digits, or {@code #x} and hex digits, then
   * {@code ;}.
   */
  private static boolean looksLikeEntity(String text, int i, int end) {
    int j = i;
    if (j < end && text.charAt(j) == '#') {
      j++;
      if (j < end && (text.charAt(j) == 'x' || text.charAt(j) == 'X')) {
        j++;
        int digits = j;
        while (j < end && isHexDigit(text.charAt(j))) {
          j++;
        }
        return j > digits && j < end && text.charAt(j) == ';';
      }
      int digits = j;
      while (j < end && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
        j++;
      }
      return j > digits && j < end && text.charAt(j) == ';';
    }
    if (j >= end || !isAsciiLetter(text.charAt(j))) {
      return false;
    }
    while (j < end && (isAsciiLetter(text.charAt(j)) || (text.charAt(j) >= '0' && text.charAt(j) <= '9'))) {
      j++;
    }
    return j < end && text.charAt(j) == ';';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
