package io.github.jianshi.core;

import io.github.jianshi.core.numbering.ChineseNumerals;
import java.util.Optional;

/**
 * How the author marks enumerated items (the points of a finding, the causes, the measures). The
 * usual style of 对照检视 reports is {@link #RUN_IN} (一是, 二是, …); other reports number their items
 * 1. or 1、 or （1）, and the model keeps what the author wrote so that rendering gives it back.
 */
public enum PointStyle {
  /** 一是 二是 … 十一是, the usual style. */
  RUN_IN("run-in", "一是、二是"),
  /** （一）（二）…, written as items rather than as subsection headings. */
  PAREN_CHINESE("paren-chinese", "（一）（二）"),
  /** 一、二、…, written as items. */
  CHINESE_COMMA("chinese-comma", "一、二、"),
  /** 1. 2. … (GB/T 9704's third level). */
  ARABIC_DOT("arabic-dot", "1. 2."),
  /** 1、2、… as many offices write the third level. */
  ARABIC_COMMA("arabic-comma", "1、2、"),
  /** （1）（2）… (GB/T 9704's fourth level). */
  PAREN_ARABIC("paren-arabic", "（1）（2）");

  /** The constants, looked up without copying {@link #values()} on every call. */
  private static final PointStyle[] VALUES = values();

  private final String id;
  private final String label;

  PointStyle(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * The stable identifier used in JSON.
   *
   * @return for example {@code run-in} or {@code arabic-dot}
   */
  public String id() {
    return id;
  }

  /**
   * A short Chinese label, as diagnostics name the value to an official.
   *
   * @return the first two markers, for example {@code （一）（二）}
   */
  public String label() {
    return label;
  }

  /**
   * Finds the style with the given stable identifier.
   *
   * @param id for example {@code paren-chinese}
   * @return the style, or empty
   */
  public static Optional<PointStyle> fromId(String id) {
    for (PointStyle v : VALUES) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes the marker of the n-th item.
   *
   * @param n the item's number, from 1; Chinese numerals stop at 九十九, beyond which the marker is
   *     written with Arabic digits (100是, （100）)
   * @param asciiParentheses whether parentheses are written as ASCII {@code ( )}
   * @return the marker, for example 二是, （二）, 二、, 2., 2、 or （2）
   * @throws IllegalArgumentException when n is less than 1
   */
  public String format(int n, boolean asciiParentheses) {
    if (n < 1) {
      throw new IllegalArgumentException("items are numbered from 1, not " + n);
    }
    String open = asciiParentheses ? "(" : "（";
    String close = asciiParentheses ? ")" : "）";
    String chinese = n <= ChineseNumerals.MAX ? ChineseNumerals.format(n) : Integer.toString(n);
    switch (this) {
      case RUN_IN:
        return chinese + "是";
      case PAREN_CHINESE:
        return open + chinese + close;
      case CHINESE_COMMA:
        return chinese + "、";
      case ARABIC_DOT:
        return n + ".";
      case ARABIC_COMMA:
        return n + "、";
      case PAREN_ARABIC:
        return open + n + close;
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Whether items in this style run in within a paragraph. Only {@link #RUN_IN} items can run in with
   * other text; items of the other styles start their own paragraph.
   *
   * @return true for {@link #RUN_IN}
   */
  public boolean runsIn() {
    return this == RUN_IN;
  }
}
