package io.github.jianshi.examples;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The lines of a PDF as {@code pdftotext -bbox-layout} (poppler) sees them: per page, the text of each
 * line with its box in millimetres from the top-left corner. Words on the same baseline are joined
 * into one line, so a justified line is one line whatever gaps the justification leaves.
 */
final class PdfPages {
  private static final double MM_PER_PT = 25.4 / 72;

  /** A line of text; coordinates in millimetres from the page's top-left corner. */
  record Line(String text, double left, double top, double right, double bottom) {
    int chars() {
      return text.codePointCount(0, text.length());
    }
  }

  /** A page: its size in millimetres and its lines from top to bottom. */
  record Page(double width, double height, List<Line> lines) {}

  private PdfPages() {}

  /**
   * Runs {@code pdftotext -bbox-layout} on a PDF.
   *
   * @param pdf the PDF
   * @return its pages
   * @throws IOException when the tool fails
   * @throws InterruptedException when interrupted
   */
  static List<Page> read(Path pdf) throws IOException, InterruptedException {
    Path out = pdf.resolveSibling(pdf.getFileName() + ".bbox.html");
    Process p = new ProcessBuilder("pdftotext", "-bbox-layout", pdf.toString(), out.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("pdftotext failed on " + pdf);
    }
    // The DOCTYPE names an external DTD: drop it rather than fetch it.
    String xhtml = Files.readString(out, StandardCharsets.UTF_8).replaceFirst("<!DOCTYPE[^>]*>", "");
    return parse(xhtml);
  }

  private static List<Page> parse(String xhtml) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder b = f.newDocumentBuilder();
      doc = b.parse(new InputSource(new StringReader(xhtml)));
    } catch (Exception e) {
      throw new IOException("unreadable pdftotext output", e);
    }
    List<Page> pages = new ArrayList<>();
    NodeList pageNodes = doc.getElementsByTagName("page");
    for (int i = 0; i < pageNodes.getLength(); i++) {
      Element page = (Element) pageNodes.item(i);
      // Lines keyed by their rounded baseline (yMax), words in reading order.
      TreeMap<Long, List<Element>> byBaseline = new TreeMap<>();
      NodeList lineNodes = page.getElementsByTagName("line");
      for (int j = 0; j < lineNodes.getLength(); j++) {
        Element line = (Element) lineNodes.item(j);
        long key = Math.round(Double.parseDouble(line.getAttribute("yMax")));
        byBaseline.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
      }
      List<Line> lines = new ArrayList<>();
      for (List<Element> parts : byBaseline.values()) {
        parts.sort((a, b) -> Double.compare(attr(a, "xMin"), attr(b, "xMin")));
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = 0;
        double bottom = 0;
        for (Element part : parts) {
          NodeList words = part.getElementsByTagName("word");
          for (int k = 0; k < words.getLength(); k++) {
            text.append(words.item(k).getTextContent());
          }
          left = Math.min(left, attr(part, "xMin"));
          top = Math.min(top, attr(part, "yMin"));
          right = Math.max(right, attr(part, "xMax"));
          bottom = Math.max(bottom, attr(part, "yMax"));
        }
        lines.add(new Line(text.toString(), left * MM_PER_PT, top * MM_PER_PT, right * MM_PER_PT,
            bottom * MM_PER_PT));
      }
      pages.add(new Page(attr(page, "width") * MM_PER_PT, attr(page, "height") * MM_PER_PT, lines));
    }
    return pages;
  }

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }

  /**
   * The characters of a text that are not white space, with their counts.
   *
   * @param text the text
   * @return code point to count
   */
  static Map<String, Integer> characters(CharSequence text) {
    Map<String, Integer> counts = new HashMap<>();
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(c -> counts.merge(new String(Character.toChars(c)), 1, Integer::sum));
    return counts;
  }

  /**
   * What {@code expected} holds that {@code actual} lacks, with the counts.
   *
   * @param expected the characters that should be there
   * @param actual the characters that are there
   * @return the missing characters (empty when none is missing)
   */
  static Map<String, Integer> missing(Map<String, Integer> expected, Map<String, Integer> actual) {
    Map<String, Integer> missing = new TreeMap<>();
    expected.forEach((c, n) -> {
      int have = actual.getOrDefault(c, 0);
      if (have < n) {
        missing.put(c, n - have);
      }
    });
    return missing;
  }
}
