package io.github.jianshi.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The roll-up workbook: a summary sheet, then (when given lines) the ledger sheet, streamed. */
final class RollUpXlsx {
  private RollUpXlsx() {}

  static void write(RollUp r, Iterator<LedgerLine> lines, OutputStream out, LedgerOptions options) throws IOException {
    StableZip.write(file -> write(r, lines, file, options.asOf()), out);
  }

  private static void write(RollUp r, Iterator<LedgerLine> lines, OutputStream out, java.util.Optional<java.time.LocalDate> asOf)
      throws IOException {
    Workbook wb = new Workbook(out, "Jianshi", "1.0");
    Worksheet ws = wb.newWorksheet("汇总");
    ws.width(0, 40);
    ws.width(1, 14);
    int[] row = {0};
    heading(ws, row[0]++, "整改情况汇总");
    for (Map.Entry<String, String> e : RollUpText.summary(r).entrySet()) {
      ws.value(row[0], 0, e.getKey());
      ws.value(row[0]++, 1, e.getValue());
    }
    row[0]++;
    heading(ws, row[0]++, "各检视点查摆问题");
    for (RollUp.CheckpointTally t : r.checkpoints()) {
      ws.value(row[0], 0, CellText.escape(t.title()));
      ws.value(row[0]++, 1, t.problems());
    }
    block(ws, row, "整改措施状态", r.byStatus());
    block(ws, row, "整改类型", r.byKind());
    block(ws, row, "各单位整改措施", r.byOrganization());
    block(ws, row, "各单位逾期措施", r.overdueByOrganization());
    block(ws, row, "责任人/单位", r.byOwner());
    ws.finish();
    if (lines.hasNext()) {
      XlsxLedgerWriter.writeSheet(wb, XlsxLedgerWriter.SHEET, lines, asOf);
    }
    wb.finish();
  }

  private static void heading(Worksheet ws, int row, String text) {
    ws.value(row, 0, text);
    ws.style(row, 0).bold().fillColor(XlsxLedgerWriter.HEADER_FILL).set();
  }

  private static void block(Worksheet ws, int[] row, String title, Map<String, Integer> counts) {
    row[0]++;
    heading(ws, row[0]++, title);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      ws.value(row[0], 0, CellText.escape(e.getKey()));
      ws.value(row[0]++, 1, e.getValue());
    }
  }
}
