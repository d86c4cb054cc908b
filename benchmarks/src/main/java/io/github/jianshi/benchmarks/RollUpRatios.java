package io.github.jianshi.benchmarks;

import io.github.jianshi.ledger.LedgerOptions;
import io.github.jianshi.ledger.Ledgers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A cross-check of {@link RollUpBenchmark} for a shared machine whose speed drifts: the roll-up on one
 * thread, on two, and two independent one-thread roll-ups side by side, <em>interleaved</em> round by
 * round (the order rotating), so that a slow spell of the machine hits all three alike, and the ratio
 * taken within each round. JMH runs the three one after the other, minutes apart, so a drift of the
 * machine's speed in between goes straight into its ratio. Prints the median and quartiles over the
 * measured rounds of
 *
 * <ul>
 *   <li>{@code rollUp(1) / rollUp(2)}, the speed-up of issue 8's goal (at least 1.8), and
 *   <li>{@code 2 × rollUp(1) / independent(2)}, the speed-up this machine allows this work at best.
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.jianshi.benchmarks.RollUpRatios [rounds]}.
 */
public final class RollUpRatios {
  private static volatile Object sink;

  private RollUpRatios() {}

  /**
   * Measures and prints the ratios.
   *
   * @param args optionally the number of rounds (default 60; the first 15 are warm-up)
   * @throws Exception when the file cannot be written or a roll-up fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int warmUp = 15;
    Path file = RollUpBenchmark.writeFile();
    LedgerOptions options = RollUpBenchmark.options();
    ExecutorService side = Executors.newFixedThreadPool(2);
    try {
      double[] speedUp = new double[rounds];
      double[] ceiling = new double[rounds];
      double[] one = new double[rounds];
      int n = 0;
      for (int r = 0; r < warmUp + rounds; r++) {
        long[] t = new long[3];
        for (int k = 0; k < 3; k++) {
          int which = (r + k) % 3;
          long start = System.nanoTime();
          switch (which) {
            case 0 -> sink = Ledgers.rollUp(List.of(file), options, 1);
            case 1 -> sink = Ledgers.rollUp(List.of(file), options, 2);
            default -> {
              Future<?> a = side.submit(() -> Ledgers.rollUp(List.of(file), options, 1));
              Future<?> b = side.submit(() -> Ledgers.rollUp(List.of(file), options, 1));
              sink = a.get();
              sink = b.get();
            }
          }
          t[which] = System.nanoTime() - start;
        }
        if (r >= warmUp) {
          one[n] = t[0] / 1e6;
          speedUp[n] = (double) t[0] / t[1];
          ceiling[n] = 2.0 * t[0] / t[2];
          n++;
        }
      }
      System.out.printf(Locale.ROOT, "%d rounds after %d of warm-up; median [quartiles]%n", rounds, warmUp);
      System.out.printf(Locale.ROOT, "rollUp(1)                       %6.1f ms [%.1f, %.1f]%n", q(one, 0.5),
          q(one, 0.25), q(one, 0.75));
      System.out.printf(Locale.ROOT, "rollUp(1) / rollUp(2)           %6.2f   [%.2f, %.2f]%n", q(speedUp, 0.5),
          q(speedUp, 0.25), q(speedUp, 0.75));
      System.out.printf(Locale.ROOT, "2 x rollUp(1) / independent(2)  %6.2f   [%.2f, %.2f]%n", q(ceiling, 0.5),
          q(ceiling, 0.25), q(ceiling, 0.75));
    } finally {
      side.shutdownNow();
      Files.deleteIfExists(file);
    }
  }

  /** A quantile of the values (nearest rank). */
  private static double q(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
  }
}
