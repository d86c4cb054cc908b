package io.github.jianshi.importer;

import io.github.jianshi.core.PointStyle;
import io.github.jianshi.core.numbering.ChineseNumerals;

/** One paragraph being recognised: its text as written (trimmed), normalised form, marker, source. */
final class Line {
  final String text;
  final String norm;
  final SourceParagraph src;
  /** 0-based column of {@link #text} in the source paragraph's text. */
  final int col0;
  /** The marker kind at the start, or null. */
  Mark mark;
  /** The marker's number. */
  int number;
  /** Characters the marker takes, white space after it included. */
  int markLen;
  /** The style an item marker stands for. */
  PointStyle style;

  Line(String text, SourceParagraph src, int col0) {
    this.text = text;
    this.norm = Norm.of(text);
    this.src = src;
    this.col0 = col0;
    classify();
  }

  /** The markers a paragraph can start with. */
  enum Mark { SECTION, SUBSECTION, ITEM, SUBITEM, RUN_IN }

  /** The text after the marker (white space after it removed). */
  String rest() {
    return text.substring(markLen);
  }

  String restNorm() {
    return norm.substring(markLen);
  }

  private void classify() {
    String n = norm;
    int len = n.length();
    if (len < 2) {
      return;
    }
    char c0 = n.charAt(0);
    if (c0 == '（') {
      int nl = numeralLength(n, 1);
      if (nl > 0 && 1 + nl < len && n.charAt(1 + nl) == '）') {
        set(Mark.SUBSECTION, ChineseNumerals.tryParse(n.substring(1, 1 + nl)).getAsInt(), nl + 2,
            PointStyle.PAREN_CHINESE);
        return;
      }
      int al = arabicLength(n, 1);
      if (al > 0 && 1 + al < len && n.charAt(1 + al) == '）') {
        set(Mark.SUBITEM, arabic(n, 1, al), al + 2, PointStyle.PAREN_ARABIC);
        return;
      }
      return;
    }
    int al = arabicLength(n, 0);
    if (al > 0 && al < len) {
      char sep = n.charAt(al);
      boolean dot = (sep == '.' || sep == '．') && !(al + 1 < len && digit(n.charAt(al + 1)) >= 0);
      if (dot || sep == '、') {
        set(Mark.ITEM, arabic(n, 0, al), al + 1, dot ? PointStyle.ARABIC_DOT : PointStyle.ARABIC_COMMA);
      }
      return;
    }
    int nl = numeralLength(n, 0);
    if (nl > 0 && nl < len) {
      char sep = n.charAt(nl);
      int num = ChineseNumerals.tryParse(n.substring(0, nl)).getAsInt();
      if (sep == '、') {
        set(Mark.SECTION, num, nl + 1, PointStyle.CHINESE_COMMA);
      } else if (sep == '是') {
        set(Mark.RUN_IN, num, nl + 1, PointStyle.RUN_IN);
      }
    }
  }

  private void set(Mark m, int num, int len, PointStyle st) {
    int l = len;
    while (l < text.length() && Norm.space(text.charAt(l))) {
      l++;
    }
    if (l >= text.length()) {
      return;
    }
    this.mark = m;
    this.number = num;
    this.markLen = l;
    this.style = st;
  }

  /** Length of the longest Chinese numeral (一 to 九十九) at from, or 0. */
  static int numeralLength(CharSequence s, int from) {
    for (int len = Math.min(3, s.length() - from); len > 0; len--) {
      if (ChineseNumerals.tryParse(s.subSequence(from, from + len)).isPresent()) {
        return len;
      }
    }
    return 0;
  }

  static int arabicLength(CharSequence s, int from) {
    int i = from;
    while (i < s.length() && i - from < 3 && digit(s.charAt(i)) >= 0) {
      i++;
    }
    int len = i - from;
    if (len == 0 || len == 3 || digit(s.charAt(from)) == 0) {
      return 0;
    }
    return len;
  }

  static int arabic(CharSequence s, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      v = v * 10 + digit(s.charAt(i));
    }
    return v;
  }

  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  @Override
  public String toString() {
    return (mark == null ? "" : mark + ":" + number + " ") + text;
  }
}
