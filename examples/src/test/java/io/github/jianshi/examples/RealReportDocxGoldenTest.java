package io.github.jianshi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.Golden;
import io.github.jianshi.docx.DocxRenderers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, String> files = new LinkedHashMap<>();
    files.put("entries.txt", String.join("\n", parts.keySet()) + "\n");
    parts.forEach((name, xml) -> files.put(name, lines(xml)));
    Golden.assertDirectory(GOLDEN, files);
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
