package io.github.jianshi.render;

import static io.github.jianshi.core.Segment.detail;
import static io.github.jianshi.core.Segment.example;
import static io.github.jianshi.core.Segment.lead;
import static io.github.jianshi.core.Segment.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Numbering;
import io.github.jianshi.core.PointStyle;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.Golden;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.SectionHeadings;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.render.MarkdownTree.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown renderer. Every output is parsed back with commonmark-java: the document must consist
 * of exactly the headings and paragraphs of the report, with the text as written.
 *
 * <p>Golden files: {@code src/test/resources/golden/md/<name>.md}, one per sample report, and
 * {@code <name>.options.md} for a report rendered with non-default options. To regenerate them after an
 * intended change, run {@code ./mvnw -o -pl report-render verify -Djianshi.updateGolden=true} and
 * review the diff.
 */
class MarkdownRendererTest {

  private static final RenderOptions OPTIONS = RenderOptions.builder().checklists(SampleReports.registry()).build();

  static List<String> samples() {
    return List.copyOf(SampleReports.all().keySet());
  }

  private static String md(Report r) {
    return Renderers.markdown(OPTIONS).renderToString(r);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matchesGoldenFile(String name) throws IOException {
    Golden.assertText(golden("md/" + name + ".md"), md(SampleReports.all().get(name)));
  }

  @Test
  void matchesGoldenFileWithOptions() throws IOException {
    RenderOptions options = RenderOptions.builder().from(OPTIONS).asciiParentheses(true).closingBlock(true)
        .includeTitle(false).build();
    Golden.assertText(golden("md/tracked-measures.options.md"),
        Renderers.markdown(options).renderToString(SampleReports.trackedMeasures()));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void parsesToExactlyTheHeadingsAndParagraphsOfTheReport(String name) {
    Report r = SampleReports.all().get(name);
    for (RenderOptions o : List.of(OPTIONS,
        RenderOptions.builder().from(OPTIONS).closingBlock(true).asciiParentheses(true).build())) {
      String out = Renderers.markdown(o).renderToString(r);
      assertThat(MarkdownTree.parse(out)).containsExactlyElementsOf(MarkdownTree.expected(r, o));
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void chineseTextNeedsNoEscaping(String name) {
    Report r = SampleReports.all().get(name);
    String out = md(r);
    // a backslash only as a hard line break (between the lines of a title or of the signature), and
    // in the marker of a point numbered 1. at the start of its paragraph, which would begin a list
    assertThat(out.replaceAll("(?m)^([0-9]+)\\\\([.)])", "$1$2")).doesNotContainPattern("\\\\(?!\n)")
        .doesNotContain("&#").doesNotContain("\r")
        .endsWith((r.signature().isEmpty() ? "。" : r.signature().get(r.signature().size() - 1)) + "\n")
        .doesNotContain("\n\n\n");
  }

  @Test
  void layoutOfASmallReport() {
    Checklist nine = Checklists.ninePoint();
    Report r = Report.builder().answering(nine).title("个人对照检视材料")
        .author(Author.builder().name("张三").organization("某某单位").build())
        .date(LocalDate.of(2022, 8, 5))
        .addPreamble("现将情况报告如下。")
        .addFinding(Finding.builder().answering(nine.checkpoints().get(0)).verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(lead("有差距。"), point("学习不够。"), example("比如，1. 学习次数少。"), point("思考不深。"))
            .addParagraph(detail("- 另外，*重点*不突出。"))
            .build())
        .addCause(Cause.of("思想不够坚定。", "认识不足。"))
        .addMeasure(Measure.of("加强学习。", "每月学习两次。"))
        .build();
    String out = Renderers.markdown(RenderOptions.builder().closingBlock(true).build()).renderToString(r);
    assertThat(out).isEqualTo("""
        # 个人对照检视材料

        现将情况报告如下。

        ## 一、存在的主要问题

        ### （一）在学深悟透习近平总书记关于法治化营商环境重要论述精神、及时更新思想观念方面

        有差距。一是学习不够。比如，1. 学习次数少。二是思考不深。

        \\- 另外，\\*重点\\*不突出。

        ## 二、产生问题原因剖析

        一是思想不够坚定。认识不足。

        ## 三、今后努力方向及整改措施

        一是加强学习。每月学习两次。

        某某单位\\
        张三\\
        2022年8月5日
        """);
  }

  /** Text that CommonMark (or GitHub) would read as syntax, and edge cases of whitespace. */
  static List<String> hostile() {
    return List.of(
        "# not a heading", "###### six", "#", "# ", "#hashtag", "foo #", "foo #bar #",
        "* not a list", "- item", "+ item", "-", "1. x", "1) x", "2022. 年", "1234567890. x", "01. x",
        "> quote", ">", "<b>x</b>", "<!-- c -->", "<?php ?>", "<!DOCTYPE html>", "</p>", "a < b", "a <b> c",
        "<http://example.com>", "<a@b.cn>", "[a](javascript:alert(1))", "![img](x.png)", "[ref]: /url",
        "[ref]", "]", "`code`", "``", "```", "~~~", "~~strike~~", "3~5天",
        "*emph* _emph_ **strong** __strong__", "a_b_c", "仿宋_GB2312", "_lead", "trail_", "a__b", "中_文",
        "snake_case_ word", "***", "---", "___", "===", "- - -", "| a | b |\n|---|---|",
        "a\n===", "a\n---", "a\n# b", "a\n> b", "a\n- b", "a\n1. b", "a\n    b", "a\n```", "a\n<div>",
        "&amp; &#38; &#x26; &nbsp;", "AT&T", "&", "&;", "&#;", "&#xZ;", "\\", "\\*", "foo\\", "\\\n",
        "a  \nb", "a\\\nb", "a\n\nb", "a\n\n\nb", "\n", "\n\n", "\nleading", "trailing\n", "a\r\nb", "x\ry",
        "\r", "\tindented", "    code", "  two spaces", "trailing  ", "   ", "\t", " \t ", "a\t\tb",
        "\u3000\u3000全角空格缩进", "a\u00a0", "\u00a0b", "\u000b", "\f", "\u2028", "全角：“引号”、（括号）。",
        "emoji 😀_😀 x", "𠀀_𠀀");
  }

  private static Report everyFieldCarries(String s) {
    Checklist nine = Checklists.ninePoint();
    return Report.builder().answering(nine).title(s.isBlank() ? "t" + s : s)
        .author(Author.builder().name(s).organization(s).build())
        .date(LocalDate.of(2024, 1, 2))
        .headings(s.isBlank() ? SectionHeadings.defaults()
            : SectionHeadings.builder().problems(s).causes(s).measures(s).build())
        .addPreamble(s)
        .addFinding(Finding.builder().checkpoint(nine.checkpoints().get(0).id()).verdict(Verdict.PROBLEMS_FOUND)
            .heading(s)
            .addParagraph(lead(s), point(s), example(s), detail(s))
            .addParagraph(example(s))
            .build())
        .addCause(Cause.of(s, s))
        .addMeasure(Measure.builder().headline(s).text(s).owner(s).build())
        .addClosing(s)
        // the parts of imported reports
        .byline(s)
        .addressee(s)
        .numbering(Numbering.builder().causes(PointStyle.ARABIC_DOT).measures(PointStyle.PAREN_ARABIC).build())
        .addExtraSections(ExtraSection.of(s.isBlank() ? "x" + s : s, ExtraSection.Placement.AFTER_PROBLEMS,
            List.of(s)))
        .addCause(Cause.builder().headline(s).addMoreParagraphs(s, s).build())
        .addMeasure(Measure.builder().text(s).addMoreParagraphs(s).build())
        .addSignature(s, s)
        .build();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void hostileTextNeverBecomesMarkup(String s) {
    Report r = everyFieldCarries(s);
    RenderOptions o = RenderOptions.builder().closingBlock(true).build();
    String out = Renderers.markdown(o).renderToString(r);
    assertThat(MarkdownTree.parse(out)).as("%s", out).containsExactlyElementsOf(MarkdownTree.expected(r, o));
    assertThat(MarkdownTree.parse(out)).contains(Block.paragraph(s));
  }

  @Test
  void escapesOnlyWhatIsNeeded() {
    assertThat(MarkdownEscaper.paragraph("仿宋_GB2312，3<5，A&B，1.5倍，2022.8，a#b，C++，(注)，\"引\"，'号'"))
        .isEqualTo("仿宋_GB2312，3<5，A&B，1.5倍，2022.8，a#b，C++，(注)，\"引\"，'号'");
    assertThat(MarkdownEscaper.paragraph("# 1. <b> &amp; [x] `y` *z* ~w~ |v|"))
        .isEqualTo("\\# 1. \\<b> \\&amp; \\[x] \\`y\\` \\*z\\* \\~w\\~ \\|v\\|");
    assertThat(MarkdownEscaper.paragraph("1. 第一\n2) 第二")).isEqualTo("1\\. 第一\n2\\) 第二");
    assertThat(MarkdownEscaper.paragraph("  缩进 ")).isEqualTo("&#32;&#32;缩进&#32;");
    assertThat(MarkdownEscaper.paragraph("a\n\nb\n")).isEqualTo("a&#10;&#10;b&#10;");
    assertThat(MarkdownEscaper.heading("（一）标题 #")).isEqualTo("（一）标题 \\#");
  }

  /** The characters of generated text: CommonMark syntax, whitespace of every kind, Chinese. */
  private static final String ALPHABET = "#>-+=*_`~[]()!<>&;:/\\|.)0123456789 \t\n\r\u3000\u00a0aAx一是，。“”";

  /**
   * Any text made of syntax characters, whitespace and Chinese comes back as the same text. A fixed
   * seed keeps the run reproducible; a failure message shows the text.
   */
  @Test
  void anyTextComesBackAsWritten() {
    java.util.Random random = new java.util.Random(20240118L);
    RenderOptions o = RenderOptions.builder().closingBlock(true).build();
    for (int i = 0; i < 2000; i++) {
      int length = random.nextInt(25);
      StringBuilder sb = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = sb.toString();
      Report r = everyFieldCarries(s);
      String out = Renderers.markdown(o).renderToString(r);
      assertThat(MarkdownTree.parse(out)).as("text %s gave%n%s", java.util.Arrays.toString(s.toCharArray()), out)
          .containsExactlyElementsOf(MarkdownTree.expected(r, o));
    }
  }

  @Test
  void emptyParagraphsOfADraftAreLeftOut() {
    Report r = Report.builder().answering(Checklists.ninePoint())
        .addFinding(Finding.builder().checkpoint("study").verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(lead("")).addParagraph(point("要点。")).build())
        .build();
    assertThat(Renderers.markdown().renderToString(r)).isEqualTo("""
        # 对照检视材料

        ## 一、存在的主要问题

        ### （一）在学深悟透习近平总书记关于法治化营商环境重要论述精神、及时更新思想观念方面

        一是要点。
        """);
  }

  @Test
  void formatAndBytes() {
    Report r = SampleReports.severalCases();
    assertThat(Renderers.markdown().format()).isEqualTo(Format.MARKDOWN);
    assertThat(Renderers.markdown(OPTIONS).renderToBytes(r)).isEqualTo(md(r).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void deterministicAndThreadSafe() throws Exception {
    Map<String, Report> all = SampleReports.all();
    List<Report> reports = List.copyOf(all.values());
    TextRenderer renderer = Renderers.markdown(OPTIONS);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Report r = reports.get(i % reports.size());
        String expected = md(r);
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
    assertThatThrownBy(() -> Renderers.markdown().renderToString(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Renderers.markdown(null)).isInstanceOf(NullPointerException.class);
  }

  private static Path golden(String relativePath) {
    return Path.of("src/test/resources/golden", relativePath);
  }
}
