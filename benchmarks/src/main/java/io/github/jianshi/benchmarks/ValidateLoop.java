package io.github.jianshi.benchmarks;

import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baseline of the command-line benchmark: the same work as {@code jianshi validate DIR}, done by
 * the smallest Java program that calls {@link ReportValidator} in a loop: list the {@code *.json}
 * files (sorted), validate each file, count the valid ones, print one line. Usage:
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
    int valid = 0;
    for (Path file : files) {
      ValidatedReport result = validator.validate(file);
      if (result.isValid()) {
        valid++;
      }
    }
    System.out.println(files.size() + " files: " + valid + " valid, " + (files.size() - valid) + " invalid");
  }
}
