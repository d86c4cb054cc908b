package io.github.jianshi.render;

import io.github.jianshi.core.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders a report in one format. Implementations are deterministic (the same report and options
 * give the same bytes, whatever the machine's locale, time zone or clock) and thread-safe.
 *
 * <p>A renderer reproduces the author's text as written; it never corrects it.
 */
public interface ReportRenderer {

  /**
   * The format this renderer writes.
   *
   * @return the format
   */
  Format format();

  /**
   * Writes the report to a stream. The stream is not closed. Implementations check both arguments
   * before they render anything.
   *
   * @param report the report
   * @param out where to write
   * @throws IOException when writing to the stream fails
   * @throws NullPointerException when an argument is null (the message names it)
   */
  void render(Report report, OutputStream out) throws IOException;

  /**
   * Renders the report into a byte array.
   *
   * @param report the report
   * @return the rendered bytes
   * @throws NullPointerException when the report is null
   */
  default byte[] renderToBytes(Report report) {
    java.util.Objects.requireNonNull(report, "report");
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array stream does not fail", e);
    }
    return out.toByteArray();
  }
}
