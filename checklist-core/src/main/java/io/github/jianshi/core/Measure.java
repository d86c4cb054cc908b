package io.github.jianshi.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One enumerated rectification measure (整改措施). Besides its text it carries the fields of the
 * rectification ledger (整改台账): the findings it addresses, owner, due date, kind and status, the
 * progress updates reported so far and the verification (销号) that closes it.
 */
@Value.Immutable
public abstract class Measure {
  Measure() {}

  /**
   * A short headline as written, with its punctuation.
   *
   * @return the headline, or empty
   */
  public abstract Optional<String> headline();

  /**
   * The text after the headline.
   *
   * @return the text, possibly empty
   */
  @Value.Default
  public String text() {
    return "";
  }

  /**
   * Further paragraphs of the same measure, after the first (headline and text). A measure whose headline
   * stands on its own line has an empty text and its paragraphs here.
   *
   * @return an unmodifiable list, usually empty
   */
  public abstract List<String> moreParagraphs();

  /**
   * The ids of the checkpoints whose findings this measure addresses.
   *
   * @return an unmodifiable list, empty when not linked
   */
  public abstract List<String> checkpoints();

  /**
   * Who is responsible: a person or a unit.
   *
   * @return the owner, or empty
   */
  public abstract Optional<String> owner();

  /**
   * The date by which the measure is due.
   *
   * @return the due date, or empty
   */
  public abstract Optional<LocalDate> due();

  /**
   * How the measure is scheduled.
   *
   * @return the kind, or empty
   */
  public abstract Optional<MeasureKind> kind();

  /**
   * Where the measure stands.
   *
   * @return the status, or empty when not tracked
   */
  public abstract Optional<MeasureStatus> status();

  /**
   * The progress updates (整改进展) reported so far, oldest first. Append-only: the ledger adds updates
   * at the end and never changes one.
   *
   * @return an unmodifiable list, empty when none were reported
   */
  public abstract List<ProgressUpdate> history();

  /**
   * The verification (销号) that closes the measure: when, and by whom.
   *
   * @return the verification, or empty when not verified
   */
  public abstract Optional<Verification> verification();

  /**
   * Whether any ledger field (owner, due date, kind, status, history, verification) is set.
   *
   * @return true when the measure belongs in a 整改清单 table
   */
  public boolean isTracked() {
    return owner().isPresent() || due().isPresent() || kind().isPresent() || status().isPresent()
        || !history().isEmpty() || verification().isPresent();
  }

  /**
   * Creates a measure with a headline and text.
   *
   * @param headline the headline as written
   * @param text the text after it
   * @return the measure
   */
  public static Measure of(String headline, String text) {
    return builder().headline(headline).text(text).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measure}. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
