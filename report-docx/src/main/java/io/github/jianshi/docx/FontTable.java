package io.github.jianshi.docx;

import java.util.List;

/**
 * The font table ({@code word/fontTable.xml}): each font the styles name, with its English name as
 * {@code w:altName} (Word finds a font under either name) and the GB2312 character set (86), so that
 * a machine without the font substitutes one that covers simplified Chinese rather than a Latin one.
 */
final class FontTable {
  private FontTable() {}

  /**
   * A font the styles use.
   *
   * @param name the name the styles use
   * @param englishName the font's English family name
   */
  record Font(String name, String englishName) {}

  /** The fonts, in a fixed order. */
  static final List<Font> FONTS = List.of(
      new Font(GbT9704.FONT_BODY, "FangSong_GB2312"),
      new Font(GbT9704.FONT_TITLE, "FZXiaoBiaoSong-B05S"),
      new Font(GbT9704.FONT_HEADING_1, "SimHei"),
      new Font(GbT9704.FONT_HEADING_2, "KaiTi_GB2312"),
      new Font(GbT9704.FONT_PAGE_NUMBER, "SimSun"));

  /** The GB2312 character set, as Word writes it in {@code w:charset}. */
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
      xml.append("<w:font w:name=\"").append(f.name()).append("\">")
          .append("<w:altName w:val=\"").append(f.englishName()).append("\"/>")
          .append("<w:charset w:val=\"").append(CHARSET_GB2312).append("\"/>")
          .append("</w:font>");
    }
    xml.append("</w:fonts>");
    return xml.toString();
  }
}
