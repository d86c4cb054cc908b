package io.github.jianshi.ledger;

import io.github.jianshi.model.ReportValidator;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How ledgers are written, read and rolled up. Defaults: no as-of date, a byte-order mark in CSV, the
 * default {@link ReportValidator} (built-in checklists, default limits).
 */
@Value.Immutable
public abstract class LedgerOptions {
  LedgerOptions() {}

  private static final LedgerOptions DEFAULTS = builder().build();

  /**
   * The date to judge by: which measures are overdue, the date of progress updates read back without
   * one of their own, the latest date an update may have. Library code never reads the clock; without
   * an as-of date the XLSX ledger highlights overdue rows against the spreadsheet's {@code TODAY()},
   * roll-ups count no measure as overdue, and applying a ledger refuses rows that need a date.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Whether CSV files start with a UTF-8 byte-order mark, so that Excel on Chinese Windows reads them
   * as UTF-8.
   *
   * @return by default true
   */
  @Value.Default
  public boolean byteOrderMark() {
    return true;
  }

  /**
   * Reads and checks the reports (roll-up, file paths), and names checkpoints through its registry.
   *
   * @return by default {@link ReportValidator#defaults()}
   */
  @Value.Default
  public ReportValidator validator() {
    return ReportValidator.defaults();
  }

  /**
   * The largest ledger file read back, in bytes; larger files give {@code ledger.file.too-large}.
   *
   * @return by default 32 MiB
   */
  @Value.Default
  public int maxLedgerBytes() {
    return 32 * 1024 * 1024;
  }

  /**
   * The default options.
   *
   * @return the shared instance
   */
  public static LedgerOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LedgerOptions}. */
  public static final class Builder extends ImmutableLedgerOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (maxLedgerBytes() < 1) {
      throw new IllegalArgumentException("LedgerOptions.maxLedgerBytes must be positive: " + maxLedgerBytes());
    }
  }
}
