package io.github.jianshi.ledger;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.core.ledger.LedgerEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The rectification ledger (整改台账) as files: export, read-back, roll-up. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * LedgerOptions opts = LedgerOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();
 * // jianshi ledger --to xlsx -o ledger.xlsx reports/
 * ValidationResult r = Ledgers.export(List.of(Path.of("reports")), LedgerFormat.XLSX, out, opts);
 * // jianshi ledger apply -o updated/ ledger.xlsx reports/
 * ApplyResult a = Ledgers.apply(Path.of("ledger.xlsx"), List.of(Path.of("reports")), opts);
 * // jianshi stats --format html reports/
 * RollUp s = Ledgers.rollUp(List.of(Path.of("reports")), opts);
 * s.write(RollUpFormat.HTML, out);
 * }</pre>
 *
 * <p>Bad input (reports that do not validate, an unreadable or malformed ledger, rows that cannot be
 * applied) gives diagnostics; only an output stream that fails throws ({@link UncheckedIOException}).
 */
public final class Ledgers {
  private Ledgers() {}

  /**
   * Writes the ledger of reports: one row per measure, report by report.
   *
   * @param reports the reports
   * @param format the file format
   * @param out where to write (not closed)
   * @param options the options (as-of date for the XLSX highlighting, byte-order mark)
   * @throws UncheckedIOException when the stream fails
   */
  public static void export(Collection<Report> reports, LedgerFormat format, OutputStream out, LedgerOptions options) {
    Objects.requireNonNull(reports, "reports");
    List<LedgerLine> lines = new ArrayList<>();
    for (Report r : reports) {
      lines.addAll(LedgerLine.of(r, options.validator().registry()));
    }
    write(lines, format, out, options);
  }

  /**
   * Writes ledger entries, with their history (for example {@link ApplyResult#entries()} for the next
   * round), naming the problems by checkpoint id (see {@link ApplyResult#writeLedger} for the titles).
   *
   * @param entries the entries
   * @param format the file format
   * @param out where to write (not closed)
   * @param options the options
   * @throws UncheckedIOException when the stream fails
   */
  static void exportEntries(Collection<LedgerEntry> entries, LedgerFormat format, OutputStream out,
      LedgerOptions options) {
    Objects.requireNonNull(entries, "entries");
    List<LedgerLine> lines = entries.stream().map(e -> new LedgerLine(e, String.join(LedgerLine.LIST, e.checkpoints())))
        .toList();
    write(lines, format, out, options);
  }

  /**
   * Reads reports from paths (JSON files, NDJSON files, directories of them) and writes their ledger.
   * Reports that cannot be decoded are left out of the ledger and reported.
   *
   * @param paths the paths
   * @param format the file format
   * @param out where to write (not closed)
   * @param options the options
   * @return for each report that could not be decoded, {@code ledger.source.invalid} naming it, then its
   *     own diagnostics
   * @throws UncheckedIOException when the stream fails
   */
  public static ValidationResult export(List<Path> paths, LedgerFormat format, OutputStream out, LedgerOptions options) {
    Loaded loaded = load(paths, options);
    export(loaded.reports, format, out, options);
    return ValidationResult.of(loaded.diagnostics);
  }

  /**
   * Applies a ledger file (as edited in Excel, WPS or LibreOffice) to reports.
   *
   * @param ledger the ledger's bytes
   * @param format its format
   * @param reports the reports its rows refer to
   * @param options the options (the as-of date dates updates that carry no date of their own)
   * @return the updated reports, the merged entries, the diagnostics
   */
  public static ApplyResult apply(byte[] ledger, LedgerFormat format, List<Report> reports, LedgerOptions options) {
    Objects.requireNonNull(ledger, "ledger");
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      sources.add("#" + (i + 1));
    }
    return apply(ledger, format, "ledger." + format.extension(), reports, sources, List.of(), options);
  }

  /**
   * Applies a ledger file to the reports read from paths; the format comes from the file's extension.
   *
   * @param ledger the ledger file ({@code .csv} or {@code .xlsx})
   * @param reports the paths of the reports
   * @param options the options
   * @return the updated reports (those that could be decoded), their sources, the diagnostics
   */
  public static ApplyResult apply(Path ledger, List<Path> reports, LedgerOptions options) {
    Objects.requireNonNull(ledger, "ledger");
    Loaded loaded = load(reports, options);
    String name = String.valueOf(ledger.getFileName());
    var format = LedgerFormat.of(ledger);
    if (format.isEmpty()) {
      return failed(loaded, LedgerDiagnostics.file("ledger.file.format", Severity.ERROR, name));
    }
    byte[] bytes;
    try {
      long size = Files.size(ledger);
      if (size > options.maxLedgerBytes()) {
        return failed(loaded, LedgerDiagnostics.file("ledger.file.too-large", Severity.ERROR, name,
            String.valueOf(options.maxLedgerBytes())));
      }
      bytes = Files.readAllBytes(ledger);
    } catch (IOException e) {
      return failed(loaded, LedgerDiagnostics.file("ledger.file.unreadable", Severity.ERROR, name,
          e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    return apply(bytes, format.get(), name, loaded.reports, loaded.sources, loaded.diagnostics, options);
  }

  /**
   * Rolls up reports read from paths (JSON files, NDJSON files, directories), decoding in parallel on
   * {@code threads} threads and holding only the counts and a bounded number of listed items.
   *
   * @param paths the paths
   * @param options the options (the as-of date counts overdue measures)
   * @param threads how many threads decode, 1 or more
   * @return the roll-up
   */
  public static RollUp rollUp(List<Path> paths, LedgerOptions options, int threads) {
    Objects.requireNonNull(paths, "paths");
    try (Stream<ReportSources.Raw> raw = ReportSources.of(paths, options.validator().limits().maxDocumentBytes())) {
      return RollUps.of(raw, options, threads);
    }
  }

  /**
   * Rolls up reports read from paths on one thread per available processor.
   *
   * @param paths the paths
   * @param options the options
   * @return the roll-up
   */
  public static RollUp rollUp(List<Path> paths, LedgerOptions options) {
    return rollUp(paths, options, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Rolls up reports given as values (already decoded), in one pass.
   *
   * @param reports the reports
   * @param options the options
   * @return the roll-up
   */
  public static RollUp rollUp(Stream<Report> reports, LedgerOptions options) {
    Objects.requireNonNull(reports, "reports");
    return RollUps.ofReports(reports, options);
  }

  /**
   * Writes the roll-up of reports read from paths as an XLSX workbook: the summary sheet, then the
   * ledger of all their measures (the paths are read a second time, streaming).
   *
   * @param paths the paths
   * @param out where to write (not closed)
   * @param options the options
   * @return the roll-up written
   * @throws UncheckedIOException when the stream fails
   */
  public static RollUp rollUpXlsx(List<Path> paths, OutputStream out, LedgerOptions options) {
    RollUp rollUp = rollUp(paths, options);
    try (Stream<ReportSources.Raw> raw = ReportSources.of(paths, options.validator().limits().maxDocumentBytes())) {
      Stream<LedgerLine> lines = raw.map(r -> r.decode(options.validator()))
          .filter(d -> d.report() != null)
          .flatMap(d -> LedgerLine.of(d.report(), options.validator().registry()).stream());
      RollUpXlsx.write(rollUp, lines.iterator(), out, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rollUp;
  }

  // -----------------------------------------------------------------------------------------------

  static void write(List<LedgerLine> lines, LedgerFormat format, OutputStream out, LedgerOptions options) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    LedgerWriter writer = switch (format) {
      case CSV -> new CsvLedgerWriter(options.byteOrderMark());
      case XLSX -> new XlsxLedgerWriter(options.asOf());
    };
    try {
      writer.write(lines, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ApplyResult apply(byte[] ledger, LedgerFormat format, String name, List<Report> reports,
      List<String> sources, List<Diagnostic> before, LedgerOptions options) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    LedgerSheet sheet;
    if (ledger.length > options.maxLedgerBytes()) {
      sheet = new LedgerSheet(List.of(), List.of(LedgerDiagnostics.file("ledger.file.too-large", Severity.ERROR, name,
          String.valueOf(options.maxLedgerBytes()))), false);
    } else {
      LedgerReader reader = format == LedgerFormat.CSV ? new CsvLedgerReader() : new XlsxLedgerReader();
      sheet = reader.read(ledger, name);
    }
    return new LedgerApplier(options).apply(sheet, reports, sources, before);
  }

  private static ApplyResult failed(Loaded loaded, Diagnostic d) {
    List<Diagnostic> all = new ArrayList<>(loaded.diagnostics);
    all.add(d);
    return ApplyResult.builder().reports(loaded.reports).sources(loaded.sources).appliedRows(0)
        .result(ValidationResult.of(all)).build();
  }

  /** Reports decoded from paths, their sources, and the diagnostics of those that could not be. */
  private record Loaded(List<Report> reports, List<String> sources, List<Diagnostic> diagnostics) {}

  private static Loaded load(List<Path> paths, LedgerOptions options) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(options, "options");
    List<Report> reports = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    try (Stream<ReportSources.Raw> raw = ReportSources.of(paths, options.validator().limits().maxDocumentBytes())) {
      raw.map(r -> r.decode(options.validator())).forEach(d -> {
        if (d.report() == null) {
          diagnostics.add(LedgerDiagnostics.file("ledger.source.invalid", Severity.ERROR, d.source()));
          diagnostics.addAll(d.result().diagnostics());
        } else {
          reports.add(d.report());
          sources.add(d.source());
        }
      });
    }
    return new Loaded(reports, sources, diagnostics);
  }
}
