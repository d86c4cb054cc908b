package io.github.jianshi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.ledger.MeasureTableText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 整改清单 table of a Word source read back into the measures; other tables kept as text. */
class MeasureTableTest {
  private static final ReportImporter IMPORTER = ReportImporter.defaults();
  private static final List<String> BODY = List.of("关于学习的个人对照检查材料", "一、存在的主要问题", "（一）在学习方面",
      "学习不够深入。", "二、整改措施", "一是加强学习。每周学习一次。", "二是改进作风。深入基层调研。", "2024年1月5日");

  /** The body, then 附件, 整改清单 and a table with the given rows (the first is the heading row). */
  private static SourceDocument doc(List<List<String>> rows, boolean appendixLabels) {
    SourceDocument.Builder b = SourceDocument.builder().format("docx");
    int n = 0;
    for (String t : BODY) {
      b.addParagraphs(SourceParagraph.builder().text(t).paragraph(++n).build());
    }
    if (appendixLabels) {
      b.addParagraphs(SourceParagraph.builder().text("附件").paragraph(++n).build());
      b.addParagraphs(SourceParagraph.builder().text(MeasureTableText.TITLE).paragraph(++n).build());
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        b.addParagraphs(SourceParagraph.builder().text(rows.get(r).get(c)).paragraph(++n)
            .origin(SourceParagraph.Origin.TABLE).tableCell(new SourceParagraph.TableCell(0, r, c)).build());
      }
    }
    return b.build();
  }

  private static List<List<String>> table(List<List<String>> rows) {
    List<List<String>> out = new ArrayList<>();
    out.add(MeasureTableText.HEADER);
    out.addAll(rows);
    return out;
  }

  private static List<String> codes(ImportResult r) {
    return r.diagnostics().diagnostics().stream().map(Diagnostic::code).filter(c -> c.startsWith("import.table."))
        .toList();
  }

  @Test
  void rowsGiveOwnerDeadlineKindStatusAndProblems() {
    ImportResult result = IMPORTER.importDocument(doc(table(List.of(
        List.of("1", "在学习方面", "加强学习。", "张三", "长期坚持，2024年6月30日", "整改中"),
        List.of("2", "", "改进作风。", "", "立行立改", ""))), true));
    Report r = result.report().orElseThrow();
    Measure first = r.measures().get(0);
    assertEquals(Optional.of("张三"), first.owner());
    assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), first.due());
    assertEquals(Optional.of(MeasureKind.LONG_TERM), first.kind());
    assertEquals(Optional.of(MeasureStatus.IN_PROGRESS), first.status());
    assertEquals(List.of(r.findings().get(0).checkpoint()), first.checkpoints());
    Measure second = r.measures().get(1);
    assertEquals(Optional.empty(), second.owner());
    assertEquals(Optional.empty(), second.due());
    assertEquals(Optional.of(MeasureKind.IMMEDIATE), second.kind());
    assertEquals(Optional.empty(), second.status());
    assertEquals(List.of(), second.checkpoints());
    // the appendix is not read as text: the signature date stays the last line, no measure grows
    assertEquals(Optional.of(LocalDate.of(2024, 1, 5)), r.date());
    assertEquals(List.of(), second.moreParagraphs());
    assertEquals(List.of("import.table.measures"), codes(result));
    Diagnostic d = result.diagnostics().diagnostics().stream().filter(x -> x.code().equals("import.table.measures"))
        .findFirst().orElseThrow();
    assertEquals(Severity.INFO, d.severity());
    assertEquals(11, d.paragraph().getAsInt());
    assertTrue(d.message(Locale.CHINA).contains("共 2 行，其中 2 行"), d.message(Locale.CHINA));
  }

  @Test
  void anUnreadableDeadlineOrStatusIsReportedWithItsText() {
    ImportResult result = IMPORTER.importDocument(doc(table(List.of(
        List.of("1", "在学习方面", "加强学习。", "张三", "2024年13月1日", "办理中"),
        List.of("2", "", "改进作风。", "李四", "年底前", "已完成"))), false));
    Report r = result.report().orElseThrow();
    assertEquals(Optional.of("张三"), r.measures().get(0).owner());
    assertEquals(Optional.empty(), r.measures().get(0).due());
    assertEquals(Optional.empty(), r.measures().get(0).status());
    assertEquals(Optional.of(MeasureStatus.DONE), r.measures().get(1).status());
    assertEquals(List.of("import.table.deadline-invalid", "import.table.status-unknown",
        "import.table.deadline-invalid", "import.table.measures"), codes(result));
    List<Diagnostic> ds = result.diagnostics().diagnostics();
    Diagnostic date = ds.stream().filter(x -> x.code().equals("import.table.deadline-invalid")).findFirst().orElseThrow();
    assertEquals(List.of("1", "2024年13月1日"), date.arguments());
    assertEquals("/measures/0/due", date.pointer());
    assertEquals(Severity.WARNING, date.severity());
    assertTrue(date.message(Locale.CHINA).contains("“2024年13月1日”"), date.message(Locale.CHINA));
    Diagnostic status = ds.stream().filter(x -> x.code().equals("import.table.status-unknown")).findFirst().orElseThrow();
    assertEquals(List.of("1", "办理中"), status.arguments());
  }

  @Test
  void rowsThatDoNotMatchAMeasureStayInTheText() {
    ImportResult result = IMPORTER.importDocument(doc(table(List.of(
        List.of("1", "在学习方面", "加强学习。", "张三", "", "整改中"),
        List.of("2", "", "另一条措施。", "李四", "", ""),
        List.of("3", "", "多出的一行。", "王五", "", ""),
        List.of("1", "在学习方面", "加强学习。", "", "", "", "多出的一格"))), true));
    Report r = result.report().orElseThrow();
    assertEquals(Optional.of("张三"), r.measures().get(0).owner());
    assertEquals(Optional.of(MeasureStatus.IN_PROGRESS), r.measures().get(0).status());
    assertEquals(Optional.empty(), r.measures().get(1).owner());
    assertEquals(List.of("import.table.row-unmatched", "import.table.row-unmatched", "import.table.row-unmatched",
        "import.table.measures"), codes(result));
    assertEquals(List.of("2", "3", "4"), result.diagnostics().diagnostics().stream()
        .filter(x -> x.code().equals("import.table.row-unmatched")).map(x -> x.arguments().get(0)).toList());
    // nothing lost: the unmatched rows' text is in the report
    String all = r.toString();
    for (String kept : List.of("另一条措施。", "李四", "多出的一行。", "王五", "多出的一格")) {
      assertTrue(all.contains(kept), kept + " lost: " + all);
    }
  }

  @Test
  void otherTablesAreKeptAsText() {
    SourceDocument doc = doc(List.of(List.of("姓名", "职务"), List.of("张三", "科长")), false);
    ImportResult result = IMPORTER.importDocument(doc);
    assertEquals(List.of(), codes(result));
    String all = result.report().orElseThrow().toString();
    assertTrue(all.contains("姓名") && all.contains("科长"), all);
    assertTrue(result.report().orElseThrow().measures().stream().noneMatch(Measure::isTracked));
  }

  @Test
  void plainTextWithTheHeadingsIsNotATable() {
    String text = String.join("\n", BODY.subList(0, BODY.size() - 1)) + "\n" + String.join("\n", MeasureTableText.HEADER)
        + "\n1\n在学习方面\n加强学习。\n张三\n长期坚持\n整改中\n";
    ImportResult result = IMPORTER.importText(text);
    assertEquals(List.of(), codes(result));
    assertFalse(result.report().orElseThrow().measures().stream().anyMatch(Measure::isTracked));
    NothingLost.check(result);
  }

  @Test
  void tableCellPositionsAreNotNegative() {
    assertThrows(IllegalArgumentException.class, () -> new SourceParagraph.TableCell(0, -1, 0));
    assertEquals(2, new SourceParagraph.TableCell(1, 2, 3).row());
  }
}
