package io.github.jianshi.render;

import static io.github.jianshi.core.Segment.detail;
import static io.github.jianshi.core.Segment.example;
import static io.github.jianshi.core.Segment.lead;
import static io.github.jianshi.core.Segment.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.Golden;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.SectionHeadings;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.render.spi.ReportLayout;
import io.github.jianshi.render.spi.ReportTitles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML renderer. Outputs are parsed with jsoup (an HTML5 parser) and checked element by element.
 *
 * <p>Golden files: {@code src/test/resources/golden/html/<name>.html} (standalone page) for each
 * sample report, and {@code <name>.fragment.html} (fragment mode) for two of them. To regenerate them
 * after an intended change, run {@code ./mvnw -o -pl report-render verify -Djianshi.updateGolden=true}
 * and review the diff.
 */
class HtmlRendererTest {

  private static final RenderOptions OPTIONS = RenderOptions.builder().checklists(SampleReports.registry()).build();
  private static final RenderOptions FRAGMENT = RenderOptions.builder().from(OPTIONS).htmlFragment(true).build();

  static List<String> samples() {
    return List.copyOf(SampleReports.all().keySet());
  }

  private static String html(Report r) {
    return Renderers.html(OPTIONS).renderToString(r);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matchesGoldenFile(String name) throws IOException {
    Golden.assertText(golden("html/" + name + ".html"), html(SampleReports.all().get(name)));
  }

  @ParameterizedTest
  @MethodSource("fragmentSamples")
  void fragmentMatchesGoldenFile(String name) throws IOException {
    Golden.assertText(golden("html/" + name + ".fragment.html"),
        Renderers.html(FRAGMENT).renderToString(SampleReports.all().get(name)));
  }

  static List<String> fragmentSamples() {
    return List.of("tracked-measures", "several-cases");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void standalonePage(String name) {
    Report r = SampleReports.all().get(name);
    String out = html(r);
    assertThat(out).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .endsWith("</html>\n").doesNotContain("\r").doesNotContain("\t");
    Document doc = Jsoup.parse(out);
    assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(doc.title()).isEqualTo(r.title().filter(t -> !t.isBlank()).map(t -> t.replace("\n", "")).orElse(ReportTitles.FALLBACK));
    assertThat(doc.select("style")).hasSize(1);
    String css = doc.select("style").first().data();
    assertThat(css).isEqualTo("\n" + HtmlStyle.PAGE).contains("@page {\n  size: A4;\n  margin: 37mm 26mm 35mm 28mm;\n")
        // Page numbers "— N —" on the outer side: odd (right-hand) pages right, even pages left, one
        // 4号 character in; an empty top margin box keeps the browser's own header off the page.
        .contains("@page :right {\n  @bottom-right {\n    content: \"\\2014  \" counter(page) \" \\2014\";")
        .contains("@page :left {\n  @bottom-left {\n    content: \"\\2014  \" counter(page) \" \\2014\";")
        .contains("padding-right: 14pt;\n    text-align: right;").contains("padding-left: 14pt;\n    text-align: left;")
        .contains("@top-center {\n    content: \"\";").contains("letter-spacing: -0.25pt")
        .contains("line-height: 28.95pt").contains("font-size: 16pt").contains("font-size: 22pt")
        .contains(HtmlStyle.BODY_FONTS).contains(HtmlStyle.TITLE_FONTS).contains(HtmlStyle.SECTION_FONTS)
        .contains(HtmlStyle.FINDING_FONTS).contains("text-indent: 2em")
        .doesNotContain("url(").doesNotContain("@import").doesNotContain("http");
    // Nothing runs, nothing is fetched.
    assertThat(doc.select("script, link, img, iframe, object, embed, base, [src], [href], [style], [on*]")).isEmpty();
    assertThat(doc.select("body > *")).hasSize(1);
    assertThat(doc.select("body > article.jianshi-report[lang=zh-CN]")).hasSize(1);
  }

  @Test
  void aReportWithoutATitleStartsAtH1WithTheFallbackTitle() {
    Report untitled = Report.builder().answering(Checklists.ninePoint())
        .addFinding(Finding.builder().checkpoint("study").verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(point("要点。")).build())
        .build();
    Document page = Jsoup.parse(html(untitled));
    assertThat(page.title()).isEqualTo(ReportTitles.FALLBACK).isEqualTo("对照检视材料");
    assertThat(page.select("article > h1").eachText()).containsExactly(ReportTitles.FALLBACK);
    assertThat(page.select("article > *").first().normalName()).isEqualTo("h1");
    Report blank = Report.builder().from(untitled).title("  ").build();
    assertThat(Jsoup.parse(html(blank)).select("h1").eachText()).containsExactly(ReportTitles.FALLBACK);
    Report titled = Report.builder().from(untitled).title("自查报告").build();
    assertThat(Jsoup.parse(html(titled)).select("h1").eachText()).containsExactly("自查报告");
    // Without the title in the options there is no h1, fallback or not; the page title stays.
    RenderOptions noTitle = RenderOptions.builder().from(OPTIONS).includeTitle(false).build();
    Document bare = Jsoup.parse(Renderers.html(noTitle).renderToString(untitled));
    assertThat(bare.select("h1")).isEmpty();
    assertThat(bare.title()).isEqualTo(ReportTitles.FALLBACK);
    assertThat(Renderers.markdown().renderToString(untitled)).startsWith("# 对照检视材料\n\n## 一、");
    assertThat(Renderers.markdown(noTitle).renderToString(untitled)).startsWith("## 一、");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void fragmentIsOnlyTheArticle(String name) {
    Report r = SampleReports.all().get(name);
    String out = Renderers.html(FRAGMENT).renderToString(r);
    assertThat(out).startsWith("<article class=\"jianshi-report\" lang=\"zh-CN\">\n").endsWith("</article>\n")
        .doesNotContain("<style").doesNotContain("<html").doesNotContain("<!DOCTYPE");
    // The fragment is the standalone page's article, byte for byte.
    assertThat(html(r)).contains(out);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void semanticMarkupFollowsTheLayout(String name) {
    Report r = SampleReports.all().get(name);
    Element article = Jsoup.parse(html(r)).selectFirst("article");
    ReportLayout layout = ReportLayout.of(r, OPTIONS);

    // Headings: h1 title, h2 per section, h3 per finding, the marker in a span, text as laid out.
    List<String> expectedHeadings = new ArrayList<>();
    List<String> actualHeadings = new ArrayList<>();
    if (r.title().filter(t -> !t.isBlank()).isEmpty()) {
      // A report without a title still starts at h1: the fallback title.
      expectedHeadings.add("h1:" + ReportTitles.FALLBACK);
    }
    for (ReportLayout.Block b : layout.blocks()) {
      if (b instanceof ReportLayout.Title t) {
        expectedHeadings.add("h1:" + t.text()); // a <br> between the lines of a title reads as a line feed
      } else if (b instanceof ReportLayout.Heading h) {
        expectedHeadings.add("h" + (h.level() + 1) + ":" + h.fullText());
      }
    }
    for (Element h : article.select("h1, h2, h3, h4, h5, h6")) {
      actualHeadings.add(h.normalName() + ":" + h.wholeText());
    }
    assertThat(actualHeadings).containsExactlyElementsOf(expectedHeadings);
    assertThat(article.select("h2 > span.marker:first-child, h3 > span.marker:first-child"))
        .hasSize(expectedHeadings.size() - 1);

    // One section per part, one section per finding with its checkpoint and verdict.
    List<String> parts = article.select("section[data-part]").eachAttr("data-part");
    assertThat(parts.stream().filter(p -> !p.equals("other")).findFirst()).contains("problems");
    assertThat(parts.stream().filter(p -> p.equals("other")).count()).isEqualTo(r.extraSections().size());
    assertThat(parts).contains(r.causes().isEmpty() ? "problems" : "causes");
    Elements findings = article.select("section[data-part=problems] > section.finding");
    assertThat(findings).hasSize(r.findings().size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = r.findings().get(i);
      assertThat(findings.get(i).attr("data-checkpoint")).isEqualTo(f.checkpoint());
      assertThat(findings.get(i).attr("data-verdict")).isEqualTo(f.verdict().id());
      assertThat(findings.get(i).select("> h3")).hasSize(1);
      assertThat(findings.get(i).select("> p")).hasSize(f.body().size());
    }

    // Paragraphs: the text content of each is the plain-text paragraph; spans add nothing.
    List<String> expectedParagraphs = layout.blocks().stream()
        .filter(ReportLayout.Body.class::isInstance).map(b -> ((ReportLayout.Body) b).text()).toList();
    assertThat(article.select("p").stream().filter(p -> !p.parent().hasClass("signature")).map(Element::wholeText)
        .toList()).containsExactlyElementsOf(expectedParagraphs);
    assertThat(article.select("div.signature > p").eachText()).containsExactlyElementsOf(r.signature());
    Set<String> spanClasses = new TreeSet<>(article.select("span").eachAttr("class"));
    assertThat(spanClasses).isSubsetOf("marker", "lead", "point", "detail", "case", "headline");
  }

  @Test
  void runsAreSpansOfTheirRole() {
    Element p = Jsoup.parse(html(SampleReports.severalCases())).selectFirst("section.finding > p");
    assertThat(p.children().stream().map(e -> e.className() + ":" + e.text()).toList()).containsExactly(
        "lead:学习不够系统。", "marker:一是", "point:学习时间保障不够。", "case:比如，今年以来个人自学仅安排了六次。",
        "case:又如，专题研讨发言准备不充分。", "marker:二是", "point:学用结合不够紧密。");
    Element cause = Jsoup.parse(html(SampleReports.trackedMeasures())).selectFirst("section[data-part=causes] > p");
    assertThat(cause.html()).isEqualTo(
        "<span class=\"marker\">一是</span><span class=\"headline\">理想信念有所松懈。</span>放松了世界观、人生观、价值观的改造。");
  }

  @Test
  void measureTableWhenTracked() {
    Document doc = Jsoup.parse(html(SampleReports.trackedMeasures()));
    Element table = doc.selectFirst("article > section[data-part=measure-table] > table.measure-table");
    assertThat(table).isNotNull();
    assertThat(table.selectFirst("caption").text()).isEqualTo("整改清单");
    assertThat(table.select("thead th").eachText()).containsExactly("序号", "问题", "整改措施", "责任人/单位", "完成时限", "状态");
    assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
    Elements rows = table.select("tbody > tr");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).select("td").eachText()).containsExactly(
        "1", "在加强理论武装方面；在对党忠诚方面", "强化理论武装。", "张某某", "长期坚持，2024年6月30日", "整改中");
    assertThat(rows.get(2).select("td").stream().map(Element::text).toList()).containsExactly(
        "3", "在践行以人民为中心的发展思想方面；在落实全面从严治党责任方面；在是否存在整改落实不到位问题方面",
        "践行为民宗旨。", "各分管领导", "立行立改", MeasureStatus.VERIFIED.label());
    // The table comes last, after the measures and the closing block.
    assertThat(doc.selectFirst("article").children().last()).isEqualTo(table.parent());
  }

  @Test
  void measureTableFollowsTheOptions() {
    Report untracked = SampleReports.noCauses();
    assertThat(html(untracked)).doesNotContain("<table");
    RenderOptions always = RenderOptions.builder().from(OPTIONS).measureTable(RenderOptions.MeasureTable.ALWAYS).build();
    Element table = Jsoup.parse(Renderers.html(always).renderToString(untracked)).selectFirst("table.measure-table");
    assertThat(table.select("tbody > tr")).hasSize(2);
    assertThat(table.select("tbody > tr").get(1).select("td").stream().map(Element::text).toList())
        .containsExactly("2", "", "狠抓工作落实。", "", "", "");
    RenderOptions never = RenderOptions.builder().from(OPTIONS).measureTable(RenderOptions.MeasureTable.NEVER).build();
    assertThat(Renderers.html(never).renderToString(SampleReports.trackedMeasures())).doesNotContain("<table");
  }

  @Test
  void partsOfImportedReports() {
    String out = html(SampleReports.lifeMeeting());
    assertThat(out).contains("<h1>2023年度民主生活会<br>个人对照检查材料</h1>\n");
    Document doc = Jsoup.parse(out);
    assertThat(doc.select("article > h1 > br")).hasSize(1);
    assertThat(doc.title()).isEqualTo("2023年度民主生活会个人对照检查材料");
    assertThat(doc.select("article > div[data-part=byline] > p").eachText())
        .containsExactly("县委常委、县委办公室主任 赵某某");
    assertThat(doc.select("article > div[data-part=addressee] > p").eachText()).containsExactly("县委：");
    // the extra section before the problems is numbered 一、 and the problems 二、
    assertThat(doc.select("article > section").eachAttr("data-part"))
        .containsExactly("other", "problems", "causes", "measures");
    assertThat(doc.selectFirst("section[data-part=other] > h2").text()).isEqualTo("一、上年度民主生活会整改措施落实情况");
    assertThat(doc.selectFirst("section[data-part=problems] > h2").text()).isEqualTo("二、存在的主要问题");
    // the date line of the signature is marked; the style sheet sets it four characters from the right
    assertThat(doc.select("div.signature > p").eachText()).containsExactly("赵某某", "2024年1月22日");
    assertThat(doc.select("div.signature > p.date").eachText()).containsExactly("2024年1月22日");
    assertThat(HtmlStyle.REPORT).contains(".jianshi-report .signature p.date {\n  padding-right: 4em;\n}");
    // a signature without a date line has no date
    Document other = Jsoup.parse(html(SampleReports.otherNumbering()));
    assertThat(other.select("div.signature > p").eachText()).containsExactly("中共某某县人民检察院党组");
    assertThat(other.select("div.signature > p.date")).isEmpty();
    assertThat(other.select("article > section").eachAttr("data-part"))
        .containsExactly("problems", "other", "other", "causes", "other", "measures", "other");
  }

  @Test
  void closingBlockIsASignatureDiv() {
    RenderOptions o = RenderOptions.builder().from(OPTIONS).closingBlock(true).asciiParentheses(true).build();
    Document doc = Jsoup.parse(Renderers.html(o).renderToString(SampleReports.severalCases()));
    Element sig = doc.selectFirst("article > div.signature[data-part=signature]");
    assertThat(sig.select("p").eachText()).containsExactly("某某县人民法院", "李某", "2022年8月5日");
    assertThat(doc.select("article > div[data-part=closing] > p")).hasSize(2);
    assertThat(doc.select("h3").first().text()).startsWith("(一)");
  }

  @Test
  void styleSheetForFragmentsIsScopedToTheArticle() {
    String css = Renderers.htmlStyleSheet();
    assertThat(css).isEqualTo(HtmlStyle.REPORT).doesNotContain("@page").doesNotContain("body").doesNotContain("url(");
    assertThat(HtmlStyle.PAGE).endsWith(css);
    for (String line : css.split("\n")) {
      if (line.endsWith("{") && !line.startsWith("@media")) {
        for (String selector : line.substring(0, line.length() - 1).split(",")) {
          assertThat(selector.trim()).startsWith(".jianshi-report");
        }
      }
    }
  }

  // ---- hostile text ----

  private static final List<String> PAYLOADS = List.of(
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>",
      "'><svg onload=alert(1)>",
      "javascript:alert(1)",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<!-- -->", "<!--", "-->",
      "<![CDATA[ ]]>", "]]>",
      "</article>", "</p></section></article></body><script>x</script>",
      "</title><script>x</script>", "</style><script>x</script>",
      "&lt;", "&amp;", "&#60;", "&", "'\"", "\"", "'",
      "<style>body{display:none}</style>", "<iframe src=//evil.example>", "<base href=//evil.example>",
      "{{7*7}}", "${7*7}", "\u2028");

  /** A report whose every text field is made by the given function from the field's name. */
  private static Report report(UnaryOperator<String> text) {
    return Report.builder().answering(Checklists.ninePoint())
        .title(text.apply("title"))
        .author(Author.builder().name(text.apply("name")).position(text.apply("position"))
            .organization(text.apply("organization")).build())
        .date(LocalDate.of(2024, 1, 2))
        .headings(SectionHeadings.builder().problems(text.apply("problems")).causes(text.apply("causes"))
            .measures(text.apply("measures")).build())
        .addPreamble(text.apply("preamble"))
        .addFinding(Finding.builder().checkpoint(text.apply("checkpoint1")).verdict(Verdict.PROBLEMS_FOUND)
            .heading(text.apply("heading1"))
            .addParagraph(lead(text.apply("lead")), point(text.apply("point1")), example(text.apply("case")),
                point(text.apply("point2")), detail(text.apply("detail")))
            .build())
        .addFinding(Finding.builder().checkpoint(text.apply("checkpoint2")).verdict(Verdict.NOT_PRESENT)
            .heading(text.apply("heading2"))
            .addParagraph(lead(text.apply("lead2")))
            .build())
        .addCause(Cause.builder().headline(text.apply("causeHeadline")).text(text.apply("causeText"))
            .addCheckpoint(text.apply("checkpoint1")).build())
        .addMeasure(Measure.builder().headline(text.apply("measureHeadline")).text(text.apply("measureText"))
            .addCheckpoint(text.apply("checkpoint1")).owner(text.apply("owner")).due(LocalDate.of(2024, 6, 30))
            .status(MeasureStatus.IN_PROGRESS).build())
        .addClosing(text.apply("closing"))
        .build();
  }

  private static String hostile(String field) {
    return field + String.join(field, PAYLOADS) + field;
  }

  private static String harmless(String field) {
    return "正文" + field;
  }

  /** Element names, attribute names, and the values of every attribute but the data- ones. */
  private static Set<String> markup(Document doc) {
    Set<String> names = new TreeSet<>();
    for (Element e : doc.getAllElements()) {
      names.add("<" + e.normalName() + ">");
      for (Attribute a : e.attributes()) {
        names.add(e.normalName() + "@" + a.getKey()
            + (a.getKey().equals("data-checkpoint") ? "" : "=" + a.getValue()));
      }
    }
    return names;
  }

  static List<RenderOptions> hostileOptions() {
    RenderOptions closing = RenderOptions.builder().closingBlock(true).build();
    return List.of(closing, RenderOptions.builder().from(closing).htmlFragment(true).build());
  }

  @ParameterizedTest
  @MethodSource("hostileOptions")
  void hostileTextStaysText(RenderOptions options) {
    TextRenderer renderer = Renderers.html(options);
    Report evil = report(HtmlRendererTest::hostile);
    Report plain = report(HtmlRendererTest::harmless);
    String out = renderer.renderToString(evil);
    Document doc = options.htmlFragment() ? Jsoup.parseBodyFragment(out) : Jsoup.parse(out);
    Document reference = options.htmlFragment()
        ? Jsoup.parseBodyFragment(renderer.renderToString(plain)) : Jsoup.parse(renderer.renderToString(plain));

    // No element or attribute the renderer did not write itself.
    assertThat(markup(doc)).isEqualTo(markup(reference));
    assertThat(doc.select("script, img, svg, iframe, base, a, [onerror], [onload], [href], [src]")).isEmpty();

    // The data- attributes carry the ids given, verbatim.
    assertThat(doc.select("section.finding").eachAttr("data-checkpoint"))
        .containsExactly(hostile("checkpoint1"), hostile("checkpoint2"));
    assertThat(doc.select("section.finding").eachAttr("data-verdict")).containsExactly("problems-found", "not-present");

    // Every text comes back verbatim, as text.
    Element article = doc.selectFirst("article");
    assertThat(article.selectFirst("h1").wholeText()).isEqualTo(hostile("title"));
    assertThat(article.select("h2").stream().map(Element::wholeText).toList()).containsExactly(
        "一、" + hostile("problems"), "二、" + hostile("causes"), "三、" + hostile("measures"));
    assertThat(article.select("h3").stream().map(Element::wholeText).toList()).containsExactly(
        "（一）" + hostile("heading1"), "（二）" + hostile("heading2"));
    assertThat(article.select("p").stream().map(Element::wholeText).toList()).containsExactly(
        hostile("preamble"),
        hostile("lead") + "一是" + hostile("point1") + hostile("case") + "二是" + hostile("point2")
            + hostile("detail"),
        hostile("lead2"),
        "一是" + hostile("causeHeadline") + hostile("causeText"),
        "一是" + hostile("measureHeadline") + hostile("measureText"),
        hostile("closing"),
        hostile("organization"), hostile("name"), "2024年1月2日");
    assertThat(article.select("td").stream().map(Element::wholeText).toList()).containsExactly(
        "1", hostile("heading1"), hostile("measureHeadline"), hostile("owner"), "2024年6月30日", "整改中");
    if (!options.htmlFragment()) {
      assertThat(doc.title()).isEqualTo(hostile("title"));
      assertThat(doc.head().children().stream().map(Element::normalName).toList())
          .containsExactly("meta", "meta", "title", "style");
      assertThat(doc.selectFirst("style").data()).isEqualTo("\n" + HtmlStyle.PAGE);
    }
  }

  private static Report imported(java.util.function.UnaryOperator<String> f) {
    return Report.builder().from(SampleReports.lifeMeeting())
        .title(f.apply("line1") + "\n" + f.apply("line2"))
        .byline(f.apply("byline"))
        .addressee(f.apply("addressee"))
        .extraSections(List.of(ExtraSection.of(f.apply("extra"), ExtraSection.Placement.BEFORE_PROBLEMS,
            List.of(f.apply("extraText")))))
        .signature(List.of(f.apply("signature"), "2024年1月22日"))
        .build();
  }

  @ParameterizedTest
  @MethodSource("hostileOptions")
  void hostileTextInThePartsOfImportedReportsStaysText(RenderOptions options) {
    TextRenderer renderer = Renderers.html(options);
    String out = renderer.renderToString(imported(HtmlRendererTest::hostile));
    Document doc = options.htmlFragment() ? Jsoup.parseBodyFragment(out) : Jsoup.parse(out);
    String plain = renderer.renderToString(imported(HtmlRendererTest::harmless));
    Document reference = options.htmlFragment() ? Jsoup.parseBodyFragment(plain) : Jsoup.parse(plain);
    assertThat(markup(doc)).isEqualTo(markup(reference));
    Element article = doc.selectFirst("article");
    assertThat(article.selectFirst("h1").wholeText()).isEqualTo(hostile("line1") + "\n" + hostile("line2"));
    assertThat(article.selectFirst("div[data-part=byline] > p").wholeText()).isEqualTo(hostile("byline"));
    assertThat(article.selectFirst("div[data-part=addressee] > p").wholeText()).isEqualTo(hostile("addressee"));
    assertThat(article.selectFirst("section[data-part=other] > h2").wholeText()).isEqualTo("一、" + hostile("extra"));
    assertThat(article.selectFirst("section[data-part=other] > p").wholeText()).isEqualTo(hostile("extraText"));
    assertThat(article.select("div.signature > p").stream().map(Element::wholeText).toList())
        .containsExactly(hostile("signature"), "2024年1月22日");
    if (!options.htmlFragment()) {
      assertThat(doc.title()).isEqualTo(hostile("line1") + hostile("line2"));
    }
  }

  @Test
  void charactersHtmlForbidsAreReplacedNotPassedThrough() {
    Report r = report(f -> f + "\u0000\u0001\u0008\u000b\u000c\u007f\ufffe\uffff\ud800" + f);
    String out = Renderers.html().renderToString(r);
    assertThat(out.chars().filter(c -> (c < 0x20 && c != '\n') || c == 0x7f || c >= 0xfffe || Character.isSurrogate((char) c)))
        .isEmpty();
    assertThat(Jsoup.parse(out).title()).startsWith("title").endsWith("title");
  }

  @Test
  void formatAndBytes() {
    Report r = SampleReports.trackedMeasures();
    assertThat(Renderers.html().format()).isEqualTo(Format.HTML);
    assertThat(Renderers.html(OPTIONS).renderToBytes(r)).isEqualTo(html(r).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void deterministicAndThreadSafe() throws Exception {
    Map<String, Report> all = SampleReports.all();
    List<Report> reports = List.copyOf(all.values());
    TextRenderer standalone = Renderers.html(OPTIONS);
    TextRenderer fragment = Renderers.html(FRAGMENT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Report r = reports.get(i % reports.size());
        TextRenderer renderer = i % 2 == 0 ? standalone : fragment;
        String expected = renderer.renderToString(r);
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
    assertThatThrownBy(() -> Renderers.html().renderToString(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Renderers.html(null)).isInstanceOf(NullPointerException.class);
  }

  private static Path golden(String relativePath) {
    return Path.of("src/test/resources/golden", relativePath);
  }
}
