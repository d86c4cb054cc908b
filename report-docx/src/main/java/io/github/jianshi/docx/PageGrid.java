package io.github.jianshi.docx;

/**
 * How the Word output holds GB/T 9704's 28 characters per line and 22 lines per page.
 *
 * <p>The two differ only in how the 28 characters are fixed; both have the 22-line grid (line pitch
 * 579 twips), the same page, margins, fonts and styles. See the module's README for what was
 * measured in LibreOffice and what was reasoned from ECMA-376 for Word and WPS.
 */
public enum PageGrid {
  /**
   * The default: a line grid ({@code w:docGrid w:type="lines"}) and body text condensed by 0.25 pt,
   * so that each 3号 character advances 15.75 pt and 28 of them fill the 156 mm line. Word, WPS and
   * LibreOffice lay it out alike: 28 characters × 22 lines in LibreOffice 7.4, no character lost,
   * nothing in the margin.
   */
  LINES,
  /**
   * Word's character grid ({@code w:docGrid w:type="linesAndChars"}, {@code w:charSpace="-1024"}):
   * the form of the GB/T 9704 templates made in Word, for those who must match such a template.
   * Word and WPS lay it out as 28 × 22; LibreOffice 7.4 gives every Chinese character two grid cells
   * and shows 14 characters per line.
   */
  CHARACTERS
}
