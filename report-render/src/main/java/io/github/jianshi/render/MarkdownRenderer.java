package io.github.jianshi.render;

import io.github.jianshi.core.Report;
import io.github.jianshi.render.spi.ReportLayout;
import io.github.jianshi.render.spi.ReportTitles;
import java.util.List;
import java.util.Objects;

/**
 * CommonMark: the title as a level-1 heading ({@code #}; {@link ReportTitles#FALLBACK} when the
 * report has none, so that the headings start at level 1), sections (一、) as level 2 ({@code ##}),
 * findings (（一）) as level 3 ({@code ###}), the markers written as part of the heading text. Every
 * body block is one paragraph, the run-in points staying in it; blocks are separated by a blank line.
 *
 * <p>A title the author broke over several lines is a setext heading (its lines, then a line of
 * {@code =}) whose lines are separated by hard line breaks (a backslash at the end of the line): an ATX
 * heading cannot span lines, and two {@code #} headings would be two titles. A title with an empty line
 * (which a heading cannot hold) stays an ATX heading whose line feeds are character references, so that
 * its text still comes back as written.
 *
 * <p>The byline and the addressee are paragraphs of their own (Markdown can neither centre the one nor
 * needs to keep the other flush left); extra sections are level-2 headings numbered with the others.
 *
 * <p>The signature block (the report's signature lines, or the closing block of organisation, name and
 * date when asked for) is one paragraph whose lines are separated by hard line breaks; Markdown cannot
 * align it right.
 * The table of measures is not written: CommonMark has no tables.
 *
 * <p>Report text never becomes markup: see {@link MarkdownEscaper} for what is escaped. LF line ends,
 * one final newline.
 */
final class MarkdownRenderer implements TextRenderer {
  private final RenderOptions options;

  MarkdownRenderer(RenderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public Format format() {
    return Format.MARKDOWN;
  }

  @Override
  public String renderToString(Report report) {
    Objects.requireNonNull(report, "report");
    ReportLayout layout = ReportLayout.of(report, options);
    StringBuilder out = new StringBuilder(16 * 1024);
    ReportTitles.fallbackHeading(report, layout, options)
        .ifPresent(t -> out.append("# ").append(MarkdownEscaper.heading(t)).append('\n'));
    for (ReportLayout.Block block : layout.blocks()) {
      int mark = out.length();
      if (out.length() > 0) {
        out.append('\n');
      }
      int start = out.length();
      if (block instanceof ReportLayout.Title t && isLines(t.text())) {
        setextTitle(t.text(), out);
      } else if (block instanceof ReportLayout.Title t) {
        out.append("# ").append(MarkdownEscaper.heading(t.text()));
      } else if (block instanceof ReportLayout.Heading h) {
        out.append(h.level() == 1 ? "## " : "### ").append(MarkdownEscaper.heading(h.fullText()));
      } else if (block instanceof ReportLayout.Body b) {
        out.append(MarkdownEscaper.paragraph(b.text()));
      } else if (block instanceof ReportLayout.Signature s) {
        signature(s.lines(), out);
      }
      if (out.length() == start) {
        // An empty paragraph (a draft's blank body) has no Markdown form: leave it out.
        out.setLength(mark);
      } else {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * A title of several lines: each line escaped as the line of a paragraph (what a setext heading's
   * content is), hard line breaks between them, then the underline as wide as the widest line.
   */
  private static void setextTitle(String title, StringBuilder out) {
    String separator = "";
    int width = 3;
    for (String line : title.split("\n", -1)) {
      out.append(separator).append(MarkdownEscaper.paragraph(line));
      separator = "\\\n";
      width = Math.max(width, displayWidth(line));
    }
    out.append('\n').append("=".repeat(width));
  }

  /** Whether a title is of several lines, none of them empty. */
  private static boolean isLines(String title) {
    return title.indexOf('\n') >= 0 && !title.startsWith("\n") && !title.endsWith("\n") && !title.contains("\n\n");
  }

  /** Columns of a monospaced editor: two for a wide (CJK) character, one for others. */
  private static int displayWidth(String line) {
    return line.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
  }

  private static void signature(List<String> lines, StringBuilder out) {
    String separator = "";
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      out.append(separator).append(MarkdownEscaper.paragraph(line));
      separator = "\\\n";
    }
  }
}
