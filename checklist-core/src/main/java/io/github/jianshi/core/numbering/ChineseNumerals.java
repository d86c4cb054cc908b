package io.github.jianshi.core.numbering;

import java.util.OptionalInt;

/**
 * Chinese numerals from 一 (1) to 九十九 (99), as used in the ordinals of official documents, and back.
 *
 * <p>The forms are the usual ones: 十 (not 一十), 十一, 二十, 二十一, 九十九. Outside 1 to 99 the
 * numbering of a report has no customary form, and these methods refuse it.
 */
public final class ChineseNumerals {
  /** The largest number written. */
  public static final int MAX = 99;

  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumerals() {}

  /**
   * Writes a number in Chinese.
   *
   * @param n from 1 to 99
   * @return for example 十一 for 11
   * @throws IllegalArgumentException when n is below 1 or above 99
   */
  public static String format(int n) {
    if (n < 1 || n > MAX) {
      throw new IllegalArgumentException(
          "Chinese ordinals are written from 1 (一) to " + MAX + " (九十九), not " + n);
    }
    int tens = n / 10;
    int units = n % 10;
    StringBuilder out = new StringBuilder(3);
    if (tens > 1) {
      out.append(DIGITS.charAt(tens));
    }
    if (tens > 0) {
      out.append('十');
    }
    if (units > 0) {
      out.append(DIGITS.charAt(units));
    }
    return out.toString();
  }

  /**
   * Reads a Chinese numeral written as {@link #format(int)} writes it.
   *
   * @param text for example 二十一
   * @return the number, from 1 to 99
   * @throws IllegalArgumentException when the text is not such a numeral; the message quotes it
   */
  static int parse(String text) {
    OptionalInt n = tryParse(text);
    if (n.isEmpty()) {
      throw new IllegalArgumentException(
          "not a Chinese numeral from 一 to 九十九: \"" + text + "\"");
    }
    return n.getAsInt();
  }

  /**
   * Reads a Chinese numeral written as {@link #format(int)} writes it.
   *
   * @param text the text
   * @return the number from 1 to 99, or empty when the text is anything else
   */
  public static OptionalInt tryParse(CharSequence text) {
    int len = text.length();
    if (len == 0 || len > 3) {
      return OptionalInt.empty();
    }
    int ten = indexOf(text, '十');
    if (ten < 0) {
      if (len != 1) {
        return OptionalInt.empty();
      }
      int d = digit(text.charAt(0));
      return d > 0 ? OptionalInt.of(d) : OptionalInt.empty();
    }
    int tens;
    if (ten == 0) {
      tens = 1;
    } else if (ten == 1) {
      tens = digit(text.charAt(0));
      if (tens < 2) {
        return OptionalInt.empty();
      }
    } else {
      return OptionalInt.empty();
    }
    int units = 0;
    if (ten + 1 < len) {
      if (ten + 2 != len) {
        return OptionalInt.empty();
      }
      units = digit(text.charAt(ten + 1));
      if (units < 1) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(tens * 10 + units);
  }

  /**
   * The longest prefix of {@code text} starting at {@code from} that is a Chinese numeral.
   *
   * @param text the text
   * @param from where to start
   * @return the length of the numeral, or 0 when none starts there
   */
  static int numeralLength(CharSequence text, int from) {
    for (int len = Math.min(3, text.length() - from); len > 0; len--) {
      if (tryParse(text.subSequence(from, from + len)).isPresent()) {
        return len;
      }
    }
    return 0;
  }

  private static int indexOf(CharSequence s, char ch) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ch) {
        return i;
      }
    }
    return -1;
  }

  private static int digit(char ch) {
    int d = DIGITS.indexOf(ch);
    return d;
  }
}
