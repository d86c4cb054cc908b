package io.github.jianshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.ledger.LedgerView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportTest {

  @Test
  void csvIsRfc4180Utf8WithAByteOrderMarkByDefault() {
    byte[] csv = Fixtures.export(Fixtures.reports(), LedgerFormat.CSV, Fixtures.options());
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo("条目编号,报告,单位,报告人,报告日期,序号,对应问题,整改措施,措施内容,责任人/单位,完成时限,"
        + "整改类型,整改状态,进展记录,本次进展,进展日期,佐证材料,填报人,验收日期,验收人");
    assertThat(lines[1]).startsWith("2024-xz-007#M01,县司法局对照检视报告,某某县司法局,王某,2024-03-01,1,")
        .contains(",加强学习。,每月集中学习一次。,办公室,2024-05-31,限期整改,整改中,");
    assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
    int rows = Fixtures.reports().stream().mapToInt(r -> r.measures().size()).sum();
    assertThat(lines).hasSize(rows + 2);

    LedgerOptions noBom = LedgerOptions.builder().from(Fixtures.options()).byteOrderMark(false).build();
    byte[] plain = Fixtures.export(Fixtures.reports(), LedgerFormat.CSV, noBom);
    assertThat(plain[0]).isEqualTo("条".getBytes(StandardCharsets.UTF_8)[0]);
    assertThat(Arrays.copyOfRange(csv, 3, csv.length)).isEqualTo(plain);
  }

  @Test
  void csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
    Report r = Fixtures.county();
    Report edited = Report.builder().from(r).title("标题,含\"引号\"\n第二行").build();
    String text = new String(Fixtures.export(List.of(edited), LedgerFormat.CSV, Fixtures.options()), StandardCharsets.UTF_8);
    assertThat(text).contains(",\"标题,含\"\"引号\"\"第二行\",");
  }

  @Test
  void exportIsDeterministic() {
    for (LedgerFormat f : LedgerFormat.values()) {
      assertThat(Fixtures.export(Fixtures.reports(), f, Fixtures.options()))
          .isEqualTo(Fixtures.export(Fixtures.reports(), f, Fixtures.options()));
    }
  }

  @Test
  void xlsxHasTheSheetTheIssueAsksFor() throws Exception {
    byte[] xlsx = Fixtures.export(Fixtures.reports(), LedgerFormat.XLSX, Fixtures.options());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = wb.getSheet("整改台账");
      assertThat(sheet).isNotNull();
      // styled, frozen Chinese header row
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("条目编号");
      assertThat(header.getCell(12).getStringCellValue()).isEqualTo("整改状态");
      XSSFCellStyle style = (XSSFCellStyle) header.getCell(0).getCellStyle();
      assertThat(style.getFont().getBold()).isTrue();
      assertThat(style.getFillForegroundXSSFColor().getARGBHex()).endsWith(XlsxLedgerWriter.HEADER_FILL);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      // entry ids in the first column
      List<String> ids = LedgerView.of(Fixtures.county()).stream().map(e -> e.id()).toList();
      for (int i = 0; i < ids.size(); i++) {
        assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(ids.get(i));
      }
      // column widths fit CJK text: 措施内容 is wider than 序号, and wide enough for its header
      int charWidth = 256;
      assertThat(sheet.getColumnWidth(8)).isGreaterThan(sheet.getColumnWidth(5));
      assertThat(sheet.getColumnWidth(9)).isGreaterThanOrEqualTo(XlsxLedgerWriter.displayWidth("责任人/单位") * charWidth);
      // dates are date cells
      Cell due = sheet.getRow(1).getCell(10);
      assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
      assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2024, 5, 31));
      // the status drop-down
      DataValidation status = sheet.getDataValidations().stream()
          .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(a -> a.getFirstColumn() == 12))
          .findFirst().orElseThrow();
      assertThat(status.getValidationConstraint().getExplicitListValues()).containsExactly("未启动", "整改中", "已完成", "已验收");
      assertThat(status.getShowErrorBox()).isTrue();
      // overdue rows highlighted by a conditional format against the as-of date
      var cf = sheet.getSheetConditionalFormatting();
      assertThat(cf.getNumConditionalFormattings()).isEqualTo(1);
      var formatting = cf.getConditionalFormattingAt(0);
      CellRangeAddress range = formatting.getFormattingRanges()[0];
      assertThat(range.getFirstRow()).isEqualTo(1);
      assertThat(range.getLastColumn()).isEqualTo(LedgerColumn.values().length - 1);
      String formula = formatting.getRule(0).getFormula1();
      assertThat(formula).isEqualTo("AND(ISNUMBER($K2),$K2<DATE(2024,6,30),$M2<>\"已完成\",$M2<>\"已验收\")");
      assertThat(formatting.getRule(0).getPatternFormatting().getFillBackgroundColorColor()).isNotNull();
    }
  }

  @Test
  void withoutAnAsOfDateTheHighlightingUsesTheSpreadsheetsToday() {
    assertThat(XlsxLedgerWriter.overdueFormula(java.util.Optional.empty())).contains("$K2<TODAY()");
    assertThat(XlsxLedgerWriter.letter(0)).isEqualTo("A");
    assertThat(XlsxLedgerWriter.letter(26)).isEqualTo("AA");
  }
}
