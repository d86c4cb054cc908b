package io.github.jianshi.ledger;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.core.ledger.LedgerEntry;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What applying a ledger file to reports gives: the reports, updated; the ledger entries with their
 * history as merged from the file; and a diagnostic for every row that could not be applied, every
 * entry the file has no row for, and everything else read-back noticed.
 */
@Value.Immutable
public abstract class ApplyResult {
  ApplyResult() {}

  /**
   * The reports in the order given, each updated from its rows (the same object when nothing changed).
   *
   * @return an unmodifiable list
   */
  public abstract List<Report> reports();

  /**
   * Where each report came from (file name, or file name and line for NDJSON), parallel to
   * {@link #reports()}; {@code #1}, {@code #2}, … for reports given as values.
   *
   * @return an unmodifiable list
   */
  public abstract List<String> sources();

  /**
   * The 0-based indices of the reports that changed.
   *
   * @return an unmodifiable list, ascending
   */
  public abstract List<Integer> changed();

  /**
   * The ledger entries of all reports after the update, with the history read from the file and the
   * updates added; export them to carry the history into the next round.
   *
   * @return an unmodifiable list, report by report, measure by measure
   */
  public abstract List<LedgerEntry> entries();

  /**
   * How many rows of the file changed an entry.
   *
   * @return the count
   */
  public abstract int appliedRows();

  /**
   * The diagnostics: reading the reports, reading the file, then row by row, then entries without a row.
   *
   * @return the result
   */
  public abstract ValidationResult result();

  /** How the ledger names the problems of each entry (by entry id), for {@link #writeLedger}. */
  abstract Map<String, String> problemLabels();

  /**
   * Writes the ledger of the updated entries, history included, to start the next round of edits.
   *
   * @param format the file format
   * @param out where to write (not closed)
   * @param options the options
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public void writeLedger(LedgerFormat format, OutputStream out, LedgerOptions options) {
    Ledgers.write(entries().stream().map(e -> new LedgerLine(e, problemLabels().getOrDefault(e.id(), ""))).toList(),
        format, out, options);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplyResult}. */
  static final class Builder extends ImmutableApplyResult.Builder {
    Builder() {}
  }
}
