package io.github.jianshi.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.Golden;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-text renderer on the sample reports. Golden files: {@code golden/text/<name>.txt}; see
 * {@link Golden} for the switch that regenerates them.
 */
class PlainTextRendererTest {

  static List<String> samples() {
    return List.copyOf(SampleReports.all().keySet());
  }

  private static final RenderOptions OPTIONS = RenderOptions.builder().checklists(SampleReports.registry()).build();

  private static String text(Report r) {
    return Renderers.text(OPTIONS).renderToString(r);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matchesGoldenFile(String name) throws IOException {
    Golden.assertText(golden("text/" + name + ".txt"), text(SampleReports.all().get(name)));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyPieceOfTextAppearsAsWritten(String name) {
    Report r = SampleReports.all().get(name);
    String out = text(r);
    List<String> lines = List.of(out.split("\n", -1));
    assertThat(out).endsWith("\n\n").doesNotContain("\r");
    r.preamble().forEach(p -> assertThat(lines).contains(p));
    r.closing().forEach(p -> assertThat(lines).contains(p));
    for (Finding f : r.findings()) {
      f.segments().forEach(s -> assertThat(out).contains(s.text()));
    }
    r.causes().forEach(c -> assertThat(out).contains(c.headline().orElse("") + c.text()));
    r.measures().forEach(m -> assertThat(out).contains(m.headline().orElse("") + m.text()));
  }

  @Test
  void elevenCheckpointsAndElevenPoints() {
    String out = text(SampleReports.elevenPoints());
    assertThat(out).startsWith("局领导班子成员作风建设对照检查材料\n按照市委统一部署");
    assertThat(out).contains("\n（十）在是否存在安全生产监管不到位问题方面\n")
        .contains("\n（十一）在是否存在干部队伍建设不到位问题方面\n")
        .contains("十是第十个方面的差距有待弥补；十一是第十一个方面的差距有待弥补。\n")
        .contains("\n十一是第十一项整改措施。抓好落实，久久为功。\n");
    assertThat(out).contains("\n二、产生问题原因剖析\n一是理论学习不够深入。没有做到学以致用。\n三、今后努力方向及整改措施\n");
  }

  @Test
  void withoutCausesTheMeasuresSectionIsTheSecond() {
    String out = text(SampleReports.noCauses());
    assertThat(out).contains("\n二、今后努力方向及整改措施\n一是加强理论学习。").doesNotContain("三、")
        .doesNotContain("原因剖析");
  }

  @Test
  void findingsOfSeveralParagraphsContinueTheirNumbering() {
    String out = text(SampleReports.severalCases());
    assertThat(out).contains("\n（一）在学深悟透习近平总书记关于法治化营商环境重要论述精神、及时更新思想观念方面\n"
        + "学习不够系统。一是学习时间保障不够。比如，今年以来个人自学仅安排了六次。又如，专题研讨发言准备不充分。二是学用结合不够紧密。\n"
        + "另外，运用法治思维解决实际问题的能力还需提高。比如在一起买卖合同纠纷中，调解方案考虑不周。\n"
        + "（二）");
    // A not-applicable finding without body: only its heading.
    assertThat(out).contains("\n（三）在助企纾困方面（本人不分管此项工作）\n（四）");
    assertThat(out).contains("一、查摆出的主要问题\n").contains("二、问题产生的根源\n一是对学习的重要性认识不足")
        .contains("二是服务意识不强。\n三、下一步整改方向\n");
    assertThat(out).endsWith("我将以此次对照检视为契机，切实抓好整改落实。\n\n");
  }

  @Test
  void sectionOpeningsStandAfterTheirHeadings() {
    String out = text(SampleReports.sectionOpenings());
    assertThat(out).contains("\n一、存在的主要问题\n对照检视，主要存在以下问题：\n（一）")
        .contains("\n二、产生问题原因剖析\n究其原因，主要有以下几点：\n一是思想认识不到位。")
        .contains("\n三、今后努力方向及整改措施\n针对查摆出的问题，我将立行立改、持续整改。\n具体措施如下：\n一是加强理论学习。");
  }

  @Test
  void aSectionWithAnOpeningIsWrittenWithoutItems() {
    Report r = Report.builder().from(SampleReports.noCauses()).addCausesOpening("原因正在深入剖析中。").build();
    assertThat(text(r)).contains("\n二、产生问题原因剖析\n原因正在深入剖析中。\n三、今后努力方向及整改措施\n");
  }

  @Test
  void optionsChangeTheStyle() {
    Report r = SampleReports.trackedMeasures();
    RenderOptions ascii = RenderOptions.builder().from(OPTIONS).asciiParentheses(true).finalBlankLine(false)
        .includeTitle(false).closingBlock(true).build();
    String out = Renderers.text(ascii).renderToString(r);
    assertThat(out).startsWith("按照县委").contains("\n(一)在加强理论武装方面\n").doesNotContain("（一）")
        .endsWith("\n某某县市场监督管理局\n张某某\n2024年1月18日\n");
  }

  @Test
  void headingFallsBackToTheChecklistTitleThenTheId() {
    Report base = SampleReports.noCauses();
    Finding bare = Finding.builder().checkpoint("study").verdict(Verdict.PROBLEMS_FOUND)
        .addParagraph(Segment.lead("有差距。")).build();
    Finding unknown = Finding.builder().checkpoint("ghost").verdict(Verdict.NOT_APPLICABLE).build();
    Report r = Report.builder().from(base).findings(List.of(bare, unknown)).build();
    String out = Renderers.text().renderToString(r);
    assertThat(out).contains("（一）在学深悟透习近平总书记关于法治化营商环境重要论述精神、及时更新思想观念方面\n有差距。\n")
        .contains("（二）ghost\n");
  }

  @Test
  void beyondNinetyNineItemsMarkersUseArabicDigitsInsteadOfFailing() {
    Report.Builder b = Report.builder().from(SampleReports.noCauses()).measures(List.of());
    for (int i = 1; i <= 101; i++) {
      b.addMeasure(io.github.jianshi.core.Measure.of("措施" + i + "。", ""));
    }
    String out = Renderers.text().renderToString(b.build());
    assertThat(out).contains("\n九十九是措施99。\n100是措施100。\n101是措施101。\n");
  }

  @Test
  void renderToBytesIsUtf8OfTheString() {
    Report r = SampleReports.severalCases();
    assertThat(Renderers.text(OPTIONS).renderToBytes(r))
        .isEqualTo(text(r).getBytes(StandardCharsets.UTF_8));
    assertThat(Renderers.text().format()).isEqualTo(Format.TEXT);
  }

  @Test
  void renderersAreThreadSafe() throws Exception {
    Map<String, Report> all = SampleReports.all();
    TextRenderer renderer = Renderers.text(OPTIONS);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Report r = all.values().stream().skip(i % all.size()).findFirst().orElseThrow();
        String expected = text(r);
        results.add(pool.submit(() -> renderer.renderToString(r).equals(expected)));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void misuseThrows() {
    assertThatThrownBy(() -> Renderers.text().renderToString(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Renderers.text(null)).isInstanceOf(NullPointerException.class);
  }

  private static Path golden(String relativePath) {
    return Path.of("src/test/resources/golden", relativePath);
  }
}
