/**
 * The rectification ledger (整改台账): each measure of a report as tracked over time.
 *
 * <p>{@link io.github.jianshi.core.ledger.LedgerView#of(io.github.jianshi.core.Report)} gives the
 * {@link io.github.jianshi.core.ledger.LedgerEntry entries} of a report, one per measure, each with a
 * stable {@linkplain io.github.jianshi.core.ledger.LedgerIds entry id}; an entry carries an append-only
 * history of {@link io.github.jianshi.core.ProgressUpdate progress updates} and, at the end,
 * its {@link io.github.jianshi.core.Verification verification} (销号).
 * {@link io.github.jianshi.core.ledger.LedgerRules} checks entries against an explicit as-of date and
 * returns diagnostics with stable {@code ledger.*} codes. Nothing here reads the clock.
 */
@JianshiStyle
package io.github.jianshi.core.ledger;

import io.github.jianshi.core.JianshiStyle;
