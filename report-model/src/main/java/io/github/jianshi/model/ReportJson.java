package io.github.jianshi.model;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Report;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The JSON codec of reports and checklists (schema version {@value #SCHEMA_VERSION}).
 *
 * <p>Writing is canonical: the domain's field order, absent optionals omitted, empty section openings ({@code problemsOpening} …), {@code closing},
 * {@code signature}, {@code extraSections}, {@code moreParagraphs} and {@code checkpoints} lists omitted
 * (the other lists are always written), section headings omitted when they are the defaults, numbering
 * styles omitted when they are the default (run-in), dates as {@code yyyy-MM-dd}, UTF-8, two-space indent, LF line ends and a
 * final newline. Round trips are lossless: reading what was written gives an equal report, and writing
 * what was read from canonical bytes gives the same bytes. See {@code docs/json-format.md}.
 *
 * <p>Reading goes through {@link ReportValidator#defaults()}: it never throws on bad data, and returns
 * the diagnostics along with the report when it could be decoded.
 */
public final class ReportJson {
  private ReportJson() {}

  /** The schema version written into, and required of, every document. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Writes a report as canonical JSON.
   *
   * @param report the report
   * @return the JSON text, ending with a newline
   */
  public static String write(Report report) {
    return new String(writeBytes(report), StandardCharsets.UTF_8);
  }

  /**
   * Writes a report as canonical JSON in UTF-8.
   *
   * @param report the report
   * @return the bytes
   */
  public static byte[] writeBytes(Report report) {
    return WireWriter.report(Objects.requireNonNull(report, "report"));
  }

  /**
   * Writes a report as canonical JSON in UTF-8 to a stream (flushed, not closed).
   *
   * @param report the report
   * @param out the stream
   * @throws UncheckedIOException when the stream fails
   */
  public static void write(Report report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try {
      WireWriter.report(report, new NonClosing(out));
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a checklist as canonical JSON, with its content hash.
   *
   * @param checklist the checklist
   * @return the JSON text, ending with a newline
   */
  public static String writeChecklist(Checklist checklist) {
    return new String(writeChecklistBytes(checklist), StandardCharsets.UTF_8);
  }

  /**
   * Writes a checklist as canonical JSON in UTF-8, with its content hash.
   *
   * @param checklist the checklist
   * @return the bytes
   */
  public static byte[] writeChecklistBytes(Checklist checklist) {
    return WireWriter.checklist(Objects.requireNonNull(checklist, "checklist"));
  }

  /**
   * The canonical JSON of a checklist built into the library ({@link ChecklistRegistry#builtIn()}), with
   * its content hash: what a server hands to a front end that lets officials fill in a report, and
   * what {@code jianshi schema} does for the schemas. For example
   * {@code builtInChecklist(Checklists.NINE_POINT_ID, "1")} gives the nine-point checklist (its ids,
   * version and hash are listed in {@code docs/json-format.md}). The text is written from the
   * checklist in code, the one source of its content, so it always matches its hash.
   *
   * @param id the checklist id
   * @param version the checklist version
   * @return the JSON text, ending with a newline, or empty when no built-in checklist has that id and
   *     version
   */
  public static Optional<String> builtInChecklist(String id, String version) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    return ChecklistRegistry.builtIn().find(id, version).map(ReportJson::writeChecklist);
  }

  /**
   * Reads a report without checking its conformance to the checklist; shorthand for
   * {@code ReportValidator.defaults().decode(json)}.
   *
   * @param json the document in UTF-8
   * @return the report (when decodable) and the diagnostics
   */
  public static ValidatedReport read(byte[] json) {
    return ReportValidator.defaults().decode(json);
  }

  /**
   * Reads a report without checking its conformance to the checklist; shorthand for
   * {@code ReportValidator.defaults().decode(json)}.
   *
   * @param json the document
   * @return the report (when decodable) and the diagnostics
   */
  public static ValidatedReport read(String json) {
    return ReportValidator.defaults().decode(json);
  }

  /**
   * Reads a checklist; shorthand for {@code ReportValidator.defaults().validateChecklist(json)}.
   *
   * @param json the document in UTF-8
   * @return the checklist (when decodable) and the diagnostics
   */
  public static ValidatedChecklist readChecklist(byte[] json) {
    return ReportValidator.defaults().validateChecklist(json);
  }

  /**
   * Reads a checklist; shorthand for {@code ReportValidator.defaults().validateChecklist(json)}.
   *
   * @param json the document
   * @return the checklist (when decodable) and the diagnostics
   */
  public static ValidatedChecklist readChecklist(String json) {
    return ReportValidator.defaults().validateChecklist(json);
  }

  /** Keeps the generator from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      out.flush();
    }
  }
}
