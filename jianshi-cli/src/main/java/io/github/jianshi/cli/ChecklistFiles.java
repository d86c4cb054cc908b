package io.github.jianshi.cli;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedChecklist;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The option {@code --checklist FILE}, repeatable: checklists in JSON known besides the built-in
 * ones. A file that cannot be read, is not a valid checklist, or conflicts with a known checklist of
 * the same id and version is a usage error (exit 2), with its diagnostics on standard error.
 */
final class ChecklistFiles {
  @Option(names = "--checklist", paramLabel = "FILE", descriptionKey = "checklist.file")
  List<Path> files = new ArrayList<>();

  List<Path> paths() {
    return files;
  }

  ChecklistRegistry registry(Text text, PrintWriter err) {
    ChecklistRegistry registry = ChecklistRegistry.builtIn();
    for (Path file : files) {
      ValidatedChecklist read;
      try {
        read = ReportValidator.defaults().validateChecklist(file);
      } catch (UncheckedIOException e) {
        throw new CliException(ExitCodes.USAGE, text.get("checklist.unreadable", file, Failures.describe(e)));
      }
      if (!read.isValid()) {
        err.println(text.get("checklist.invalid", file));
        for (Diagnostic d : read.diagnostics()) {
          err.println("  " + d.describe(text.locale()));
        }
        throw new CliException(ExitCodes.USAGE, "");
      }
      Checklist checklist = read.checklist().orElseThrow();
      try {
        registry = registry.with(checklist);
      } catch (IllegalArgumentException e) {
        throw new CliException(ExitCodes.USAGE,
            text.get("checklist.conflict", file, checklist.id(), checklist.version()));
      }
    }
    return registry;
  }
}
