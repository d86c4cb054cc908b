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
import java.util.ArrayDeque;
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
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;

/**
 * Computes roll-ups, streaming. On one thread, documents are read, decoded and counted in turn. On
 * more, the calling thread only reads documents and groups them in chunks of {@link #CHUNK}; each
 * chunk is decoded <em>and counted</em> by a pool thread into a tally of its own, and the calling
 * thread merges the chunks' tallies in the order read, so the result does not depend on which thread
 * finished first. Memory holds at most {@link #IN_FLIGHT} documents' bytes, the counts, and the
 * bounded lists; decoded reports are dropped as soon as their chunk is counted.
 */
final class RollUps {
  /** Documents decoded and counted by one pool task. */
  static final int CHUNK = 16;
  /** Documents read ahead of the merge, at most. */
  static final int IN_FLIGHT = 256;
  private static final String NONE = "未填写";

  private RollUps() {}

  static RollUp of(Stream<ReportSources.Raw> raw, LedgerOptions options, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more: " + threads);
    }
    Tally t = new Tally(options);
    Iterator<ReportSources.Raw> it = raw.iterator();
    if (threads == 1) {
      while (it.hasNext()) {
        t.add(it.next());
      }
      return t.build();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, DECODERS);
    try {
      ArrayDeque<Future<Tally>> pending = new ArrayDeque<>();
      while (it.hasNext()) {
        List<ReportSources.Raw> chunk = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && it.hasNext()) {
          chunk.add(it.next());
        }
        pending.add(pool.submit(() -> {
          Tally part = new Tally(options);
          chunk.forEach(part::add);
          return part;
        }));
        if (pending.size() * CHUNK >= IN_FLIGHT) {
          t.merge(join(pending.poll()));
        }
      }
      while (!pending.isEmpty()) {
        t.merge(join(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
    return t.build();
  }

  /** Daemon threads, so that a caller that gives up (interrupted) leaves nothing keeping the JVM. */
  private static final ThreadFactory DECODERS = r -> {
    Thread th = new Thread(r, "jianshi-roll-up");
    th.setDaemon(true);
    return th;
  };

  private static Tally join(Future<Tally> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("roll-up interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("decoding failed unexpectedly", e.getCause());
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
        overdueItems.add(item);
        if (overdueItems.size() > RollUp.MAX_LISTED) {
          overdueItems.poll();
        }
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
          overdueItems.add(RollUp.OverdueItem.builder().entryId(e.id()).organization(org.equals(NONE) ? "" : org)
              .summary(e.summary()).owner(e.owner().orElse("")).due(e.due().orElseThrow())
              .status(e.effectiveStatus().label())
              .daysOverdue(ChronoUnit.DAYS.between(e.due().get(), asOf.get())).build());
          if (overdueItems.size() > RollUp.MAX_LISTED) {
            overdueItems.poll();
          }
        }
      }
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
