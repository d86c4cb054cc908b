package io.github.jianshi.benchmarks;

import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ledger.LedgerEntry;
import io.github.jianshi.core.ledger.LedgerView;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The same ledger sheet as report-ledger's fastexcel writer, written with Apache POI's streaming
 * writer (SXSSF): styled frozen header, widths, date cells, status drop-down, overdue highlighting,
 * escaped text. Only for the benchmark that chose between the two.
 */
final class PoiLedgerWriter {
  private static final String[] HEADER = {"条目编号", "报告", "单位", "报告人", "报告日期", "序号", "对应问题", "整改措施",
      "措施内容", "责任人/单位", "完成时限", "整改类型", "整改状态", "进展记录", "本次进展", "进展日期", "佐证材料", "填报人",
      "验收日期", "验收人"};
  private static final int[] WIDTHS = {22, 24, 20, 10, 12, 6, 24, 24, 40, 14, 12, 10, 10, 40, 30, 12, 20, 10, 12, 10};

  private PoiLedgerWriter() {}

  static void write(List<Report> reports, LocalDate asOf, OutputStream out) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      SXSSFSheet sheet = wb.createSheet("整改台账");
      CellStyle header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setBorderBottom(BorderStyle.THIN);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      Row h = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        Cell cell = h.createCell(c);
        cell.setCellValue(HEADER[c]);
        cell.setCellStyle(header);
        sheet.setColumnWidth(c, (WIDTHS[c] * 2 + 2) * 256);
      }
      sheet.createFreezePane(0, 1);
      int r = 0;
      for (Report report : reports) {
        for (LedgerEntry e : LedgerView.of(report)) {
          Row row = sheet.createRow(++r);
          List<Object> values = new ArrayList<>(Arrays.asList(e.id(), e.source().title().orElse(null),
              e.source().organization().orElse(null), e.source().author().orElse(null), e.source().date().orElse(null),
              e.ordinal(), String.join("；", e.checkpoints()), e.headline().orElse(null), e.text(),
              e.owner().orElse(null), e.due().orElse(null), e.kind().map(MeasureKind::label).orElse(null),
              e.status().map(MeasureStatus::label).orElse(null)));
          for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof LocalDate d) {
              Cell cell = row.createCell(c);
              cell.setCellValue(d);
              cell.setCellStyle(date);
            } else if (v instanceof Integer i) {
              row.createCell(c).setCellValue(i);
            } else if (v != null) {
              String s = v.toString();
              row.createCell(c).setCellValue(!s.isEmpty() && "=+-@\t\r'".indexOf(s.charAt(0)) >= 0 ? "'" + s : s);
            }
          }
        }
      }
      int last = r + 200;
      DataValidationHelper dv = sheet.getDataValidationHelper();
      DataValidation status = dv.createValidation(dv.createExplicitListConstraint(new String[] {"未启动", "整改中", "已完成", "已验收"}),
          new CellRangeAddressList(1, last, 12, 12));
      status.setShowErrorBox(true);
      sheet.addValidationData(status);
      SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
      ConditionalFormattingRule rule = cf.createConditionalFormattingRule(String.format(java.util.Locale.ROOT,
          "AND(ISNUMBER($K2),$K2<DATE(%d,%d,%d),$M2<>\"已完成\",$M2<>\"已验收\")", asOf.getYear(), asOf.getMonthValue(),
          asOf.getDayOfMonth()));
      PatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
      cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, last, 0, HEADER.length - 1)}, rule);
      wb.write(out);
    }
  }
}
