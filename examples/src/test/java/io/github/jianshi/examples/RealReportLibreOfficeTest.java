package io.github.jianshi.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.jianshi.core.Report;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.docx.PageGrid;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.spi.ReportLayout;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real report's Word output as LibreOffice lays it out: converted with {@code soffice --headless
 * --convert-to pdf} and read back with {@code pdftotext -bbox-layout}. Checks the GB/T 9704 page:
 * 6 pages, at most 28 characters per line and 22 lines per page, text inside the 156 × 225 mm block,
 * no character of the document missing from the PDF, page numbers "— N —" on the outer side one
 * character in, and the headings in the PDF's outline (from their outline levels).
 *
 * <p>Needs LibreOffice ({@code soffice}) and poppler ({@code pdftotext}) on the PATH (Debian:
 * {@code libreoffice-writer-nogui}, {@code poppler-utils}), or {@code -Djianshi.soffice=/path/to/soffice}.
 * Without them the tests are skipped with a
 * message that says so; with {@code -Djianshi.requireLibreOffice=true} (as CI sets it where it can
 * install LibreOffice) they fail instead. The PDFs and a measurement table are left in
 * {@code target/libreoffice/}.
 */
class RealReportLibreOfficeTest {
  private static final boolean REQUIRED = Boolean.getBoolean("jianshi.requireLibreOffice");
  private static final Path OUT = Path.of("target/libreoffice");

  /** The text block of GB/T 9704 on A4, in millimetres from the page's top-left corner. */
  private static final double BLOCK_LEFT = 28;
  private static final double BLOCK_RIGHT = 210 - 26;
  private static final double BLOCK_TOP = 37;
  private static final double BLOCK_BOTTOM = 297 - 35;
  /** One page-number character (4号, 14 pt) in millimetres. */
  private static final double PAGE_NUMBER_CHAR = 14 * 25.4 / 72;
  /** Slack for rounding in PDF coordinates, in millimetres. */
  private static final double SLACK = 0.5;

  private static final Report REPORT = RealReport.report();

  private static Measured lines;
  private static Measured characters;

  /** What was measured of one conversion. */
  record Measured(byte[] docx, Path pdf, List<PdfPages.Page> pages) {
    List<List<PdfPages.Line>> body() {
      return pages.stream().map(p -> p.lines().stream().filter(l -> l.top() < BLOCK_BOTTOM).toList()).toList();
    }

    List<Optional<PdfPages.Line>> footers() {
      return pages.stream().map(p -> p.lines().stream().filter(l -> l.top() >= BLOCK_BOTTOM).findFirst()).toList();
    }

    List<PdfPages.Line> allBody() {
      return body().stream().flatMap(List::stream).toList();
    }

    int maxChars() {
      return allBody().stream().mapToInt(PdfPages.Line::chars).max().orElse(0);
    }

    int maxLines() {
      return body().stream().mapToInt(List::size).max().orElse(0);
    }

    Map<String, Integer> missing() throws IOException {
      StringBuilder pdfText = new StringBuilder();
      allBody().forEach(l -> pdfText.append(l.text()));
      return PdfPages.missing(PdfPages.characters(documentText(docx)), PdfPages.characters(pdfText));
    }

    double rightmost() {
      return allBody().stream().mapToDouble(PdfPages.Line::right).max().orElse(0);
    }
  }

  @BeforeAll
  static void convert() throws IOException, InterruptedException {
    String sofficeProperty = System.getProperty("jianshi.soffice");
    Optional<Path> soffice = sofficeProperty == null ? onPath("soffice")
        : Optional.of(Path.of(sofficeProperty)).filter(Files::isExecutable);
    Optional<Path> pdftotext = onPath("pdftotext");
    if (soffice.isEmpty() || pdftotext.isEmpty()) {
      String message = "NOT CHECKED: the real report's Word output was not laid out in LibreOffice, because "
          + (soffice.isEmpty() ? "soffice (LibreOffice)" : "pdftotext (poppler-utils)")
          + " is not on the PATH. Install Debian's libreoffice-writer-nogui and poppler-utils to run this check.";
      System.err.println("[RealReportLibreOfficeTest] " + message);
      if (REQUIRED) {
        fail(message + " (-Djianshi.requireLibreOffice=true)");
      }
      Assumptions.abort(message);
    }
    Files.createDirectories(OUT);
    lines = measure(soffice.get(), DocxRenderers.docx().renderToBytes(REPORT), "real-report");
    characters = measure(soffice.get(),
        DocxRenderers.docx(RenderOptions.defaults(), PageGrid.CHARACTERS).renderToBytes(REPORT),
        "real-report-character-grid");
    Files.writeString(OUT.resolve("measurements.md"), table(), StandardCharsets.UTF_8);
  }

  @Test
  void sixPages() {
    assertThat(lines.pages()).hasSize(6);
    for (PdfPages.Page page : lines.pages()) {
      assertThat(page.width()).isCloseTo(210, org.assertj.core.data.Offset.offset(SLACK));
      assertThat(page.height()).isCloseTo(297, org.assertj.core.data.Offset.offset(SLACK));
    }
  }

  @Test
  void atMost28CharactersPerLineAndFullLinesHold28() {
    List<PdfPages.Line> body = lines.allBody();
    assertThat(body).allSatisfy(l -> assertThat(l.chars()).as(l.text()).isLessThanOrEqualTo(28));
    // A line that is not a paragraph's last holds 28 characters, or 26 after the two-character indent,
    // or one less where a mark that may not start a line took the character before it along.
    long full = body.stream().filter(l -> l.chars() == 28).count();
    assertThat(full).as("lines of 28 characters").isGreaterThan(body.size() / 2);
  }

  @Test
  void atMost22LinesPerPageAndEveryPageButTheLastIsFull() {
    List<List<PdfPages.Line>> body = lines.body();
    List<String> headings = headings();
    for (int i = 0; i < body.size(); i++) {
      assertThat(body.get(i)).as("page %d", i + 1).hasSizeLessThanOrEqualTo(22);
      if (i < body.size() - 1) {
        String next = body.get(i + 1).get(0).text();
        boolean headingKeptWithNext = headings.stream().anyMatch(h -> h.startsWith(next) || next.startsWith(h));
        // A heading that would be the foot of a page moves to the next with its paragraph (keep with
        // next), leaving 21 lines; any other page but the last is full.
        if (headingKeptWithNext) {
          assertThat(body.get(i)).as("page %d", i + 1).hasSizeBetween(21, 22);
        } else {
          assertThat(body.get(i)).as("page %d", i + 1).hasSize(22);
        }
      }
    }
  }

  @Test
  void textStaysInsideTheTextBlock() {
    for (PdfPages.Line l : lines.allBody()) {
      assertThat(l.left()).as(l.text()).isGreaterThanOrEqualTo(BLOCK_LEFT - SLACK);
      assertThat(l.right()).as(l.text()).isLessThanOrEqualTo(BLOCK_RIGHT + SLACK);
      assertThat(l.top()).as(l.text()).isGreaterThanOrEqualTo(BLOCK_TOP - SLACK);
      assertThat(l.bottom()).as(l.text()).isLessThanOrEqualTo(BLOCK_BOTTOM + SLACK);
    }
  }

  @Test
  void noCharacterIsLost() throws IOException {
    assertThat(lines.missing()).as("characters of the document missing from LibreOffice's PDF").isEmpty();
    // And nothing was added to the body (the page numbers are below the text block).
    StringBuilder pdfText = new StringBuilder();
    lines.allBody().forEach(l -> pdfText.append(l.text()));
    assertThat(PdfPages.missing(PdfPages.characters(pdfText), PdfPages.characters(documentText(lines.docx()))))
        .isEmpty();
  }

  @Test
  void pageNumbersOnTheOuterSideOneCharacterIn() {
    List<Optional<PdfPages.Line>> footers = lines.footers();
    for (int i = 0; i < footers.size(); i++) {
      int n = i + 1;
      PdfPages.Line number = footers.get(i).orElseThrow(() -> new AssertionError("no page number on page " + n));
      assertThat(number.text().replace(" ", "")).isEqualTo("\u2014" + n + "\u2014");
      if (n % 2 == 1) {
        assertThat(number.right()).as("page %d", n)
            .isCloseTo(BLOCK_RIGHT - PAGE_NUMBER_CHAR, org.assertj.core.data.Offset.offset(1.0));
      } else {
        assertThat(number.left()).as("page %d", n)
            .isCloseTo(BLOCK_LEFT + PAGE_NUMBER_CHAR, org.assertj.core.data.Offset.offset(1.0));
      }
      // GB/T 9704 §7.5: the line about 7 mm below the text block.
      double middle = (number.top() + number.bottom()) / 2;
      assertThat(middle - BLOCK_BOTTOM).as("page %d", n).isBetween(5.0, 9.0);
    }
  }

  @Test
  void headingsAreInThePdfOutline() throws IOException {
    // LibreOffice exports paragraphs with an outline level as PDF bookmarks.
    String pdf = new String(Files.readAllBytes(lines.pdf()), StandardCharsets.ISO_8859_1);
    List<String> titles = new ArrayList<>();
    Matcher m = Pattern.compile("/Title\\s*<FEFF([0-9A-Fa-f]*)>").matcher(pdf);
    while (m.find()) {
      titles.add(utf16(m.group(1)));
    }
    assertThat(titles).containsAll(headings());
  }

  @Test
  void characterGridIsMeasuredToo() throws IOException {
    // Word's character grid, for those who must match a Word template: LibreOffice 7.4 gives each
    // Chinese character two cells of the grid, so it shows 14 characters per line; the measurements
    // are in target/libreoffice/measurements.md and in report-docx's README.
    assertThat(characters.pages()).isNotEmpty();
    assertThat(characters.maxChars()).isLessThan(28);
    assertThat(characters.missing()).isEmpty();
  }

  private static List<String> headings() {
    List<String> headings = new ArrayList<>();
    for (ReportLayout.Block b : ReportLayout.of(REPORT, RenderOptions.defaults()).blocks()) {
      if (b instanceof ReportLayout.Heading h) {
        headings.add(h.fullText());
      }
    }
    assertThat(headings).hasSize(12);
    return headings;
  }

  private static String utf16(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return new String(bytes, StandardCharsets.UTF_16BE);
  }

  private static String documentText(byte[] docx) throws IOException {
    StringBuilder text = new StringBuilder();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFParagraph p : doc.getParagraphs()) {
        text.append(p.getText());
      }
    }
    return text.toString();
  }

  private static Measured measure(Path soffice, byte[] docx, String name) throws IOException, InterruptedException {
    Path dir = OUT.toAbsolutePath();
    Path file = dir.resolve(name + ".docx");
    Files.write(file, docx);
    Path pdf = dir.resolve(name + ".pdf");
    Files.deleteIfExists(pdf);
    // A profile of its own, so that a LibreOffice the user has open does not take the job.
    Process p = new ProcessBuilder(soffice.toString(),
        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("soffice did not finish converting " + file + " in 180 s");
    }
    assertThat(pdf).as("soffice's PDF (exit %d, see %s.log)", p.exitValue(), name).exists();
    return new Measured(docx, pdf, PdfPages.read(pdf));
  }

  private static String table() throws IOException {
    StringBuilder t = new StringBuilder();
    t.append("| grid | pages | most characters per line | lines of 28 | most lines per page | characters lost |"
        + " rightmost text (mm from left edge; block ends at 184) |\n|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Measured> e : Map.of("lines (default)", lines, "characters", characters).entrySet()
        .stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
      Measured m = e.getValue();
      long full = m.allBody().stream().filter(l -> l.chars() == 28).count();
      t.append(String.format(Locale.ROOT, "| %s | %d | %d | %d of %d | %d | %d | %.1f |%n", e.getKey(),
          m.pages().size(), m.maxChars(), full, m.allBody().size(), m.maxLines(),
          m.missing().values().stream().mapToInt(Integer::intValue).sum(), m.rightmost()));
    }
    return t.toString();
  }

  private static Optional<Path> onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
