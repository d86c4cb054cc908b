package io.github.jianshi.cli;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.ledger.ApplyResult;
import io.github.jianshi.ledger.LedgerFormat;
import io.github.jianshi.ledger.LedgerOptions;
import io.github.jianshi.ledger.Ledgers;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code jianshi ledger}: the rectification ledger (整改台账) of reports as CSV or XLSX; and
 * {@code jianshi ledger apply}: an edited ledger applied back to the reports, written to a folder.
 */
@Command(name = "ledger", sortOptions = false, subcommands = LedgerCommand.ApplyCommand.class)
final class LedgerCommand implements Callable<Integer> {
  @ParentCommand
  JianshiCommand top;

  @Option(names = "--to", paramLabel = "FORMAT", descriptionKey = "ledger.to",
      completionCandidates = Candidates.LedgerFormats.class)
  LedgerFormat to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "ledger.output")
  Path output;

  @Mixin
  LedgerSettings settings;

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "ledger.paths")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    Io io = top.io();
    Text text = top.text();
    if (paths.isEmpty() || output == null) {
      throw new CliException(ExitCodes.USAGE, text.get("ledger.usage"));
    }
    LedgerFormat format = to != null ? to : LedgerFormat.of(output).orElseThrow(
        () -> new CliException(ExitCodes.USAGE, text.get("ledger.no-format")));
    Paths.requireExisting(paths, text);
    LedgerOptions options = settings.options(text, io);
    List<Path> inputs = new ArrayList<>(paths);
    inputs.addAll(settings.checklists.paths());
    OutputFiles.check(output, inputs, text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ValidationResult problems = Ledgers.export(paths, format, out, options);
    print(problems, io, text);
    OutputFiles.write(output, out.toByteArray(), text);
    return problems.isValid() ? ExitCodes.OK : ExitCodes.INVALID;
  }

  static void print(ValidationResult result, Io io, Text text) {
    for (Diagnostic d : result.diagnostics()) {
      io.err().println("  " + d.describe(text.locale()));
    }
  }

  /** The options shared by the ledger commands and {@code stats}: as-of date, checklists. */
  static final class LedgerSettings {
    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", descriptionKey = "ledger.as-of",
        converter = DateConverter.class)
    LocalDate asOf;

    @Option(names = "--no-bom", descriptionKey = "ledger.no-bom")
    boolean noBom;

    @Mixin
    ChecklistFiles checklists;

    LedgerOptions options(Text text, Io io) {
      LedgerOptions.Builder b = LedgerOptions.builder()
          .validator(ReportValidator.builder()
              .registry(checklists.registry(text, io.err())).build())
          .byteOrderMark(!noBom);
      if (asOf != null) {
        b.asOf(asOf);
      }
      return b.build();
    }
  }

  /** {@code yyyy-MM-dd}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date yyyy-MM-dd");
      }
    }
  }

  /** Checks that every path exists before any work (exit 2 otherwise). */
  static final class Paths {
    private Paths() {}

    static void requireExisting(List<Path> paths, Text text) {
      for (Path p : paths) {
        if (!Files.exists(p)) {
          throw new CliException(ExitCodes.USAGE, text.get("input.cannot-read", p, text.get("input.missing")));
        }
      }
    }
  }

  /**
   * {@code jianshi ledger apply -o OUTDIR LEDGER PATH…}: applies an edited ledger (CSV or XLSX, by its
   * extension) to the reports and writes every report that could be decoded, updated, as canonical
   * JSON into OUTDIR (the same file name; a report from line N of an NDJSON file as
   * {@code NAME-N.json}). Optionally writes the merged ledger, history included, for the next round.
   */
  @Command(name = "apply", sortOptions = false)
  static final class ApplyCommand implements Callable<Integer> {
    @ParentCommand
    LedgerCommand parent;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", required = true, descriptionKey = "apply.output")
    Path outdir;

    @Option(names = "--ledger-out", paramLabel = "FILE", descriptionKey = "apply.ledger-out")
    Path ledgerOut;

    @Mixin
    LedgerSettings settings;

    @Parameters(index = "0", paramLabel = "LEDGER", descriptionKey = "apply.ledger")
    Path ledger;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", descriptionKey = "ledger.paths")
    List<Path> paths;

    @Override
    public Integer call() {
      Io io = parent.top.io();
      Text text = parent.top.text();
      if (LedgerFormat.of(ledger).isEmpty()) {
        throw new CliException(ExitCodes.USAGE, text.get("apply.ledger-format", ledger));
      }
      List<Path> all = new ArrayList<>(paths);
      all.add(ledger);
      Paths.requireExisting(all, text);
      if (!Files.isDirectory(outdir)) {
        try {
          Files.createDirectories(outdir);
        } catch (IOException e) {
          throw new CliException(ExitCodes.USAGE, text.get("output.failed", outdir, Failures.describe(e)));
        }
      }
      LedgerOptions options = settings.options(text, io);
      ApplyResult result = Ledgers.apply(ledger, paths, options);
      print(result.result(), io, text);

      List<Path> inputs = new ArrayList<>(all);
      inputs.addAll(settings.checklists.paths());
      List<Path> targets = new ArrayList<>();
      Set<Path> seen = new HashSet<>();
      for (String source : result.sources()) {
        Path target = outdir.resolve(fileName(source)).toAbsolutePath().normalize();
        if (!seen.add(target)) {
          throw new CliException(ExitCodes.USAGE, text.get("apply.duplicate-name", target.getFileName()));
        }
        OutputFiles.check(target, inputs, text);
        targets.add(target);
      }
      if (ledgerOut != null) {
        OutputFiles.check(ledgerOut, inputs, text);
      }
      List<Report> reports = result.reports();
      for (int i = 0; i < reports.size(); i++) {
        OutputFiles.write(targets.get(i), ReportJson.writeBytes(reports.get(i)), text);
      }
      if (ledgerOut != null) {
        LedgerFormat f = LedgerFormat.of(ledgerOut).orElseThrow(
            () -> new CliException(ExitCodes.USAGE, text.get("apply.ledger-format", ledgerOut)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.writeLedger(f, out, options);
        OutputFiles.write(ledgerOut, out.toByteArray(), text);
      }
      io.err().println(text.get("apply.summary", result.appliedRows(), result.changed().size(), reports.size(),
          outdir));
      boolean errors = result.result().diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
      return errors ? ExitCodes.INVALID : ExitCodes.OK;
    }

    /** {@code dir/a.json} gives {@code a.json}; {@code dir/all.ndjson:12} gives {@code all-12.json}. */
    static String fileName(String source) {
      String s = source;
      String line = null;
      int colon = s.lastIndexOf(':');
      if (colon > 0 && s.substring(colon + 1).matches("\\d+")) {
        line = s.substring(colon + 1);
        s = s.substring(0, colon);
      }
      String name = Path.of(s).getFileName().toString();
      if (line == null) {
        return name;
      }
      int dot = name.lastIndexOf('.');
      return (dot > 0 ? name.substring(0, dot) : name) + "-" + line + ".json";
    }
  }
}
