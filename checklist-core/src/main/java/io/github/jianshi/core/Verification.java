package io.github.jianshi.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The verification that closes a ledger entry (销号): when, and by whom. A verification without a
 * verifier can be built (a spreadsheet may lack one); {@code LedgerRules} reports it.
 */
@Value.Immutable
public abstract class Verification {
  Verification() {}

  /**
   * The date of the verification.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Who verified: a person or a unit.
   *
   * @return the verifier, or empty
   */
  public abstract Optional<String> by();

  /**
   * Creates a verification.
   *
   * @param date the date
   * @param by the verifier
   * @return the verification
   */
  public static Verification of(LocalDate date, String by) {
    return builder().date(date).by(by).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Verification}. */
  public static final class Builder extends ImmutableVerification.Builder {
    Builder() {}
  }
}
