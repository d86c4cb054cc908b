package io.github.jianshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Report;
import io.github.jianshi.model.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class LedgerAndStatsCommandTest {
  @TempDir
  Path dir;

  private int measures() {
    return ReportJson.read(Fixtures.realReport()).report().orElseThrow().measures().size();
  }

  private Path reports() {
    Fixtures.write(dir, "reports/a.json", Fixtures.realReport());
    Fixtures.write(dir, "reports/b.json", Fixtures.realReportSigned());
    return dir.resolve("reports");
  }

  @Test
  void theLedgerIsWrittenAsCsvOrXlsxWithOneRowPerMeasure() throws IOException {
    Path reports = reports();
    Path csv = dir.resolve("ledger.csv");
    Cli.Result r = Cli.run("ledger", "-o", csv.toString(), "--as-of", "2024-06-30", reports.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF条目编号,");
    assertThat(text.split("\r\n")).hasSize(1 + 2 * measures());
    Path noBom = dir.resolve("ledger2.csv");
    assertThat(Cli.run("ledger", "--to", "csv", "--no-bom", "-o", noBom.toString(), reports.toString()).exitCode())
        .isZero();
    assertThat(Files.readString(noBom)).startsWith("条目编号,");

    Path xlsx = dir.resolve("ledger.xlsx");
    assertThat(Cli.run("ledger", "--to", "xlsx", "-o", xlsx.toString(), reports.toString()).exitCode()).isZero();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheet("整改台账").getLastRowNum()).isEqualTo(2 * measures());
    }
  }

  @Test
  void undecodableReportsAreLeftOutAndReportedAndUsageErrorsExitTwo() throws IOException {
    Path reports = reports();
    Fixtures.write(dir, "reports/c.json", Fixtures.broken());
    Path csv = dir.resolve("ledger.csv");
    Cli.Result r = Cli.run("ledger", "-o", csv.toString(), reports.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("[ledger.source.invalid]").contains("c.json");
    assertThat(Files.readString(csv).split("\r\n")).hasSize(1 + 2 * measures());

    assertThat(Cli.run("ledger", "-o", csv.toString(), dir.resolve("missing").toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("ledger", "-o", dir.resolve("ledger.pdf").toString(), reports.toString()).exitCode())
        .isEqualTo(2);
    assertThat(Cli.run("ledger", reports.toString()).exitCode()).isEqualTo(2);
    Cli.Result badDate = Cli.run("ledger", "-o", csv.toString(), "--as-of", "2024-13-01", reports.toString());
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.err()).contains("not a date yyyy-MM-dd");
  }

  @Test
  void anEditedLedgerIsAppliedAndTheUpdatedReportsWrittenToAFolder() throws IOException {
    Path reports = reports();
    Path xlsx = dir.resolve("ledger.xlsx");
    assertThat(Cli.run("ledger", "-o", xlsx.toString(), reports.toString()).exitCode()).isZero();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet("整改台账");
      Row header = sheet.getRow(0);
      int status = -1;
      for (Cell c : header) {
        if (c.getStringCellValue().equals("整改状态")) {
          status = c.getColumnIndex();
        }
      }
      assertThat(status).isNotNegative();
      Row first = sheet.getRow(1);
      (first.getCell(status) == null ? first.createCell(status) : first.getCell(status))
          .setCellValue(MeasureStatus.DONE.label());
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
    Path outdir = dir.resolve("updated");
    Path next = dir.resolve("next.csv");
    Cli.Result r = Cli.run("ledger", "apply", "-o", outdir.toString(), "--as-of", "2024-07-01", "--ledger-out",
        next.toString(), xlsx.toString(), reports.resolve("a.json").toString(), reports.resolve("b.json").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("1 of 2 reports changed");
    Report a = ReportJson.read(Files.readAllBytes(outdir.resolve("a.json"))).report().orElseThrow();
    assertThat(a.measures().get(0).status()).contains(MeasureStatus.DONE);
    assertThat(Files.readString(outdir.resolve("b.json"))).isEqualTo(Fixtures.realReportSignedCanonical());
    assertThat(Files.readString(next)).contains("已完成");
    // the reports written carry the progress history: their export is the next round's ledger
    assertThat(a.measures().get(0).history()).containsExactly(ProgressUpdate.builder().date(LocalDate.of(2024, 7, 1))
        .status(MeasureStatus.DONE).build());
    Path again = dir.resolve("again.csv");
    assertThat(Cli.run("ledger", "-o", again.toString(), "--as-of", "2024-07-01", outdir.resolve("a.json").toString(),
        outdir.resolve("b.json").toString()).exitCode()).isZero();
    assertThat(Files.readString(again)).isEqualTo(Files.readString(next));

    Cli.Result overInputs = Cli.run("ledger", "apply", "-o", reports.toString(), xlsx.toString(),
        reports.resolve("a.json").toString());
    assertThat(overInputs.exitCode()).isEqualTo(2);
    assertThat(overInputs.err()).contains("is one of the inputs");
    assertThat(Files.readString(reports.resolve("a.json"))).isEqualTo(Fixtures.realReport());
  }

  @Test
  void statsRollUpReportsInEveryFormat() throws IOException {
    Path reports = reports();
    Cli.Result md = Cli.run("stats", "--as-of", "2024-06-30", reports.toString());
    assertThat(md.exitCode()).as(md.err()).isZero();
    assertThat(md.out()).contains("|");
    assertThat(md.err()).contains("2 reports: 2 decoded, 0 failed; " + 2 * measures() + " measures.");
    JsonNode json = CliJson.read(Cli.run("stats", "--format", "json", reports.toString()).out());
    assertThat(json.get("reports").asInt()).isEqualTo(2);
    assertThat(json.get("measures").asInt()).isEqualTo(2 * measures());
    assertThat(Cli.run("stats", "--format", "html", reports.toString()).out()).contains("<svg");
    Path xlsx = dir.resolve("stats.xlsx");
    assertThat(Cli.run("stats", "-o", xlsx.toString(), reports.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');

    Fixtures.write(dir, "reports/c.json", Fixtures.broken());
    Cli.Result failed = Cli.zh("stats", "--format", "json", reports.toString());
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err()).contains("无法解析").contains("c.json");
  }
}
