package io.github.jianshi.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One progress update of a ledger entry (整改进展): when, the status it reports, what was done, proof, who. */
@Value.Immutable
public abstract class ProgressUpdate {
  ProgressUpdate() {}

  /**
   * The date of the update.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The status the update reports.
   *
   * @return the status
   */
  public abstract MeasureStatus status();

  /**
   * What was done (进展情况).
   *
   * @return the note, possibly empty
   */
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * References to evidence (佐证材料): file names, document numbers, links.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<String> evidence();

  /**
   * Who reported the update.
   *
   * @return the person or unit, or empty
   */
  public abstract Optional<String> by();

  /**
   * Creates an update with a date, a status and a note.
   *
   * @param date the date
   * @param status the status reported
   * @param note what was done
   * @return the update
   */
  public static ProgressUpdate of(LocalDate date, MeasureStatus status, String note) {
    return builder().date(date).status(status).note(note).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgressUpdate}. */
  public static final class Builder extends ImmutableProgressUpdate.Builder {
    Builder() {}
  }
}
