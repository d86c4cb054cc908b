package io.github.jianshi.benchmarks;

import io.github.jianshi.ledger.LedgerOptions;
import io.github.jianshi.ledger.Ledgers;
import io.github.jianshi.ledger.RollUp;
import io.github.jianshi.model.ReportJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The roll-up of an NDJSON file of reports (the real report and the county sample, alternately),
 * decoded on one thread and on two, in the same run. The goal of issue 8 is a ratio: two threads at
 * least 1.8&times; as fast as one. On a machine with two cores, that ratio means something only when
 * nothing else runs (check {@code uptime}); the defaults below (two forks, eight iterations) are what
 * docs/benchmarks.md reports:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RollUpBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(2)
public class RollUpBenchmark {
  /** Decoding threads. */
  @Param({"1", "2"})
  public int threads;

  Path file;
  LedgerOptions options;
  ExecutorService independent;

  /**
   * Writes the file: 2 000 reports.
   *
   * @throws IOException when the temporary file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = writeFile();
    options = options();
    independent = Executors.newFixedThreadPool(threads);
  }

  /**
   * Writes the NDJSON file of the roll-up benchmarks to a temporary file: 2 000 reports, the real
   * report and the county sample alternately, each on one line.
   *
   * @return the file
   * @throws IOException when it cannot be written
   */
  static Path writeFile() throws IOException {
    Path file = Files.createTempFile("rollup-bench", ".ndjson");
    String real = new String(RealReportJson.bytes(), StandardCharsets.UTF_8).replaceAll("\n\\s*", "");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 2000; i++) {
        w.write(i % 2 == 0 ? real : ReportJson.write(LedgerSamples.county(i)).replaceAll("\n\\s*", ""));
        w.write('\n');
      }
    }
    return file;
  }

  /** The options of the roll-up benchmarks: overdue as of 2024-06-30. */
  static LedgerOptions options() {
    return LedgerOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();
  }

  /**
   * Deletes the file.
   *
   * @throws IOException when it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    independent.shutdownNow();
    Files.deleteIfExists(file);
  }

  /**
   * Rolls up the file.
   *
   * @return the roll-up
   */
  @Benchmark
  public RollUp rollUp() {
    return Ledgers.rollUp(List.of(file), options, threads);
  }

  /**
   * The machine's ceiling for this work: {@code threads} whole one-thread roll-ups of the file at the
   * same time, each on its own thread, sharing nothing but the JVM (heap, garbage collector, JIT) and
   * the machine (cores, caches, memory bandwidth). With {@code threads = n} it does n times the work
   * of {@code rollUp} with one thread, so {@code n × rollUp(1) / independentRollUps(n)} is the
   * speed-up the machine allows at best; {@code rollUp(1) / rollUp(n)} is what the roll-up gets.
   *
   * @return the roll-ups
   * @throws Exception when a roll-up fails
   */
  @Benchmark
  public List<RollUp> independentRollUps() throws Exception {
    List<Future<RollUp>> all = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      all.add(independent.submit(() -> Ledgers.rollUp(List.of(file), options, 1)));
    }
    List<RollUp> out = new ArrayList<>(threads);
    for (Future<RollUp> f : all) {
      out.add(f.get());
    }
    return out;
  }
}
