package io.github.jianshi.core.numbering;

import java.time.LocalDate;
import java.util.Objects;

/** Dates as official documents write them: 2022年8月5日 (Arabic digits, no leading zeros). */
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
}
