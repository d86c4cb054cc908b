package io.github.jianshi.cli;

import io.github.jianshi.model.JsonSchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code jianshi schema report|checklist}: the bundled JSON Schema (draft 2020-12). */
@Command(name = "schema", sortOptions = false)
final class SchemaCommand implements Callable<Integer> {
  /** The schemas. */
  enum Which {
    REPORT, CHECKLIST
  }

  @ParentCommand
  JianshiCommand top;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "schema.output")
  Path output;

  @Parameters(paramLabel = "WHICH", descriptionKey = "schema.which", completionCandidates = Candidates.Schemas.class)
  Which which;

  @Override
  public Integer call() {
    String schema = which == Which.REPORT ? JsonSchemas.reportSchema() : JsonSchemas.checklistSchema();
    Sink.write(top.io(), top.text(), output, List.of(), schema.getBytes(StandardCharsets.UTF_8));
    return ExitCodes.OK;
  }
}
