package io.github.jianshi.ledger;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The CSV ledger: RFC 4180 (CRLF, quotes where needed) through FastCSV, UTF-8, optional byte-order mark. */
final class CsvLedgerWriter implements LedgerWriter {
  private final boolean bom;

  CsvLedgerWriter(boolean bom) {
    this.bom = bom;
  }

  @Override
  public void write(List<LedgerLine> lines, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
    if (bom) {
      w.write('\uFEFF');
    }
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).quoteStrategy(QuoteStrategies.REQUIRED)
        .build(w)) {
      List<String> header = new ArrayList<>();
      for (LedgerColumn c : LedgerColumn.values()) {
        header.add(c.header());
      }
      csv.writeRecord(header);
      for (LedgerLine line : lines) {
        List<String> record = new ArrayList<>();
        for (LedgerColumn c : LedgerColumn.values()) {
          record.add(CellText.escape(line.text(c)));
        }
        csv.writeRecord(record);
      }
    }
  }

  /** Lets the CSV writer close its writer without closing the caller's stream. */
  static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
