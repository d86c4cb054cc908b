package io.github.jianshi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input is refused or repaired with a diagnostic, in bounded memory, never with an exception. */
class BadInputTest {
  private static final ReportImporter IMPORTER = ReportImporter.defaults();

  private static void refused(ImportResult r, String code) {
    assertFalse(r.isImported(), () -> r.toString());
    assertTrue(r.report().isEmpty());
    assertTrue(r.source().paragraphs().isEmpty());
    assertTrue(r.diagnostics().codes().contains(code), () -> r.diagnostics().describe(Locale.ROOT));
    Diagnostic d = r.diagnostics().diagnostics().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, d.severity());
    assertFalse(d.message(Locale.CHINA).isBlank());
  }

  @Test
  void emptyInputs() {
    refused(IMPORTER.importText(new byte[0]), "import.input.empty");
    refused(IMPORTER.importText(""), "import.input.empty");
    ImportResult blank = IMPORTER.importText("\n\n \u3000\r\n\t\n");
    assertFalse(blank.isImported());
    assertTrue(blank.diagnostics().codes().contains("import.input.no-text"));
  }

  @Test
  void foreignFormatsAreNamed() {
    refused(IMPORTER.importText("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)), "import.format.pdf");
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0};
    refused(IMPORTER.importText(ole), "import.format.ole2");
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
    refused(IMPORTER.importText(zip), "import.format.zip");
    refused(IMPORTER.importText("{\\rtf1\\ansi 你好}".getBytes(StandardCharsets.US_ASCII)), "import.format.rtf");
    ImportResult pdf = IMPORTER.importText("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    assertTrue(pdf.diagnostics().diagnostics().get(0).message(Locale.CHINA).contains("PDF"));
    ImportResult doc = IMPORTER.importText(ole);
    assertTrue(doc.diagnostics().diagnostics().get(0).message(Locale.CHINA).contains(".docx"));
  }

  @Test
  void binaryIsRefused() {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    random[10] = 0;
    refused(IMPORTER.importText(random), "import.input.binary");
    byte[] controls = new byte[200];
    Arrays.fill(controls, (byte) 1);
    refused(IMPORTER.importText(controls), "import.input.binary");
  }

  /** A 100 MB stream (generated, never stored) is refused after reading the limit plus one byte. */
  @Test
  void hugeStreamIsRefusedInBoundedMemory() {
    long size = 100L * 1024 * 1024;
    CountingStream in = new CountingStream(size);
    ImportResult r = IMPORTER.importText(in);
    refused(r, "import.input.too-large");
    long limit = ImportLimits.defaults().maxInputBytes();
    assertTrue(in.read <= limit + 1, "read " + in.read + " bytes");
    assertTrue(in.read > limit);
  }

  @Test
  void smallLimitsAreHonoured() {
    ReportImporter small = ReportImporter.builder()
        .limits(ImportLimits.builder().maxInputBytes(100).maxParagraphs(3).maxParagraphLength(20).build()).build();
    refused(small.importText(new byte[101]), "import.input.too-large");
    refused(small.importText("一\n二\n三\n四\n"), "import.input.too-many-paragraphs");
    refused(small.importText("这一行超过了二十个字符的上限，所以不能导入。"), "import.paragraph.too-long");
    refused(small.importText(new StringReader("x".repeat(101))), "import.input.too-large");
  }

  @Test
  void overLongLineIsRefusedWithItsLine() {
    String text = "标题\n" + "很".repeat(ImportLimits.defaults().maxParagraphLength() + 1) + "\n";
    ImportResult r = IMPORTER.importText(text);
    refused(r, "import.paragraph.too-long");
    assertEquals(2, r.diagnostics().diagnostics().get(0).line().getAsInt());
  }

  @Test
  void foreignEncodingsAreDetectedOrRepaired() {
    String text = "一、存在的主要问题\n（一）在学习方面\n学习不够深入。\n";
    ImportResult gb = IMPORTER.importText(text.getBytes(Charset.forName("GB18030")));
    assertEquals("GB18030", gb.source().charset().orElseThrow());
    assertEquals("学习不够深入。", gb.report().orElseThrow().findings().get(0).body().get(0).segments().get(0).text());
    ImportResult big5 = IMPORTER.importText(text.getBytes(Charset.forName("Big5")), Charset.forName("Big5"));
    assertEquals("Big5", big5.source().charset().orElseThrow());
    assertTrue(big5.isImported());
    // Latin-1 bytes given as UTF-8: invalid sequences replaced and counted
    ImportResult wrong = IMPORTER.importText(new byte[] {'a', (byte) 0xE9, 'b', '\n'}, StandardCharsets.UTF_8);
    assertTrue(wrong.diagnostics().codes().contains("import.encoding.malformed"));
    assertTrue(wrong.isImported());
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
        Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE")}) {
      byte[] bom = "\uFEFF".getBytes(cs);
      byte[] body = text.getBytes(cs);
      byte[] all = Arrays.copyOf(bom, bom.length + body.length);
      System.arraycopy(body, 0, all, bom.length, body.length);
      ImportResult r = IMPORTER.importText(all);
      assertTrue(r.isImported(), cs::name);
      assertEquals(cs.name(), r.source().charset().orElseThrow());
      assertTrue(r.diagnostics().codes().contains("import.charset.bom"));
    }
    // UTF-16 without a byte-order mark has NUL bytes: refused as binary, not misread
    refused(IMPORTER.importText(text.getBytes(StandardCharsets.UTF_16LE)), "import.input.binary");
  }

  @Test
  void hostileTextIsCleanedAndReported() {
    String text = "一、存在的主要问题\n（一）在学习方面\n学\u202E习\u0007不够\uD800深入\u200B。\u0000\n";
    ImportResult r = IMPORTER.importText(text);
    assertTrue(r.isImported(), () -> r.diagnostics().describe(Locale.ROOT));
    Report report = r.report().orElseThrow();
    assertEquals("学习不够深入。", report.findings().get(0).body().get(0).segments().get(0).text());
    Diagnostic d = r.diagnostics().diagnostics().stream()
        .filter(x -> x.code().equals("import.text.invisible-removed")).findFirst().orElseThrow();
    assertEquals(3, d.line().getAsInt());
    assertEquals(2, d.column().getAsInt());
    assertEquals("5", d.arguments().get(1));
  }

  @Test
  void fuzzedTextNeverThrows() {
    Random random = new Random(11);
    String alphabet = "一二三是、（）()。，：:；;比如不存在但原因整改措施方面\n\r \u3000xX*0123456789.—-第页年月日";
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(300);
      for (int j = 0; j < len; j++) {
        sb.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x10000)
            : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      ImportResult r = IMPORTER.importText(sb.toString());
      r.diagnostics().diagnostics().forEach(d -> d.message(Locale.CHINA));
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      IMPORTER.importText(bytes);
    }
  }

  @Test
  void nullIsMisuse() {
    assertThrows(NullPointerException.class, () -> IMPORTER.importText((String) null));
    assertThrows(NullPointerException.class, () -> IMPORTER.importText((byte[]) null));
    assertThrows(NullPointerException.class, () -> IMPORTER.importDocument(null));
    assertThrows(NullPointerException.class, () -> ReportImporter.builder().mode(null));
  }

  /** An endless stream of text that counts what was read. */
  private static final class CountingStream extends InputStream {
    private final long size;
    long read;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      Arrays.fill(b, off, off + n, (byte) 'a');
      read += n;
      return n;
    }
  }
}
