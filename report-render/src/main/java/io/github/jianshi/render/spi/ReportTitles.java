package io.github.jianshi.render.spi;

import io.github.jianshi.core.Report;
import io.github.jianshi.render.RenderOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * The title a document gets: the report's own, or, when it has none, one fallback shared by every
 * format, so that the HTML page's {@code <title>} and {@code <h1>}, Markdown's {@code #} heading and
 * the Word document's properties ({@code docProps/core.xml}) agree.
 *
 * <p>Service-provider interface, not for applications (see the {@linkplain io.github.jianshi.render.spi
 * package}).
 */
public final class ReportTitles {
  /** The title of a report that has none (or only white space): 对照检视材料. */
  public static final String FALLBACK = "对照检视材料";

  private ReportTitles() {}

  /**
   * The report's title when it has one that is not blank, else {@link #FALLBACK}. The lines of a title
   * of several lines are joined as written (nothing between them), for the places that hold one line:
   * the HTML page's {@code <title>} and the Word document's properties.
   *
   * @param report the report
   * @return the title on one line, never blank
   */
  public static String documentTitle(Report report) {
    Objects.requireNonNull(report, "report");
    return report.title().filter(t -> !t.isBlank()).map(t -> t.replace("\n", "")).orElse(FALLBACK);
  }

  /**
   * The heading of a report without a title, so that the heading structure starts at {@code h1}:
   * {@link #FALLBACK} when the options include the title and the layout has none.
   *
   * @param report the report
   * @param layout the report's layout with these options
   * @param options the options
   * @return the heading to write before the layout's blocks, or empty when none is needed
   */
  public static Optional<String> fallbackHeading(Report report, ReportLayout layout, RenderOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(options, "options");
    if (!options.includeTitle()) {
      return Optional.empty();
    }
    for (ReportLayout.Block block : layout.blocks()) {
      if (block instanceof ReportLayout.Title) {
        return Optional.empty();
      }
    }
    return Optional.of(documentTitle(report));
  }
}
