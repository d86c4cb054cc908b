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
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.Stream;

/**
 * Computes roll-ups, streaming: documents are read in order, decoded in batches on a pool of the
 * given size, and counted in order. Memory holds one batch, the counts, and the bounded lists.
 */
final class RollUps {
  static final int BATCH = 256;
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
        ReportSources.Decoded d = it.next().decode(options.validator());
        t.add(d.source(), d.report(), d.result());
      }
      return t.build();
    }
    // the pool decodes one batch while this thread reads the next and counts the one before
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      ForkJoinTask<List<ReportSources.Decoded>> pending = null;
      while (true) {
        List<ReportSources.Raw> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && it.hasNext()) {
          batch.add(it.next());
        }
        ForkJoinTask<List<ReportSources.Decoded>> next = batch.isEmpty() ? null
            : pool.submit(() -> batch.parallelStream().map(r -> r.decode(options.validator())).toList());
        if (pending != null) {
          for (ReportSources.Decoded d : join(pending)) {
            t.add(d.source(), d.report(), d.result());
          }
        }
        if (next == null) {
          break;
        }
        pending = next;
      }
    } finally {
      pool.shutdown();
    }
    return t.build();
  }

  private static List<ReportSources.Decoded> join(ForkJoinTask<List<ReportSources.Decoded>> task) {
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

    static final Comparator<RollUp.OverdueItem> ORDER = Comparator
        .comparingLong(RollUp.OverdueItem::daysOverdue).reversed().thenComparing(RollUp.OverdueItem::entryId);

    Tally(LedgerOptions options) {
      this.options = options;
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
