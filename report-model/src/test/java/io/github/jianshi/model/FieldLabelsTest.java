package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** zh messages name places and values as the official who fills the form knows them, never by ids. */
class FieldLabelsTest {

  @Test
  void pointersBecomeChineseNames() {
    assertThat(FieldLabels.report("")).isEqualTo("报告");
    assertThat(FieldLabels.report("/measures/1/owner")).isEqualTo("第二条整改措施的责任人");
    assertThat(FieldLabels.report("/measures/0/due")).isEqualTo("第一条整改措施的完成时限");
    assertThat(FieldLabels.report("/measures/2/checkpoints/0")).isEqualTo("第三条整改措施关联的第一个检视内容");
    assertThat(FieldLabels.report("/findings/1")).isEqualTo("第二项查摆问题");
    assertThat(FieldLabels.report("/findings/5/verdict")).isEqualTo("第六项查摆问题的结论");
    assertThat(FieldLabels.report("/findings/0/body/1/2/text")).isEqualTo("第一项查摆问题的正文第二段第三处的文字");
    assertThat(FieldLabels.report("/causes/10/moreParagraphs/0")).isEqualTo("第十一条原因剖析的第一个后续段落");
    assertThat(FieldLabels.report("/checklist/hash")).isEqualTo("检视清单内容哈希");
    assertThat(FieldLabels.report("/author/name")).isEqualTo("作者姓名");
    assertThat(FieldLabels.report("/date")).isEqualTo("报告日期");
    assertThat(FieldLabels.report("/preamble/0")).isEqualTo("开头部分第一段");
    assertThat(FieldLabels.report("/signature/1")).isEqualTo("落款第二行");
    assertThat(FieldLabels.report("/extraSections/0/paragraphs/3")).isEqualTo("第一个其他部分的正文第四段");
    assertThat(FieldLabels.report("/numbering/points")).isEqualTo("查摆问题的序号样式");
    assertThat(FieldLabels.report("/measures/199")).isEqualTo("第200条整改措施");
    assertThat(FieldLabels.report("/measures/1/history")).isEqualTo("第二条整改措施的进展记录");
    assertThat(FieldLabels.report("/measures/1/history/0")).isEqualTo("第二条整改措施的第一条进展记录");
    assertThat(FieldLabels.report("/measures/1/history/2/date")).isEqualTo("第二条整改措施的第三条进展记录的日期");
    assertThat(FieldLabels.report("/measures/0/history/0/evidence/1"))
        .isEqualTo("第一条整改措施的第一条进展记录的第二项佐证材料");
    assertThat(FieldLabels.report("/measures/0/verification")).isEqualTo("第一条整改措施的验收");
    assertThat(FieldLabels.report("/measures/0/verification/date")).isEqualTo("第一条整改措施的验收日期");
    assertThat(FieldLabels.report("/measures/0/verification/by")).isEqualTo("第一条整改措施的验收人");
    // what the format does not have is quoted as written
    assertThat(FieldLabels.report("/measures/0/ownr")).isEqualTo("第一条整改措施中的“ownr”");
    assertThat(FieldLabels.report("/a~1b")).isEqualTo("“a/b”");
    assertThat(FieldLabels.checklist("/checkpoints/2/id")).isEqualTo("第三项检视内容的编号");
    assertThat(FieldLabels.checklist("")).isEqualTo("检视清单");
  }

  @Test
  void enumValuesAndTypesBecomeTheirLabels() {
    assertThat(FieldLabels.enumValues(List.of("not-started", "in-progress", "done", "verified")))
        .isEqualTo("“未启动”“整改中”“已完成”“已验收”");
    assertThat(FieldLabels.enumValues(List.of("draft", "final"))).isEqualTo("“草稿”“定稿”");
    assertThat(FieldLabels.enumValues(List.of("duty", "whether-exists"))).isEqualTo("“职责类”“是否存在类”");
    assertThat(FieldLabels.enumValues(List.of("x", "y"))).isEqualTo("“x”“y”");
    assertThat(FieldLabels.types("string | null")).isEqualTo("文字或空值");
    assertThat(FieldLabels.types("array")).isEqualTo("列表");
  }

  private static final Pattern ID_LIKE = Pattern.compile("[a-z][a-zA-Z]*(-[a-z]+)+|\\b(status|owner|verdict|checkpoint"
      + "|text|kind|due|measures|findings|headline|title|date)\\b");

  private static String first(String text, String target, String replacement) {
    int at = text.indexOf(target);
    assertThat(at).as(target).isNotNegative();
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  @Test
  void schemaMessagesNameTheFieldAndTheValuesInChinese() {
    String doc = new String(Corpus.documents("valid").filter(d -> d.name().equals("minimal-final")).findFirst()
        .orElseThrow().bytes(), StandardCharsets.UTF_8);
    String bad = first(doc, "\"status\": \"in-progress\"", "\"status\": \"进行中\"");
    bad = first(bad, "\"verdict\": \"problems-found\",\n      \"body\"", "\"body\"");
    bad = first(bad, "\"date\": \"2022-09-01\"", "\"date\": 20220901");
    bad = first(bad, "\"due\": \"2022-12-31\"", "\"due\": \"2022/12/31\"");
    bad = first(bad, "\"headline\": \"加强学习。\"", "\"headline\": \"" + "长".repeat(501) + "\", \"ownr\": \"张三\"");
    List<Diagnostic> ds = ReportValidator.defaults().validate(bad).diagnostics();
    assertThat(ds).extracting(Diagnostic::code).containsExactlyInAnyOrder("schema.enum", "schema.required",
        "schema.type", "schema.pattern", "schema.maxLength", "schema.additionalProperties");
    for (Diagnostic d : ds) {
      String zh = d.message(Locale.SIMPLIFIED_CHINESE);
      assertThat(zh).as(d.code()).doesNotContainPattern(ID_LIKE);
      switch (d.code()) {
        case "schema.enum" -> {
          assertThat(zh).isEqualTo("第一条整改措施的整改状态不能是“进行中”，只能是“未启动”“整改中”“已完成”“已验收”之一。");
          assertThat(d.arguments()).contains("not-started, in-progress, done, verified, null");
        }
        case "schema.required" -> {
          assertThat(zh).isEqualTo("没有填写第一项查摆问题的结论，这一项必须填写。");
          assertThat(d.arguments().get(0)).isEqualTo("verdict");
        }
        case "schema.type" -> assertThat(zh).isEqualTo("报告日期应为文字或空值，实际是整数。");
        case "schema.pattern" ->
            assertThat(zh).isEqualTo("第一条整改措施的完成时限“2022/12/31”的写法不对，应写成“年-月-日”，如 2024-03-01。");
        case "schema.maxLength" -> assertThat(zh).isEqualTo("第一条整改措施的小标题太长了：最多 500 个字，现有 501 个字。");
        case "schema.additionalProperties" -> {
          assertThat(zh).isEqualTo("第一条整改措施中有无法识别的字段“ownr”，请检查拼写。");
          assertThat(d.pointer()).isEqualTo("/measures/0/ownr");
        }
        default -> throw new AssertionError(d.code());
      }
    }
  }

  @Test
  void aDateThatDoesNotExistIsNamedByItsPlace() {
    String doc = new String(Corpus.documents("valid").filter(d -> d.name().equals("minimal-final")).findFirst()
        .orElseThrow().bytes(), StandardCharsets.UTF_8).replace("\"due\": \"2022-12-31\"", "\"due\": \"2022-02-30\"");
    Diagnostic d = ReportValidator.defaults().validate(doc).diagnostics().get(0);
    assertThat(d.code()).isEqualTo("date.invalid");
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第一条整改措施的完成时限“2022-02-30”不是真实存在的日期，请核对年、月、日。");
  }
}
