package io.github.jianshi.benchmarks;

import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import io.github.jianshi.core.diagnostic.Diagnostic;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The baseline of the command-line benchmark: the same work as {@code jianshi validate DIR}, done by
 * the smallest Java program that calls {@link ReportValidator} in a loop on one thread: list the
 * {@code *.json} files (sorted), validate each file, print its outcome and its diagnostics
 * ({@code Diagnostic.describe}, as the tool does), then a summary line. Usage:
 * {@code java -cp benchmarks.jar io.github.jianshi.benchmarks.ValidateLoop PATH...}.
 */
public final class ValidateLoop {
  private ValidateLoop() {}

  /**
   * Validates the files.
   *
   * @param args files or folders
   * @throws IOException when a folder cannot be listed
   */
  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    ReportValidator validator = ReportValidator.defaults();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8));
    int valid = 0;
    for (Path file : files) {
      ValidatedReport result = validator.validate(file);
      out.println(file + (result.isValid() ? ": valid" : ": invalid"));
      for (Diagnostic d : result.diagnostics()) {
        out.println("  " + d.describe(Locale.ENGLISH));
      }
      if (result.isValid()) {
        valid++;
      }
    }
    out.flush();
    System.err.println(files.size() + " files: " + valid + " valid, " + (files.size() - valid) + " invalid");
  }
}
