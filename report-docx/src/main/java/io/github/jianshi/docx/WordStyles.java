package io.github.jianshi.docx;

import io.github.jianshi.importer.SourceParagraph.Alignment;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The paragraph and numbering styles of {@code styles.xml}: names, {@code basedOn} chains, and the
 * paragraph properties import uses as hints (numbering, outline level, alignment).
 */
final class WordStyles {
  /** How many {@code basedOn} steps are followed (real chains are a few steps; cycles stop here). */
  private static final int MAX_CHAIN = 32;

  static final WordStyles EMPTY = new WordStyles();

  /** One style, as written (nothing inherited). */
  static final class Style {
    final String id;
    String name;
    String basedOn;
    String numId;
    Integer ilvl;
    Integer outlineLevel;
    Alignment alignment;
    boolean alignmentSet;

    Style(String id) {
      this.id = id;
    }
  }

  private final Map<String, Style> paragraphStyles = new HashMap<>();
  private final Map<String, Style> numberingStyles = new HashMap<>();
  private String defaultParagraphStyle;

  Style paragraphStyle(String id) {
    return id == null ? null : paragraphStyles.get(id);
  }

  String defaultParagraphStyle() {
    return defaultParagraphStyle;
  }

  /** The numId a numbering style ({@code w:numStyleLink}) points to, or null. */
  String numberingStyleNumId(String styleId) {
    Style s = numberingStyles.get(styleId);
    return s == null ? null : s.numId;
  }

  /** The style and its ancestors, nearest first; null ids give the default paragraph style's chain. */
  Iterable<Style> chain(String styleId) {
    String start = styleId != null ? styleId : defaultParagraphStyle;
    java.util.List<Style> out = new java.util.ArrayList<>(4);
    String id = start;
    for (int i = 0; id != null && i < MAX_CHAIN; i++) {
      Style s = paragraphStyles.get(id);
      if (s == null || out.contains(s)) {
        break;
      }
      out.add(s);
      id = s.basedOn;
    }
    return out;
  }

  static WordStyles parse(XMLStreamReader r, int maxDepth) throws XMLStreamException {
    WordStyles styles = new WordStyles();
    int depth = 0;
    Style current = null;
    Map<String, Style> target = null;
    boolean inPPr = false;
    while (r.hasNext()) {
      int e = WordXml.next(r);
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (++depth > maxDepth) {
          throw new WordXml.DepthException();
        }
        if (!WordXml.isW(r.getNamespaceURI())) {
          continue;
        }
        String n = r.getLocalName();
        if (depth == 2 && n.equals("style")) {
          String type = WordXml.attr(r, "type");
          String id = WordXml.attr(r, "styleId");
          target = type == null || type.equals("paragraph") ? styles.paragraphStyles
              : type.equals("numbering") ? styles.numberingStyles : null;
          current = id == null || target == null ? null : new Style(id);
          String isDefault = WordXml.attr(r, "default");
          if (current != null && target == styles.paragraphStyles && isDefault != null && isTrue(isDefault)
              && styles.defaultParagraphStyle == null) {
            styles.defaultParagraphStyle = id;
          }
          inPPr = false;
        } else if (current == null) {
          continue;
        } else if (depth == 3 && n.equals("name")) {
          current.name = WordXml.val(r);
        } else if (depth == 3 && n.equals("basedOn")) {
          current.basedOn = WordXml.val(r);
        } else if (depth == 3 && n.equals("pPr")) {
          inPPr = true;
        } else if (inPPr && (n.equals("pPrChange") || n.equals("rPr") || n.equals("tabs"))) {
          WordXml.skip(r, depth, maxDepth);
          depth--;
        } else if (inPPr && n.equals("numId")) {
          current.numId = WordXml.val(r);
        } else if (inPPr && n.equals("ilvl")) {
          current.ilvl = WordXml.intVal(r, 0);
        } else if (inPPr && n.equals("outlineLvl")) {
          current.outlineLevel = WordXml.intVal(r, 9);
        } else if (inPPr && n.equals("jc")) {
          current.alignmentSet = true;
          current.alignment = alignment(WordXml.val(r));
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        if (depth == 3 && inPPr && WordXml.isW(r.getNamespaceURI()) && r.getLocalName().equals("pPr")) {
          inPPr = false;
        }
        if (depth == 2 && current != null) {
          target.putIfAbsent(current.id, current);
          current = null;
        }
        depth--;
      }
    }
    return styles;
  }

  private static boolean isTrue(String v) {
    return v.equals("1") || v.equals("true") || v.equals("on");
  }

  /** Centre and right (end) alignment; anything else (left, both, distribute) is no hint. */
  static Alignment alignment(String jc) {
    if (jc == null) {
      return null;
    }
    switch (jc) {
      case "center":
        return Alignment.CENTER;
      case "right":
      case "end":
        return Alignment.RIGHT;
      default:
        return null;
    }
  }
}
