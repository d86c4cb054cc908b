package io.github.jianshi.cli;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.CheckpointKind;
import io.github.jianshi.core.numbering.ChineseNumerals;
import io.github.jianshi.model.ReportJson;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code jianshi checklist list|show ID}: the built-in checklists and those given as files. */
@Command(name = "checklist", sortOptions = false,
    subcommands = {ChecklistCommand.ListCommand.class, ChecklistCommand.ShowCommand.class})
final class ChecklistCommand implements Callable<Integer> {
  @ParentCommand
  JianshiCommand top;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(top.io().err());
    return ExitCodes.USAGE;
  }

  /** Text or JSON. */
  enum Format {
    TEXT, JSON
  }

  /** {@code jianshi checklist list}: id, version, title and number of checkpoints of each checklist. */
  @Command(name = "list", sortOptions = false)
  static final class ListCommand implements Callable<Integer> {
    @ParentCommand
    ChecklistCommand parent;

    @Mixin
    ChecklistFiles checklists;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "checklist.format", defaultValue = "text",
        completionCandidates = Candidates.ChecklistFormats.class)
    Format format;

    @Override
    public Integer call() {
      JianshiCommand top = parent.top;
      Text text = top.text();
      ChecklistRegistry registry = checklists.registry(text, top.io().err());
      if (format == Format.JSON) {
        ArrayNode list = CliJson.MAPPER.createArrayNode();
        for (Checklist c : registry.all()) {
          ObjectNode o = list.addObject();
          o.put("id", c.id());
          o.put("version", c.version());
          o.put("title", c.title());
          o.put("checkpoints", c.checkpoints().size());
          o.put("hash", c.contentHash());
        }
        Sink.write(top.io(), text, null, List.of(), CliJson.write(list));
      } else {
        PrintWriter out = top.io().out();
        for (Checklist c : registry.all()) {
          out.println(text.get("checklist.line", c.id(), c.version(), c.title(), c.checkpoints().size()));
        }
        out.flush();
      }
      return ExitCodes.OK;
    }
  }

  /** {@code jianshi checklist show ID}: one checklist as canonical JSON (default) or as text. */
  @Command(name = "show", sortOptions = false)
  static final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    ChecklistCommand parent;

    @Mixin
    ChecklistFiles checklists;


    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "checklist.show.format",
        defaultValue = "json", completionCandidates = Candidates.ChecklistFormats.class)
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "checklist.output")
    Path output;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "checklist.id")
    String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VERSION", descriptionKey = "checklist.version")
    String version;

    @Override
    public Integer call() {
      JianshiCommand top = parent.top;
      Text text = top.text();
      ChecklistRegistry registry = checklists.registry(text, top.io().err());
      List<Checklist> matching = registry.all().stream()
          .filter(c -> c.id().equals(id) && (version == null || c.version().equals(version))).toList();
      if (matching.isEmpty()) {
        String known = String.join(", ", registry.all().stream().map(c -> c.id() + " " + c.version()).toList());
        throw new CliException(ExitCodes.USAGE, text.get("checklist.unknown", id, known));
      }
      if (matching.size() > 1) {
        String versions = String.join(", ", matching.stream().map(Checklist::version).toList());
        throw new CliException(ExitCodes.USAGE, text.get("checklist.ambiguous", id, versions));
      }
      Checklist c = matching.get(0);
      byte[] bytes = format == Format.JSON ? ReportJson.writeChecklistBytes(c)
          : describe(c, text).getBytes(StandardCharsets.UTF_8);
      Sink.write(top.io(), text, output, checklists.paths(), bytes);
      return ExitCodes.OK;
    }

    /** The title, then each checkpoint: its Chinese ordinal, title, question and kind. */
    private static String describe(Checklist c, Text text) {
      StringWriter s = new StringWriter();
      PrintWriter out = new PrintWriter(s);
      out.print(c.title() + "\n");
      out.print(text.get("checklist.header", c.id(), c.version(), c.contentHash()) + "\n");
      c.description().ifPresent(d -> out.print(d + "\n"));
      int i = 1;
      for (Checkpoint p : c.checkpoints()) {
        String kind = text.get(p.kind() == CheckpointKind.DUTY ? "checkpoint.duty" : "checkpoint.whether-exists");
        out.print(ChineseNumerals.format(i++) + "、" + p.title() + "\n");
        out.print("    " + p.question() + "  [" + p.id() + ", " + kind + "]\n");
      }
      out.flush();
      return s.toString();
    }
  }
}
