package io.github.jianshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.model.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roll-up of a corpus small enough to count by hand: three valid reports (the county report,
 * the tracked-measures sample, the real report), one NDJSON line that fails the schema and one file
 * that is not JSON.
 */
class RollUpTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void corpus() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve("c"));
    Files.writeString(dir.resolve("a/county.json"), ReportJson.write(Fixtures.county()));
    Files.write(dir.resolve("a/real.json"), Fixtures.resource("real-report.json"));
    String tracked = ReportJson.write(SampleReports.trackedMeasures()).replaceAll("\n\\s*", "");
    Files.writeString(dir.resolve("b/more.ndjson"), tracked + "\n\n{\"schemaVersion\": 1}\n");
    Files.writeString(dir.resolve("c/broken.json"), "{not json");
    Files.writeString(dir.resolve("c/notes.txt"), "not a report");
  }

  private static RollUp rollUp(int threads) {
    return Ledgers.rollUp(List.of(dir), Fixtures.options(), threads);
  }

  @Test
  void countsByHand() {
    RollUp r = rollUp(1);
    assertThat(r.reports()).isEqualTo(5);
    assertThat(r.decoded()).isEqualTo(3);
    assertThat(r.failedCount()).isEqualTo(2);
    assertThat(r.failed()).extracting(f -> dir.relativize(Path.of(f.source().replaceAll(":\\d+$", ""))).toString()
        + f.source().replaceAll("^.*?(:\\d+)?$", "$1"))
        .containsExactly("b/more.ndjson:3", "c/broken.json");
    assertThat(r.failed()).allSatisfy(f -> assertThat(f.diagnostics()).isNotEmpty());
    assertThat(r.measures()).isEqualTo(9);
    assertThat(r.byStatus()).containsExactly(Map.entry("未启动", 4), Map.entry("整改中", 2), Map.entry("已完成", 2),
        Map.entry("已验收", 1));
    assertThat(r.byKind()).containsExactly(Map.entry("立行立改", 2), Map.entry("限期整改", 3), Map.entry("长期坚持", 1),
        Map.entry("未填写", 3));
    assertThat(r.byOrganization()).containsExactly(Map.entry("未填写", 3), Map.entry("某某县司法局", 3),
        Map.entry("某某县市场监督管理局", 3));
    assertThat(r.byOwner()).containsExactly(Map.entry("未填写", 3), Map.entry("办公室", 2), Map.entry("各分管领导", 1),
        Map.entry("局办公室", 1), Map.entry("张某某", 1), Map.entry("法规科", 1));
    assertThat(r.completionRate()).isEqualTo(3.0 / 9);
    assertThat(r.overdue()).isEqualTo(1);
    assertThat(r.overdueByOrganization()).containsExactly(Map.entry("某某县司法局", 1));
    RollUp.OverdueItem o = r.overdueItems().get(0);
    assertThat(o.summary()).isEqualTo("加强学习。");
    assertThat(o.daysOverdue()).isEqualTo(30);
    // per checkpoint: the nine points (study answered twice), then the six of the life meeting
    assertThat(r.checkpoints()).hasSize(15);
    RollUp.CheckpointTally study = r.checkpoints().get(0);
    assertThat(study.checkpoint()).isEqualTo("study");
    assertThat(study.verdicts()).containsExactly(Map.entry("存在问题", 2), Map.entry("不存在，但有不足", 0),
        Map.entry("不存在", 0), Map.entry("不适用", 0));
    assertThat(r.checkpoints()).extracting(RollUp.CheckpointTally::problems)
        .containsExactly(2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    assertThat(r.checkpoints().get(4).verdicts().get("不存在，但有不足")).isEqualTo(1);
    assertThat(r.checkpoints().get(9).checklist()).isEqualTo("life-meeting-six");
  }

  @Test
  void parallelDecodingGivesTheSameRollUp() {
    assertThat(rollUp(2)).isEqualTo(rollUp(1));
    assertThat(rollUp(3)).isEqualTo(rollUp(1));
  }

  /**
   * Enough documents for many chunks on the pool (and more failed reports and overdue measures than
   * are listed): the merge in read order gives what one thread gives, lists and bounds included.
   */
  @Test
  void manyChunksMergeToWhatOneThreadCounts(@TempDir Path other) throws IOException {
    String county = ReportJson.write(Fixtures.county()).replaceAll("\n\\s*", "");
    String tracked = ReportJson.write(SampleReports.trackedMeasures()).replaceAll("\n\\s*", "");
    StringBuilder s = new StringBuilder();
    int lines = 2 * (RollUp.MAX_LISTED + 150);
    for (int i = 0; i < lines; i++) {
      if (i == 1501) {
        s.append(tracked); // the second checklist, first met in a late chunk
      } else if (i % 2 == 1) {
        s.append("{not json ").append(i).append('}');
      } else {
        // a report of its own, its first measure overdue by 30 to 78 days
        s.append(county.replace("2024-xz-007", "2024-xz-" + i)
            .replace("2024-05-31", java.time.LocalDate.of(2024, 5, 31).minusDays(i % 50).toString()));
      }
      s.append(i % 3 == 0 ? "\r\n" : "\n");
    }
    Path f = other.resolve("many.ndjson");
    Files.writeString(f, s);
    RollUp one = Ledgers.rollUp(List.of(f), Fixtures.options(), 1);
    assertThat(one.reports()).isEqualTo(lines);
    assertThat(one.decoded()).isEqualTo(lines / 2 + 1);
    assertThat(one.failedCount()).isEqualTo(lines / 2 - 1);
    assertThat(one.failed()).hasSize(RollUp.MAX_LISTED);
    assertThat(one.failed().get(0).source()).endsWith(":2");
    assertThat(one.failed().get(RollUp.MAX_LISTED - 1).source()).endsWith(":2002"); // line 1502 holds a report
    assertThat(one.overdue()).isEqualTo(lines / 2);
    assertThat(one.overdueItems()).hasSize(RollUp.MAX_LISTED);
    assertThat(one.overdueItems().get(0).daysOverdue()).isEqualTo(78); // i % 50 of an even i is at most 48
    // the 1 000 most overdue of all 1 150, most overdue first
    List<Long> days = new ArrayList<>();
    for (int i = 0; i < lines; i += 2) {
      days.add(30L + i % 50);
    }
    days.sort(Comparator.reverseOrder());
    assertThat(one.overdueItems()).extracting(RollUp.OverdueItem::daysOverdue)
        .containsExactlyElementsOf(days.subList(0, RollUp.MAX_LISTED));
    assertThat(one.checkpoints()).extracting(RollUp.CheckpointTally::checklist).containsOnly(io.github.jianshi.core.Checklists.NINE_POINT_ID,
        "life-meeting-six");
    assertThat(one.checkpoints().get(one.checkpoints().size() - 1).checklist()).isEqualTo("life-meeting-six");
    assertThat(Ledgers.rollUp(List.of(f), Fixtures.options(), 2)).isEqualTo(one);
    assertThat(Ledgers.rollUp(List.of(f), Fixtures.options(), 3)).isEqualTo(one);
  }

  @Test
  void reportsAsValues() {
    RollUp r = Ledgers.rollUp(Fixtures.reports().stream(), Fixtures.options());
    assertThat(r.reports()).isEqualTo(3);
    assertThat(r.measures()).isEqualTo(9);
    assertThat(r.overdue()).isEqualTo(1);
  }

  @Test
  void withoutAsOfNothingIsOverdue() {
    RollUp r = Ledgers.rollUp(List.of(dir), LedgerOptions.builder().validator(Fixtures.options().validator()).build(), 1);
    assertThat(r.overdue()).isZero();
    assertThat(r.overdueItems()).isEmpty();
  }

  private static String text(RollUp r, RollUpFormat f) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.write(f, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void json() {
    String json = text(rollUp(1), RollUpFormat.JSON);
    assertThat(json).startsWith("{\n  \"asOf\": \"2024-06-30\",\n  \"reports\": 5,\n  \"decoded\": 3,\n  \"failedCount\": 2,\n"
        + "  \"measures\": 9,\n  \"completionRate\": 0.3333,\n  \"overdue\": 1,\n").endsWith("}\n");
    assertThat(json).contains("\"byStatus\": {\n    \"未启动\": 4,\n    \"整改中\": 2,\n    \"已完成\": 2,\n    \"已验收\": 1\n  }");
    assertThat(json).contains("\"daysOverdue\": 30");
  }

  @Test
  void markdown() {
    String md = text(rollUp(1), RollUpFormat.MARKDOWN);
    assertThat(md).contains("- 完成率：33.3%\n");
    assertThat(md).contains("| 清单 | 检视点 | 查摆问题 | 存在问题 | 不存在，但有不足 | 不存在 | 不适用 |\n|---|---|---:|---:|---:|---:|---:|\n");
    assertThat(md).contains("| rule-of-law-business-environment-nine-whethers | 在学深悟透习近平总书记关于法治化营商环境重要论述精神、及时更新思想观念方面 | 2 | 2 | 0 | 0 | 0 |\n");
    assertThat(md).contains("| 已验收 | 1 |\n");
    assertThat(md).contains("## 未通过校验的报告");
  }

  @Test
  void htmlWithInlineSvgAndNoScript() {
    String html = text(rollUp(1), RollUpFormat.HTML);
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContainIgnoringCase("<script").contains("@media print");
    assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"").contains("<title>各检视点查摆问题数</title>")
        .contains("<title>整改措施状态</title>");
    // the longest bar (study, 2 problems) is the full 360 px, the others half of it
    assertThat(html).contains("width=\"360\" height=\"16\" fill=\"#c0504d\"").contains("width=\"180\" height=\"16\" fill=\"#c0504d\"");
    assertThat(html.split("<svg", -1)).hasSize(3);
  }

  @Test
  void xlsxSummaryAndLedger() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RollUp r = Ledgers.rollUpXlsx(List.of(dir), out, Fixtures.options());
    assertThat(r.measures()).isEqualTo(9);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("汇总");
      assertThat(wb.getSheetName(1)).isEqualTo("整改台账");
      Sheet summary = wb.getSheetAt(0);
      assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("整改情况汇总");
      assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("整改措施数");
      assertThat(summary.getRow(4).getCell(1).getStringCellValue()).isEqualTo("9");
      assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(9);
      for (Sheet s : wb) {
        for (Row row : s) {
          for (Cell c : row) {
            assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    Ledgers.rollUpXlsx(List.of(dir), again, Fixtures.options());
    assertThat(again.toByteArray()).as("deterministic").isEqualTo(out.toByteArray());
  }

  @Test
  void oversizedDocumentsAreCountedAsFailedWithoutBeingRead(@TempDir Path other) throws IOException {
    String tracked = ReportJson.write(SampleReports.trackedMeasures()).replaceAll("\n\\s*", "");
    Files.writeString(other.resolve("big.ndjson"), tracked + "\n" + "x".repeat(50_000) + "\n" + tracked + "\n");
    Files.write(other.resolve("real.json"), Fixtures.resource("real-report.json"));
    LedgerOptions small = LedgerOptions.builder().from(Fixtures.options())
        .validator(io.github.jianshi.model.ReportValidator.builder().registry(SampleReports.registry())
            .limits(io.github.jianshi.model.Limits.builder().maxDocumentBytes(10_000).build()).build())
        .build();
    RollUp r = Ledgers.rollUp(List.of(other), small, 2);
    assertThat(r.reports()).isEqualTo(4);
    assertThat(r.decoded()).isEqualTo(2);
    assertThat(r.failed()).extracting(f -> f.diagnostics().get(0).code())
        .containsExactly("ledger.source.unreadable", "ledger.source.unreadable");
    assertThat(r.failed().get(0).diagnostics().get(0).message(java.util.Locale.ENGLISH)).contains("line longer than 10000");
  }

  /**
   * A reader that fails part-way (an I/O error the sources could not turn into a document) fails the
   * parallel roll-up with that error, on whichever thread met it, and no thread is left waiting.
   */
  @Test
  void aFailingReaderFailsTheParallelRollUpWithoutHanging() {
    byte[] county = ReportJson.write(Fixtures.county()).getBytes(StandardCharsets.UTF_8);
    AtomicInteger read = new AtomicInteger();
    Stream<ReportSources.Raw> raw = Stream.generate(() -> {
      if (read.incrementAndGet() == 300) {
        throw new UncheckedIOException(new IOException("disk gone"));
      }
      return new ReportSources.Raw("#" + read.get(), county, null);
    }).limit(1_000);
    assertThatThrownBy(() -> RollUps.of(raw, Fixtures.options(), 3))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
  }
}
