package io.github.jianshi.benchmarks;

import io.github.jianshi.core.Report;
import io.github.jianshi.model.ReportJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/** Encoding the real report: our canonical writer against a plain Jackson write, same run. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EncodeBenchmark {
  Report report;
  WireReport wire;
  JsonMapper mapper;

  /** Decodes the real report once, as a domain report and as plain records. */
  @Setup
  public void setUp() {
    byte[] json = RealReportJson.bytes();
    report = ReportJson.read(json).report().orElseThrow();
    mapper = JsonMapper.builder().build();
    wire = mapper.readValue(json, WireReport.class);
  }

  /**
   * Ours: the domain report to canonical bytes (field order, omissions, two-space indent, LF).
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] canonicalEncode() {
    return ReportJson.writeBytes(report);
  }

  /**
   * Baseline: Jackson writes the plain records, compact (no indentation).
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] jacksonWrite() {
    return mapper.writeValueAsBytes(wire);
  }

  /**
   * Baseline: Jackson writes the plain records with its default pretty printer.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] jacksonWritePretty() {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(wire);
  }
}
