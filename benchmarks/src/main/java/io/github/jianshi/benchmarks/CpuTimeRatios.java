package io.github.jianshi.benchmarks;

import io.github.jianshi.core.Report;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ReportValidator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cross-check of {@link DecodeBenchmark} and {@link EncodeBenchmark} for a shared, loaded machine:
 * the same operations on the same bytes, measured in <em>thread CPU time</em> (so time spent waiting
 * for a core does not count), interleaved round by round (so a change of load hits every operation
 * alike). JMH measures wall time and stays the reference; this is what to read when the machine is
 * too busy for JMH's error bars. Usage:
 * {@code java -cp benchmarks.jar io.github.jianshi.benchmarks.CpuTimeRatios [rounds]}.
 */
public final class CpuTimeRatios {
  private static final int CALLS = 2_000;
  private static volatile Object sink;

  private CpuTimeRatios() {}

  /**
   * Measures and prints the CPU time per call and the ratios of the goals.
   *
   * @param args optionally the number of rounds (default 30; the first third is warm-up)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    byte[] json = RealReportJson.bytes();
    byte[] invalid = new String(json, StandardCharsets.UTF_8)
        .replace("\"status\": \"final\"", "\"status\": \"finished\"").getBytes(StandardCharsets.UTF_8);
    ReportValidator validator = ReportValidator.defaults();
    JsonMapper mapper = JsonMapper.builder().build();
    Report report = validator.decode(json).report().orElseThrow();
    WireReport wire = mapper.readValue(json, WireReport.class);
    String[] names = {"jacksonBind", "validatedDecode", "validatedDecodeInvalid", "decodeOnly", "jacksonWrite",
        "canonicalEncode"};
    java.util.List<Supplier<Object>> ops = java.util.List.of(
        () -> mapper.readValue(json, WireReport.class),
        () -> validator.validate(json),
        () -> validator.validate(invalid),
        () -> validator.decode(json),
        () -> mapper.writeValueAsBytes(wire),
        () -> ReportJson.writeBytes(report));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] total = new long[names.length];
    int warmUp = rounds / 3;
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < names.length; k++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS; i++) {
          sink = ops.get(k).get();
        }
        if (r >= warmUp) {
          total[k] += threads.getCurrentThreadCpuTime() - start;
        }
      }
    }
    double calls = (double) (rounds - warmUp) * CALLS;
    for (int k = 0; k < names.length; k++) {
      System.out.printf(Locale.ROOT, "%-24s %8.1f us CPU/op%n", names[k], total[k] / 1000.0 / calls);
    }
    System.out.printf(Locale.ROOT, "validatedDecode / jacksonBind        %.2f%n", (double) total[1] / total[0]);
    System.out.printf(Locale.ROOT, "validatedDecodeInvalid / jacksonBind %.2f%n", (double) total[2] / total[0]);
    System.out.printf(Locale.ROOT, "decodeOnly / jacksonBind             %.2f%n", (double) total[3] / total[0]);
    System.out.printf(Locale.ROOT, "canonicalEncode / jacksonWrite       %.2f%n", (double) total[5] / total[4]);
  }
}
