package io.github.jianshi.docx;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The core properties part ({@code docProps/core.xml}): title, creator, and the created and modified
 * dates, the only properties that depend on the report.
 *
 * <p>Written directly rather than through POI's package: POI marshals this part through a DOM and a
 * {@code javax.xml.transform.Transformer} for every document, a fixed cost of the same order as the
 * rest of a small document. The text is what POI 5.5.1 writes for the same properties, byte for byte
 * ({@code CorePropertiesTest} compares the two for every character): the same declaration and
 * namespaces, the elements in POI's order (created, creator, modified, title), the W3CDTF dates, and
 * its escapes ({@code &amp; &lt; &gt;}, a carriage return and the C1 controls U+007F to U+009F as
 * numeric references, characters outside the Basic Multilingual Plane as one numeric reference
 * each). One difference by design: a line feed is written as a line feed, where POI's transformer
 * writes the platform's line separator; so the bytes are the same on every platform.
 */
final class CoreProperties {
  private CoreProperties() {}

  /** The part's name in the package. */
  static final String PART = "docProps/core.xml";

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<cp:coreProperties"
      + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
      + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
      + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
  private static final String TAIL = "</cp:coreProperties>";

  /**
   * The part's bytes.
   *
   * @param title the title, already made XML-safe ({@link DocxText#xmlSafe(String)})
   * @param creator the creator, already made XML-safe, if any
   * @param date the created and modified date (written as midnight UTC), if any
   * @return the UTF-8 bytes of the part
   */
  static byte[] xml(String title, Optional<String> creator, Optional<LocalDate> date) {
    StringBuilder xml = new StringBuilder(HEAD.length() + TAIL.length() + 256);
    xml.append(HEAD);
    date.ifPresent(d -> date(xml, "created", d));
    creator.ifPresent(c -> text(xml, "dc:creator", c));
    date.ifPresent(d -> date(xml, "modified", d));
    text(xml, "dc:title", title);
    xml.append(TAIL);
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void date(StringBuilder xml, String name, LocalDate date) {
    xml.append("<dcterms:").append(name).append(" xsi:type=\"dcterms:W3CDTF\">");
    digits(xml, date.getYear(), 4).append('-');
    digits(xml, date.getMonthValue(), 2).append('-');
    digits(xml, date.getDayOfMonth(), 2).append("T00:00:00Z</dcterms:").append(name).append('>');
  }

  private static StringBuilder digits(StringBuilder xml, int value, int width) {
    if (value < 0) {
      xml.append('-');
    }
    String s = Integer.toString(Math.abs(value));
    for (int i = s.length(); i < width; i++) {
      xml.append('0');
    }
    return xml.append(s);
  }

  private static void text(StringBuilder xml, String element, String text) {
    xml.append('<').append(element).append('>');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> xml.append("&amp;");
        case '<' -> xml.append("&lt;");
        case '>' -> xml.append("&gt;");
        case '\r' -> xml.append("&#13;");
        default -> {
          if (c >= 0x7F && c <= 0x9F) {
            xml.append("&#").append((int) c).append(';');
          } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            xml.append("&#").append(Character.toCodePoint(c, text.charAt(++i))).append(';');
          } else {
            xml.append(c);
          }
        }
      }
    }
    xml.append("</").append(element).append('>');
  }
}
