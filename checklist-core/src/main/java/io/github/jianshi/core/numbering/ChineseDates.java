package io.github.jianshi.core.numbering;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Dates as official documents write them: 2022年8月5日 (Arabic digits, no leading zeros, as GB/T 9704
 * asks of the 成文日期), and as older documents still do: 二〇二二年八月五日.
 */
public final class ChineseDates {
  private ChineseDates() {}

  /**
   * Writes a date.
   *
   * @param date the date
   * @return for example 2022年8月5日
   */
  public static String format(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /**
   * Reads a date line as written in a signature block (成文日期): {@code 2022年8月5日}, with or without
   * leading zeros, the year in four digits, in ASCII or full-width digits, or in Chinese numerals ({@code 二〇二二年八月五日},
   * 〇 or 零, 十 as in 十二月 and 三十一日). White space (including U+3000) may surround the date and
   * separate its parts; nothing else may stand on the line.
   *
   * @param line the line
   * @return the date, or empty when the line is not a date or names no real day
   */
  public static Optional<LocalDate> parse(String line) {
    Objects.requireNonNull(line, "line");
    String s = strip(line);
    int year = s.indexOf('年');
    int month = s.indexOf('月');
    int day = s.indexOf('日');
    if (year < 0 || month < year || day != s.length() - 1) {
      return Optional.empty();
    }
    int y = number(s.substring(0, year), true);
    int m = number(s.substring(year + 1, month), false);
    int d = number(s.substring(month + 1, day), false);
    if (y < 0 || m < 0 || d < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The line without any white space. */
  private static String strip(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A year (digit by digit: 二〇二二) or a month or day (1 to 2 digits, or 一 to 三十一 with 十).
   *
   * @return the number, or -1
   */
  private static int number(String s, boolean year) {
    if (s.isEmpty() || s.length() > (year ? 4 : 3)) {
      return -1;
    }
    int n = 0;
    boolean arabic = true;
    for (int i = 0; i < s.length(); i++) {
      int digit = digit(s.charAt(i));
      if (digit < 0) {
        arabic = false;
        break;
      }
      n = n * 10 + digit;
    }
    if (arabic) {
      return year && s.length() != 4 ? -1 : n;
    }
    if (year) {
      return -1;
    }
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? chinese(s.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : ten == 1 ? chinese(s.charAt(0)) : -1;
    int units = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? chinese(s.charAt(ten + 1)) : -1;
    return tens < 1 || units < 0 ? -1 : tens * 10 + units;
  }

  /** An ASCII or full-width digit, or a Chinese digit 〇 零 一 … 九; -1 otherwise. */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return chinese(c) >= 0 && c != '十' ? chinese(c) : -1;
  }

  /** A Chinese digit 〇 零 一 … 九 (and 十 as 10); -1 otherwise. */
  private static int chinese(char c) {
    int i = "〇一二三四五六七八九十".indexOf(c);
    if (i >= 0) {
      return i;
    }
    return c == '零' || c == 'Ｏ' || c == 'O' || c == 'o' ? 0 : -1;
  }
}
