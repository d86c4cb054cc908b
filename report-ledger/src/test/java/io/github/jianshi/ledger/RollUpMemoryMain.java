package io.github.jianshi.ledger;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.model.ReportJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a JVM of its own by {@link RollUpMemoryTest}: writes an NDJSON file of {@code n} reports made
 * from the samples (every thousandth line broken), rolls it up on two threads, prints the counts.
 * Arguments: the file, the number of reports.
 */
public final class RollUpMemoryMain {
  private RollUpMemoryMain() {}

  /**
   * Runs.
   *
   * @param args the file and the number of reports
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    List<Report> samples = List.of(Fixtures.county(), SampleReports.trackedMeasures());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        if (i % 1000 == 999) {
          w.write("{\"broken\": \n");
          continue;
        }
        Report s = samples.get(i % samples.size());
        Report r = Report.builder().from(s).author(Author.builder().from(s.author().orElseThrow())
            .organization("某某县第" + (i % 50) + "局").name("干部" + i).build()).build();
        w.write(ReportJson.write(r).replaceAll("\n\\s*", ""));
        w.write('\n');
      }
    }
    RollUp r = Ledgers.rollUp(List.of(file), Fixtures.options(), 2);
    System.out.println("reports=" + r.reports() + " decoded=" + r.decoded() + " failed=" + r.failedCount()
        + " measures=" + r.measures() + " overdue=" + r.overdue() + " organizations=" + r.byOrganization().size()
        + " maxMemory=" + Runtime.getRuntime().maxMemory());
  }
}
