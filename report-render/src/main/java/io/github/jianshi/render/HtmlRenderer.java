package io.github.jianshi.render;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.numbering.ChineseDates;
import io.github.jianshi.render.spi.ReportLayout;
import io.github.jianshi.render.spi.ReportTitles;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.owasp.encoder.Encode;

/**
 * HTML5: a standalone page (UTF-8, {@code lang="zh-CN"}, one inline style sheet for screen and A4
 * print, no scripts, nothing fetched) or, with {@link RenderOptions#htmlFragment()}, only the
 * {@code <article>} to embed in an application's page.
 *
 * <p>The markup:
 *
 * <pre>{@code
 * <article class="jianshi-report" lang="zh-CN">
 * <h1>title</h1>                          (several lines: line<br>line; ReportTitles.FALLBACK when none)
 * <div data-part="byline"><p>…</p></div>
 * <div data-part="addressee"><p>县委：</p></div>
 * <div data-part="preamble"><p>…</p></div>
 * <section data-part="other"> <h2>…</h2> <p>…</p> </section>     (extra sections, where placed)
 * <section data-part="problems">
 * <h2><span class="marker">一、</span>存在的主要问题</h2>
 * <section class="finding" data-checkpoint="study" data-verdict="problems-found">
 * <h3><span class="marker">（一）</span>在…方面</h3>
 * <p><span class="lead">…</span><span class="marker">一是</span><span class="point">…</span>…</p>
 * </section>
 * </section>
 * <section data-part="causes"> <h2>…</h2> <p><span class="marker">一是</span><span class="headline">…</span>…</p> </section>
 * <section data-part="measures"> … </section>
 * <div data-part="closing"><p>…</p></div>
 * <div class="signature" data-part="signature"><p>organisation</p><p class="date">date</p></div>
 * <section data-part="measure-table"><table class="measure-table"><caption>整改清单</caption>…</table></section>
 * </article>
 * }</pre>
 *
 * <p>The signature block holds the report's signature lines, else (when asked for) the closing block
 * composed from the author and the date. When one of its lines reads as a date (the 成文日期, see
 * {@link io.github.jianshi.core.numbering.ChineseDates#parse(String)}), the last such line has the class
 * {@code date}: the style sheet sets it four characters from the right, the other lines two, as the Word
 * output does (GB/T 9704 §7.3.5).
 *
 * <p>Runs of a paragraph are spans whose class names their role ({@code marker}, {@code lead},
 * {@code point}, {@code detail}, {@code case}, {@code headline}); plain text has no span. Spans add no
 * text: a paragraph's text content is the plain-text paragraph.
 *
 * <p>Every piece of report text is escaped with the OWASP Java Encoder ({@code Encode.forHtmlContent}
 * for text, {@code Encode.forHtmlAttribute} for the quoted {@code data-} values); the encoder replaces
 * characters that HTML does not allow (most C0 and C1 controls, unpaired surrogates, non-characters).
 *
 * <p>The fragment carries no style sheet: a {@code <style>} element in the body is not valid HTML and
 * a content security policy often forbids inline styles. Applications style it with
 * {@link Renderers#htmlStyleSheet()}, whose rules are all scoped to {@code .jianshi-report}.
 *
 * <p>LF line ends, one final newline.
 */
final class HtmlRenderer implements TextRenderer {
  /** The caption of the table of measures. */
  static final String MEASURE_TABLE_CAPTION = io.github.jianshi.core.ledger.MeasureTableText.TITLE;

  private final RenderOptions options;

  HtmlRenderer(RenderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public Format format() {
    return Format.HTML;
  }

  @Override
  public String renderToString(Report report) {
    Objects.requireNonNull(report, "report");
    ReportLayout layout = ReportLayout.of(report, options);
    StringBuilder out = new StringBuilder(32 * 1024);
    if (!options.htmlFragment()) {
      out.append("<!DOCTYPE html>\n")
          .append("<html lang=\"zh-CN\">\n")
          .append("<head>\n")
          .append("<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>")
          .append(text(ReportTitles.documentTitle(report)))
          .append("</title>\n")
          .append("<style>\n")
          .append(HtmlStyle.PAGE)
          .append("</style>\n")
          .append("</head>\n")
          .append("<body>\n");
    }
    new Writer(out).write(layout, ReportTitles.fallbackHeading(report, layout, options));
    if (!options.htmlFragment()) {
      out.append("</body>\n").append("</html>\n");
    }
    return out.toString();
  }

  private static String text(String s) {
    return Encode.forHtmlContent(s);
  }

  private static String attribute(String s) {
    return Encode.forHtmlAttribute(s);
  }

  /** Writes the article, keeping track of the open containers. */
  private static final class Writer {
    private final StringBuilder out;
    /** The part whose container is open, or null. */
    private ReportLayout.Part open;
    private boolean findingOpen;

    Writer(StringBuilder out) {
      this.out = out;
    }

    void write(ReportLayout layout, Optional<String> fallbackTitle) {
      out.append("<article class=\"jianshi-report\" lang=\"zh-CN\">\n");
      fallbackTitle.ifPresent(t -> out.append("<h1>").append(text(t)).append("</h1>\n"));
      for (ReportLayout.Block block : layout.blocks()) {
        if (block instanceof ReportLayout.Title t) {
          closeAll();
          // a title of several lines: a line break between them
          out.append("<h1>")
              .append(String.join("<br>", Arrays.stream(t.text().split("\n", -1)).map(HtmlRenderer::text).toList()))
              .append("</h1>\n");
        } else if (block instanceof ReportLayout.Heading h) {
          heading(h);
        } else if (block instanceof ReportLayout.Body b) {
          if (open != b.part()) {
            openPart(b.part());
          }
          paragraph(b.runs());
        } else if (block instanceof ReportLayout.Signature s) {
          signature(s.lines());
        }
      }
      closeAll();
      layout.measureTable().ifPresent(this::measureTable);
      out.append("</article>\n");
    }

    private void heading(ReportLayout.Heading h) {
      if (h.level() == 1 || open != h.part()) {
        openPart(h.part());
      }
      String tag;
      if (h.level() == 1) {
        tag = "h2";
      } else {
        closeFinding();
        Optional<ReportLayout.FindingRef> ref = h.finding();
        out.append("<section class=\"finding\"");
        ref.ifPresent(r -> out.append(" data-checkpoint=\"").append(attribute(r.checkpoint()))
            .append("\" data-verdict=\"").append(attribute(r.verdict().id())).append('"'));
        out.append(">\n");
        findingOpen = true;
        tag = "h3";
      }
      out.append('<').append(tag).append('>');
      if (!h.marker().isEmpty()) {
        out.append("<span class=\"marker\">").append(text(h.marker())).append("</span>");
      }
      out.append(text(h.text())).append("</").append(tag).append(">\n");
    }

    /** The signature block; the date line (the last line that reads as a date) marked as such. */
    private void signature(List<String> lines) {
      int date = -1;
      for (int i = lines.size() - 1; i >= 0 && date < 0; i--) {
        if (ChineseDates.parse(lines.get(i)).isPresent()) {
          date = i;
        }
      }
      openPart(ReportLayout.Part.SIGNATURE);
      for (int i = 0; i < lines.size(); i++) {
        out.append(i == date ? "<p class=\"date\">" : "<p>").append(text(lines.get(i))).append("</p>\n");
      }
    }

    private void paragraph(List<ReportLayout.Run> runs) {
      out.append("<p>");
      for (ReportLayout.Run run : runs) {
        if (run.text().isEmpty()) {
          continue;
        }
        String cls = roleClass(run.role());
        if (cls == null) {
          out.append(text(run.text()));
        } else {
          out.append("<span class=\"").append(cls).append("\">").append(text(run.text())).append("</span>");
        }
      }
      out.append("</p>\n");
    }

    private void measureTable(ReportLayout.MeasureList table) {
      out.append("<section data-part=\"measure-table\">\n")
          .append("<table class=\"measure-table\">\n")
          .append("<caption>").append(text(MEASURE_TABLE_CAPTION)).append("</caption>\n")
          .append("<thead>\n<tr>");
      for (String h : table.header()) {
        out.append("<th scope=\"col\">").append(text(h)).append("</th>");
      }
      out.append("</tr>\n</thead>\n<tbody>\n");
      for (List<String> row : table.rows()) {
        out.append("<tr>");
        for (String cell : row) {
          out.append("<td>").append(text(cell)).append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }

    private void openPart(ReportLayout.Part part) {
      closeAll();
      switch (part) {
        case PROBLEMS, CAUSES, MEASURES, OTHER ->
            out.append("<section data-part=\"").append(partId(part)).append("\">\n");
        case SIGNATURE -> out.append("<div class=\"signature\" data-part=\"signature\">\n");
        default -> out.append("<div data-part=\"").append(partId(part)).append("\">\n");
      }
      open = part;
    }

    private void closeFinding() {
      if (findingOpen) {
        out.append("</section>\n");
        findingOpen = false;
      }
    }

    private void closeAll() {
      closeFinding();
      if (open != null) {
        switch (open) {
          case PROBLEMS, CAUSES, MEASURES, OTHER -> out.append("</section>\n");
          default -> out.append("</div>\n");
        }
        open = null;
      }
    }
  }

  /** The value of {@code data-part}. */
  static String partId(ReportLayout.Part part) {
    return switch (part) {
      case TITLE -> "title";
      case BYLINE -> "byline";
      case ADDRESSEE -> "addressee";
      case PREAMBLE -> "preamble";
      case OTHER -> "other";
      case PROBLEMS -> "problems";
      case CAUSES -> "causes";
      case MEASURES -> "measures";
      case CLOSING -> "closing";
      case SIGNATURE -> "signature";
    };
  }

  /** The class of a run's span, or null for plain text. */
  static String roleClass(ReportLayout.Role role) {
    return switch (role) {
      case MARKER -> "marker";
      case LEAD -> "lead";
      case POINT -> "point";
      case DETAIL -> "detail";
      case CASE -> "case";
      case HEADLINE -> "headline";
      case TEXT -> null;
    };
  }
}
