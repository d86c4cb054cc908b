package io.github.jianshi.docx;

import java.util.List;

/**
 * The font table ({@code word/fontTable.xml}): each font the styles name, with what a word processor
 * needs to substitute it well when it is not installed, which is the usual case for the 公文 fonts.
 *
 * <ul>
 *   <li>{@code w:altName}: the face that Windows and WPS ship and that comes closest: 仿宋 for
 *       仿宋_GB2312, 楷体 for 楷体_GB2312, 宋体 for 方正小标宋简体; the English name (SimHei, SimSun) for
 *       黑体 and 宋体, which Windows ships under both names. Word uses the alternative name when the
 *       font is missing (ECMA-376 §17.8.3.1).</li>
 *   <li>{@code w:charset} 86 (hexadecimal, 134 decimal: GB2312_CHARSET), so that the substitute
 *       covers simplified Chinese rather than a Latin font.</li>
 *   <li>{@code w:family} and {@code w:pitch}: the values Word records for these faces (the 仿宋, 楷体
 *       and 黑体 families fixed-pitch "modern", 宋体 and 方正小标宋简体 variable-pitch).</li>
 * </ul>
 *
 * <p>Nothing is embedded. LibreOffice 7.4 was checked (see the module README): it substitutes
 * through fontconfig by the font's own name and used none of these hints.
 */
final class FontTable {
  private FontTable() {}

  /**
   * A font the styles use.
   *
   * @param name the name the styles use
   * @param altName the installed face to use when it is missing
   * @param family {@code w:family} (ST_FontFamily)
   * @param pitch {@code w:pitch} (ST_Pitch)
   */
  record Font(String name, String altName, String family, String pitch) {}

  /** The fonts, in a fixed order. */
  static final List<Font> FONTS = List.of(
      new Font(GbT9704.FONT_BODY, "仿宋", "modern", "fixed"),
      new Font(GbT9704.FONT_TITLE, "宋体", "auto", "variable"),
      new Font(GbT9704.FONT_HEADING_1, "SimHei", "modern", "fixed"),
      new Font(GbT9704.FONT_HEADING_2, "楷体", "modern", "fixed"),
      new Font(GbT9704.FONT_PAGE_NUMBER, "SimSun", "auto", "variable"));

  /** The GB2312 character set (134) as {@code w:charset} writes it, in hexadecimal. */
  static final String CHARSET_GB2312 = "86";

  /**
   * The part's XML.
   *
   * @return the XML text
   */
  static String xml() {
    StringBuilder xml = new StringBuilder(1024);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    xml.append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    for (Font f : FONTS) {
      // CT_Font's order: altName, panose1, charset, family, notTrueType, pitch.
      xml.append("<w:font w:name=\"").append(f.name()).append("\">")
          .append("<w:altName w:val=\"").append(f.altName()).append("\"/>")
          .append("<w:charset w:val=\"").append(CHARSET_GB2312).append("\"/>")
          .append("<w:family w:val=\"").append(f.family()).append("\"/>")
          .append("<w:pitch w:val=\"").append(f.pitch()).append("\"/>")
          .append("</w:font>");
    }
    xml.append("</w:fonts>");
    return xml.toString();
  }
}
