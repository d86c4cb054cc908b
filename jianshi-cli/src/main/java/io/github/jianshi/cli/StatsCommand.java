package io.github.jianshi.cli;

import io.github.jianshi.ledger.LedgerOptions;
import io.github.jianshi.ledger.Ledgers;
import io.github.jianshi.ledger.RollUp;
import io.github.jianshi.ledger.RollUpFormat;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code jianshi stats}: the roll-up of many reports (which checkpoints produce most problems,
 * measures by status, kind, owner and organisation, overdue measures as of a date) as JSON, Markdown,
 * HTML or XLSX (the summary sheet and the ledger of all measures).
 */
@Command(name = "stats", sortOptions = false)
final class StatsCommand implements Callable<Integer> {
  @ParentCommand
  JianshiCommand top;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "stats.format",
      completionCandidates = Candidates.StatsFormats.class)
  RollUpFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "stats.output")
  Path output;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", descriptionKey = "jobs")
  Integer jobs;

  @Mixin
  LedgerCommand.LedgerSettings settings;

  @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "ledger.paths")
  List<Path> paths;

  @Override
  public Integer call() {
    Io io = top.io();
    Text text = top.text();
    RollUpFormat f = format != null ? format : output != null ? ofName(output) : RollUpFormat.MARKDOWN;
    int threads = jobs == null ? Batch.defaultJobs() : jobs;
    if (threads < 1) {
      throw new CliException(ExitCodes.USAGE, text.get("jobs.invalid", threads));
    }
    if (f == RollUpFormat.XLSX && output == null && io.outIsTerminal()) {
      throw new CliException(ExitCodes.USAGE, text.get("output.binary-terminal"));
    }
    LedgerCommand.Paths.requireExisting(paths, text);
    List<Path> inputs = new ArrayList<>(paths);
    inputs.addAll(settings.checklists.paths());
    if (output != null) {
      OutputFiles.check(output, inputs, text);
    }
    LedgerOptions options = settings.options(text, io);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RollUp rollUp;
    if (f == RollUpFormat.XLSX) {
      rollUp = Ledgers.rollUpXlsx(paths, out, options);
    } else {
      rollUp = Ledgers.rollUp(paths, options, threads);
      rollUp.write(f, out);
    }
    for (RollUp.FailedReport failed : rollUp.failed()) {
      io.err().println(text.get("stats.failed", failed.source()));
      failed.diagnostics().forEach(d -> io.err().println("  " + d.describe(text.locale())));
    }
    Sink.write(io, text, output, List.of(), out.toByteArray());
    io.err().println(text.get("stats.summary", rollUp.reports(), rollUp.decoded(), rollUp.failedCount(),
        rollUp.measures()));
    return rollUp.failedCount() > 0 ? ExitCodes.INVALID : ExitCodes.OK;
  }

  /** The format an output file's extension names; Markdown when it names none. */
  static RollUpFormat ofName(Path output) {
    String n = output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return RollUpFormat.JSON;
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return RollUpFormat.HTML;
    }
    return n.endsWith(".xlsx") ? RollUpFormat.XLSX : RollUpFormat.MARKDOWN;
  }
}
