package io.github.jianshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.ledger.LedgerEntry;
import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Verification;
import io.github.jianshi.core.ledger.LedgerRules;
import io.github.jianshi.core.ledger.LedgerView;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ValidatedReport;
import io.github.jianshi.core.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Read-back: a ledger edited in a spreadsheet is applied to the reports. The edits here are made in
 * code on the CSV; {@link LibreOfficeReadBackTest} applies files edited and saved by LibreOffice Calc.
 */
class ReadBackTest {

  static List<List<String>> rows(byte[] csv) {
    List<List<String>> out = new ArrayList<>();
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(new String(csv, StandardCharsets.UTF_8).substring(1))) {
      r.forEach(rec -> out.add(new ArrayList<>(rec.getFields())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static byte[] csv(List<List<String>> rows) {
    StringWriter w = new StringWriter();
    w.write('\uFEFF');
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(w)) {
      rows.forEach(csv::writeRecord);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  static int col(LedgerColumn c) {
    return c.ordinal();
  }

  private static ApplyResult edit(Consumer<List<List<String>>> edit) {
    List<List<String>> rows = rows(Fixtures.export(Fixtures.reports(), LedgerFormat.CSV, Fixtures.options()));
    edit.accept(rows);
    return Ledgers.apply(csv(rows), LedgerFormat.CSV, Fixtures.reports(), Fixtures.options());
  }

  private static List<String> codes(ApplyResult r) {
    return r.result().codes();
  }

  @ParameterizedTest
  @EnumSource(LedgerFormat.class)
  void applyingAnUnchangedExportChangesNothing(LedgerFormat format) {
    byte[] ledger = Fixtures.export(Fixtures.reports(), format, Fixtures.options());
    ApplyResult r = Ledgers.apply(ledger, format, Fixtures.reports(), Fixtures.options());
    assertThat(r.result().diagnostics()).isEmpty();
    assertThat(r.changed()).isEmpty();
    assertThat(r.appliedRows()).isZero();
    for (int i = 0; i < r.reports().size(); i++) {
      assertThat(r.reports().get(i)).isEqualTo(Fixtures.reports().get(i));
    }
  }

  @Test
  void theExportIsTheCommittedOne() throws IOException {
    // the LibreOffice files under src/test/resources/ledger were made from these two (see make-libreoffice-files.sh)
    for (LedgerFormat f : LedgerFormat.values()) {
      byte[] now = Fixtures.export(Fixtures.reports(), f, Fixtures.options());
      Path file = Path.of("src/test/resources/ledger/exported." + f.extension());
      // after regenerating (-Djianshi.updateGolden=true), rerun the script
      Golden.assertBytes(file, now);
    }
  }

  @Test
  void aChangedStatusBecomesAnUpdateDatedTheAsOfDate() {
    ApplyResult r = edit(rows -> rows.get(1).set(col(LedgerColumn.STATUS), "已完成"));
    assertThat(r.result().diagnostics()).isEmpty();
    assertThat(r.appliedRows()).isEqualTo(1);
    assertThat(r.changed()).containsExactly(0);
    assertThat(r.reports().get(0).measures().get(0).status()).contains(MeasureStatus.DONE);
    LedgerEntry e = r.entries().get(0);
    assertThat(e.history()).containsExactly(ProgressUpdate.builder().date(Fixtures.AS_OF).status(MeasureStatus.DONE).build());
  }

  @Test
  void aDeletedOrEditedProgressLineRefusesTheRowAndKeepsTheHistory() {
    ApplyResult first = edit(rows -> {
      rows.get(2).set(col(LedgerColumn.NOTE), "已起草议事规则修订稿");
      rows.get(2).set(col(LedgerColumn.NOTE_DATE), "2024-06-20");
      rows.get(2).set(col(LedgerColumn.STATUS), "整改中");
    });
    assertThat(first.result().diagnostics()).isEmpty();
    List<ProgressUpdate> had = first.entries().get(1).history();
    assertThat(had).hasSize(1);
    for (String cell : List.of("", "2024-06-21" + LedgerLine.BAR + "整改中" + LedgerLine.BAR + "已起草议事规则修订稿")) {
      ByteArrayOutputStream next = new ByteArrayOutputStream();
      first.writeLedger(LedgerFormat.CSV, next, Fixtures.options());
      List<List<String>> rows = rows(next.toByteArray());
      rows.get(2).set(col(LedgerColumn.HISTORY), cell);
      ApplyResult again = Ledgers.apply(csv(rows), LedgerFormat.CSV, first.reports(), Fixtures.options());
      assertThat(again.result().codes()).as(cell).containsExactly("ledger.row.history.rewritten");
      Diagnostic d = again.result().diagnostics().get(0);
      assertThat(d.line()).hasValue(3);
      assertThat(d.message(Locale.CHINA)).contains("第1条记录（2024-06-20" + LedgerLine.BAR + "整改中）").doesNotContain("history");
      assertThat(again.changed()).isEmpty();
      assertThat(again.entries().get(1).history()).isEqualTo(had);
      assertThat(again.reports().get(0).measures().get(1).history()).isEqualTo(had);
    }
  }

  /**
   * A row the report format cannot hold (a note over the schema's length, more progress updates than
   * the schema allows) is refused with the validator's own diagnostic placed at the row, and the
   * reports that are written stay readable; a fine row in the same report is applied.
   */
  @Test
  void aRowTheReportFormatCannotHoldIsRefusedAndTheReportStaysReadable() {
    int maxNote = schemaBound("note", "maxLength");
    int maxUpdates = schemaBound("history", "maxItems");
    StringBuilder history = new StringBuilder();
    for (int i = 0; i <= maxUpdates; i++) {
      history.append(i == 0 ? "" : "\n").append(LocalDate.of(2023, 6, 1).plusDays(i)).append(LedgerLine.BAR)
          .append("整改中").append(LedgerLine.BAR).append("第").append(i + 1).append("次");
    }
    ApplyResult r = edit(rows -> {
      rows.get(1).set(col(LedgerColumn.NOTE), "长".repeat(maxNote + 1));
      rows.get(1).set(col(LedgerColumn.NOTE_DATE), "2024-06-20");
      rows.get(2).set(col(LedgerColumn.HISTORY), history.toString());
      rows.get(2).set(col(LedgerColumn.STATUS), "整改中");
      rows.get(3).set(col(LedgerColumn.OWNER), "李四");
    });
    assertThat(r.result().codes()).containsExactly("ledger.row.format", "schema.maxLength", "ledger.row.format",
        "schema.maxItems");
    List<Diagnostic> d = r.result().diagnostics();
    assertThat(d).extracting(x -> x.line().orElse(0)).containsExactly(2, 2, 3, 3);
    assertThat(d.get(1).column()).hasValue(col(LedgerColumn.NOTE) + 1);
    assertThat(d.get(3).column()).hasValue(col(LedgerColumn.HISTORY) + 1);
    assertThat(d.get(0).message(Locale.CHINA)).startsWith("第2行：").contains("第1条整改措施").contains("本行未回填");
    assertThat(d.get(1).message(Locale.CHINA)).contains(String.valueOf(maxNote)).doesNotContain("/measures");
    assertThat(r.appliedRows()).isEqualTo(1);
    assertThat(r.reports().get(0).measures().subList(0, 2)).isEqualTo(Fixtures.reports().get(0).measures().subList(0, 2));
    assertThat(r.entries().get(2).owner()).contains("李四");
    for (Report written : r.reports()) {
      ValidatedReport back = ReportJson.read(ReportJson.writeBytes(written));
      assertThat(back.result().withSeverity(Severity.ERROR)).as("the written report reads back").isEmpty();
    }
  }

  /** A bound of the report schema, read from the schema (the one source of the number). */
  private static int schemaBound(String member, String keyword) {
    String schema = io.github.jianshi.model.JsonSchemas.reportSchema();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("\"" + member + "\"\\s*:\\s*\\{[^}]*?\"" + keyword + "\"\\s*:\\s*(\\d+)").matcher(schema);
    assertThat(m.find()).as("%s of %s in the schema", keyword, member).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void aProgressNoteWithADateTypedAsText() {
    ApplyResult r = edit(rows -> {
      rows.get(2).set(col(LedgerColumn.NOTE), "已起草议事规则修订稿");
      rows.get(2).set(col(LedgerColumn.NOTE_DATE), "2024年6月20日");
      rows.get(2).set(col(LedgerColumn.STATUS), "整改中");
      rows.get(2).set(col(LedgerColumn.EVIDENCE), "修订稿.docx；会议纪要");
      rows.get(2).set(col(LedgerColumn.REPORTER), "李四");
      rows.get(2).set(col(LedgerColumn.DUE), " 2024/10/31 ");
    });
    assertThat(r.result().diagnostics()).isEmpty();
    LedgerEntry e = r.entries().get(1);
    assertThat(e.due()).contains(LocalDate.of(2024, 10, 31));
    assertThat(e.history()).containsExactly(ProgressUpdate.builder().date(LocalDate.of(2024, 6, 20))
        .status(MeasureStatus.IN_PROGRESS).note("已起草议事规则修订稿").addEvidence("修订稿.docx", "会议纪要").by("李四").build());
    Report u = r.reports().get(0);
    assertThat(u.measures().get(1).status()).contains(MeasureStatus.IN_PROGRESS);
    assertThat(u.measures().get(1).due()).contains(LocalDate.of(2024, 10, 31));
    // the history is carried into the next round: export the entries, apply that, nothing changes
    ByteArrayOutputStream next = new ByteArrayOutputStream();
    r.writeLedger(LedgerFormat.CSV, next, Fixtures.options());
    ApplyResult again = Ledgers.apply(next.toByteArray(), LedgerFormat.CSV, r.reports(), Fixtures.options());
    assertThat(again.result().diagnostics()).isEmpty();
    assertThat(again.changed()).isEmpty();
    assertThat(again.entries().get(1).history()).isEqualTo(e.history());
  }

  @Test
  void aDateThatIsNoDateRefusesTheRow() {
    ApplyResult r = edit(rows -> {
      rows.get(1).set(col(LedgerColumn.DUE), "六月底");
      rows.get(1).set(col(LedgerColumn.OWNER), "综合科");
    });
    assertThat(codes(r)).containsExactly("ledger.row.date.invalid");
    Diagnostic d = r.result().diagnostics().get(0);
    assertThat(d.line()).hasValue(2);
    assertThat(d.column()).hasValue(col(LedgerColumn.DUE) + 1);
    assertThat(d.message(Locale.CHINA)).isEqualTo("第2行：“完成时限”列的“六月底”不是日期，本行未回填。");
    assertThat(r.changed()).isEmpty();
    assertThat(r.reports().get(0).measures().get(0).owner()).contains("办公室");
  }

  @Test
  void anIllegalTransitionRefusesTheRow() {
    ApplyResult r = edit(rows -> rows.get(3).set(col(LedgerColumn.STATUS), "未启动"));
    assertThat(codes(r)).containsExactly("ledger.status.transition");
    assertThat(r.result().diagnostics().get(0).line()).hasValue(4);
    assertThat(r.result().diagnostics().get(0).message(Locale.CHINA)).contains("第3条整改措施").contains("不能从“已完成”改为“未启动”");
    assertThat(r.changed()).isEmpty();
  }

  @Test
  void unknownValuesRefuseTheRow() {
    ApplyResult r = edit(rows -> rows.get(1).set(col(LedgerColumn.STATUS), "基本完成"));
    assertThat(codes(r)).containsExactly("ledger.row.value.invalid");
    assertThat(r.result().diagnostics().get(0).message(Locale.CHINA)).contains("未启动、整改中、已完成、已验收");
  }

  @Test
  void aDeletedRowIsReportedNotDropped() {
    ApplyResult r = edit(rows -> rows.remove(2));
    assertThat(codes(r)).containsExactly("ledger.entry.missing");
    assertThat(r.result().diagnostics().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(r.result().diagnostics().get(0).message(Locale.CHINA))
        .isEqualTo("《县司法局对照检视报告》（王某）第2条整改措施“完善制度。”在台账中没有对应的行，未更新。");
  }

  @Test
  void addedRowsDuplicatesAndUnknownIdsAreReported() {
    ApplyResult r = edit(rows -> {
      List<String> added = new ArrayList<>(rows.get(1));
      added.set(col(LedgerColumn.ENTRY_ID), "");
      added.set(col(LedgerColumn.HEADLINE), "新增措施");
      rows.add(added);
      List<String> duplicate = new ArrayList<>(rows.get(1));
      duplicate.set(col(LedgerColumn.STATUS), "已完成");
      rows.add(duplicate);
      List<String> unknown = new ArrayList<>(rows.get(1));
      unknown.set(col(LedgerColumn.ENTRY_ID), "2024-xz-007#M09");
      rows.add(unknown);
      rows.add(new ArrayList<>(List.of("", "", "")));
    });
    assertThat(codes(r)).containsExactly("ledger.row.id.missing", "ledger.row.id.duplicate", "ledger.row.id.unknown");
    int n = rows(Fixtures.export(Fixtures.reports(), LedgerFormat.CSV, Fixtures.options())).size();
    assertThat(r.result().diagnostics()).extracting(d -> d.line().getAsInt()).containsExactly(n + 1, n + 2, n + 3);
    assertThat(r.result().diagnostics().get(1).message(Locale.CHINA)).contains("已在第2行回填");
    assertThat(r.changed()).isEmpty();
  }

  @Test
  void reorderedColumnsAndAnExtraColumnAreFine() {
    ApplyResult r = edit(rows -> {
      for (List<String> row : rows) {
        String id = row.remove(0);
        row.add(id);
        java.util.Collections.swap(row, 3, 10);
        row.add(row == rows.get(0) ? "备注" : "x");
      }
      rows.get(1).set(col(LedgerColumn.STATUS) - 1, "已完成");
    });
    assertThat(codes(r)).containsExactly("ledger.column.unknown");
    assertThat(r.result().diagnostics().get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(r.reports().get(0).measures().get(0).status()).contains(MeasureStatus.DONE);
    assertThat(r.changed()).containsExactly(0);
  }

  @Test
  void verificationNeedsAVerifier() {
    ApplyResult none = edit(rows -> rows.get(3).set(col(LedgerColumn.STATUS), "已验收"));
    assertThat(codes(none)).containsExactly("ledger.verified.no-verifier");
    assertThat(none.changed()).isEmpty();
    ApplyResult ok = edit(rows -> {
      rows.get(3).set(col(LedgerColumn.STATUS), "已验收");
      rows.get(3).set(col(LedgerColumn.VERIFIER), "县委督查室");
      rows.get(3).set(col(LedgerColumn.VERIFIED_ON), "2024-06-28");
    });
    assertThat(ok.result().diagnostics()).isEmpty();
    LedgerEntry e = ok.entries().get(2);
    assertThat(e.verification().orElseThrow().by()).contains("县委督查室");
    assertThat(e.verification().orElseThrow().date()).isEqualTo(LocalDate.of(2024, 6, 28));
    assertThat(ok.reports().get(0).measures().get(2).status()).contains(MeasureStatus.VERIFIED);
  }

  /**
   * The progress notes and the verification reach the reports: export, edit (a progress note, a
   * verification), apply, write the reports as JSON, decode them, export again: the ledger is the one
   * edited, with the note moved into 进展记录, and nothing lives only in the ledger file.
   */
  @Test
  void progressAndVerificationSurviveTheReportsJson() {
    LedgerOptions options = Fixtures.options();
    List<List<String>> edited = rows(Fixtures.export(Fixtures.reports(), LedgerFormat.CSV, options));
    edited.get(1).set(col(LedgerColumn.NOTE), "已完成第一次集中学习");
    edited.get(1).set(col(LedgerColumn.NOTE_DATE), "2024-06-10");
    edited.get(1).set(col(LedgerColumn.EVIDENCE), "签到表；学习笔记");
    edited.get(1).set(col(LedgerColumn.REPORTER), "王某");
    edited.get(3).set(col(LedgerColumn.STATUS), "已验收");
    edited.get(3).set(col(LedgerColumn.VERIFIER), "县委督查室");
    edited.get(3).set(col(LedgerColumn.VERIFIED_ON), "2024-06-28");
    ApplyResult applied = Ledgers.apply(csv(edited), LedgerFormat.CSV, Fixtures.reports(), options);
    assertThat(applied.result().diagnostics()).isEmpty();
    assertThat(applied.changed()).containsExactly(0);

    // the reports as an application stores them: JSON, decoded again
    List<Report> decoded = new ArrayList<>();
    for (Report r : applied.reports()) {
      ValidatedReport v = options.validator().validate(ReportJson.writeBytes(r));
      assertThat(v.result().withSeverity(Severity.ERROR)).isEmpty();
      decoded.add(v.report().orElseThrow());
    }
    assertThat(decoded).isEqualTo(applied.reports());
    Measure first = decoded.get(0).measures().get(0);
    assertThat(first.history()).containsExactly(ProgressUpdate.builder().date(LocalDate.of(2024, 6, 10))
        .status(MeasureStatus.IN_PROGRESS).note("已完成第一次集中学习").addEvidence("签到表", "学习笔记").by("王某").build());
    Measure third = decoded.get(0).measures().get(2);
    assertThat(third.status()).contains(MeasureStatus.VERIFIED);
    assertThat(third.verification()).contains(Verification.of(LocalDate.of(2024, 6, 28), "县委督查室"));
    assertThat(LedgerRules.check(LedgerView.of(decoded.get(0)), Fixtures.AS_OF).codes())
        .doesNotContain("ledger.verified.no-verifier");

    byte[] again = Fixtures.export(decoded, LedgerFormat.CSV, options);
    ByteArrayOutputStream next = new ByteArrayOutputStream();
    applied.writeLedger(LedgerFormat.CSV, next, options);
    assertThat(again).isEqualTo(next.toByteArray());
    List<List<String>> exported = rows(again);
    assertThat(exported).hasSameSizeAs(edited);
    List<LedgerColumn> oneOff = List.of(LedgerColumn.NOTE, LedgerColumn.NOTE_DATE, LedgerColumn.EVIDENCE,
        LedgerColumn.REPORTER, LedgerColumn.HISTORY);
    assertThat(exported.get(0)).as("header").isEqualTo(edited.get(0));
    for (int i = 1; i < edited.size(); i++) {
      for (LedgerColumn c : LedgerColumn.values()) {
        if (!oneOff.contains(c)) {
          assertThat(exported.get(i).get(col(c))).as("row %d, %s", i, c.header()).isEqualTo(edited.get(i).get(col(c)));
        } else if (c != LedgerColumn.HISTORY) {
          assertThat(exported.get(i).get(col(c))).as("row %d, %s", i, c.header()).isEmpty();
        }
      }
    }
    assertThat(exported.get(1).get(col(LedgerColumn.HISTORY)))
        .isEqualTo("2024-06-10｜整改中｜已完成第一次集中学习｜佐证：签到表；学习笔记｜填报：王某");
    assertThat(exported.get(3).get(col(LedgerColumn.HISTORY))).isEqualTo(Fixtures.AS_OF + "｜已验收｜");

    // the next round starts from the reports alone: applying their export changes nothing
    ApplyResult second = Ledgers.apply(again, LedgerFormat.CSV, decoded, options);
    assertThat(second.result().diagnostics()).isEmpty();
    assertThat(second.changed()).isEmpty();
  }

  @Test
  void anUpdateAfterTheAsOfDateIsRefused() {
    ApplyResult r = edit(rows -> {
      rows.get(1).set(col(LedgerColumn.NOTE), "计划");
      rows.get(1).set(col(LedgerColumn.NOTE_DATE), "2024-07-15");
    });
    assertThat(codes(r)).containsExactly("ledger.date.after-as-of");
    assertThat(r.changed()).isEmpty();
  }

  @Test
  void withoutAsOfAnUndatedUpdateIsRefused() {
    List<List<String>> rows = rows(Fixtures.export(Fixtures.reports(), LedgerFormat.CSV, Fixtures.options()));
    rows.get(1).set(col(LedgerColumn.STATUS), "已完成");
    LedgerOptions noDate = LedgerOptions.builder().validator(Fixtures.options().validator()).build();
    ApplyResult r = Ledgers.apply(csv(rows), LedgerFormat.CSV, Fixtures.reports(), noDate);
    assertThat(codes(r)).containsExactly("ledger.row.date.missing");
  }

  @Test
  void brokenFilesGiveDiagnostics() {
    ApplyResult garbage = Ledgers.apply("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), LedgerFormat.XLSX,
        Fixtures.reports(), Fixtures.options());
    assertThat(codes(garbage)).containsExactly("ledger.file.unreadable");
    ApplyResult noId = Ledgers.apply("报告,整改状态\r\nx,已完成\r\n".getBytes(StandardCharsets.UTF_8), LedgerFormat.CSV,
        Fixtures.reports(), Fixtures.options());
    assertThat(codes(noId)).containsExactly("ledger.column.missing");
    ApplyResult empty = Ledgers.apply(new byte[0], LedgerFormat.CSV, Fixtures.reports(), Fixtures.options());
    assertThat(codes(empty)).containsExactly("ledger.file.empty");
    ApplyResult big = Ledgers.apply(new byte[100], LedgerFormat.CSV, Fixtures.reports(),
        LedgerOptions.builder().from(Fixtures.options()).maxLedgerBytes(10).build());
    assertThat(codes(big)).containsExactly("ledger.file.too-large");
    for (ApplyResult r : List.of(garbage, noId, empty, big)) {
      assertThat(r.changed()).isEmpty();
    }
  }

  @Test
  void aZipBombIsRefusedQuickly() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(bomb)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 600; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    ApplyResult r = Ledgers.apply(bomb.toByteArray(), LedgerFormat.XLSX, Fixtures.reports(), Fixtures.options());
    assertThat(codes(r)).containsExactly("ledger.file.unreadable");
    assertThat(r.result().diagnostics().get(0).message(Locale.ENGLISH)).contains("inflates to more than");
  }

  @Test
  void gb18030CsvFromChineseExcelIsRead() {
    List<List<String>> rows = rows(Fixtures.export(Fixtures.reports(), LedgerFormat.CSV, Fixtures.options()));
    rows.get(1).set(col(LedgerColumn.STATUS), "已完成");
    String text = new String(csv(rows), StandardCharsets.UTF_8).substring(1);
    ApplyResult r = Ledgers.apply(text.getBytes(java.nio.charset.Charset.forName("GB18030")), LedgerFormat.CSV,
        Fixtures.reports(), Fixtures.options());
    assertThat(codes(r)).containsExactly("ledger.file.encoding");
    assertThat(r.reports().get(0).measures().get(0).status()).contains(MeasureStatus.DONE);
  }
}
