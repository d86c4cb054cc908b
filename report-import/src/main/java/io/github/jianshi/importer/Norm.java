package io.github.jianshi.importer;

/**
 * Normalises text for recognition only (the report keeps the text as written): Traditional
 * characters of the words that matter to Simplified, ASCII punctuation to full-width, character by
 * character so that offsets stay the same.
 */
final class Norm {
  private Norm() {}

  /** Pairs of Traditional and Simplified characters: those of headings, markers and cue words. */
  private static final String PAIRS =
      "問问題题產产報报實实現现將将為为對对個个經经認认檢检視视國国區区縣县黨党員员學学習习會会體体"
          + "關关於于過过還还進进說说頭头點点項项條条務务時时間间長长發发準准確确這这麼么議议達达緊紧"
          + "專专風风紀纪處处應应與与從从並并舉举幾几機机態态開开層层覺觉單单爭争見见鄉乡辦办導导範范"
          + "規规況况雖虽談谈計计劃划設设總总結结義义訂订調调據据識识觀观嚴严責责變变據据識识戰战擔担"
          + "歸归屬属辯辩護护濟济債债節节讓让濫滥執执構构權权勢势驗验傳传統统領领導导課课證证區区號号"
          + "貫贯徹彻遠远親亲員员勵励氣气內内兩两圍围堅坚強强場场眾众紅红組组織织設设質质賽赛鬥斗爭争"
          + "輕轻損损違违規规嗎吗們们歷历邊边寫写顯显類类動动務务業业畫画筆笔親亲";

  static final char[] MAP = new char[0x10000];
  /**
   * One bit per character: set where {@link #MAP} changes it. 8 KiB, so that the test per character
   * stays in the first-level cache, where the 128 KiB map would not (CJK characters are spread over
   * the whole range).
   */
  private static final long[] CHANGES = new long[0x10000 / 64];

  static {
    for (int i = 0; i < MAP.length; i++) {
      MAP[i] = (char) i;
    }
    for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
      MAP[PAIRS.charAt(i)] = PAIRS.charAt(i + 1);
    }
    MAP['('] = '（';
    MAP[')'] = '）';
    MAP[','] = '，';
    MAP[':'] = '：';
    MAP[';'] = '；';
    MAP['!'] = '！';
    MAP['?'] = '？';
    MAP['\u3000'] = ' ';
    MAP['\u00A0'] = ' ';
    for (int c = 0; c < MAP.length; c++) {
      if (MAP[c] != c) {
        CHANGES[c >>> 6] |= 1L << c;
      }
    }
  }

  /** The character normalised. */
  static char norm(char c) {
    return changes(c) ? MAP[c] : c;
  }

  /** Whether normalising changes the character: a Traditional character of the table, ASCII punctuation, a space. */
  static boolean changes(char c) {
    return (CHANGES[c >>> 6] & 1L << c) != 0;
  }

  /** The normalised text, of the same length (the same string when nothing changes). */
  static String of(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !changes(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] out = s.toCharArray();
    for (; i < n; i++) {
      char c = out[i];
      if (changes(c)) {
        out[i] = MAP[c];
      }
    }
    return new String(out);
  }

  /** Whether a character is a Traditional character of the table. */
  static boolean traditional(char c) {
    char m = MAP[c];
    return m != c && c > 0x2E80;
  }

  /** White space, including the ideographic space and no-break space. */
  static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
        || c == '\u2009' || c == '\u202F' || c == '\n' || c == '\f';
  }

  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && space(s.charAt(a))) {
      a++;
    }
    while (b > a && space(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** Ends a sentence: 。！？；(and ASCII). */
  static boolean sentenceEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
  }

  /** Closing quotes and brackets that stay with the sentence before them. */
  static boolean closer(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '"' || c == '）' || c == ')' || c == '】';
  }

  /** Any punctuation that can end a clause before a run-in marker. */
  static boolean clauseEnd(char c) {
    return sentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':' || c == '、' || closer(c);
  }

  /** The text without white space and punctuation, normalised: for comparing headings. */
  static String key(String s) {
    String n = of(s);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
