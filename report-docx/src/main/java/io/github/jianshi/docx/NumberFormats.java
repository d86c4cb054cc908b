package io.github.jianshi.docx;

/**
 * Formats a list counter the way Word shows it for a {@code w:numFmt}. Formats import does not know
 * fall back to decimal, as Word does for formats it cannot show.
 */
final class NumberFormats {
  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String TRADITIONAL_LEGAL_DIGITS = "零壹貳參肆伍陸柒捌玖";
  private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

  private NumberFormats() {}

  /**
   * The counter {@code n} in format {@code numFmt}.
   *
   * @return the formatted number; empty for {@code none} and {@code bullet}
   */
  static String format(int n, String numFmt) {
    String f = numFmt == null ? "decimal" : numFmt;
    switch (f) {
      case "none":
      case "bullet":
        return "";
      case "decimalZero":
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
      case "chineseCounting":
      case "chineseCountingThousand":
      case "taiwaneseCounting":
      case "taiwaneseCountingThousand":
      case "japaneseCounting":
        return n > 0 && n < 10000 ? chinese(n, DIGITS, "十百千") : Integer.toString(n);
      case "chineseLegalSimplified":
        return n > 0 && n < 10000 ? chinese(n, LEGAL_DIGITS, "拾佰仟") : Integer.toString(n);
      case "ideographLegalTraditional":
        return n > 0 && n < 10000 ? chinese(n, TRADITIONAL_LEGAL_DIGITS, "拾佰仟") : Integer.toString(n);
      case "ideographDigital":
      case "taiwaneseDigital":
      case "japaneseDigitalTenThousand":
        return digits(n, DIGITS);
      case "ideographTraditional":
        return n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : Integer.toString(n);
      case "ideographZodiac":
        return n >= 1 && n <= 12 ? String.valueOf(EARTHLY_BRANCHES.charAt(n - 1)) : Integer.toString(n);
      case "decimalEnclosedCircle":
      case "decimalEnclosedCircleChinese":
      case "ideographEnclosedCircle":
        return n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
      case "decimalEnclosedParen":
        return n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : Integer.toString(n);
      case "decimalEnclosedFullstop":
        return n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : Integer.toString(n);
      case "decimalFullWidth":
      case "decimalFullWidth2":
        return digits(n, "０１２３４５６７８９");
      case "upperLetter":
        return letters(n, 'A');
      case "lowerLetter":
        return letters(n, 'a');
      case "upperRoman":
        return roman(n);
      case "lowerRoman":
        return roman(n).toLowerCase(java.util.Locale.ROOT);
      default:
        return Integer.toString(n);
    }
  }

  /** 一 … 九, 十, 十一, 二十, 一百零五, 一千零一十: the counting numerals as written in lists. */
  static String chinese(int n, String digits, String units) {
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    StringBuilder out = new StringBuilder();
    int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    boolean zero = false;
    for (int i = 0; i < 4; i++) {
      int d = parts[i];
      if (d == 0) {
        if (out.length() > 0) {
          zero = true;
        }
        continue;
      }
      if (zero) {
        out.append(digits.charAt(0));
        zero = false;
      }
      boolean leadingTen = i == 2 && out.length() == 0 && d == 1;
      if (!leadingTen) {
        out.append(digits.charAt(d));
      }
      if (i < 3) {
        out.append(units.charAt(2 - i));
      }
    }
    return out.toString();
  }

  private static String digits(int n, String digits) {
    String s = Integer.toString(n);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= '0' && c <= '9' ? digits.charAt(c - '0') : c);
    }
    return out.toString();
  }

  /** Word's letters: A … Z, then AA … ZZ, AAA …. */
  private static String letters(int n, char a) {
    if (n < 1) {
      return Integer.toString(n);
    }
    int times = (n - 1) / 26 + 1;
    char c = (char) (a + (n - 1) % 26);
    return String.valueOf(c).repeat(Math.min(times, 1000));
  }

  private static String roman(int n) {
    if (n < 1 || n > 3999) {
      return Integer.toString(n);
    }
    StringBuilder out = new StringBuilder();
    int rest = n;
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      while (rest >= ROMAN_VALUES[i]) {
        out.append(ROMAN[i]);
        rest -= ROMAN_VALUES[i];
      }
    }
    return out.toString();
  }
}
