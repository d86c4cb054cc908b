package io.github.jianshi.importer;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports existing reports (plain text, or the source paragraphs of a Word reader) into the report
 * model: the recogniser finds title, byline, addressee, preamble, sections, findings with their
 * points, cases, leads and verdicts, causes, measures, closing and signature; the checklist is
 * matched from a registry or inferred from the document's headings.
 *
 * <p>Immutable and thread-safe. Bad input (empty, binary, a foreign format, over a limit, broken
 * encodings, hostile characters) never throws: the result carries an error diagnostic and no report.
 * Only misuse of the API (a null argument) throws; an {@link IOException} of a stream or file is
 * rethrown as {@link UncheckedIOException}.
 *
 * <pre>{@code
 * ImportResult result = ReportImporter.defaults().importText(Path.of("report.txt"));
 * result.report().ifPresent(report -> ...);
 * System.out.println(result.diagnostics().describe(Locale.CHINA));
 * }</pre>
 */
public final class ReportImporter {
  private static final ReportImporter DEFAULTS = builder().build();

  private final ChecklistRegistry checklists;
  private final ImportLimits limits;
  private final ImportMode mode;
  private final Checklist forced;

  private ReportImporter(Builder b) {
    this.checklists = b.checklists;
    this.limits = b.limits;
    this.mode = b.mode;
    this.forced = b.checklist;
  }

  /**
   * An importer with the built-in checklists, default limits and {@link ImportMode#AUTO}.
   *
   * @return the importer
   */
  public static ReportImporter defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The limits this importer reads with: its text reader's, and those a Word reader is given by
   * {@code DocxImport.importReport} (report-docx).
   *
   * @return the limits; {@link ImportLimits#defaults()} unless the builder set others
   */
  public ImportLimits limits() {
    return limits;
  }

  /**
   * Recognises a document read by any reader (this module's text reader, or a Word reader).
   *
   * @param document the source document
   * @return the result
   */
  public ImportResult importDocument(SourceDocument document) {
    Objects.requireNonNull(document, "document");
    return new Recogniser(document, checklists, mode, Optional.ofNullable(forced), limits).run();
  }

  /**
   * Imports a text given as a string.
   *
   * @param text the text
   * @return the result
   */
  public ImportResult importText(String text) {
    return importDocument(readText(text));
  }

  /**
   * Imports text bytes, detecting the charset (byte-order mark, else strict UTF-8, else GB18030).
   *
   * @param bytes the bytes
   * @return the result
   */
  public ImportResult importText(byte[] bytes) {
    return importDocument(readText(bytes));
  }

  /**
   * Imports text bytes in the given charset (a byte-order mark still wins, with a warning).
   *
   * @param bytes the bytes
   * @param charset the charset
   * @return the result
   */
  public ImportResult importText(byte[] bytes, Charset charset) {
    return importDocument(readText(bytes, charset));
  }

  /**
   * Imports text from a stream, detecting the charset; reads at most {@link ImportLimits#maxInputBytes()}
   * plus one bytes. The stream is not closed.
   *
   * @param in the stream
   * @return the result
   * @throws UncheckedIOException when reading fails
   */
  public ImportResult importText(InputStream in) {
    return importDocument(readText(in));
  }

  /**
   * Imports text from a stream in the given charset. The stream is not closed.
   *
   * @param in the stream
   * @param charset the charset
   * @return the result
   * @throws UncheckedIOException when reading fails
   */
  public ImportResult importText(InputStream in, Charset charset) {
    return importDocument(readText(in, charset));
  }

  /**
   * Imports text from a reader. The reader is not closed.
   *
   * @param reader the reader
   * @return the result
   * @throws UncheckedIOException when reading fails
   */
  public ImportResult importText(Reader reader) {
    return importDocument(readText(reader));
  }

  /**
   * Imports a text file, detecting the charset.
   *
   * @param file the file
   * @return the result
   * @throws UncheckedIOException when the file cannot be read
   */
  public ImportResult importText(Path file) {
    return importDocument(readText(file));
  }

  /**
   * Imports a text file in the given charset.
   *
   * @param file the file
   * @param charset the charset
   * @return the result
   * @throws UncheckedIOException when the file cannot be read
   */
  public ImportResult importText(Path file, Charset charset) {
    return importDocument(readText(file, charset));
  }

  /**
   * Reads a string into source paragraphs (one per line), without recognising anything.
   *
   * @param text the text
   * @return the source document
   */
  public SourceDocument readText(String text) {
    Objects.requireNonNull(text, "text");
    return new TextReader(limits).readString(text, null);
  }

  /**
   * Reads text bytes into source paragraphs, detecting the charset.
   *
   * @param bytes the bytes
   * @return the source document
   */
  public SourceDocument readText(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new TextReader(limits).read(bytes, null);
  }

  /**
   * Reads text bytes into source paragraphs in the given charset.
   *
   * @param bytes the bytes
   * @param charset the charset
   * @return the source document
   */
  public SourceDocument readText(byte[] bytes, Charset charset) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(charset, "charset");
    return new TextReader(limits).read(bytes, charset);
  }

  /**
   * Reads a stream into source paragraphs, detecting the charset. The stream is not closed.
   *
   * @param in the stream
   * @return the source document
   * @throws UncheckedIOException when reading fails
   */
  public SourceDocument readText(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return new TextReader(limits).read(in, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a stream into source paragraphs in the given charset. The stream is not closed.
   *
   * @param in the stream
   * @param charset the charset
   * @return the source document
   * @throws UncheckedIOException when reading fails
   */
  public SourceDocument readText(InputStream in, Charset charset) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(charset, "charset");
    try {
      return new TextReader(limits).read(in, charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads characters into source paragraphs. The reader is not closed.
   *
   * @param reader the reader
   * @return the source document
   * @throws UncheckedIOException when reading fails
   */
  public SourceDocument readText(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    try {
      return new TextReader(limits).read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a text file into source paragraphs, detecting the charset.
   *
   * @param file the file
   * @return the source document
   * @throws UncheckedIOException when the file cannot be read
   */
  public SourceDocument readText(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return new TextReader(limits).read(in, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a text file into source paragraphs in the given charset.
   *
   * @param file the file
   * @param charset the charset
   * @return the source document
   * @throws UncheckedIOException when the file cannot be read
   */
  public SourceDocument readText(Path file, Charset charset) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(charset, "charset");
    try (InputStream in = Files.newInputStream(file)) {
      return new TextReader(limits).read(in, charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds a {@link ReportImporter}. */
  public static final class Builder {
    private ChecklistRegistry checklists = ChecklistRegistry.builtIn();
    private ImportLimits limits = ImportLimits.defaults();
    private ImportMode mode = ImportMode.AUTO;
    private Checklist checklist;

    private Builder() {}

    /**
     * The checklists to match against.
     *
     * @param registry the registry; by default {@link ChecklistRegistry#builtIn()}
     * @return this builder
     */
    public Builder checklists(ChecklistRegistry registry) {
      this.checklists = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * The limits.
     *
     * @param limits the limits; by default {@link ImportLimits#defaults()}
     * @return this builder
     */
    public Builder limits(ImportLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * How to choose the checklist when none is forced.
     *
     * @param mode the mode; by default {@link ImportMode#AUTO}
     * @return this builder
     */
    public Builder mode(ImportMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Forces the checklist the report answers; findings are matched to its checkpoints.
     *
     * @param checklist the checklist
     * @return this builder
     */
    public Builder checklist(Checklist checklist) {
      this.checklist = Objects.requireNonNull(checklist, "checklist");
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return the importer
     */
    public ReportImporter build() {
      return new ReportImporter(this);
    }
  }
}
