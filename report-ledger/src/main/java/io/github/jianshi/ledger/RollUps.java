package io.github.jianshi.ledger;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.core.ledger.LedgerEntry;
import io.github.jianshi.core.ledger.LedgerView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Computes roll-ups, streaming. On one thread, documents are read, decoded and counted in turn. On
 * more, every thread, the calling one included, does the same in turn on chunks of {@link #CHUNK}:
 * it takes the next chunk from the shared reader (under its lock, the one serial step besides
 * merging), decodes <em>and counts</em> it into a tally of its own, and hands the tally to the
 * {@link Merger}, which merges the tallies in the order the chunks were read, so the result does not
 * depend on which thread finished first. There is no reading thread: the bytes of a document are
 * decoded on the core that read them, and no thread waits for another except for the lock and the
 * bound on read-ahead. Memory holds at most {@link #IN_FLIGHT} documents' bytes (chunks taken and not
 * yet merged), the counts, and the bounded lists; decoded reports are dropped as soon as their chunk
 * is counted.
 */
final class RollUps {
  /** Documents decoded and counted by one thread in turn. */
  static final int CHUNK = 16;
  /** Documents read ahead of the merge, at most. */
  static final int IN_FLIGHT = 256;
  /** How long an idle helper thread is kept. */
  static final long KEEP_ALIVE_SECONDS = 30;
  private static final String NONE = "未填写";

  private RollUps() {}

  static RollUp of(Stream<ReportSources.Raw> raw, LedgerOptions options, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more: " + threads);
    }
    Iterator<ReportSources.Raw> it = raw.iterator();
    if (threads == 1) {
      Tally t = new Tally(options);
      while (it.hasNext()) {
        t.add(it.next());
      }
      return t.build();
    }
    Merger merger = new Merger(it, options);
    List<Future<?>> helpers = new ArrayList<>(threads - 1);
    try {
      for (int i = 1; i < threads; i++) {
        helpers.add(HELPERS.submit(merger::work));
      }
      merger.work();
      for (Future<?> f : helpers) {
        join(f);
      }
    } finally {
      // after a failure or an interrupt of the caller, the helpers stop at their next chunk
      helpers.forEach(f -> f.cancel(true));
    }
    return merger.result();
  }

  /**
   * The helper threads of all roll-ups: made when needed, kept for {@link #KEEP_ALIVE_SECONDS} after
   * their last task (a roll-up called again soon, as in a loop over many files, reuses warm threads
   * instead of starting new ones), daemons, so that they never keep the JVM running. A roll-up uses
   * at most {@code threads - 1} of them at a time.
   */
  private static final ExecutorService HELPERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, KEEP_ALIVE_SECONDS,
      TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
        Thread th = new Thread(r, "jianshi-roll-up");
        th.setDaemon(true);
        return th;
      });

  private static void join(Future<?> task) {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("roll-up interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("decoding failed unexpectedly", e.getCause());
    }
  }

  /**
   * The shared state of a parallel roll-up. Two locks, so that a thread merging never holds up one
   * reading: the reader (guarding the reader and the numbering of chunks) and the merger itself
   * (guarding the tally of everything merged so far and the tallies that finished before an earlier
   * chunk did). A semaphore with {@code IN_FLIGHT / CHUNK} permits bounds the chunks taken and not
   * yet merged. Decoding and counting happen outside all of them.
   */
  static final class Merger {
    private final Iterator<ReportSources.Raw> reader;
    private final LedgerOptions options;
    private final Tally total;
    private final Semaphore window = new Semaphore(IN_FLIGHT / CHUNK);
    /** Finished tallies waiting for an earlier chunk, by chunk number; guarded by this. */
    private final Map<Long, Tally> waiting = new HashMap<>();
    /** Guarded by the reader. */
    private long taken;
    /** Guarded by this. */
    private long merged;
    private volatile boolean exhausted;
    private volatile Throwable failure;

    Merger(Iterator<ReportSources.Raw> reader, LedgerOptions options) {
      this.reader = reader;
      this.options = options;
      this.total = new Tally(options);
    }

    /** Takes, counts and merges chunks until the reader is exhausted or another thread failed. */
    void work() {
      try {
        while (true) {
          // the oldest chunk not merged is being counted by a thread that is not waiting here, so
          // a permit comes back; a failing thread hands out permits to every waiting one
          window.acquire();
          if (failure != null || exhausted) {
            window.release();
            return;
          }
          List<ReportSources.Raw> chunk = new ArrayList<>(CHUNK);
          long number;
          synchronized (reader) {
            while (chunk.size() < CHUNK && reader.hasNext()) {
              chunk.add(reader.next());
            }
            if (chunk.isEmpty()) {
              exhausted = true;
              window.release();
              return;
            }
            number = taken++;
          }
          Tally part = new Tally(options);
          for (ReportSources.Raw r : chunk) {
            part.add(r);
          }
          int done = 0;
          synchronized (this) {
            if (number != merged) {
              waiting.put(number, part);
              continue;
            }
            total.merge(part);
            merged++;
            done++;
            for (Tally next = waiting.remove(merged); next != null; next = waiting.remove(merged)) {
              total.merge(next);
              merged++;
              done++;
            }
          }
          window.release(done);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail(new IllegalStateException("roll-up interrupted", e));
      } catch (RuntimeException | Error e) {
        fail(e);
      }
    }

    private void fail(Throwable e) {
      synchronized (this) {
        if (failure == null) {
          failure = e;
        }
      }
      window.release(IN_FLIGHT);
    }

    /** The roll-up of everything merged, or the first failure of any thread. */
    synchronized RollUp result() {
      if (failure instanceof RuntimeException r) {
        throw r;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      if (!waiting.isEmpty()) {
        throw new IllegalStateException("roll-up ended with " + waiting.size() + " chunks not merged");
      }
      return total.build();
    }
  }

  static RollUp ofReports(Stream<Report> reports, LedgerOptions options) {
    Tally t = new Tally(options);
    int[] n = {0};
    reports.forEachOrdered(r -> t.add("#" + (++n[0]), r, options.validator().check(r)));
    return t.build();
  }

  /** The counters. */
  static final class Tally {
    private final LedgerOptions options;
    private int reports;
    private int decoded;
    private int failedCount;
    private final List<RollUp.FailedReport> failed = new ArrayList<>();
    /** checklist id → checkpoint id → verdict counts; checklists in the order first met. */
    private final Map<String, Map<String, int[]>> verdicts = new LinkedHashMap<>();
    private final Map<String, Checklist> checklists = new HashMap<>();
    private int measures;
    private final int[] status = new int[MeasureStatus.values().length];
    private final int[] kind = new int[MeasureKind.values().length + 1];
    private final Map<String, Integer> owners = new HashMap<>();
    private final Map<String, Integer> organizations = new HashMap<>();
    private int overdue;
    private final Map<String, Integer> overdueByOrganization = new HashMap<>();
    /** The most overdue items, the least overdue on top so it is dropped first. */
    private final PriorityQueue<RollUp.OverdueItem> overdueItems = new PriorityQueue<>(ORDER.reversed());

    /**
     * Most overdue first, then by entry id; the other fields only break ties between equal ids (the
     * same report read twice), so that which items are kept never depends on the order of merging.
     */
    static final Comparator<RollUp.OverdueItem> ORDER = Comparator
        .comparingLong(RollUp.OverdueItem::daysOverdue).reversed().thenComparing(RollUp.OverdueItem::entryId)
        .thenComparing(RollUp.OverdueItem::organization).thenComparing(RollUp.OverdueItem::summary)
        .thenComparing(RollUp.OverdueItem::owner).thenComparing(RollUp.OverdueItem::due)
        .thenComparing(RollUp.OverdueItem::status);

    Tally(LedgerOptions options) {
      this.options = options;
    }

    /** Decodes a document and counts it. */
    void add(ReportSources.Raw raw) {
      ReportSources.Decoded d = raw.decode(options.validator());
      add(d.source(), d.report(), d.result());
    }

    /**
     * Adds the counts of a tally of the documents read after this one's (the lists keep the order
     * read; the overdue items the same bounded selection).
     */
    void merge(Tally o) {
      reports += o.reports;
      decoded += o.decoded;
      failedCount += o.failedCount;
      for (RollUp.FailedReport f : o.failed) {
        if (failed.size() >= RollUp.MAX_LISTED) {
          break;
        }
        failed.add(f);
      }
      o.verdicts.forEach((cl, byCheckpoint) -> {
        Map<String, int[]> mine = verdicts.computeIfAbsent(cl, k -> new LinkedHashMap<>());
        byCheckpoint.forEach((id, counts) -> {
          int[] m = mine.computeIfAbsent(id, k -> new int[Verdict.values().length]);
          for (int i = 0; i < m.length; i++) {
            m[i] += counts[i];
          }
        });
      });
      o.checklists.forEach(checklists::putIfAbsent);
      measures += o.measures;
      for (int i = 0; i < status.length; i++) {
        status[i] += o.status[i];
      }
      for (int i = 0; i < kind.length; i++) {
        kind[i] += o.kind[i];
      }
      o.owners.forEach((k, v) -> owners.merge(k, v, Integer::sum));
      o.organizations.forEach((k, v) -> organizations.merge(k, v, Integer::sum));
      overdue += o.overdue;
      o.overdueByOrganization.forEach((k, v) -> overdueByOrganization.merge(k, v, Integer::sum));
      for (RollUp.OverdueItem item : o.overdueItems) {
        keep(item);
      }
    }

    void add(String source, Report report, ValidationResult result) {
      reports++;
      if (report == null || !result.isValid()) {
        failedCount++;
        if (failed.size() < RollUp.MAX_LISTED) {
          failed.add(RollUp.FailedReport.of(source,
              result.withSeverity(Severity.ERROR).stream().limit(20).toList()));
        }
      }
      if (report == null) {
        return;
      }
      decoded++;
      countFindings(report);
      String org = report.author().flatMap(a -> a.organization()).filter(s -> !s.isBlank()).orElse(NONE);
      Optional<LocalDate> asOf = options.asOf();
      for (LedgerEntry e : LedgerView.of(report)) {
        measures++;
        status[e.effectiveStatus().ordinal()]++;
        kind[e.kind().map(Enum::ordinal).orElse(MeasureKind.values().length)]++;
        owners.merge(e.owner().filter(s -> !s.isBlank()).orElse(NONE), 1, Integer::sum);
        organizations.merge(org, 1, Integer::sum);
        if (asOf.isPresent() && e.isOverdue(asOf.get())) {
          overdue++;
          overdueByOrganization.merge(org, 1, Integer::sum);
          long days = ChronoUnit.DAYS.between(e.due().orElseThrow(), asOf.get());
          if (overdueItems.size() < RollUp.MAX_LISTED || days >= overdueItems.peek().daysOverdue()) {
            keep(RollUp.OverdueItem.builder().entryId(e.id()).organization(org.equals(NONE) ? "" : org)
                .summary(e.summary()).owner(e.owner().orElse("")).due(e.due().get())
                .status(e.effectiveStatus().label()).daysOverdue(days).build());
          }
        }
      }
    }

    /**
     * Keeps an overdue item if it is among the {@link RollUp#MAX_LISTED} most overdue so far. When the
     * list is full, an item that would be dropped at once is not added at all: the top of the queue
     * is the item that would go first.
     */
    private void keep(RollUp.OverdueItem item) {
      if (overdueItems.size() >= RollUp.MAX_LISTED) {
        if (ORDER.compare(item, overdueItems.peek()) >= 0) {
          return;
        }
        overdueItems.poll();
      }
      overdueItems.add(item);
    }

    private void countFindings(Report report) {
      String cl = report.checklist().id();
      Map<String, int[]> byCheckpoint = verdicts.computeIfAbsent(cl, k -> new LinkedHashMap<>());
      options.validator().registry().resolve(report.checklist()).ifPresent(c -> checklists.putIfAbsent(cl, c));
      for (Finding f : report.findings()) {
        byCheckpoint.computeIfAbsent(f.checkpoint(), k -> new int[Verdict.values().length])[f.verdict().ordinal()]++;
      }
    }

    RollUp build() {
      RollUp.Builder b = RollUp.builder().asOf(options.asOf()).reports(reports).decoded(decoded)
          .failedCount(failedCount).failed(failed).measures(measures).overdue(overdue);
      for (Map.Entry<String, Map<String, int[]>> cl : verdicts.entrySet()) {
        Checklist checklist = checklists.get(cl.getKey());
        List<String> order = new ArrayList<>();
        if (checklist != null) {
          checklist.checkpoints().stream().map(Checkpoint::id).filter(cl.getValue()::containsKey).forEach(order::add);
        }
        cl.getValue().keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
        for (String id : order) {
          int[] counts = cl.getValue().get(id);
          Map<String, Integer> byVerdict = new LinkedHashMap<>();
          int problems = 0;
          for (Verdict v : Verdict.values()) {
            byVerdict.put(v.label(), counts[v.ordinal()]);
            if (v == Verdict.PROBLEMS_FOUND || v == Verdict.NOT_PRESENT_WITH_SHORTCOMINGS) {
              problems += counts[v.ordinal()];
            }
          }
          String title = checklist == null ? id : checklist.checkpoint(id).map(Checkpoint::title).orElse(id);
          b.addCheckpoints(RollUp.CheckpointTally.builder().checklist(cl.getKey()).checkpoint(id).title(title)
              .verdicts(byVerdict).problems(problems).build());
        }
      }
      Map<String, Integer> byStatus = new LinkedHashMap<>();
      for (MeasureStatus s : MeasureStatus.values()) {
        byStatus.put(s.label(), status[s.ordinal()]);
      }
      Map<String, Integer> byKind = new LinkedHashMap<>();
      for (MeasureKind k : MeasureKind.values()) {
        byKind.put(k.label(), kind[k.ordinal()]);
      }
      byKind.put(NONE, kind[MeasureKind.values().length]);
      List<RollUp.OverdueItem> items = new ArrayList<>(overdueItems);
      items.sort(ORDER);
      return b.byStatus(byStatus).byKind(byKind).byOwner(sorted(owners)).byOrganization(sorted(organizations))
          .overdueByOrganization(sorted(overdueByOrganization)).overdueItems(items).build();
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
      Map<String, Integer> out = new LinkedHashMap<>();
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> out.put(e.getKey(), e.getValue()));
      return out;
    }
  }
}
