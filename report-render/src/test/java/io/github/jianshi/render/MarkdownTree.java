package io.github.jianshi.render;

import io.github.jianshi.core.Report;
import io.github.jianshi.render.spi.ReportLayout;
import io.github.jianshi.render.spi.ReportTitles;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown back with commonmark-java and reduces the document to its blocks: headings (level
 * and text) and paragraphs (text). Anything else, at block or inline level, fails the test: report
 * text must never become markup.
 */
final class MarkdownTree {
  private MarkdownTree() {}

  private static final Parser PARSER = Parser.builder().build();

  /**
   * A block: a heading of the given level, or a paragraph (level 0).
   *
   * @param level 1 to 6 for headings, 0 for paragraphs
   * @param text the text; soft and hard line breaks read as a line feed
   */
  record Block(int level, String text) {
    static Block paragraph(String text) {
      return new Block(0, text);
    }

    @Override
    public String toString() {
      return (level == 0 ? "P" : "H" + level) + "[" + text.replace("\n", "⏎") + "]";
    }
  }

  /** Parses Markdown into blocks, failing on any other node. */
  static List<Block> parse(String markdown) {
    Node doc = PARSER.parse(markdown);
    List<Block> blocks = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        blocks.add(new Block(h.getLevel(), inlineText(h)));
      } else if (n instanceof Paragraph p) {
        blocks.add(Block.paragraph(inlineText(p)));
      } else {
        throw new AssertionError("unexpected block " + n + " in:\n" + markdown);
      }
    }
    return blocks;
  }

  private static String inlineText(Node parent) {
    StringBuilder sb = new StringBuilder();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        sb.append('\n');
      } else {
        throw new AssertionError("unexpected inline " + n + " in " + parent);
      }
    }
    return sb.toString();
  }

  /**
   * The blocks the Markdown of a report must parse to: derived from its layout, headings one level
   * down (the title is level 1, the fallback title when the report has none and the options
   * include it), empty paragraphs left out, the signature one paragraph of lines.
   */
  static List<Block> expected(Report report, RenderOptions options) {
    List<Block> blocks = new ArrayList<>();
    if (options.includeTitle() && report.title().filter(t -> !t.isBlank()).isEmpty()) {
      blocks.add(new Block(1, ReportTitles.FALLBACK));
    }
    for (ReportLayout.Block b : ReportLayout.of(report, options).blocks()) {
      if (b instanceof ReportLayout.Title t) {
        blocks.add(new Block(1, t.text()));
      } else if (b instanceof ReportLayout.Heading h) {
        blocks.add(new Block(h.level() + 1, h.fullText()));
      } else if (b instanceof ReportLayout.Body body) {
        if (!body.text().isEmpty()) {
          blocks.add(Block.paragraph(body.text()));
        }
      } else if (b instanceof ReportLayout.Signature s) {
        String lines = String.join("\n", s.lines().stream().filter(l -> !l.isEmpty()).toList());
        if (!lines.isEmpty()) { // a signature of empty lines only has no Markdown form
          blocks.add(Block.paragraph(lines));
        }
      }
    }
    return blocks;
  }
}
