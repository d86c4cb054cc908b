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

  /** What becomes of one file. */
  enum Status {
    VALID, INVALID, UNREADABLE, FAILED
  }

  /**
   * One file's outcome, already formatted by the worker that validated it (so that formatting runs
   * in parallel too): text lines, the file's JSON object, or its SARIF run.
   */
  private record Outcome(Inputs.Input input, Status status, String text, JsonNode node) {}

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

    int[] counts = new int[Status.values().length];
    List<Outcome> all = new ArrayList<>();
    boolean showProgress = progress != null ? progress : io.errIsTerminal();
    try (Progress bar = Progress.start(io.err(), inputs.inputs().size(), text.get("progress.files"), showProgress)) {
      Batch.run(inputs.inputs(), threads,
          in -> outcome(in, validate(validator, in, io), text, locale),
          (in, t) -> outcome(in, new Checked(Status.FAILED, null, Failures.describe(t)), text, locale),
          bar,
          o -> {
            counts[o.status().ordinal()]++;
            if (format == Format.TEXT) {
              if (!o.text().isEmpty()) {
                bar.printing(() -> {
                  out.print(o.text());
                  out.flush();
                });
              }
            } else {
              all.add(o);
            }
          });
    }
    int valid = counts[Status.VALID.ordinal()];
    int invalid = counts[Status.INVALID.ordinal()] + counts[Status.FAILED.ordinal()];
    int unreadable = counts[Status.UNREADABLE.ordinal()];
    if (format == Format.JSON) {
      out.flush();
      writeBytes(io, buffer, CliJson.write(json(all, valid, invalid, unreadable)));
    } else if (format == Format.SARIF) {
      out.flush();
      writeBytes(io, buffer, CliJson.write(sarif(all, locale)));
    }
    out.flush();
    if (buffer != null) {
      OutputFiles.write(output, buffer.toByteArray(), text);
    }
    int total = valid + invalid + unreadable;
    io.err().println(text.get("validate.summary", total, valid, invalid, unreadable));
    if (total == 0) {
      io.err().println(text.get("validate.nothing"));
      return ExitCodes.USAGE;
    }
    return unreadable > 0 ? ExitCodes.USAGE : invalid > 0 ? ExitCodes.INVALID : ExitCodes.OK;
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

  /** A file's validation: the result, or why there is none. */
  private record Checked(Status status, ValidatedReport result, String problem) {}

  private static Checked validate(ReportValidator validator, Inputs.Input in, Io io) {
    if (in.isProblem()) {
      return new Checked(Status.UNREADABLE, null, in.problem());
    }
    try {
      ValidatedReport r = in.isStdin() ? validator.validate(io.in()) : validator.validate(in.path());
      return new Checked(r.isValid() ? Status.VALID : Status.INVALID, r, null);
    } catch (UncheckedIOException e) {
      return new Checked(Status.UNREADABLE, null, Failures.describe(e));
    }
  }

  private Outcome outcome(Inputs.Input in, Checked c, Text text, Locale locale) {
    return switch (format) {
      case TEXT -> new Outcome(in, c.status(), text(in, c, text, locale), null);
      case JSON -> new Outcome(in, c.status(), null, jsonFile(in, c, locale));
      // a file without a result carries its problem as text, for the notification
      case SARIF -> c.result() == null ? new Outcome(in, c.status(), c.problem(), null)
          : new Outcome(in, c.status(), null,
              CliJson.read(DiagnosticExport.toSarif(c.result().result(), locale, uri(in))).get("runs").get(0));
    };
  }

  /** The outcome line and the diagnostics' lines, or nothing for a valid file with {@code --quiet}. */
  private String text(Inputs.Input in, Checked c, Text text, Locale locale) {
    String name = in.name();
    StringBuilder out = new StringBuilder();
    switch (c.status()) {
      case UNREADABLE -> out.append(text.get("validate.unreadable", name, c.problem())).append('\n');
      case FAILED -> out.append(text.get("validate.failed", name, c.problem())).append('\n');
      case VALID, INVALID -> {
        boolean valid = c.status() == Status.VALID;
        if (valid && quiet) {
          return "";
        }
        List<Diagnostic> ds = c.result().diagnostics();
        String counts = Severities.counts(ds, text);
        out.append(valid ? counts.isEmpty() ? text.get("validate.valid", name)
            : text.get("validate.valid.with", name, counts) : text.get("validate.invalid", name, counts));
        out.append('\n');
        for (Diagnostic d : ds) {
          if (Severities.atLeast(d, minSeverity)) {
            out.append("  ").append(d.describe(locale)).append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  private static JsonNode jsonFile(Inputs.Input in, Checked c, Locale locale) {
    ObjectNode f = CliJson.MAPPER.createObjectNode();
    f.put("path", in.name());
    f.put("status", c.status().name().toLowerCase(Locale.ROOT));
    f.put("valid", c.status() == Status.VALID);
    if (c.result() != null) {
      JsonNode exported = CliJson.read(DiagnosticExport.toJson(c.result().result(), locale));
      f.set("diagnostics", exported.get("diagnostics"));
    } else {
      f.put("error", c.problem());
    }
    return f;
  }

  private static JsonNode json(List<Outcome> all, int valid, int invalid, int unreadable) {
    ObjectNode root = CliJson.MAPPER.createObjectNode();
    ArrayNode files = root.putArray("files");
    for (Outcome o : all) {
      files.add(o.node());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", valid + invalid + unreadable);
    summary.put("valid", valid);
    summary.put("invalid", invalid);
    summary.put("unreadable", unreadable);
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
      if (o.node() == null) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", o.text());
        n.putArray("locations").addObject().putObject("physicalLocation")
            .putObject("artifactLocation").put("uri", uri(o.input()));
        continue;
      }
      JsonNode one = o.node();
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
