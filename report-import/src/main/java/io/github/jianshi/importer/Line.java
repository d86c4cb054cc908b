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

  /** Whether the text has a character that placeholders are made of. */
  final boolean placeholderChars;
  /** How many Traditional characters of the table the text has (counting stops at 5). */
  final int traditional;

  Line(String text, SourceParagraph src, int col0) {
    this.text = text;
    boolean ph = false;
    int trad = 0;
    char[] out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Norm.changes(c)) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = Norm.MAP[c];
        if (trad < 5 && c > 0x2E80 && c != '\u3000') {
          trad++;
        }
      }
      if (c < 0x80 ? c == '*' || c == 'x' || c == 'X' || c == '_' : c == '＊' || c == '×' || c == '＿') {
        ph = true;
      }
    }
    this.norm = out == null ? text : new String(out);
    this.placeholderChars = ph;
    this.traditional = trad;
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

  /** Length of the longest Chinese numeral (一 to 九十九) at from, or 0; without allocating. */
  static int numeralLength(CharSequence s, int from) {
    int n = s.length();
    if (from >= n) {
      return 0;
    }
    int d0 = cn(s.charAt(from));
    if (d0 < 0) {
      return 0;
    }
    if (d0 == 10) {
      // 十, 十一 … 十九
      return from + 1 < n && cn(s.charAt(from + 1)) >= 1 && cn(s.charAt(from + 1)) <= 9 ? 2 : 1;
    }
    if (d0 == 0) {
      return 0;
    }
    if (from + 1 < n && cn(s.charAt(from + 1)) == 10 && d0 >= 2) {
      // 二十, 二十一 … 九十九
      return from + 2 < n && cn(s.charAt(from + 2)) >= 1 && cn(s.charAt(from + 2)) <= 9 ? 3 : 2;
    }
    return 1;
  }

  /** The value of a Chinese digit: 〇 0, 一 1 … 九 9, 十 10; -1 for anything else. */
  private static int cn(char c) {
    switch (c) {
      case '〇': return 0;
      case '一': return 1;
      case '二': return 2;
      case '三': return 3;
      case '四': return 4;
      case '五': return 5;
      case '六': return 6;
      case '七': return 7;
      case '八': return 8;
      case '九': return 9;
      case '十': return 10;
      default: return -1;
    }
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
