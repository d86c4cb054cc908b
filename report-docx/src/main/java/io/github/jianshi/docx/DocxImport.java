package io.github.jianshi.docx;

import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import io.github.jianshi.importer.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads Word documents (.docx) for import: the paragraphs of the body and of its tables and text
 * boxes, in reading order, with the hints the recogniser of report-import uses (the marker of Word's
 * automatic numbering, computed from {@code numbering.xml}; style name; outline level; centre and
 * right alignment) and what was found on the way (tracked changes, tables, text boxes, footnotes and
 * comments that were not imported).
 *
 * <pre>{@code
 * ImportResult result = DocxImport.importReport(Path.of("报告.docx"), ReportImporter.defaults());
 * result.report().ifPresent(report -> ...);               // a draft, with result.checklist()
 *
 * SourceDocument source = DocxImport.read(Path.of("报告.docx"), ImportLimits.defaults());
 * if (source.paragraphs().isEmpty()) {
 *   source.diagnostics().forEach(d -> log(d.message(Locale.CHINA)));   // why it was refused
 * }
 * }</pre>
 *
 * <p>Bad files never throw: a file that is not a readable Word document (Word 97–2003 .doc, WPS,
 * PDF, an encrypted .docx, a damaged or empty file, a zip bomb, a part with a DTD or nested too deeply,
 * more paragraphs than the limits allow) gives a {@link SourceDocument} without paragraphs and an
 * {@code import.docx.*} error diagnostic that says what the file is and what to do. Only a null
 * argument, or a failure to read the stream or file itself, throws.
 *
 * <p>The reader is thread-safe and keeps no state between calls; it reads the zip and the XML itself
 * (the JDK's StAX parser, without DTDs or external entities), so it needs no change to Apache POI's
 * global {@code ZipSecureFile} settings. POI is used only to tell OLE2 files (.doc, .wps, encrypted
 * .docx) apart.
 */
public final class DocxImport {
  private DocxImport() {}

  /**
   * Reads a Word document from a file. The file's name helps to tell a .wps file from a .doc file.
   *
   * @param file the file
   * @param limits the limits on size, expansion, nesting, paragraphs
   * @return the document, or a document without paragraphs and an error diagnostic
   * @throws UncheckedIOException when the file cannot be read (missing, not permitted)
   */
  public static SourceDocument read(Path file, ImportLimits limits) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(limits, "limits");
    try {
      if (Files.size(file) > limits.maxInputBytes()) {
        return DocxReader.tooLarge(limits);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
        if (bytes.length > limits.maxInputBytes()) {
          return DocxReader.tooLarge(limits);
        }
        Path name = file.getFileName();
        return DocxReader.read(bytes, limits, name == null ? null : name.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a Word document from a stream, reading at most {@link ImportLimits#maxInputBytes()} plus
   * one byte of it. The stream is not closed.
   *
   * @param in the stream
   * @param limits the limits on size, expansion, nesting, paragraphs
   * @return the document, or a document without paragraphs and an error diagnostic
   * @throws UncheckedIOException when the stream fails
   */
  public static SourceDocument read(InputStream in, ImportLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stream", e);
    }
    if (bytes.length > limits.maxInputBytes()) {
      return DocxReader.tooLarge(limits);
    }
    return DocxReader.read(bytes, limits, null);
  }

  /**
   * Reads a Word document from its bytes.
   *
   * @param docx the bytes of the file
   * @param limits the limits on size, expansion, nesting, paragraphs
   * @return the document, or a document without paragraphs and an error diagnostic
   */
  public static SourceDocument read(byte[] docx, ImportLimits limits) {
    Objects.requireNonNull(docx, "docx");
    Objects.requireNonNull(limits, "limits");
    return DocxReader.read(docx, limits, null);
  }

  /**
   * Imports a Word document from a file: {@link #read(Path, ImportLimits)} with the importer's
   * limits ({@link ReportImporter#limits()}), then {@link ReportImporter#importDocument(SourceDocument)}.
   *
   * @param file the file
   * @param importer the importer (checklists, mode, limits)
   * @return the result; without a report when the file could not be read, with the reader's
   *     diagnostics among the result's
   * @throws UncheckedIOException when the file cannot be read (missing, not permitted)
   */
  public static ImportResult importReport(Path file, ReportImporter importer) {
    Objects.requireNonNull(importer, "importer");
    return importer.importDocument(read(file, importer.limits()));
  }

  /**
   * Imports a Word document from a stream (not closed), with the importer's limits.
   *
   * @param in the stream
   * @param importer the importer (checklists, mode, limits)
   * @return the result
   * @throws UncheckedIOException when the stream fails
   * @see #importReport(Path, ReportImporter)
   */
  public static ImportResult importReport(InputStream in, ReportImporter importer) {
    Objects.requireNonNull(importer, "importer");
    return importer.importDocument(read(in, importer.limits()));
  }

  /**
   * Imports a Word document from its bytes, with the importer's limits.
   *
   * @param docx the bytes of the file
   * @param importer the importer (checklists, mode, limits)
   * @return the result
   * @see #importReport(Path, ReportImporter)
   */
  public static ImportResult importReport(byte[] docx, ReportImporter importer) {
    Objects.requireNonNull(importer, "importer");
    return importer.importDocument(read(docx, importer.limits()));
  }
}
