package io.github.jianshi.ledger;

import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.ConditionalFormattingExpressionRule;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The XLSX ledger, written with fastexcel: a styled, frozen Chinese header row; column widths fitted to
 * CJK text; dates as date cells; drop-downs of the four status labels and the three kinds (data
 * validation); overdue rows highlighted by a conditional format against the as-of date (or the
 * spreadsheet's {@code TODAY()} without one); the entry id in the first column. Every text is a string
 * cell (never a formula), escaped by {@link CellText}.
 */
final class XlsxLedgerWriter implements LedgerWriter {
  static final String SHEET = "整改台账";
  static final String HEADER_FILL = "DDEBF7";
  static final String OVERDUE_FILL = "FFC7CE";
  /** Rows below the data that still get the drop-downs and the highlighting, for rows users add. */
  private static final int SPARE_ROWS = 200;
  /** Rows per flush, and rows that column widths are fitted to. */
  static final int CHUNK = 1000;

  private final Optional<LocalDate> asOf;

  XlsxLedgerWriter(Optional<LocalDate> asOf) {
    this.asOf = asOf;
  }

  @Override
  public void write(List<LedgerLine> lines, OutputStream out) throws IOException {
    StableZip.write(file -> {
      Workbook wb = new Workbook(file, "Jianshi", "1.0");
      writeSheet(wb, SHEET, lines.iterator(), asOf);
      wb.finish();
    }, out);
  }

  /**
   * Writes the ledger sheet, streaming: column widths come from the header and the first
   * {@value #CHUNK} rows; rows are flushed every {@value #CHUNK}.
   */
  static void writeSheet(Workbook wb, String name, Iterator<LedgerLine> lines, Optional<LocalDate> asOf)
      throws IOException {
    Worksheet ws = wb.newWorksheet(name);
    LedgerColumn[] cols = LedgerColumn.values();
    List<LedgerLine> head = new ArrayList<>();
    while (head.size() < CHUNK && lines.hasNext()) {
      head.add(lines.next());
    }
    for (int c = 0; c < cols.length; c++) {
      ws.value(0, c, cols[c].header());
      int width = displayWidth(cols[c].header());
      for (LedgerLine line : head) {
        width = Math.max(width, cellWidth(line.value(cols[c])));
      }
      ws.width(c, Math.min(width, cols[c].cjkWidth() * 2) + 2);
    }
    ws.range(0, 0, 0, cols.length - 1).style().bold().fillColor(HEADER_FILL).horizontalAlignment("center")
        .verticalAlignment("center").wrapText(true).borderStyle(BorderStyle.THIN).set();
    ws.freezePane(0, 1);
    int r = 0;
    Iterator<LedgerLine> all = new Iterator<>() {
      private final Iterator<LedgerLine> first = head.iterator();

      @Override
      public boolean hasNext() {
        return first.hasNext() || lines.hasNext();
      }

      @Override
      public LedgerLine next() {
        return first.hasNext() ? first.next() : lines.next();
      }
    };
    while (all.hasNext()) {
      LedgerLine line = all.next();
      r++;
      for (int c = 0; c < cols.length; c++) {
        Object v = line.value(cols[c]);
        if (v instanceof LocalDate d) {
          ws.value(r, c, d);
          ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof Integer i) {
          ws.value(r, c, i);
        } else if (v != null) {
          ws.value(r, c, CellText.escape(v.toString()));
          if (cols[c] == LedgerColumn.TEXT || cols[c] == LedgerColumn.HISTORY) {
            ws.style(r, c).wrapText(true).verticalAlignment("top").set();
          }
        }
      }
      if (r % CHUNK == 0) {
        ws.flush();
      }
    }
    int last = r + SPARE_ROWS;
    int status = LedgerColumn.STATUS.ordinal();
    int kind = LedgerColumn.KIND.ordinal();
    ws.range(1, status, last, status).validateWithListByFormula(list(
        Arrays.stream(MeasureStatus.values()).map(MeasureStatus::label).toList()))
        .allowBlank(true).showDropdown(true).showErrorMessage(true).errorTitle("整改状态")
        .error("请从下拉列表中选择：未启动、整改中、已完成、已验收。");
    ws.range(1, kind, last, kind).validateWithListByFormula(list(
        Arrays.stream(MeasureKind.values()).map(MeasureKind::label).toList()))
        .allowBlank(true).showDropdown(true).showErrorMessage(true).errorTitle("整改类型")
        .error("请从下拉列表中选择：立行立改、限期整改、长期坚持。");
    ws.range(1, 0, last, cols.length - 1).style().fillColor(OVERDUE_FILL)
        .set(new ConditionalFormattingExpressionRule(xml(overdueFormula(asOf)), true));
  }

  /** The conditional-format rule of an overdue row, relative to the first data row (row 2). */
  static String overdueFormula(Optional<LocalDate> asOf) {
    String due = "$" + letter(LedgerColumn.DUE.ordinal()) + "2";
    String status = "$" + letter(LedgerColumn.STATUS.ordinal()) + "2";
    String day = asOf.map(d -> String.format(Locale.ROOT, "DATE(%d,%d,%d)", d.getYear(), d.getMonthValue(),
        d.getDayOfMonth())).orElse("TODAY()");
    return "AND(ISNUMBER(" + due + ")," + due + "<" + day + "," + status + "<>\"" + MeasureStatus.DONE.label()
        + "\"," + status + "<>\"" + MeasureStatus.VERIFIED.label() + "\")";
  }

  /** fastexcel writes the rule's formula into the XML as it is: escape it. */
  private static String xml(String formula) {
    return formula.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String letter(int column) {
    StringBuilder s = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int rem = (c - 1) % 26;
      s.insert(0, (char) ('A' + rem));
      c = (c - 1) / 26;
    }
    return s.toString();
  }

  private static String list(List<String> labels) {
    return labels.stream().collect(Collectors.joining(",", "\"", "\""));
  }

  private static int cellWidth(Object v) {
    if (v == null) {
      return 0;
    }
    if (v instanceof LocalDate) {
      return 10;
    }
    int max = 0;
    for (String line : v.toString().split("\n", -1)) {
      max = Math.max(max, displayWidth(line));
    }
    return max;
  }

  /** Width in Latin character units: CJK and other wide characters count two. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }
}
