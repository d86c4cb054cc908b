package io.github.jianshi.ledger;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The roll-up of many reports: verdicts per checkpoint, measures by status, kind, owner and
 * organisation, overdue measures as of a date, the completion rate, and the reports that failed
 * validation with their diagnostics. A value: the same reports give an equal roll-up whatever the
 * order of decoding. Lists that could grow with the number of reports are bounded (see
 * {@link #overdueItems()} and {@link #failed()}); their counts are always complete.
 */
@Value.Immutable
public abstract class RollUp {
  RollUp() {}

  /** How many overdue measures and failed reports are listed at most. */
  public static final int MAX_LISTED = 1000;

  /**
   * The date overdue measures are counted against.
   *
   * @return the date, or empty (then nothing counts as overdue)
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * How many report documents were read.
   *
   * @return the count
   */
  public abstract int reports();

  /**
   * How many of them could be decoded; their findings and measures are counted, even when their
   * validation found errors.
   *
   * @return the count
   */
  public abstract int decoded();

  /**
   * How many reports failed validation: not decodable, or decoded with errors.
   *
   * @return the count
   */
  public abstract int failedCount();

  /**
   * The reports that failed validation, in the order read, at most {@link #MAX_LISTED}.
   *
   * @return an unmodifiable list
   */
  public abstract List<FailedReport> failed();

  /**
   * Verdict counts per checkpoint: checklist by checklist (in the order first met), checkpoints in the
   * checklist's order.
   *
   * @return an unmodifiable list
   */
  public abstract List<CheckpointTally> checkpoints();

  /**
   * How many measures the decoded reports have.
   *
   * @return the count
   */
  public abstract int measures();

  /**
   * Measures by status label (未启动, 整改中, 已完成, 已验收, in that order; a measure without a status
   * counts as 未启动).
   *
   * @return an unmodifiable map in that order
   */
  public abstract Map<String, Integer> byStatus();

  /**
   * Measures by kind label (立行立改, 限期整改, 长期坚持, then 未填写 for none).
   *
   * @return an unmodifiable map in that order
   */
  public abstract Map<String, Integer> byKind();

  /**
   * Measures by owner (未填写 for none), most first, then by name.
   *
   * @return an unmodifiable map in that order
   */
  public abstract Map<String, Integer> byOwner();

  /**
   * Measures by the organisation of the report's author (未填写 for none), most first, then by name.
   *
   * @return an unmodifiable map in that order
   */
  public abstract Map<String, Integer> byOrganization();

  /**
   * How many measures are overdue as of {@link #asOf()}.
   *
   * @return the count, 0 without an as-of date
   */
  public abstract int overdue();

  /**
   * Overdue measures by organisation, most first, then by name.
   *
   * @return an unmodifiable map in that order
   */
  public abstract Map<String, Integer> overdueByOrganization();

  /**
   * The overdue measures, most overdue first (then by entry id), at most {@link #MAX_LISTED}.
   *
   * @return an unmodifiable list
   */
  public abstract List<OverdueItem> overdueItems();

  /**
   * The share of measures that are 已完成 or 已验收.
   *
   * @return between 0 and 1; 0 when there are no measures
   */
  public double completionRate() {
    if (measures() == 0) {
      return 0;
    }
    int done = byStatus().getOrDefault("已完成", 0) + byStatus().getOrDefault("已验收", 0);
    return (double) done / measures();
  }

  /**
   * Writes this roll-up in a format (XLSX gives the summary sheet only; see
   * {@link Ledgers#rollUpXlsx} for the summary with the ledger).
   *
   * @param format the format
   * @param out where to write (not closed)
   * @throws UncheckedIOException when the stream fails
   */
  public void write(RollUpFormat format, OutputStream out) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    try {
      switch (format) {
        case JSON -> RollUpJson.write(this, out);
        case MARKDOWN -> RollUpText.markdown(this, out);
        case HTML -> RollUpText.html(this, out);
        case XLSX -> RollUpXlsx.write(this, java.util.Collections.emptyIterator(), out, LedgerOptions.defaults());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollUp}. */
  static final class Builder extends ImmutableRollUp.Builder {
    Builder() {}
  }

  /** The verdict counts of one checkpoint. */
  @Value.Immutable
  public abstract static class CheckpointTally {
    CheckpointTally() {}

    /**
     * The checklist id.
     *
     * @return the id
     */
    public abstract String checklist();

    /**
     * The checkpoint id.
     *
     * @return the id
     */
    public abstract String checkpoint();

    /**
     * The checkpoint's title (its id when the checklist is not known).
     *
     * @return the title
     */
    public abstract String title();

    /**
     * Counts by verdict label (存在问题, 不存在，但有不足, 不存在, 不适用, in that order).
     *
     * @return an unmodifiable map
     */
    public abstract Map<String, Integer> verdicts();

    /**
     * How many reports found problems here (存在问题 or 不存在，但有不足).
     *
     * @return the count
     */
    public abstract int problems();

    static ImmutableCheckpointTally.Builder builder() {
      return ImmutableCheckpointTally.builder();
    }
  }

  /** A report that failed validation. */
  @Value.Immutable
  public abstract static class FailedReport {
    FailedReport() {}

    /**
     * Where it came from: a file, or a file and line.
     *
     * @return the source
     */
    public abstract String source();

    /**
     * Its error diagnostics (at most 20).
     *
     * @return an unmodifiable list
     */
    public abstract List<Diagnostic> diagnostics();

    static FailedReport of(String source, List<Diagnostic> diagnostics) {
      return ImmutableFailedReport.builder().source(source).diagnostics(diagnostics).build();
    }
  }

  /** An overdue measure. */
  @Value.Immutable
  public abstract static class OverdueItem {
    OverdueItem() {}

    /**
     * The ledger entry id.
     *
     * @return the id
     */
    public abstract String entryId();

    /**
     * The organisation of the report.
     *
     * @return the organisation, or empty
     */
    public abstract String organization();

    /**
     * The measure's summary.
     *
     * @return the headline or text
     */
    public abstract String summary();

    /**
     * The owner.
     *
     * @return the owner, or empty
     */
    public abstract String owner();

    /**
     * The due date.
     *
     * @return the date
     */
    public abstract LocalDate due();

    /**
     * The status label.
     *
     * @return for example 整改中
     */
    public abstract String status();

    /**
     * Days past the due date as of the roll-up's date.
     *
     * @return 1 or more
     */
    public abstract long daysOverdue();

    static ImmutableOverdueItem.Builder builder() {
      return ImmutableOverdueItem.builder();
    }
  }
}
