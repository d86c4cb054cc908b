/**
 * The rectification ledger (整改台账) as files, and the roll-up of many reports.
 *
 * <ul>
 *   <li>{@link io.github.jianshi.ledger.Ledgers} is the entry point: export reports to a ledger file
 *       (CSV or XLSX), apply an edited ledger file back to the reports, roll up many reports;</li>
 *   <li>{@link io.github.jianshi.ledger.LedgerOptions} holds the as-of date, the CSV byte-order mark and
 *       the checklists used to name checkpoints;</li>
 *   <li>{@link io.github.jianshi.ledger.ApplyResult} and {@link io.github.jianshi.ledger.RollUp} are the
 *       values these return.</li>
 * </ul>
 *
 * <p>Every cell text that a spreadsheet could take for a formula is written with a leading apostrophe
 * and read back without it (see {@code docs/ledger.md}). Bad files give diagnostics with
 * {@code ledger.*} codes, never an exception; nothing is read from the clock.
 */
@JianshiStyle
package io.github.jianshi.ledger;

import io.github.jianshi.core.JianshiStyle;
