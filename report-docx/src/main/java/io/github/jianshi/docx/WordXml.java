package io.github.jianshi.docx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

  /**
   * A reader of a part. The bytes are decoded here, strictly (UTF-8, or UTF-16 by its byte-order mark
   * or first characters, as OPC allows), so that a malformed byte becomes an exception and is never
   * reported on the console by the parser.
   */
  static XMLStreamReader open(InputStream in) throws XMLStreamException, IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 8192);
    buffered.mark(4);
    byte[] head = buffered.readNBytes(4);
    buffered.reset();
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (head.length >= 2 && head[0] == '<' && head[1] == 0) {
      charset = StandardCharsets.UTF_16LE;
    } else if (head.length >= 2 && head[0] == 0 && head[1] == '<') {
      charset = StandardCharsets.UTF_16BE;
    }
    buffered.skipNBytes(skip);
    Reader reader = new InputStreamReader(buffered, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    synchronized (FACTORY) {
      return FACTORY.createXMLStreamReader(reader);
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
