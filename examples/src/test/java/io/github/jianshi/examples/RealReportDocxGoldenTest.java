package io.github.jianshi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.docx.DocxRenderers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * The real report as Word, compared with golden files: {@code src/test/resources/golden/docx/real-report/}
 * holds the list of zip entries ({@code entries.txt}) and the text of every XML part with a line break
 * between adjacent tags. The zip bytes are not compared (the report-docx tests check that they are
 * stable). To regenerate the files after an intended change, run
 * {@code ./mvnw -o -pl examples verify -Djianshi.updateGolden=true} and review the diff.
 */
class RealReportDocxGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("jianshi.updateGolden");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/docx/real-report");

  private static byte[] docx() {
    return DocxRenderers.docx().renderToBytes(RealReport.report());
  }

  private static Map<String, String> parts(byte[] docx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  /** A line break between adjacent tags; text never holds an unescaped "&gt;&lt;". */
  private static String lines(String xml) {
    String s = xml.replace("><", ">\n<");
    return s.endsWith("\n") ? s : s + "\n";
  }

  @Test
  void partsMatchGoldenFiles() throws IOException {
    Map<String, String> parts = parts(docx());
    String entries = String.join("\n", parts.keySet()) + "\n";
    if (UPDATE) {
      if (Files.exists(GOLDEN)) {
        List<Path> old = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
          walk.sorted(Comparator.reverseOrder()).forEach(old::add);
        }
        for (Path p : old) {
          Files.delete(p);
        }
      }
      Files.createDirectories(GOLDEN);
      Files.writeString(GOLDEN.resolve("entries.txt"), entries, StandardCharsets.UTF_8);
      for (Map.Entry<String, String> part : parts.entrySet()) {
        Path file = GOLDEN.resolve(part.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines(part.getValue()), StandardCharsets.UTF_8);
      }
    }
    assertThat(GOLDEN.resolve("entries.txt"))
        .as("golden files in %s (regenerate with -Djianshi.updateGolden=true)", GOLDEN).exists();
    assertThat(entries).isEqualTo(Files.readString(GOLDEN.resolve("entries.txt"), StandardCharsets.UTF_8));
    for (Map.Entry<String, String> part : parts.entrySet()) {
      List<String> actual = lines(part.getValue()).lines().toList();
      List<String> expected = Files.readString(GOLDEN.resolve(part.getKey()), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
        assertThat(actual.get(i)).as("%s line %d", part.getKey(), i + 1).isEqualTo(expected.get(i));
      }
      assertThat(actual).as("%s line count", part.getKey()).hasSameSizeAs(expected);
    }
  }

  @Test
  void everyLineOfTheOriginalIsOneStyledParagraph() throws IOException {
    String text = new String(RealReport.originalText(), StandardCharsets.UTF_8);
    List<String> original = List.of(text.strip().split("\n"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx()))) {
      List<XWPFParagraph> paragraphs = doc.getParagraphs();
      assertThat(paragraphs).extracting(XWPFParagraph::getText).containsExactlyElementsOf(original);
      for (XWPFParagraph p : paragraphs) {
        String expectedStyle = p.getText().matches("^[一二三四五六七八九十]+、.*") ? "JianshiHeading1"
            : p.getText().matches("^（[一二三四五六七八九十]+）.*") ? "JianshiHeading2" : "JianshiBody";
        assertThat(p.getStyle()).as(p.getText()).isEqualTo(expectedStyle);
      }
      // No title, author, date or tracked measures in the real report: no closing block, no table.
      assertThat(doc.getTables()).isEmpty();
      assertThat(doc.getProperties().getCoreProperties().getCreated()).isNull();
    }
  }
}
