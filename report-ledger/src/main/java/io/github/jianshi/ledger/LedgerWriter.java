package io.github.jianshi.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes ledger rows in one file format. */
interface LedgerWriter {
  void write(List<LedgerLine> lines, OutputStream out) throws IOException;
}
