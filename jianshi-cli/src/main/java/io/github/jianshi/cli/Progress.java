package io.github.jianshi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on standard error, one line redrawn in place:
 * {@code [##########..........]  512/2000 files}. It appears only when standard error is a terminal
 * and the batch is still running after {@link #DELAY_MS} (short batches show nothing), and it is
 * erased before anything else is printed and at the end.
 */
final class Progress implements AutoCloseable {
  /** How long a batch runs before the bar appears. */
  static final long DELAY_MS = 1000;
  private static final long PERIOD_MS = 150;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private final String unit;
  private final AtomicInteger done = new AtomicInteger();
  private final ScheduledExecutorService timer;
  private boolean shown;
  private int drawnLength;

  private Progress(PrintWriter err, int total, String unit, boolean enabled) {
    this.err = err;
    this.total = total;
    this.unit = unit;
    if (enabled && total > 1) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jianshi-progress");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleAtFixedRate(this::draw, DELAY_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    } else {
      timer = null;
    }
  }

  /**
   * A progress bar, or one that draws nothing.
   *
   * @param enabled whether to draw at all (standard error is a terminal, or forced)
   */
  static Progress start(PrintWriter err, int total, String unit, boolean enabled) {
    return new Progress(err, total, unit, enabled);
  }

  /** One more item done (any thread). */
  void step() {
    done.incrementAndGet();
  }

  int done() {
    return done.get();
  }

  /** Runs something that prints, with the bar erased meanwhile (it comes back at the next tick). */
  synchronized void printing(Runnable print) {
    erase();
    print.run();
  }

  private synchronized void draw() {
    int n = done.get();
    int filled = total == 0 ? WIDTH : (int) ((long) n * WIDTH / total);
    String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + n + "/" + total + " " + unit;
    err.print("\r" + line);
    if (line.length() < drawnLength) {
      err.print(" ".repeat(drawnLength - line.length()) + "\r" + line);
    }
    err.flush();
    drawnLength = line.length();
    shown = true;
  }

  private void erase() {
    if (shown) {
      err.print("\r" + " ".repeat(drawnLength) + "\r");
      err.flush();
      shown = false;
      drawnLength = 0;
    }
  }

  boolean enabled() {
    return timer != null;
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
      try {
        timer.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      erase();
    }
  }
}
