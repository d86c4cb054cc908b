package io.github.jianshi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.SectionHeadings;
import io.github.jianshi.core.SegmentKind;
import io.github.jianshi.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real-report corpus ({@code corpus/text/*.txt} with hand labels {@code *.labels}, see the corpus
 * README): one test per file compares what import recovers with the labels, and checks that nothing
 * is lost. Where the importer does not (yet) read a file as its labels say, the differences are
 * listed in {@link CorpusGaps} and asserted exactly, so that a fix or a regression shows.
 */
class CorpusTest {

  @TestFactory
  Stream<DynamicTest> everyCorpusFile() throws IOException, URISyntaxException {
    Path dir = Path.of(CorpusTest.class.getResource("/corpus/text").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() >= 15, "the corpus has at least 15 files");
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path txt) throws IOException {
    String name = txt.getFileName().toString().replace(".txt", "");
    Path labels = txt.resolveSibling(name + ".labels");
    List<String> expected = expected(Files.readAllLines(labels, StandardCharsets.UTF_8));
    ImportResult result = ReportImporter.defaults().importText(Files.readAllBytes(txt));
    assertTrue(result.isImported(), () -> result.diagnostics().describe(Locale.ROOT));
    List<String> actual = actual(result);
    List<String> diff = diff(expected, actual);
    List<String> gaps = CorpusGaps.of(name);
    assertEquals(String.join("\n", gaps), String.join("\n", diff), () -> name + ": labels vs import\n"
        + String.join("\n", expected) + "\n----\n" + String.join("\n", actual) + "\n----\n"
        + result.diagnostics().describe(Locale.ROOT));
    NothingLost.check(result);
  }

  /** The labels as comparable facts; source, traits, cut, charset and line-ends are not facts of import. */
  static List<String> expected(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String raw : lines) {
      String l = raw.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int colon = l.indexOf(':');
      String key = l.substring(0, colon);
      String value = l.substring(colon + 1).strip();
      switch (key) {
        case "source", "traits", "cut", "charset", "line-ends" -> { }
        case "finding" -> {
          int bar = value.lastIndexOf('|');
          out.add("finding: " + value.substring(0, bar).strip() + " | " + value.substring(bar + 1).strip());
        }
        case "section" -> {
          int bar = value.indexOf('|');
          out.add("section: " + value.substring(0, bar).strip() + " | " + value.substring(bar + 1).strip());
        }
        default -> out.add(key + ": " + value);
      }
    }
    return out;
  }

  /** The import as facts in the order and form of the labels. */
  static List<String> actual(ImportResult result) {
    Report r = result.report().orElseThrow();
    String input = NothingLost.squeeze(sourceText(result));
    List<String> out = new ArrayList<>();
    r.title().ifPresent(t -> out.add("title: " + t.replace("\n", "")));
    r.byline().ifPresent(t -> out.add("byline: " + t));
    r.addressee().ifPresent(t -> out.add("addressee: " + t));
    out.add("preamble: " + r.preamble().size());
    extras(r, ExtraSection.Placement.BEFORE_PROBLEMS, out);
    boolean problemsHeading = !r.headings().problems().equals(SectionHeadings.DEFAULT_PROBLEMS)
        || input.contains(SectionHeadings.DEFAULT_PROBLEMS);
    if (!r.findings().isEmpty() || problemsHeading) {
      out.add("section: problems | " + (problemsHeading ? r.headings().problems() : "-"));
      for (Finding f : r.findings()) {
        long cases = f.segments().filter(s -> s.kind() == SegmentKind.CASE).count();
        out.add("finding: " + f.heading().orElse("-") + " | points=" + f.points().size() + " cases=" + cases
            + " verdict=" + verdict(f));
      }
    }
    extras(r, ExtraSection.Placement.AFTER_PROBLEMS, out);
    boolean causesHeading = !r.headings().causes().equals(SectionHeadings.DEFAULT_CAUSES)
        || input.contains(SectionHeadings.DEFAULT_CAUSES);
    boolean measuresHeading = !r.headings().measures().equals(SectionHeadings.DEFAULT_MEASURES)
        || input.contains(SectionHeadings.DEFAULT_MEASURES);
    // a section heading with nothing under it (an excerpt cut after the heading) is still a section
    if (!r.causes().isEmpty() || !r.causesOpening().isEmpty() || causesHeading) {
      out.add("section: causes | " + r.headings().causes());
      out.add("causes: " + r.causes().size());
    }
    extras(r, ExtraSection.Placement.AFTER_CAUSES, out);
    if (!r.measures().isEmpty() || !r.measuresOpening().isEmpty() || measuresHeading) {
      out.add("section: measures | " + r.headings().measures());
      out.add("measures: " + r.measures().size());
    }
    extras(r, ExtraSection.Placement.AFTER_MEASURES, out);
    if (!r.closing().isEmpty() || !r.measures().isEmpty() || !r.measuresOpening().isEmpty()) {
      out.add("closing: " + r.closing().size());
    }
    // the date line is kept in the signature; the labels give it as date: only
    r.signature().stream().filter(s -> !s.matches("[（(]?\\s*\\S{4}\\s*年.{1,4}月.{1,4}日\\s*[)）]?"))
        .forEach(s -> out.add("signature: " + s));
    r.date().ifPresent(d -> out.add("date: " + d));
    out.add("removed: " + result.diagnostics().codes().stream().filter("import.page-number.removed"::equals).count());
    return out;
  }

  private static String sourceText(ImportResult result) {
    StringBuilder sb = new StringBuilder();
    result.source().paragraphs().forEach(p -> sb.append(p.text()));
    return sb.toString();
  }

  private static String verdict(Finding f) {
    return switch (f.verdict()) {
      case PROBLEMS_FOUND -> "problems";
      case NOT_PRESENT_WITH_SHORTCOMINGS -> "not-present-but";
      case NOT_PRESENT -> "not-present";
      case NOT_APPLICABLE -> "not-applicable";
    };
  }

  private static void extras(Report r, ExtraSection.Placement placement, List<String> out) {
    for (ExtraSection x : r.extraSections()) {
      if (x.placement() == placement) {
        out.add("section: other | " + x.heading());
        out.add("paragraphs: " + x.paragraphs().size());
      }
    }
  }

  /** A line diff: "- label" for facts the import does not give, "+ import" for facts it gives instead. */
  static List<String> diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add("+ " + b.get(j++));
      } else {
        out.add("- " + a.get(i++));
      }
    }
    return out;
  }
}
