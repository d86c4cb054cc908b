package io.github.jianshi.render;

import io.github.jianshi.core.Report;
import io.github.jianshi.render.spi.ReportLayout;
import java.util.Objects;

/**
 * Plain text in the style of official documents: one line per heading and paragraph, LF line ends,
 * no indentation, headings numbered 一、 and （一）, run-in points 一是 二是 inside a finding's paragraph.
 */
final class PlainTextRenderer implements TextRenderer {
  private final RenderOptions options;

  PlainTextRenderer(RenderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public Format format() {
    return Format.TEXT;
  }

  @Override
  public String renderToString(Report report) {
    Objects.requireNonNull(report, "report");
    ReportLayout layout = ReportLayout.of(report, options);
    StringBuilder out = new StringBuilder(16 * 1024);
    for (ReportLayout.Block block : layout.blocks()) {
      if (block instanceof ReportLayout.Title t) {
        out.append(t.text()).append('\n');
      } else if (block instanceof ReportLayout.Heading h) {
        out.append(h.fullText()).append('\n');
      } else if (block instanceof ReportLayout.Body b) {
        for (ReportLayout.Run run : b.runs()) {
          out.append(run.text());
        }
        out.append('\n');
      } else if (block instanceof ReportLayout.Signature s) {
        for (String line : s.lines()) {
          out.append(line).append('\n');
        }
      }
    }
    if (options.finalBlankLine()) {
      out.append('\n');
    }
    return out.toString();
  }
}
