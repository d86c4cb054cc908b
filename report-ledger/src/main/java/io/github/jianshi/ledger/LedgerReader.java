package io.github.jianshi.ledger;

/** Reads a ledger file of one format into rows. */
interface LedgerReader {
  /**
   * Reads a ledger. Never throws on bad content: a file that cannot be read gives a sheet that is not
   * usable, with its diagnostics.
   */
  LedgerSheet read(byte[] content, String name);
}
