package io.github.jianshi.docx;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hardened StAX reading of the XML parts of a Word package: the JDK's own parser (never one found on
 * the class path), no DTDs and no external entities; a DTD in a part is refused (OPC forbids them), and
 * element nesting is bounded by the caller.
 */
final class WordXml {
  /** WordprocessingML, transitional. */
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** WordprocessingML, strict. */
  static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  /** Markup compatibility (mc:AlternateContent). */
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /** Package relationships. */
  static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

  private static final XMLInputFactory FACTORY = factory();

  private WordXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /** A DTD (entity declarations) in a part of the package. */
  static final class DtdException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    DtdException() {
      super("DTD in an OOXML part");
    }
  }

  /** Nesting deeper than the limit. */
  static final class DepthException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    DepthException() {
      super("XML nested too deeply");
    }
  }

  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    synchronized (FACTORY) {
      return FACTORY.createXMLStreamReader(in);
    }
  }

  /**
   * The next event, refusing DTDs.
   *
   * @throws DtdException at a DOCTYPE
   */
  static int next(XMLStreamReader r) throws XMLStreamException {
    int e = r.next();
    if (e == XMLStreamConstants.DTD) {
      throw new DtdException();
    }
    return e;
  }

  static boolean isW(String ns) {
    return W.equals(ns) || W_STRICT.equals(ns);
  }

  /** A WordprocessingML attribute ({@code w:val} and the like), in either namespace, or null. */
  static String attr(XMLStreamReader r, String local) {
    String v = r.getAttributeValue(W, local);
    if (v == null) {
      v = r.getAttributeValue(W_STRICT, local);
    }
    return v;
  }

  static String val(XMLStreamReader r) {
    return attr(r, "val");
  }

  /** An on/off property: absent value or anything but false/0/off means on. */
  static boolean isOn(XMLStreamReader r) {
    String v = val(r);
    return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
  }

  static int intVal(XMLStreamReader r, int fallback) {
    String v = val(r);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /**
   * Skips the element the reader is on (at its start tag) with everything inside it.
   *
   * @param depth the depth of that element
   * @param maxDepth the deepest nesting allowed
   * @throws DepthException when the skipped content nests deeper than allowed
   */
  static void skip(XMLStreamReader r, int depth, int maxDepth) throws XMLStreamException {
    int base = depth - 1;
    while (depth > base) {
      int e = next(r);
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (++depth > maxDepth) {
          throw new DepthException();
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
    }
  }
}
