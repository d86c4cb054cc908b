package io.github.jianshi.core.ledger;

import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Verification;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One measure of one report as tracked in the rectification ledger (整改台账): a stable
 * {@linkplain #id() entry id}, the {@linkplain #source() report} it comes from, what it addresses and
 * says, who owns it and by when, its kind and status, an append-only {@linkplain #history() history}
 * of progress updates and, at the end, its {@linkplain #verification() verification} (销号).
 *
 * <p>The rules a ledger may break (an illegal status change, an update out of order, an overdue
 * measure, …) are not invariants of this type but diagnostics of {@link LedgerRules}, so that a
 * ledger read from a spreadsheet can be built whatever it says and then checked.
 */
@Value.Immutable
public abstract class LedgerEntry {
  LedgerEntry() {}

  /**
   * The stable entry id (see {@link LedgerIds}).
   *
   * @return for example {@code 2024-xz-007#M03}
   */
  public abstract String id();

  /**
   * The report this entry comes from.
   *
   * @return the source
   */
  public abstract SourceReport source();

  /**
   * The 1-based position of the measure in its report.
   *
   * @return the ordinal, 1 or more
   */
  public abstract int ordinal();

  /**
   * The ids of the checkpoints the measure addresses.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<String> checkpoints();

  /**
   * The measure's headline as written.
   *
   * @return the headline, or empty
   */
  public abstract Optional<String> headline();

  /**
   * The measure's text: the text after the headline, then its further paragraphs, one per line.
   *
   * @return the text, possibly empty
   */
  @Value.Default
  public String text() {
    return "";
  }

  /**
   * Who is responsible.
   *
   * @return the owner, or empty
   */
  public abstract Optional<String> owner();

  /**
   * The due date (完成时限).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> due();

  /**
   * How the measure is scheduled.
   *
   * @return the kind, or empty
   */
  public abstract Optional<MeasureKind> kind();

  /**
   * The current status, as the report records it.
   *
   * @return the status, or empty when the report does not track it (read as 未启动)
   */
  public abstract Optional<MeasureStatus> status();

  /**
   * The progress updates, oldest first. Append-only: updates are added at the end, never changed.
   *
   * @return an unmodifiable list
   */
  public abstract List<ProgressUpdate> history();

  /**
   * The verification (销号), when the measure has been verified.
   *
   * @return the verification, or empty
   */
  public abstract Optional<Verification> verification();

  /**
   * The status that counts: the last update's, else {@link #status()}, else 未启动.
   *
   * @return the effective status
   */
  public MeasureStatus effectiveStatus() {
    if (!history().isEmpty()) {
      return history().get(history().size() - 1).status();
    }
    return status().orElse(MeasureStatus.NOT_STARTED);
  }

  /**
   * A summary for tables (the 整改措施 column of a 整改清单): the headline when there is one, else the
   * first paragraph of the text.
   *
   * @return the summary
   */
  public String summary() {
    if (headline().isPresent() && !headline().get().isBlank()) {
      return headline().get();
    }
    int end = text().indexOf('\n');
    return end < 0 ? text() : text().substring(0, end);
  }

  /**
   * Whether the measure is finished: 已完成 or 已验收.
   *
   * @return true when done or verified
   */
  public boolean isComplete() {
    MeasureStatus s = effectiveStatus();
    return s == MeasureStatus.DONE || s == MeasureStatus.VERIFIED;
  }

  /**
   * Whether the measure is overdue as of a date: it has a due date before that date and is not
   * {@linkplain #isComplete() complete}.
   *
   * @param asOf the date to judge by
   * @return true when overdue
   */
  public boolean isOverdue(LocalDate asOf) {
    return due().isPresent() && due().get().isBefore(asOf) && !isComplete();
  }

  /**
   * This entry with one more update at the end of its history.
   *
   * @param update the update
   * @return a new entry
   */
  LedgerEntry append(ProgressUpdate update) {
    return builder().from(this).addHistory(update).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LedgerEntry}. */
  public static final class Builder extends ImmutableLedgerEntry.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("LedgerEntry.id must not be blank");
    }
    if (ordinal() < 1) {
      throw new IllegalArgumentException("LedgerEntry.ordinal must be 1 or more: " + ordinal());
    }
  }
}
