package io.github.jianshi.render;

import io.github.jianshi.core.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A renderer whose output is text (UTF-8): plain text, Markdown, HTML.
 */
public interface TextRenderer extends ReportRenderer {

  /**
   * Renders the report as a string.
   *
   * @param report the report
   * @return the text
   */
  String renderToString(Report report);

  /**
   * Writes {@link #renderToString(Report)} as UTF-8. Both arguments are checked before anything is
   * rendered.
   *
   * @param report the report
   * @param out where to write
   * @throws IOException when writing fails
   * @throws NullPointerException when an argument is null (named in the message)
   */
  @Override
  default void render(Report report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    out.write(renderToString(report).getBytes(StandardCharsets.UTF_8));
  }
}
