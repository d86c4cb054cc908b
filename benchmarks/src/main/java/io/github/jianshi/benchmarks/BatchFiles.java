package io.github.jianshi.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a batch of report files for the command-line benchmark (see {@code docs/benchmarks.md}):
 * variants of the real report's JSON, so that the files differ and some are invalid. Of every 100
 * files, 2 are broken JSON, 10 miss their first finding (a conformance error), 33 are drafts, and the
 * rest are the real report with a numbered preamble sentence added. Usage:
 * {@code java -cp benchmarks.jar io.github.jianshi.benchmarks.BatchFiles DIR [COUNT]} (default 2000).
 */
public final class BatchFiles {
  private BatchFiles() {}

  /**
   * Writes the files.
   *
   * @param args the folder, and optionally the number of files
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Files.createDirectories(dir);
    String real = new String(RealReportJson.bytes(), StandardCharsets.UTF_8);
    for (int i = 0; i < count; i++) {
      Files.writeString(dir.resolve(String.format("report-%05d.json", i)), variant(real, i), StandardCharsets.UTF_8);
    }
    System.out.println(count + " files in " + dir);
  }

  static String variant(String real, int i) {
    int kind = i % 100;
    if (kind < 2) {
      return real.substring(0, real.length() / 2);
    }
    if (kind < 12) {
      int start = real.indexOf("\"findings\": [") + "\"findings\": [".length();
      int second = real.indexOf("\n    {", real.indexOf("\n    {", start) + 1);
      return real.substring(0, start) + real.substring(second);
    }
    String numbered = real.replaceFirst("\"preamble\": \\[\n", "\"preamble\": [\n    \"第" + i + "号。\",\n");
    return kind < 45 ? numbered.replaceFirst("\"status\": \"final\"", "\"status\": \"draft\"") : numbered;
  }
}
