package io.github.jianshi.core.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The report a ledger entry comes from: its key (see {@link LedgerIds#reportKey}), author, organisation, date and title. */
@Value.Immutable
public abstract class SourceReport {
  SourceReport() {}

  /**
   * The report's key: its {@link io.github.jianshi.core.Report#id() id} when it has one, else a hash
   * of its stable fields (see {@link LedgerIds#reportKey}).
   *
   * @return the key
   */
  public abstract String key();

  /**
   * The author's name.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> author();

  /**
   * The author's organisation.
   *
   * @return the organisation, or empty
   */
  public abstract Optional<String> organization();

  /**
   * The date of the report.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * The title of the report (lines joined with nothing between them).
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceReport}. */
  public static final class Builder extends ImmutableSourceReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (key().isBlank()) {
      throw new IllegalArgumentException("SourceReport.key must not be blank");
    }
  }
}
