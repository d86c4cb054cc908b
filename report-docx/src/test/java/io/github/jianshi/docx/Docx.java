package io.github.jianshi.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** Reading rendered documents back in tests. */
final class Docx {
  private Docx() {}

  /** Opens rendered bytes with POI. */
  static XWPFDocument read(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The zip entries as text, in the order they are stored. */
  static Map<String, String> parts(byte[] docx) {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /**
   * XML with a line break between adjacent tags, for readable golden files and diffs. Text never
   * contains "&gt;&lt;" unescaped, so no text is changed.
   */
  static String lines(String xml) {
    String s = xml.replace("><", ">\n<");
    return s.endsWith("\n") ? s : s + "\n";
  }

  /** The style sheet of a document as written. */
  static CTStyles styles(byte[] docx) {
    try {
      return StylesDocument.Factory.parse(parts(docx).get("word/styles.xml")).getStyles();
    } catch (org.apache.xmlbeans.XmlException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A run property of a paragraph style, following basedOn to the document defaults.
   *
   * @return the first value found, or empty
   */
  static <T> Optional<T> runProperty(XWPFDocument doc, String styleId, Function<CTRPr, T> property) {
    for (String id = styleId; id != null; ) {
      XWPFStyle style = doc.getStyles().getStyle(id);
      if (style == null) {
        break;
      }
      CTStyle ct = style.getCTStyle();
      if (ct.isSetRPr()) {
        T value = property.apply(ct.getRPr());
        if (value != null) {
          return Optional.of(value);
        }
      }
      id = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
    }
    return Optional.empty();
  }

  /** A paragraph property of a style, following basedOn. */
  static <T> Optional<T> paragraphProperty(XWPFDocument doc, String styleId, Function<CTPPrGeneral, T> property) {
    for (String id = styleId; id != null; ) {
      XWPFStyle style = doc.getStyles().getStyle(id);
      if (style == null) {
        break;
      }
      CTStyle ct = style.getCTStyle();
      if (ct.isSetPPr()) {
        T value = property.apply(ct.getPPr());
        if (value != null) {
          return Optional.of(value);
        }
      }
      id = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
    }
    return Optional.empty();
  }

  /** The effective fonts of a style. */
  static CTFonts fonts(XWPFDocument doc, String styleId) {
    return runProperty(doc, styleId, r -> r.sizeOfRFontsArray() > 0 ? r.getRFontsArray(0) : null).orElseThrow();
  }

  /** The effective size of a style in half-points. */
  static int halfPoints(XWPFDocument doc, String styleId) {
    return runProperty(doc, styleId, r -> r.sizeOfSzArray() > 0 ? (BigInteger) r.getSzArray(0).getVal() : null)
        .orElseThrow().intValue();
  }
}
