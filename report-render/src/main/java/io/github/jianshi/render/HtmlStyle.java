package io.github.jianshi.render;

/**
 * The CSS of the HTML output, after GB/T 9704-2012: A4 with margins of 37 mm (top), 26 mm (right),
 * 35 mm (bottom) and 28 mm (left), which leave the 156 × 225 mm text block; body text 3号 (16 pt)
 * 仿宋_GB2312, paragraphs indented two characters; the title 2号 (22 pt) 方正小标宋简体, centred, followed
 * by an empty line; section headings (一、) 黑体 and finding headings (（一）) 楷体_GB2312, both 16 pt,
 * indented like paragraphs. Each font is named under its Windows, PostScript and macOS names, with a
 * generic family last, for machines without the 公文 fonts.
 *
 * <p>The line height is 28.95 pt, the usual Word setting for 公文 (固定值 28.95 磅): 22 lines fill
 * the 225 mm text block (225 mm / 22 = 10.23 mm = 28.99 pt per line; 28.95 pt leaves a hair of slack so
 * that rounding never pushes the 22nd line to the next page). Headings and paragraphs have no margins,
 * so every line sits on that grid. Letters are spaced −0.25 pt, as the Word output condenses its body:
 * each 16 pt character then advances 15.75 pt and 28 fit in the 156 mm line (29 do not).
 *
 * <p>Printed, the standalone page is A4 with the standard's margins, page numbers "— N —" in 宋体 4号
 * (14 pt) in the bottom margin on the outer side (odd pages right, even pages left, one character in
 * from the text block, the line's middle about 7 mm below it), drawn with {@code @page} margin boxes;
 * with a margin box at the bottom and an empty one at the top, Chromium (131 and later) prints no
 * footer or header of its own (date, title, address, page count). Lines are not held back for widows and orphans (Word's output has no widow control either);
 * headings stay with the paragraph that follows.
 *
 * <p>Under the title, the byline (the author line as written) is centred in 楷体, 3号, as 署名 under a
 * title are usually set, with an empty line after it; the addressee (主送机关) stands flush left without
 * indent (GB/T 9704 §7.3.2: 居左顶格). In the signature block, the date line (成文日期) stands four
 * characters from the right (§7.3.5.1: 右空四字) and the other lines (署名) two (§7.3.5.2: 右空二字), as
 * in the Word output (whose style sheet says why).
 *
 * <p>The table of measures is set in 12 pt with its number, due date and status columns kept on one
 * line, and starts a new page when printed, as an appendix would.
 *
 * <p>Every rule is scoped to {@code .jianshi-report}, so that the same rules can style a fragment
 * embedded in an application's page; only the page rules ({@code @page}, {@code body}) belong to the
 * standalone page. No {@code url()}, no {@code @import}: nothing is fetched.
 */
final class HtmlStyle {
  private HtmlStyle() {}

  /** The line height: 22 lines in the 225 mm text block. */
  static final String LINE = "28.95pt";

  static final String BODY_FONTS =
      "\"FangSong_GB2312\", \"仿宋_GB2312\", \"FangSong\", \"STFangsong\", \"仿宋\", serif";
  static final String TITLE_FONTS = "\"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"SimSun\", serif";
  static final String SECTION_FONTS = "\"SimHei\", \"黑体\", sans-serif";
  static final String FINDING_FONTS = "\"KaiTi_GB2312\", \"楷体_GB2312\", \"KaiTi\", \"STKaiti\", serif";
  static final String PAGE_NUMBER_FONTS = "\"SimSun\", \"宋体\", \"STSong\", serif";

  /** Letter spacing: 16 pt − 0.25 pt = 15.75 pt per character, 28 characters in 156 mm. */
  static final String LETTER_SPACING = "-0.25pt";

  /** The page number's margin box: 14 pt, its line's middle about 7 mm below the text block. */
  private static String pageNumber(String box, String side) {
    return String.join("\n",
        "  @" + box + " {",
        "    content: \"\\2014  \" counter(page) \" \\2014\";",
        "    font-family: " + PAGE_NUMBER_FONTS + ";",
        "    font-size: 14pt;",
        "    line-height: 14pt;",
        "    vertical-align: top;",
        "    padding-top: 5.3mm;",
        "    padding-" + side + ": 14pt;",
        "    text-align: " + side + ";",
        "  }");
  }

  /** The rules for the report itself, scoped to {@code .jianshi-report}. */
  static final String REPORT = String.join("\n",
      ".jianshi-report {",
      "  font-family: " + BODY_FONTS + ";",
      "  font-size: 16pt;",
      "  line-height: " + LINE + ";",
      "  letter-spacing: " + LETTER_SPACING + ";",
      "  color: #000;",
      "  background: #fff;",
      "  max-width: 156mm;",
      "  margin: 0 auto;",
      "}",
      ".jianshi-report h1 {",
      "  font-family: " + TITLE_FONTS + ";",
      "  font-size: 22pt;",
      "  font-weight: normal;",
      "  line-height: " + LINE + ";",
      "  text-align: center;",
      "  margin: 0 0 " + LINE + ";",
      "}",
      ".jianshi-report h2, .jianshi-report h3 {",
      "  font-size: 16pt;",
      "  font-weight: normal;",
      "  line-height: " + LINE + ";",
      "  text-indent: 2em;",
      "  margin: 0;",
      "}",
      ".jianshi-report h2 {",
      "  font-family: " + SECTION_FONTS + ";",
      "}",
      ".jianshi-report h3 {",
      "  font-family: " + FINDING_FONTS + ";",
      "}",
      ".jianshi-report p {",
      "  text-indent: 2em;",
      "  text-align: justify;",
      "  margin: 0;",
      "}",
      ".jianshi-report .signature {",
      "  margin-top: " + LINE + ";",
      "}",
      ".jianshi-report .signature p {",
      "  text-indent: 0;",
      "  text-align: right;",
      "  padding-right: 2em;",
      "}",
      ".jianshi-report .signature p.date {",
      "  padding-right: 4em;",
      "}",
      ".jianshi-report [data-part=\"byline\"] {",
      "  margin-bottom: " + LINE + ";",
      "}",
      ".jianshi-report [data-part=\"byline\"] p {",
      "  font-family: " + FINDING_FONTS + ";",
      "  text-indent: 0;",
      "  text-align: center;",
      "}",
      ".jianshi-report [data-part=\"addressee\"] p {",
      "  text-indent: 0;",
      "  text-align: left;",
      "}",
      ".jianshi-report .measure-table {",
      "  width: 100%;",
      "  border-collapse: collapse;",
      "  margin-top: " + LINE + ";",
      "  font-size: 12pt;",
      "  line-height: 1.5;",
      "}",
      ".jianshi-report .measure-table caption {",
      "  font-family: " + SECTION_FONTS + ";",
      "  font-size: 16pt;",
      "  line-height: " + LINE + ";",
      "  text-align: center;",
      "}",
      ".jianshi-report .measure-table th, .jianshi-report .measure-table td {",
      "  border: 1px solid #000;",
      "  padding: 2pt 4pt;",
      "  text-align: left;",
      "  vertical-align: top;",
      "}",
      ".jianshi-report .measure-table th {",
      "  font-family: " + SECTION_FONTS + ";",
      "  font-weight: normal;",
      "  text-align: center;",
      "  white-space: nowrap;",
      "}",
      ".jianshi-report .measure-table td:nth-child(1), .jianshi-report .measure-table td:nth-child(5),"
          + " .jianshi-report .measure-table td:nth-child(6) {",
      "  white-space: nowrap;",
      "}",
      "@media print {",
      "  .jianshi-report {",
      "    max-width: none;",
      "  }",
      "  .jianshi-report p {",
      "    orphans: 1;",
      "    widows: 1;",
      "  }",
      "  .jianshi-report h1, .jianshi-report h2, .jianshi-report h3 {",
      "    break-after: avoid;",
      "  }",
      "  .jianshi-report [data-part=\"measure-table\"] {",
      "    break-before: page;",
      "  }",
      "}",
      "");

  /** The rules of the standalone page: A4 with the GB/T 9704 margins, then {@link #REPORT}. */
  static final String PAGE = String.join("\n",
      "@page {",
      "  size: A4;",
      "  margin: 37mm 26mm 35mm 28mm;",
      // An empty top margin box: Chromium then prints no header (date, title) of its own either.
      "  @top-center {",
      "    content: \"\";",
      "  }",
      "}",
      "@page :right {",
      pageNumber("bottom-right", "right"),
      "}",
      "@page :left {",
      pageNumber("bottom-left", "left"),
      "}",
      "body {",
      "  margin: 0;",
      "  padding: 2em 1em;",
      "  background: #fff;",
      "}",
      "@media print {",
      "  body {",
      "    padding: 0;",
      "  }",
      "}",
      "") + REPORT;
}
