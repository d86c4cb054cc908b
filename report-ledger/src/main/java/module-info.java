/**
 * The rectification ledger (整改台账) as CSV and XLSX files, and the roll-up of many reports.
 *
 * <p>FastCSV ({@code de.siegmar.fastcsv}), fastexcel ({@code org.dhatim.fastexcel},
 * {@code org.dhatim.fastexcel.reader}) and Jackson's streaming core are used inside and are not part
 * of the API.
 */
@SuppressWarnings("requires-automatic") // org.immutables.value.annotations
module io.github.jianshi.ledger {
  requires transitive io.github.jianshi.core;
  requires transitive io.github.jianshi.model; // LedgerOptions#validator()
  // Immutables annotations: compile time only (not transitive, so consumers never need them).
  requires static org.immutables.value.annotations;
  requires tools.jackson.core;
  requires de.siegmar.fastcsv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;

  exports io.github.jianshi.ledger;
}
