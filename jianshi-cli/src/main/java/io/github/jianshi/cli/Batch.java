package io.github.jianshi.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one piece of work per input on a pool of threads and hands the results over in input order
 * (each as soon as it and all before it are done), so that output is stable however the threads
 * interleave. The work must not throw; if it does anyway, {@code failed} turns the throwable into a
 * result, so one bad input never stops the batch.
 */
final class Batch {
  private Batch() {}

  /** The default number of threads: one per processor. */
  static int defaultJobs() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  static <T, R> void run(List<T> items, int jobs, Function<T, R> work, BiFunction<T, Throwable, R> failed,
      Progress progress, Consumer<R> inOrder) {
    if (jobs <= 1 || items.size() <= 1) {
      for (T item : items) {
        R r = safely(item, work, failed);
        progress.step();
        inOrder.accept(r);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, items.size()), r -> {
      Thread t = new Thread(r, "jianshi-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> {
          R r = safely(item, work, failed);
          progress.step();
          return r;
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        R r;
        try {
          r = futures.get(i).get();
        } catch (ExecutionException e) {
          r = failed.apply(items.get(i), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
        futures.set(i, null);
        inOrder.accept(r);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, R> R safely(T item, Function<T, R> work, BiFunction<T, Throwable, R> failed) {
    try {
      return work.apply(item);
    } catch (RuntimeException | StackOverflowError e) {
      return failed.apply(item, e);
    }
  }
}
