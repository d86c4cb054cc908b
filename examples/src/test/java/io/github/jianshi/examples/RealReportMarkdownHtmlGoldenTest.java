package io.github.jianshi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.Golden;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.Renderers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real report as Markdown and HTML, compared with golden files:
 * {@code src/test/resources/golden/md/real-report.md}, {@code golden/html/real-report.html} (standalone
 * page) and {@code golden/html/real-report.fragment.html} (fragment mode). To regenerate them after an
 * intended change, run {@code ./mvnw -o -pl examples verify -Djianshi.updateGolden=true} and review the
 * diff.
 */
class RealReportMarkdownHtmlGoldenTest {
  private static void assertMatchesGolden(String relativePath, String actual) {
    Golden.assertText(Path.of("src/test/resources/golden").resolve(relativePath), actual);
  }

  /** The lines of the original text, without the final empty line. */
  private static List<String> originalLines() {
    String text = new String(RealReport.originalText(), StandardCharsets.UTF_8);
    return List.of(text.strip().split("\n"));
  }

  @Test
  void markdownMatchesGoldenFile() throws IOException {
    assertMatchesGolden("md/real-report.md", Renderers.markdown().renderToString(RealReport.report()));
  }

  @Test
  void htmlMatchesGoldenFiles() throws IOException {
    Report report = RealReport.report();
    assertMatchesGolden("html/real-report.html", Renderers.html().renderToString(report));
    assertMatchesGolden("html/real-report.fragment.html",
        Renderers.html(RenderOptions.builder().htmlFragment(true).build()).renderToString(report));
  }

  @Test
  void markdownIsTheOriginalWithHeadingMarks() {
    // The real report has no ASCII syntax characters: every line comes through unescaped, headings
    // marked ## and ###, paragraphs separated by blank lines. It has no title: the fallback title
    // comes first, so that the headings start at level 1.
    StringBuilder expected = new StringBuilder("# 对照检视材料\n");
    for (String line : originalLines()) {
      if (expected.length() > 0) {
        expected.append('\n');
      }
      if (line.matches("^[一二三四五六七八九十]+、.*")) {
        expected.append("## ");
      } else if (line.matches("^（[一二三四五六七八九十]+）.*")) {
        expected.append("### ");
      }
      expected.append(line).append('\n');
    }
    assertThat(Renderers.markdown().renderToString(RealReport.report())).isEqualTo(expected.toString());
  }

  @Test
  void htmlCarriesEveryLineAndTheFindingsData() {
    Report report = RealReport.report();
    String html = Renderers.html().renderToString(report);
    for (Finding f : report.findings()) {
      assertThat(html).contains("<section class=\"finding\" data-checkpoint=\"" + f.checkpoint()
          + "\" data-verdict=\"" + f.verdict().id() + "\">");
    }
    // Markup removed, each heading and paragraph is one line of the original, in order.
    List<String> text = html.lines()
        .filter(l -> l.startsWith("<h2>") || l.startsWith("<h3>") || l.startsWith("<p>"))
        .map(l -> l.replaceAll("<[^>]*>", ""))
        .toList();
    assertThat(text).containsExactlyElementsOf(originalLines());
    assertThat(html).doesNotContain("<table").doesNotContain("<script").contains("<title>对照检视材料</title>");
  }
}
