package io.github.jianshi.benchmarks;

import io.github.jianshi.core.Report;
import io.github.jianshi.ledger.LedgerFormat;
import io.github.jianshi.ledger.LedgerOptions;
import io.github.jianshi.ledger.Ledgers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Which XLSX writer the ledger uses: fastexcel (report-ledger's writer, as shipped, including the pass
 * that makes the archive deterministic) against Apache POI's streaming writer (SXSSF) writing the
 * same sheet, in the same run; the CSV ledger for scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LedgerXlsxBenchmark {
  /** Reports of three measures each: rows = 3 × reports. */
  @Param({"334", "3334"})
  public int reports;

  List<Report> sample;
  LedgerOptions options;

  /** Builds the reports once. */
  @Setup
  public void setUp() {
    sample = LedgerSamples.counties(reports);
    options = LedgerOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();
  }

  /**
   * report-ledger's XLSX ledger (fastexcel).
   *
   * @return the workbook
   */
  @Benchmark
  public byte[] fastexcel() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Ledgers.export(sample, LedgerFormat.XLSX, out, options);
    return out.toByteArray();
  }

  /**
   * The same sheet with POI's SXSSF.
   *
   * @return the workbook
   * @throws IOException never: the stream is in memory
   */
  @Benchmark
  public byte[] poiStreaming() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PoiLedgerWriter.write(sample, options.asOf().orElseThrow(), out);
    return out.toByteArray();
  }

  /**
   * The CSV ledger, for scale.
   *
   * @return the file
   */
  @Benchmark
  public byte[] csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Ledgers.export(sample, LedgerFormat.CSV, out, options);
    return out.toByteArray();
  }
}
