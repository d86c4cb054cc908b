package io.github.jianshi.cli;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.model.DiagnosticExport;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code jianshi validate}: validates report files (directories are searched for {@code *.json},
 * {@code -} is standard input) in parallel, and reports each file's outcome in input order as text,
 * one JSON document or one SARIF log; a summary line goes to standard error.
 */
@Command(name = "validate", sortOptions = false)
final class ValidateCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    TEXT, JSON, SARIF
  }

  @ParentCommand
  JianshiCommand top;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "validate.format", defaultValue = "text",
      completionCandidates = Candidates.ValidateFormats.class)
  Format format;

  @Mixin
  ChecklistFiles checklists;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "validate.output")
  Path output;

  @Option(names = "--min-severity", paramLabel = "SEVERITY", descriptionKey = "validate.min-severity",
      defaultValue = "info", completionCandidates = Candidates.Severities.class)
  Severity minSeverity;

  @Option(names = {"-q", "--quiet"}, descriptionKey = "validate.quiet")
  boolean quiet;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", descriptionKey = "jobs")
  Integer jobs;

  @Option(names = "--progress", negatable = true, descriptionKey = "progress")
  Boolean progress;

  @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "validate.paths")
  List<String> paths;

  /** One file's outcome. */
  private record Outcome(Inputs.Input input, ValidatedReport result, String unreadable, String failure) {
    boolean valid() {
      return result != null && result.isValid();
    }
  }

  @Override
  public Integer call() {
    Io io = top.io();
    Text text = top.text();
    Locale locale = top.messageLocale();
    int threads = jobs == null ? Batch.defaultJobs() : jobs;
    if (threads < 1) {
      throw new CliException(ExitCodes.USAGE, text.get("jobs.invalid", threads));
    }
    ReportValidator validator = ReportValidator.builder().registry(checklists.registry(text, io.err())).build();
    Inputs inputs = Inputs.expand(paths, ".json", text);
    if (output != null) {
      List<Path> in = new ArrayList<>(checklists.paths());
      in.addAll(inputs.paths());
      OutputFiles.check(output, in, text);
    }

    ByteArrayOutputStream buffer = output != null ? new ByteArrayOutputStream() : null;
    PrintWriter out = buffer != null
        ? new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8), false) : io.out();

    int[] counts = new int[3]; // valid, invalid, unreadable
    List<Outcome> all = new ArrayList<>();
    boolean showProgress = progress != null ? progress : io.errIsTerminal();
    try (Progress bar = Progress.start(io.err(), inputs.inputs().size(), text.get("progress.files"), showProgress)) {
      Batch.run(inputs.inputs(), threads,
          in -> validate(validator, in, io),
          (in, t) -> new Outcome(in, null, null, Failures.describe(t)),
          bar,
          o -> {
            counts[o.unreadable() != null ? 2 : o.valid() ? 0 : 1]++;
            bar.printing(() -> report(o, out, text, locale, all));
          });
    }
    if (format == Format.JSON) {
      out.flush();
      writeBytes(io, buffer, CliJson.write(json(all, counts, locale)));
    } else if (format == Format.SARIF) {
      out.flush();
      writeBytes(io, buffer, CliJson.write(sarif(all, locale)));
    }
    out.flush();
    if (buffer != null) {
      OutputFiles.write(output, buffer.toByteArray(), text);
    }
    int total = counts[0] + counts[1] + counts[2];
    io.err().println(text.get("validate.summary", total, counts[0], counts[1], counts[2]));
    if (total == 0) {
      io.err().println(text.get("validate.nothing"));
      return ExitCodes.USAGE;
    }
    return counts[2] > 0 ? ExitCodes.USAGE : counts[1] > 0 ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private static void writeBytes(Io io, ByteArrayOutputStream buffer, byte[] bytes) {
    if (buffer != null) {
      buffer.writeBytes(bytes);
    } else {
      try {
        io.stdout().write(bytes);
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Outcome validate(ReportValidator validator, Inputs.Input in, Io io) {
    if (in.isProblem()) {
      return new Outcome(in, null, in.problem(), null);
    }
    try {
      ValidatedReport r = in.isStdin() ? validator.validate(io.in()) : validator.validate(in.path());
      return new Outcome(in, r, null, null);
    } catch (UncheckedIOException e) {
      return new Outcome(in, null, Failures.describe(e), null);
    }
  }

  /** Text lines now (in order, as the batch goes); JSON and SARIF collect and write at the end. */
  private void report(Outcome o, PrintWriter out, Text text, Locale locale, List<Outcome> all) {
    if (format != Format.TEXT) {
      all.add(o);
      return;
    }
    String name = o.input().name();
    if (o.unreadable() != null) {
      out.println(text.get("validate.unreadable", name, o.unreadable()));
    } else if (o.failure() != null) {
      out.println(text.get("validate.failed", name, o.failure()));
    } else {
      List<Diagnostic> ds = o.result().diagnostics();
      String counts = Severities.counts(ds, text);
      if (o.valid()) {
        if (!quiet) {
          out.println(counts.isEmpty() ? text.get("validate.valid", name)
              : text.get("validate.valid.with", name, counts));
        }
      } else {
        out.println(text.get("validate.invalid", name, counts));
      }
      if (!quiet || !o.valid()) {
        for (Diagnostic d : ds) {
          if (Severities.atLeast(d, minSeverity)) {
            out.println("  " + d.describe(locale));
          }
        }
      }
    }
    out.flush();
  }

  private static String status(Outcome o) {
    return o.unreadable() != null ? "unreadable" : o.failure() != null ? "failed" : o.valid() ? "valid" : "invalid";
  }

  private static JsonNode json(List<Outcome> all, int[] counts, Locale locale) {
    ObjectNode root = CliJson.MAPPER.createObjectNode();
    ArrayNode files = root.putArray("files");
    for (Outcome o : all) {
      ObjectNode f = files.addObject();
      f.put("path", o.input().name());
      f.put("status", status(o));
      if (o.result() != null) {
        JsonNode exported = CliJson.read(DiagnosticExport.toJson(o.result().result(), locale));
        // "valid" of the export speaks of the diagnostics; a file is valid when it also decoded
        f.put("valid", o.valid());
        f.set("diagnostics", exported.get("diagnostics"));
      } else {
        f.put("valid", false);
        f.put("error", o.unreadable() != null ? o.unreadable() : o.failure());
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", counts[0] + counts[1] + counts[2]);
    summary.put("valid", counts[0]);
    summary.put("invalid", counts[1]);
    summary.put("unreadable", counts[2]);
    return root;
  }

  /**
   * One SARIF log for the batch, built from report-model's export of each file: the rules merged (in
   * order of first appearance, the results' rule indexes adjusted), the results in file order, and
   * files that could not be read or validated as tool execution notifications.
   */
  private static JsonNode sarif(List<Outcome> all, Locale locale) {
    ObjectNode log = (ObjectNode) CliJson.read(DiagnosticExport.toSarif(ValidationResult.empty(), locale, "-"));
    ObjectNode run = (ObjectNode) log.get("runs").get(0);
    ArrayNode rules = (ArrayNode) run.get("tool").get("driver").get("rules");
    ArrayNode results = CliJson.MAPPER.createArrayNode();
    ArrayNode notifications = CliJson.MAPPER.createArrayNode();
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (Outcome o : all) {
      String uri = uri(o.input());
      if (o.result() == null) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", o.unreadable() != null ? o.unreadable() : o.failure());
        n.putArray("locations").addObject().putObject("physicalLocation")
            .putObject("artifactLocation").put("uri", uri);
        continue;
      }
      JsonNode one = CliJson.read(DiagnosticExport.toSarif(o.result().result(), locale, uri)).get("runs").get(0);
      List<Integer> remap = new ArrayList<>();
      for (JsonNode rule : one.get("tool").get("driver").get("rules")) {
        String id = rule.get("id").asString();
        Integer index = ruleIndex.get(id);
        if (index == null) {
          index = ruleIndex.size();
          ruleIndex.put(id, index);
          rules.add(rule);
        }
        remap.add(index);
      }
      for (JsonNode result : one.get("results")) {
        ObjectNode r = (ObjectNode) result;
        r.put("ruleIndex", remap.get(r.get("ruleIndex").asInt()));
        results.add(r);
      }
    }
    ObjectNode rebuilt = CliJson.MAPPER.createObjectNode();
    rebuilt.set("tool", run.get("tool"));
    rebuilt.set("columnKind", run.get("columnKind"));
    ObjectNode invocation = rebuilt.putArray("invocations").addObject();
    invocation.put("executionSuccessful", notifications.isEmpty());
    if (!notifications.isEmpty()) {
      invocation.set("toolExecutionNotifications", notifications);
    }
    rebuilt.set("results", results);
    ((ArrayNode) log.get("runs")).set(0, rebuilt);
    return log;
  }

  /**
   * The artifact URI of a file: relative paths stay relative (with {@code /}, percent-encoded as a
   * URI reference), absolute paths become {@code file:} URIs, standard input is {@code -}.
   */
  static String uri(Inputs.Input input) {
    if (input.isStdin()) {
      return "-";
    }
    Path p;
    try {
      p = Path.of(input.name());
    } catch (java.nio.file.InvalidPathException e) {
      return input.name();
    }
    if (p.isAbsolute()) {
      return p.toUri().toASCIIString();
    }
    String rel = p.normalize().toString().replace('\\', '/');
    try {
      return new URI(null, null, rel, null).toASCIIString();
    } catch (URISyntaxException e) {
      return rel;
    }
  }
}
