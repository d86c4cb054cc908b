package io.github.jianshi.core.numbering;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The numbering markers of official documents, in the order of GB/T 9704-2012's heading levels, and
 * the run-in marker of enumerated points.
 *
 * <p>{@link #format(int)} writes the canonical form (full-width parentheses, 1. with a full stop).
 */
public enum Marker {
  /** First level: 一、 */
  SECTION,
  /** Second level: （一） */
  SUBSECTION,
  /** Third level: 1. */
  ITEM,
  /** Fourth level: （1） */
  SUBITEM,
  /** Run-in enumerated points within a paragraph: 一是 二是 … 十一是. */
  RUN_IN;

  /**
   * Writes the marker for the n-th item in the canonical form.
   *
   * @param n from 1 to 99
   * @return for example （十一） for {@link #SUBSECTION} and 11
   * @throws IllegalArgumentException when n is outside 1 to 99
   */
  public String format(int n) {
    return format(n, false);
  }

  /**
   * Writes the marker for the n-th item.
   *
   * @param n from 1 to 99
   * @param asciiParentheses whether to write {@code (一)} rather than {@code （一）}
   * @return the marker
   * @throws IllegalArgumentException when n is outside 1 to 99
   */
  public String format(int n, boolean asciiParentheses) {
    String open = asciiParentheses ? "(" : "（";
    String close = asciiParentheses ? ")" : "）";
    switch (this) {
      case SECTION:
        return ChineseNumerals.format(n) + "、";
      case SUBSECTION:
        return open + ChineseNumerals.format(n) + close;
      case ITEM:
        checkArabic(n);
        return n + ".";
      case SUBITEM:
        checkArabic(n);
        return open + n + close;
      case RUN_IN:
        return ChineseNumerals.format(n) + "是";
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Reads this marker at the start of a text, also in the variants found in real reports: ASCII
   * parentheses {@code (一)}, {@code 1、} and full-width digits.
   *
   * @param text the text, for example "（二）在认真贯彻…"
   * @return the number and the marker's length, or empty when the text does not start with this marker
   */
  Optional<Match> parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    switch (this) {
      case SECTION: {
        int len = ChineseNumerals.numeralLength(text, 0);
        if (len > 0 && len < text.length() && isComma(text.charAt(len))) {
          return Optional.of(new Match(this, ChineseNumerals.tryParse(text.subSequence(0, len)).getAsInt(), len + 1));
        }
        return Optional.empty();
      }
      case SUBSECTION:
      case SUBITEM: {
        if (text.length() < 3 || !isOpen(text.charAt(0))) {
          return Optional.empty();
        }
        int len = this == SUBSECTION ? ChineseNumerals.numeralLength(text, 1) : arabicLength(text, 1);
        if (len > 0 && 1 + len < text.length() && isClose(text.charAt(1 + len))) {
          CharSequence digits = text.subSequence(1, 1 + len);
          int n = this == SUBSECTION ? ChineseNumerals.tryParse(digits).getAsInt() : arabic(digits);
          return Optional.of(new Match(this, n, len + 2));
        }
        return Optional.empty();
      }
      case ITEM: {
        int len = arabicLength(text, 0);
        if (len > 0 && len < text.length()) {
          char sep = text.charAt(len);
          // "1." must not be read out of "1.5"
          boolean dot = (sep == '.' || sep == '．')
              && !(len + 1 < text.length() && Character.isDigit(text.charAt(len + 1)));
          if (dot || sep == '、') {
            return Optional.of(new Match(this, arabic(text.subSequence(0, len)), len + 1));
          }
        }
        return Optional.empty();
      }
      case RUN_IN: {
        int len = ChineseNumerals.numeralLength(text, 0);
        if (len > 0 && len < text.length() && text.charAt(len) == '是') {
          return Optional.of(new Match(this, ChineseNumerals.tryParse(text.subSequence(0, len)).getAsInt(), len + 1));
        }
        return Optional.empty();
      }
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Reads whichever marker starts a text, trying the levels in order.
   *
   * @param text the text
   * @return the match, or empty
   */
  static Optional<Match> parseAny(CharSequence text) {
    for (Marker m : values()) {
      Optional<Match> match = m.parse(text);
      if (match.isPresent()) {
        return match;
      }
    }
    return Optional.empty();
  }

  /**
   * A marker read at the start of a text.
   *
   * @param marker which marker
   * @param number the number it carries, from 1 to 99
   * @param length how many characters it takes
   */
  record Match(Marker marker, int number, int length) {}

  private static boolean isComma(char ch) {
    return ch == '、' || ch == '，' || ch == ',';
  }

  private static boolean isOpen(char ch) {
    return ch == '（' || ch == '(';
  }

  private static boolean isClose(char ch) {
    return ch == '）' || ch == ')';
  }

  private static void checkArabic(int n) {
    if (n < 1 || n > ChineseNumerals.MAX) {
      throw new IllegalArgumentException("markers are numbered from 1 to " + ChineseNumerals.MAX + ", not " + n);
    }
  }

  private static int arabicLength(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && i - from < 2 && digitValue(text.charAt(i)) >= 0) {
      i++;
    }
    int len = i - from;
    if (len == 0 || (len == 2 && digitValue(text.charAt(from)) == 0)) {
      return 0;
    }
    if (len == 1 && digitValue(text.charAt(from)) == 0) {
      return 0;
    }
    return len;
  }

  private static int arabic(CharSequence digits) {
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      n = n * 10 + digitValue(digits.charAt(i));
    }
    return n;
  }

  private static int digitValue(char ch) {
    if (ch >= '0' && ch <= '9') {
      return ch - '0';
    }
    if (ch >= '０' && ch <= '９') {
      return ch - '０';
    }
    return -1;
  }
}
