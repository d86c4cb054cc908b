package io.github.jianshi.docx;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the bytes of a file that should be a Word document into a {@link SourceDocument}: recognises
 * what the file is (OOXML package, OLE2 file, PDF, RTF, web page, text), refuses what it cannot read
 * with a diagnostic, and reads a Word package part by part within the limits.
 */
final class DocxReader {
  static final String FORMAT = "docx";

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  private final ImportLimits limits;
  private final ZipArchive.Budget budget;

  private DocxReader(ImportLimits limits) {
    this.limits = limits;
    this.budget = new ZipArchive.Budget(limits.maxExpandedBytes(), limits.maxCompressionRatio());
  }

  /**
   * Reads a file.
   *
   * @param bytes the whole file (at most {@code maxInputBytes})
   * @param fileName the file's name when known (it tells .wps from .doc), or null
   */
  static SourceDocument read(byte[] bytes, ImportLimits limits, String fileName) {
    try {
      return new DocxReader(limits).readBytes(bytes, fileName);
    } catch (RuntimeException | StackOverflowError e) {
      // POI or the XML parser failed on something unforeseen: the file is refused, never thrown at
      return refused(DocxDiagnostics.DAMAGED);
    }
  }

  static SourceDocument tooLarge(ImportLimits limits) {
    return refused(DocxDiagnostics.TOO_LARGE, Long.toString(limits.maxInputBytes() / (1024 * 1024)));
  }

  static SourceDocument refused(String code, String... arguments) {
    return refused(DocxDiagnostics.error(code, arguments));
  }

  static SourceDocument refused(Diagnostic d) {
    return SourceDocument.builder().format(FORMAT).addDiagnostics(d).build();
  }

  private SourceDocument readBytes(byte[] bytes, String fileName) {
    if (bytes.length == 0) {
      return refused(DocxDiagnostics.EMPTY);
    }
    if (bytes.length > limits.maxInputBytes()) {
      return tooLarge(limits);
    }
    if (startsWith(bytes, 0, "PK\u0003\u0004") || startsWith(bytes, 0, "PK\u0005\u0006")) {
      return readPackage(bytes);
    }
    if (startsWith(bytes, 0, OLE2)) {
      return readOle2(bytes, fileName);
    }
    return refused(classify(bytes));
  }

  /** What a file that is neither a zip nor an OLE2 file is. */
  private static Diagnostic classify(byte[] bytes) {
    int bom = startsWith(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
    String head = new String(bytes, bom, Math.min(bytes.length - bom, 4096), StandardCharsets.ISO_8859_1);
    String lower = head.stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("%PDF")) {
      return DocxDiagnostics.error(DocxDiagnostics.PDF);
    }
    if (lower.startsWith("{\\rtf")) {
      return DocxDiagnostics.error(DocxDiagnostics.OTHER_FORMAT, "RTF");
    }
    if (lower.startsWith("mime-version:") || lower.startsWith("<html") || lower.startsWith("<!doctype html")
        || (lower.startsWith("<?xml") && lower.contains("<html"))) {
      return DocxDiagnostics.error(DocxDiagnostics.OTHER_FORMAT, "HTML/MHT");
    }
    if (lower.startsWith("<?xml") && (lower.contains("w:worddocument") || lower.contains("pkg:package"))) {
      return DocxDiagnostics.error(DocxDiagnostics.OTHER_FORMAT, "Word XML");
    }
    if (looksLikeText(bytes)) {
      return DocxDiagnostics.error(DocxDiagnostics.TEXT);
    }
    return DocxDiagnostics.error(DocxDiagnostics.DAMAGED);
  }

  /** No NUL bytes in the first 4 KiB (UTF-16 text starts with a byte-order mark). */
  private static boolean looksLikeText(byte[] bytes) {
    if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(bytes, 0, new byte[] {(byte) 0xFE,
        (byte) 0xFF})) {
      return true;
    }
    int n = Math.min(bytes.length, 4096);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        return false;
      }
    }
    return true;
  }

  private SourceDocument readOle2(byte[] bytes, String fileName) {
    Set<String> names;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      names = fs.getRoot().getEntryNames();
    } catch (IOException | RuntimeException e) {
      return refused(DocxDiagnostics.DAMAGED);
    }
    if (names.contains("EncryptionInfo") || names.contains("EncryptedPackage")) {
      return refused(DocxDiagnostics.ENCRYPTED);
    }
    boolean wpsName = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".wps");
    if (names.contains("WordDocument")) {
      return refused(wpsName ? DocxDiagnostics.WPS : DocxDiagnostics.DOC);
    }
    if (names.contains("CONTENTS") || names.contains("MatOST") || wpsName) {
      return refused(DocxDiagnostics.WPS);
    }
    if (names.contains("Workbook") || names.contains("Book")) {
      return refused(DocxDiagnostics.NOT_WORD, "Excel 97-2003 (.xls)");
    }
    if (names.contains("PowerPoint Document")) {
      return refused(DocxDiagnostics.NOT_WORD, "PowerPoint 97-2003 (.ppt)");
    }
    return refused(DocxDiagnostics.NOT_WORD, "OLE2");
  }

  private SourceDocument readPackage(byte[] bytes) {
    ZipArchive zip;
    try {
      zip = ZipArchive.read(bytes);
    } catch (ZipArchive.BadZipException e) {
      return refused(DocxDiagnostics.DAMAGED);
    }
    String part = "_rels/.rels";
    try {
      Optional<ZipArchive.Entry> rootRels = zip.entry(part);
      if (rootRels.isEmpty()) {
        return refused(notWord(zip));
      }
      Map<String, String> rels = relationships(zip, rootRels.get(), "");
      String main = rels.get("officeDocument");
      if (main == null) {
        return refused(notWord(zip));
      }
      String lowerMain = ZipArchive.normalise(main);
      if (lowerMain.startsWith("xl/")) {
        return refused(DocxDiagnostics.NOT_WORD, "Excel (.xlsx)");
      }
      if (lowerMain.startsWith("ppt/")) {
        return refused(DocxDiagnostics.NOT_WORD, "PowerPoint (.pptx)");
      }
      Optional<ZipArchive.Entry> mainEntry = zip.entry(main);
      if (mainEntry.isEmpty()) {
        return refused(DocxDiagnostics.DAMAGED);
      }
      String dir = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
      String name = main.substring(dir.length());
      Map<String, String> partRels = new HashMap<>();
      Optional<ZipArchive.Entry> mainRels = zip.entry(dir + "_rels/" + name + ".rels");
      if (mainRels.isPresent()) {
        part = dir + "_rels/" + name + ".rels";
        partRels = relationships(zip, mainRels.get(), dir);
      }
      WordStyles styles = WordStyles.EMPTY;
      Optional<ZipArchive.Entry> stylesEntry = entry(zip, partRels.get("styles"));
      if (stylesEntry.isPresent()) {
        part = stylesEntry.get().name();
        try (InputStream in = zip.open(stylesEntry.get(), budget)) {
          XMLStreamReader r = WordXml.open(in);
          styles = WordStyles.parse(r, limits.maxXmlDepth());
          r.close();
        }
      }
      WordNumbering numbering = WordNumbering.empty();
      Optional<ZipArchive.Entry> numberingEntry = entry(zip, partRels.get("numbering"));
      if (numberingEntry.isPresent()) {
        part = numberingEntry.get().name();
        try (InputStream in = zip.open(numberingEntry.get(), budget)) {
          XMLStreamReader r = WordXml.open(in);
          numbering = WordNumbering.parse(r, limits.maxXmlDepth());
          r.close();
        }
      }
      part = mainEntry.get().name();
      BodyReader body = new BodyReader(styles, numbering, limits);
      try (InputStream in = zip.open(mainEntry.get(), budget)) {
        XMLStreamReader r = WordXml.open(in);
        if (!isWordDocument(r)) {
          return refused(DocxDiagnostics.NOT_WORD, "OOXML");
        }
        body.read(r);
        r.close();
      }
      List<Diagnostic> diagnostics = new ArrayList<>(body.diagnostics());
      if (!body.notes().isEmpty()) {
        diagnostics.addAll(notes(zip, partRels, body.notes()));
      }
      diagnostics.sort(DocxReader::byParagraph);
      return SourceDocument.builder().format(FORMAT).addAllParagraphs(body.paragraphs())
          .addAllDiagnostics(diagnostics).build();
    } catch (LimitException e) {
      return refused(e.diagnostic());
    } catch (ZipArchive.BadZipException e) {
      return refused(DocxDiagnostics.DAMAGED);
    } catch (XMLStreamException | IOException | RuntimeException e) {
      return refused(failure(e, part));
    }
  }

  private static int byParagraph(Diagnostic a, Diagnostic b) {
    return Integer.compare(a.paragraph().orElse(Integer.MAX_VALUE), b.paragraph().orElse(Integer.MAX_VALUE));
  }

  /** The diagnostic for an exception while reading a part. */
  private Diagnostic failure(Exception e, String part) {
    if (budget.exceededBy() != null) {
      return DocxDiagnostics.error(DocxDiagnostics.EXPANDS, budget.exceededBy(),
          Long.toString(limits.maxExpandedBytes() / (1024 * 1024)), Integer.toString(limits.maxCompressionRatio()));
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ZipArchive.ExpansionException) {
        return DocxDiagnostics.error(DocxDiagnostics.EXPANDS, ((ZipArchive.ExpansionException) t).entry,
            Long.toString(limits.maxExpandedBytes() / (1024 * 1024)), Integer.toString(limits.maxCompressionRatio()));
      }
      if (t instanceof WordXml.DtdException) {
        return DocxDiagnostics.error(DocxDiagnostics.DTD, part);
      }
      if (t instanceof WordXml.DepthException) {
        return DocxDiagnostics.error(DocxDiagnostics.TOO_DEEP, part, Integer.toString(limits.maxXmlDepth()));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return DocxDiagnostics.error(DocxDiagnostics.DAMAGED);
  }

  private List<Diagnostic> notes(ZipArchive zip, Map<String, String> partRels, List<BodyReader.NoteRef> refs)
      throws XMLStreamException, IOException, ZipArchive.BadZipException {
    Map<String, String> footnotes = noteTexts(zip, partRels.get("footnotes"));
    Map<String, String> endnotes = noteTexts(zip, partRels.get("endnotes"));
    List<Diagnostic> out = new ArrayList<>();
    int footnote = 0;
    int endnote = 0;
    for (BodyReader.NoteRef ref : refs) {
      String text = (ref.endnote() ? endnotes : footnotes).getOrDefault(ref.id(), "");
      int ordinal = ref.endnote() ? ++endnote : ++footnote;
      Diagnostic.Builder b = DocxDiagnostics.builder(ref.endnote() ? DocxDiagnostics.ENDNOTE : DocxDiagnostics.FOOTNOTE,
          Severity.WARNING, Integer.toString(ordinal)).paragraph(ref.paragraph());
      String excerpt = DocxDiagnostics.excerpt(text);
      if (!excerpt.isEmpty()) {
        b.excerpt(excerpt);
      }
      out.add(b.build());
    }
    return out;
  }

  private Map<String, String> noteTexts(ZipArchive zip, String target)
      throws XMLStreamException, IOException, ZipArchive.BadZipException {
    Optional<ZipArchive.Entry> e = entry(zip, target);
    if (e.isEmpty()) {
      return Map.of();
    }
    try (InputStream in = zip.open(e.get(), budget)) {
      XMLStreamReader r = WordXml.open(in);
      Map<String, String> texts = NotesReader.read(r, limits.maxXmlDepth());
      r.close();
      return texts;
    }
  }

  private static Optional<ZipArchive.Entry> entry(ZipArchive zip, String name) {
    return name == null ? Optional.empty() : zip.entry(name);
  }

  /** Whether the root element is {@code w:document}; leaves the reader after the root's start tag. */
  private static boolean isWordDocument(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      int e = WordXml.next(r);
      if (e == XMLStreamConstants.START_ELEMENT) {
        return WordXml.isW(r.getNamespaceURI()) && r.getLocalName().equals("document");
      }
    }
    return false;
  }

  /** What a zip without a Word document is. */
  private Diagnostic notWord(ZipArchive zip) throws ZipArchive.BadZipException, IOException {
    Optional<ZipArchive.Entry> mimetype = zip.entry("mimetype");
    if (mimetype.isPresent() && mimetype.get().size() < 200) {
      String type;
      try (InputStream in = zip.open(mimetype.get(), budget)) {
        type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
      }
      if (type.startsWith("application/vnd.oasis.opendocument.text")) {
        return DocxDiagnostics.error(DocxDiagnostics.OTHER_FORMAT, "OpenDocument (.odt)");
      }
      if (type.startsWith("application/vnd.oasis.opendocument")) {
        return DocxDiagnostics.error(DocxDiagnostics.NOT_WORD, "OpenDocument");
      }
    }
    if (zip.hasEntryStartingWith("xl/")) {
      return DocxDiagnostics.error(DocxDiagnostics.NOT_WORD, "Excel (.xlsx)");
    }
    if (zip.hasEntryStartingWith("ppt/")) {
      return DocxDiagnostics.error(DocxDiagnostics.NOT_WORD, "PowerPoint (.pptx)");
    }
    return DocxDiagnostics.error(DocxDiagnostics.NOT_WORD, "zip");
  }

  /**
   * The internal relationships of a part by the last segment of their type ({@code officeDocument},
   * {@code styles}, {@code numbering}, …), targets resolved against the part's folder.
   */
  private Map<String, String> relationships(ZipArchive zip, ZipArchive.Entry rels, String dir)
      throws XMLStreamException, IOException, ZipArchive.BadZipException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = zip.open(rels, budget)) {
      XMLStreamReader r = WordXml.open(in);
      int depth = 0;
      while (r.hasNext()) {
        int e = WordXml.next(r);
        if (e == XMLStreamConstants.START_ELEMENT) {
          if (++depth > limits.maxXmlDepth()) {
            throw new WordXml.DepthException();
          }
          if (r.getLocalName().equals("Relationship") && !"External".equals(r.getAttributeValue(null, "TargetMode"))) {
            String type = r.getAttributeValue(null, "Type");
            String target = r.getAttributeValue(null, "Target");
            if (type != null && target != null) {
              out.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), resolve(dir, target));
            }
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      r.close();
    }
    return out;
  }

  /** A relationship target against a folder: {@code styles.xml} in {@code word/}, {@code /word/x.xml}, {@code ../}. */
  static String resolve(String dir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    List<String> segments = new ArrayList<>();
    for (String s : path.split("/")) {
      if (s.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
      } else if (!s.isEmpty() && !s.equals(".")) {
        segments.add(s);
      }
    }
    return String.join("/", segments);
  }

  private static boolean startsWith(byte[] bytes, int offset, String ascii) {
    return startsWith(bytes, offset, ascii.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length - offset < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
