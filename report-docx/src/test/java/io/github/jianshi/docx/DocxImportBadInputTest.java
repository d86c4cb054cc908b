package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import io.github.jianshi.importer.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not readable Word documents: refused with one clear error, never an exception. */
class DocxImportBadInputTest {
  private static final ImportLimits DEFAULTS = ImportLimits.defaults();

  /** The document is refused: no paragraphs, one error with this code and messages in both languages. */
  private static Diagnostic refused(SourceDocument doc, String code) {
    assertThat(doc.paragraphs()).isEmpty();
    assertThat(doc.diagnostics()).hasSize(1);
    Diagnostic d = doc.diagnostics().get(0);
    assertThat(d.code()).isEqualTo(code);
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.message(Locale.CHINA)).isNotBlank().doesNotContain("Exception");
    assertThat(d.message(Locale.ENGLISH)).isNotBlank().doesNotContain("Exception");
    return d;
  }

  private static SourceDocument read(byte[] bytes) {
    return DocxImport.read(bytes, DEFAULTS);
  }

  private static String body(String inner) {
    return "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + inner
        + "</w:body></w:document>";
  }

  @Test
  void emptyFile() {
    refused(read(new byte[0]), DocxDiagnostics.EMPTY);
  }

  @Test
  void wordNinetySevenSaysSaveAsDocx() {
    Diagnostic d = refused(read(WordPackages.resource("import/libreoffice/real.doc")), DocxDiagnostics.DOC);
    assertThat(d.message(Locale.CHINA)).contains("另存为").contains("*.docx");
    assertThat(d.message(Locale.ENGLISH)).contains(".doc").contains("save it as a Word document (.docx)");
  }

  @Test
  void wpsFiles(@TempDir Path dir) throws IOException {
    // a WPS Writer file is a Word 97 binary under another name: the file name tells
    Path wps = dir.resolve("报告.wps");
    Files.write(wps, WordPackages.resource("import/libreoffice/real.doc"));
    refused(DocxImport.read(wps, DEFAULTS), DocxDiagnostics.WPS);
    // a Works file has a CONTENTS stream
    refused(read(ole2("CONTENTS")), DocxDiagnostics.WPS);
  }

  @Test
  void otherOle2Files() {
    assertThat(refused(read(ole2("Workbook")), DocxDiagnostics.NOT_WORD).arguments()).containsExactly("Excel 97-2003 (.xls)");
    refused(read(ole2("Something")), DocxDiagnostics.NOT_WORD);
  }

  @Test
  void encryptedDocx() throws Exception {
    byte[] plain = WordPackages.fromResources("text");
    POIFSFileSystem fs = new POIFSFileSystem();
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor enc = info.getEncryptor();
    enc.confirmPassword("密码");
    try (OutputStream os = enc.getDataStream(fs)) {
      os.write(plain);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fs.writeFilesystem(out);
    fs.close();
    Diagnostic d = refused(read(out.toByteArray()), DocxDiagnostics.ENCRYPTED);
    assertThat(d.message(Locale.CHINA)).contains("密码");
  }

  @Test
  void pdfRtfHtmlTextAndNoise() {
    refused(read("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)), DocxDiagnostics.PDF);
    assertThat(refused(read(ascii("{\\rtf1\\ansi\\deff0 {\\fonttbl}}")), DocxDiagnostics.OTHER_FORMAT).arguments())
        .containsExactly("RTF");
    // "Word" files exported by web systems are often web pages
    assertThat(refused(read(ascii("MIME-Version: 1.0\r\nContent-Type: multipart/related")), DocxDiagnostics.OTHER_FORMAT)
        .arguments()).containsExactly("HTML/MHT");
    refused(read(ascii("<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body>报告</body></html>")),
        DocxDiagnostics.OTHER_FORMAT);
    refused(read("关于对照检视的报告\n一、存在的问题\n".getBytes(StandardCharsets.UTF_8)), DocxDiagnostics.TEXT);
    refused(read(new byte[] {1, 2, 3, 0, 5, 6, 7, 8}), DocxDiagnostics.DAMAGED);
  }

  @Test
  void zipsThatAreNotWordDocuments() {
    refused(read(WordPackages.zip(Map.of("a.txt", ascii("hello")))), DocxDiagnostics.NOT_WORD);
    Map<String, byte[]> odt = new LinkedHashMap<>();
    odt.put("mimetype", ascii("application/vnd.oasis.opendocument.text"));
    odt.put("content.xml", ascii("<office:document-content/>"));
    assertThat(refused(read(WordPackages.zip(odt)), DocxDiagnostics.OTHER_FORMAT).arguments())
        .containsExactly("OpenDocument (.odt)");
    Map<String, byte[]> xlsx = new LinkedHashMap<>();
    xlsx.put("_rels/.rels", ascii("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
        + " Target=\"xl/workbook.xml\"/></Relationships>"));
    xlsx.put("xl/workbook.xml", ascii("<workbook/>"));
    assertThat(refused(read(WordPackages.zip(xlsx)), DocxDiagnostics.NOT_WORD).arguments())
        .containsExactly("Excel (.xlsx)");
  }

  @Test
  void damagedPackages() {
    byte[] good = WordPackages.fromResources("text");
    refused(read(java.util.Arrays.copyOf(good, good.length / 2)), DocxDiagnostics.DAMAGED);
    refused(read(WordPackages.ofDocument(body("<w:p><w:r><w:t>未闭合</w:t></w:r>"))), DocxDiagnostics.DAMAGED);
    refused(read(WordPackages.ofDocument("not xml at all")), DocxDiagnostics.DAMAGED);
    // a well-formed part that is not a Word document body
    refused(read(WordPackages.ofDocument("<html/>")), DocxDiagnostics.NOT_WORD);
    // random bytes after a zip signature
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    noise[0] = 'P';
    noise[1] = 'K';
    noise[2] = 3;
    noise[3] = 4;
    refused(read(noise), DocxDiagnostics.DAMAGED);
  }

  @Test
  void mutatedPackagesNeverThrow() {
    byte[] good = WordPackages.fromResources("blocks");
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 300; i++) {
      byte[] bad = good.clone();
      for (int k = 0; k < 1 + random.nextInt(8); k++) {
        bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
      }
      SourceDocument doc = read(bad);
      if (doc.paragraphs().isEmpty()) {
        assertThat(doc.diagnostics()).anySatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
      }
    }
  }

  @Test
  void tooLarge(@TempDir Path dir) throws IOException {
    ImportLimits small = ImportLimits.builder().maxInputBytes(1000).build();
    byte[] docx = WordPackages.fromResources("numbering");
    assertThat(docx.length).isGreaterThan(1000);
    refused(DocxImport.read(docx, small), DocxDiagnostics.TOO_LARGE);
    refused(DocxImport.read(new java.io.ByteArrayInputStream(docx), small), DocxDiagnostics.TOO_LARGE);
    Path file = dir.resolve("big.docx");
    Files.write(file, docx);
    refused(DocxImport.read(file, small), DocxDiagnostics.TOO_LARGE);
  }

  @Test
  void importReportReadsWithTheImportersLimits(@TempDir Path dir) throws IOException {
    byte[] docx = WordPackages.fromResources("numbering");
    ReportImporter small = ReportImporter.builder().limits(ImportLimits.builder().maxInputBytes(1000).build()).build();
    assertThat(small.limits().maxInputBytes()).isEqualTo(1000);
    assertThat(ReportImporter.defaults().limits()).isEqualTo(ImportLimits.defaults());
    Path file = dir.resolve("big.docx");
    Files.write(file, docx);
    for (ImportResult r : new ImportResult[] {DocxImport.importReport(docx, small),
        DocxImport.importReport(new java.io.ByteArrayInputStream(docx), small), DocxImport.importReport(file, small)}) {
      assertThat(r.isImported()).isFalse();
      assertThat(r.diagnostics().diagnostics()).extracting(Diagnostic::code).contains(DocxDiagnostics.TOO_LARGE);
    }
    assertThat(DocxImport.importReport(docx, ReportImporter.defaults()).diagnostics().diagnostics())
        .extracting(Diagnostic::code).doesNotContain(DocxDiagnostics.TOO_LARGE);
  }

  @Test
  void zipBombThatLiesAboutItsSize() {
    // document.xml expands to 4 GiB of spaces inside one paragraph; the archive is about 4 MB and
    // declares 1 000 bytes
    byte[] deflated = bomb(4096);
    byte[] docx = WordPackages.rawZip(Map.of("_rels/.rels", rootRels()), "word/document.xml", deflated, 1000);
    assertThat(docx.length).isLessThan(8 * 1024 * 1024);
    Diagnostic d = refused(read(docx), DocxDiagnostics.EXPANDS);
    assertThat(d.arguments().get(0)).isEqualTo("word/document.xml");
  }

  @Test
  void zipBombThatDeclaresItsSize() {
    byte[] docx = WordPackages.rawZip(Map.of("_rels/.rels", rootRels()), "word/document.xml", bomb(4096),
        3072L * 1024 * 1024);
    refused(read(docx), DocxDiagnostics.EXPANDS);
  }

  @Test
  void compressionRatioAboveTheLimit() {
    // 20 MiB, under the 64 MiB budget, but more than 100 times its compressed size
    byte[] docx = WordPackages.rawZip(Map.of("_rels/.rels", rootRels()), "word/document.xml", bomb(20),
        20L * 1024 * 1024);
    refused(read(docx), DocxDiagnostics.EXPANDS);
    // allowed with a higher ratio: then the budget of expanded bytes, or the paragraph length, stops it
    ImportLimits lenient = ImportLimits.builder().maxCompressionRatio(100_000).maxExpandedBytes(1024 * 1024).build();
    refused(DocxImport.read(docx, lenient), DocxDiagnostics.EXPANDS);
    byte[] inText = WordPackages.rawZip(Map.of("_rels/.rels", rootRels()), "word/document.xml", bomb(20, true),
        20L * 1024 * 1024);
    ImportLimits longText = ImportLimits.builder().maxCompressionRatio(100_000).maxParagraphLength(1000).build();
    Diagnostic d = refused(DocxImport.read(inText, longText), DocxDiagnostics.PARAGRAPH_TOO_LONG);
    assertThat(d.paragraph()).hasValue(1);
    assertThat(d.arguments()).containsExactly("1000");
  }

  @Test
  void entityExpansionAndExternalEntitiesAreRefused(@TempDir Path dir) throws IOException {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
        + body("<w:p><w:r><w:t>&e;&e;&e;&e;&e;&e;&e;&e;&e;</w:t></w:r></w:p>");
    refused(read(WordPackages.ofDocument(laughs)), DocxDiagnostics.DTD);
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + body("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>");
    SourceDocument doc = read(WordPackages.ofDocument(xxe));
    refused(doc, DocxDiagnostics.DTD);
    // a DTD in the styles part is refused the same way
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("document", body("<w:p/>"));
    parts.put("styles", "<!DOCTYPE s [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><w:styles xmlns:w=\""
        + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\">&x;</w:styles>");
    Diagnostic d = refused(read(WordPackages.wordPackage(parts)), DocxDiagnostics.DTD);
    assertThat(d.arguments()).containsExactly("word/styles.xml");
  }

  @Test
  void deeplyNestedXml() {
    int n = 100_000;
    StringBuilder xml = new StringBuilder(n * 40);
    xml.append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
    xml.append("<w:sdt><w:sdtContent>".repeat(n));
    xml.append("</w:sdtContent></w:sdt>".repeat(n));
    xml.append("</w:p></w:body></w:document>");
    Diagnostic d = refused(read(WordPackages.ofDocument(xml.toString())), DocxDiagnostics.TOO_DEEP);
    assertThat(d.arguments()).containsExactly("word/document.xml", "256");
    // nesting inside what is skipped counts too
    String skipped = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
        + "<w:del>" + "<w:r>".repeat(1000) + "</w:r>".repeat(1000) + "</w:del></w:p></w:body></w:document>";
    refused(read(WordPackages.ofDocument(skipped)), DocxDiagnostics.TOO_DEEP);
  }

  @Test
  void hugeNumberOfParagraphs() {
    int n = 200_001;
    StringBuilder xml = new StringBuilder(n * 8 + 200);
    xml.append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    xml.append("<w:p/>".repeat(n));
    xml.append("</w:body></w:document>");
    byte[] docx = WordPackages.ofDocument(xml.toString());
    // 1.2 MB of XML compresses far more than 100 times: the ratio stops it first with the defaults
    refused(read(docx), DocxDiagnostics.EXPANDS);
    ImportLimits lenient = ImportLimits.builder().maxCompressionRatio(1_000_000).build();
    assertThat(refused(DocxImport.read(docx, lenient), DocxDiagnostics.TOO_MANY_PARAGRAPHS).arguments())
        .containsExactly("100000");
    ImportLimits small = ImportLimits.builder().maxParagraphs(3).build();
    refused(DocxImport.read(WordPackages.ofDocument(body("<w:p/><w:p/><w:p/><w:p/>")), small),
        DocxDiagnostics.TOO_MANY_PARAGRAPHS);
    assertThat(DocxImport.read(WordPackages.ofDocument(body("<w:p/><w:p/><w:p/>")), small).paragraphs()).hasSize(3);
  }

  @Test
  void onlyNullArgumentsAndUnreadableFilesThrow(@TempDir Path dir) {
    assertThatThrownBy(() -> DocxImport.read((byte[]) null, DEFAULTS)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DocxImport.read(new byte[0], null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DocxImport.read((Path) null, DEFAULTS)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DocxImport.read((java.io.InputStream) null, DEFAULTS))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DocxImport.read(dir.resolve("missing.docx"), DEFAULTS))
        .isInstanceOf(UncheckedIOException.class);
  }

  /** A raw deflate stream of a document.xml with {@code mib} MiB of spaces between two elements. */
  private static byte[] bomb(int mib) {
    return bomb(mib, false);
  }

  /**
   * A raw deflate stream of a document.xml with {@code mib} MiB of spaces, in the body (white space
   * that is no text) or in a text run.
   */
  private static byte[] bomb(int mib, boolean inText) {
    byte[] head = ascii("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + (inText ? "<w:body><w:p><w:r><w:t>" : "<w:body>"));
    byte[] spaces = new byte[1024 * 1024];
    java.util.Arrays.fill(spaces, (byte) ' ');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(deflateSync(head));
    // every block of spaces refers only to spaces, so the same compressed block can be repeated
    byte[] block = deflateSync(spaces);
    for (int i = 0; i < mib; i++) {
      out.writeBytes(block);
    }
    out.write(0x03); // an empty final block
    out.write(0x00);
    return out.toByteArray();
  }

  private static byte[] deflateSync(byte[] data) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    d.setInput(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    int n;
    while ((n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH)) > 0) {
      out.write(buf, 0, n);
      if (n < buf.length && d.needsInput()) {
        break;
      }
    }
    d.end();
    return out.toByteArray();
  }

  private static byte[] rootRels() {
    return ascii("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
  }

  private static byte[] ole2(String stream) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), stream);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
