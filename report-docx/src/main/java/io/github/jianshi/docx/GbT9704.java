package io.github.jianshi.docx;

/**
 * The layout facts of GB/T 9704-2012 (党政机关公文格式) in Word's units, and how each is derived.
 *
 * <p>Word measures lengths in twips (1/20 pt, 1/1440 inch), font sizes in half-points and the
 * character grid's pitch in 1/4096 pt relative to the default font size. Every value below is
 * computed from the standard's millimetres and counts, so that the derivation is visible and tested.
 */
final class GbT9704 {
  private GbT9704() {}

  /** Twips per millimetre: 1440 / 25.4. */
  static final double TWIPS_PER_MM = 1440 / 25.4;

  /** A4 width, 210 mm: 11906 twips. */
  static final int PAGE_WIDTH = twips(210);
  /** A4 height, 297 mm: 16838 twips. */
  static final int PAGE_HEIGHT = twips(297);

  /** Top margin (天头), 37 mm: 2098 twips. */
  static final int MARGIN_TOP = twips(37);
  /** Bottom margin, 35 mm (297 − 37 − 225 text block): 1984 twips. */
  static final int MARGIN_BOTTOM = twips(35);
  /** Left margin (订口), 28 mm: 1587 twips. */
  static final int MARGIN_LEFT = twips(28);
  /** Right margin, 26 mm (210 − 28 − 156 text block): 1474 twips. */
  static final int MARGIN_RIGHT = twips(26);
  /** Distance of the (empty) header from the top edge, 15 mm: 850 twips. */
  static final int HEADER_DISTANCE = twips(15);
  /**
   * Distance of the footer's bottom from the bottom edge, 25 mm: 1417 twips. The page number's line
   * (4号, 14 pt, about 5 mm high) then has its middle, where the em dashes are, about 27.5 mm above
   * the bottom edge: 7 mm below the text block (35 mm), as GB/T 9704 §7.5 asks.
   */
  static final int FOOTER_DISTANCE = twips(25);

  /** Width of the text block: 11906 − 1587 − 1474 = 8845 twips (156 mm). */
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  /** Height of the text block: 16838 − 2098 − 1984 = 12756 twips (225 mm). */
  static final int TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;

  /** Lines per page. */
  static final int LINES_PER_PAGE = 22;
  /** Characters per line. */
  static final int CHARS_PER_LINE = 28;

  /**
   * The document grid's line pitch: the text height divided by 22 lines, rounded down so that 22
   * whole lines fit (12756 / 22 = 579.8 → 579 twips, 28.95 pt; 22 × 579 = 12738 ≤ 12756 and
   * 23 × 579 = 13317 &gt; 12756).
   */
  static final int LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE;

  /** Body font size, 3号: 16 pt = 32 half-points. */
  static final int BODY_HALF_POINTS = 32;
  /** Title font size, 2号: 22 pt = 44 half-points. */
  static final int TITLE_HALF_POINTS = 44;
  /** Page-number font size, 4号: 14 pt = 28 half-points. */
  static final int PAGE_NUMBER_HALF_POINTS = 28;
  /** Font size inside the measure table, 小四: 12 pt = 24 half-points. */
  static final int TABLE_HALF_POINTS = 24;

  /**
   * The character pitch of the grid in twips: the text width divided by 28 characters, rounded down
   * to whole twips so that 28 characters always fit whatever rounding a word processor applies
   * (8845 / 28 = 315.9 → 315 twips = 15.75 pt; 28 × 315 = 8820 ≤ 8845 and 29 × 315 = 9135 &gt; 8845).
   */
  static final int CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE;

  /**
   * The grid's {@code w:charSpace}: the difference between the character pitch and the default
   * (body) font size, in 1/4096 pt: (15.75 pt − 16 pt) × 4096 = −1024.
   */
  static final int CHAR_SPACE = (CHAR_PITCH - BODY_HALF_POINTS * 10) * 4096 / 20;

  /**
   * How much the line grid's body text is condensed, in twentieths of a point ({@code w:spacing} on
   * the runs): the character pitch minus the body size, 315 − 320 = −5 twips = −0.25 pt. With it each
   * 3号 character advances 15.75 pt, so 28 fit in the 156 mm line (28 × 315 = 8820 ≤ 8845 twips) and
   * 29 do not (9135 twips).
   */
  static final int BODY_CONDENSE = CHAR_PITCH - BODY_HALF_POINTS * 10;

  /** One body character (16 pt) in twips: 320. */
  static final int BODY_CHAR = BODY_HALF_POINTS * 10;
  /** One page-number character (14 pt) in twips: 280. */
  static final int PAGE_NUMBER_CHAR = PAGE_NUMBER_HALF_POINTS * 10;

  /** Body font: 仿宋_GB2312. */
  static final String FONT_BODY = "仿宋_GB2312";
  /** Title font: 方正小标宋简体. */
  static final String FONT_TITLE = "方正小标宋简体";
  /** First-level heading font (一、): 黑体. */
  static final String FONT_HEADING_1 = "黑体";
  /** Second-level heading font (（一）): 楷体_GB2312. */
  static final String FONT_HEADING_2 = "楷体_GB2312";
  /** Page-number font: 宋体. */
  static final String FONT_PAGE_NUMBER = "宋体";

  /** The em dash (一字线) on each side of the page number. */
  static final String PAGE_NUMBER_DASH = "\u2014";

  /**
   * Millimetres to twips, rounded to the nearest twip.
   *
   * @param mm millimetres
   * @return twips
   */
  static int twips(double mm) {
    return (int) Math.round(mm * TWIPS_PER_MM);
  }
}
