package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Cause;
import io.github.jianshi.core.ChecklistRef;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Numbering;
import io.github.jianshi.core.PointStyle;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.SectionHeadings;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

  @Test
  void everySampleReportRoundTrips() {
    for (Report r : SampleReports.all().values()) {
      byte[] bytes = ReportJson.writeBytes(r);
      ValidatedReport read = ReportJson.read(bytes);
      assertThat(read.diagnostics()).isEmpty();
      assertThat(read.report()).contains(r);
      assertThat(ReportJson.writeBytes(read.report().get())).isEqualTo(bytes);
    }
  }

  @Test
  void canonicalLayout() {
    String json = ReportJson.write(SampleReports.severalCases());
    assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"checklist\": {\n    \"id\": ")
        .endsWith("\n}\n").doesNotContain("\r", "\t", " : ", "\\u", "\\/").doesNotEndWith("\n\n");
    assertThat(json.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    List<String> top = json.lines().filter(l -> l.matches("  \"[a-zA-Z]+\":.*"))
        .map(l -> l.substring(3, l.indexOf('"', 3))).toList();
    assertThat(top).containsExactly("schemaVersion", "checklist", "title", "author", "date", "status",
        "headings", "preamble", "findings", "causes", "measures", "closing");
  }

  @Test
  void thePartsOfImportedReportsAreWrittenInTheDomainsOrderAndDefaultsAreOmitted() {
    Report r = Report.builder().checklist(ChecklistRef.of("x", "1"))
        .id("id-1").title("第一行\n第二行").byline("署名行").addressee("县委：")
        .numbering(Numbering.builder().causes(PointStyle.ARABIC_COMMA).build())
        .addCause(Cause.builder().headline("标题。").addMoreParagraphs("第二段。").build())
        .addMeasure(Measure.builder().text("措施。").addMoreParagraphs("又一段。").owner("办公室").build())
        .addExtraSections(ExtraSection.of("会前准备情况", ExtraSection.Placement.BEFORE_PROBLEMS, List.of()))
        .addProblemsOpening("主要存在以下问题：")
        .addMeasuresOpening("针对以上问题：", "具体措施如下。")
        .addClosing("结束语。")
        .addSignature("张三", "2024年1月2日")
        .build();
    String json = ReportJson.write(r);
    List<String> top = json.lines().filter(l -> l.matches("  \"[a-zA-Z]+\":.*"))
        .map(l -> l.substring(3, l.indexOf('"', 3))).toList();
    assertThat(top).containsExactly("schemaVersion", "checklist", "id", "title", "byline", "addressee", "status",
        "numbering", "preamble", "findings", "causes", "measures", "problemsOpening", "measuresOpening",
        "extraSections", "closing", "signature");
    assertThat(json).contains("""
          "numbering": {
            "causes": "arabic-comma"
          },
        """, """
              "headline": "标题。",
              "text": "",
              "moreParagraphs": [
                "第二段。"
              ]
        """, """
              "text": "措施。",
              "moreParagraphs": [
                "又一段。"
              ],
              "owner": "办公室"
        """, """
          "extraSections": [
            {
              "heading": "会前准备情况",
              "placement": "before-problems",
              "paragraphs": []
            }
          ],
        """, """
          "problemsOpening": [
            "主要存在以下问题："
          ],
          "measuresOpening": [
            "针对以上问题：",
            "具体措施如下。"
          ],
        """, "\"title\": \"第一行\\n第二行\"");
    assertThat(ReportJson.read(json).report()).contains(r);
    // the defaults: no numbering member at all, no empty lists
    Report plain = Report.builder().checklist(ChecklistRef.of("x", "1"))
        .numbering(Numbering.builder().points(PointStyle.RUN_IN).build())
        .addCause(Cause.of("标题。", "正文。")).build();
    assertThat(ReportJson.write(plain)).doesNotContain("numbering", "moreParagraphs", "extraSections", "signature",
        "Opening",
        "\n  \"id\"", "byline", "addressee");
  }

  @Test
  void optionalPartsAndSomeEmptyListsAreOmittedOthersAreNot() {
    Report bare = Report.builder().checklist(ChecklistRef.of("x", "1")).build();
    assertThat(ReportJson.write(bare)).isEqualTo("""
        {
          "schemaVersion": 1,
          "checklist": {
            "id": "x",
            "version": "1"
          },
          "status": "draft",
          "preamble": [],
          "findings": [],
          "causes": [],
          "measures": []
        }
        """);
    assertThat(ReportJson.read(ReportJson.write(bare)).report()).contains(bare);

    Report items = Report.builder().checklist(ChecklistRef.of("x", "1"))
        .author(Author.builder().build())
        .headings(SectionHeadings.builder().build())
        .addFinding(Finding.builder().checkpoint("a").verdict(Verdict.NOT_PRESENT).build())
        .addCause(Cause.builder().build())
        .addMeasure(Measure.builder().due(LocalDate.of(33, 1, 2)).build())
        .build();
    assertThat(ReportJson.write(items)).contains("\"author\": {},", "\"body\": []", "\"due\": \"0033-01-02\"")
        .doesNotContain("headings", "closing", "checkpoints", "heading\"", "headline");
    assertThat(ReportJson.read(ReportJson.write(items)).report()).contains(items);
  }

  @Test
  void textIsWrittenAsIs() {
    String text = "全角，半角, “引号” \"quote\" \\ / \t\n\r 𠀀 \u2028 \u0000 \u001f";
    Report r = Report.builder().answering(Checklists.ninePoint()).addPreamble(text)
        .addFinding(Finding.builder().checkpoint("study").verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(Segment.point(text)).build())
        .build();
    String json = ReportJson.write(r);
    assertThat(json).contains("全角，半角, “引号” \\\"quote\\\" \\\\ / \\t\\n\\r 𠀀 \u2028 \\u0000 \\u001F");
    assertThat(ReportJson.read(json).report()).contains(r);
  }

  @Test
  void writingToAStreamLeavesItOpen() {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("closed");
      }
    };
    ReportJson.write(SampleReports.noCauses(), out);
    assertThat(out.toByteArray()).isEqualTo(ReportJson.writeBytes(SampleReports.noCauses()));
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> ReportJson.write(SampleReports.noCauses(), failing))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void checklistsRoundTripWithTheirHash() {
    for (var c : List.of(Checklists.ninePoint(), SampleReports.elevenPointChecklist(),
        SampleReports.lifeMeetingChecklist())) {
      String json = ReportJson.writeChecklist(c);
      assertThat(json).contains("\"hash\": \"" + c.contentHash() + "\"");
      ValidatedChecklist read = ReportJson.readChecklist(json);
      assertThat(read.diagnostics()).isEmpty();
      assertThat(read.checklist()).contains(c);
      assertThat(ReportJson.writeChecklist(read.checklist().get())).isEqualTo(json);
      assertThat(new String(ReportJson.writeChecklistBytes(c), StandardCharsets.UTF_8)).isEqualTo(json);
    }
  }

  @Test
  void misuse() {
    assertThatThrownBy(() -> ReportJson.write(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReportJson.writeChecklist(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReportJson.read((String) null)).isInstanceOf(NullPointerException.class);
  }
}
