package io.github.jianshi.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The parts of the package that are the same for every report rendered with one {@link PageGrid}:
 * content types, relationships, the style sheet, settings, the two page-number footers, the font
 * table and the application properties. They are built once per JVM and grid, by Apache POI (an
 * {@code XWPFDocument} without body, written by POI), and kept compressed
 * ({@link StablePackage.Part}); each document then adds only its own two parts, the main part and
 * the core properties.
 *
 * <p>This is what makes Word rendering cheap: building the style sheet through XMLBeans, creating
 * the footer parts and writing POI's package cost more than a small document's body, and none of it
 * depends on the report.
 */
final class DocxTemplate {
  /** The main part's name; the template's own main part (without body) is not kept. */
  static final String DOCUMENT_PART = "word/document.xml";

  private static final String FONT_TABLE_RELATIONSHIP =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
  private static final String FONT_TABLE_CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";

  /** The WordprocessingML namespace. */
  static final String W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** {@code docProps/app.xml}'s Application: this library, and the library it writes with. */
  static final String APPLICATION = "Jianshi (Apache POI)";

  private final List<StablePackage.Part> parts;
  private final String oddFooterId;
  private final String evenFooterId;

  private DocxTemplate(List<StablePackage.Part> parts, String oddFooterId, String evenFooterId) {
    this.parts = List.copyOf(parts);
    this.oddFooterId = oddFooterId;
    this.evenFooterId = evenFooterId;
  }

  /**
   * The template of a grid, built on first use.
   *
   * @param grid the page grid (it changes the style sheet)
   * @return the template
   */
  static DocxTemplate of(PageGrid grid) {
    return switch (Objects.requireNonNull(grid, "grid")) {
      case LINES -> Lines.TEMPLATE;
      case CHARACTERS -> Characters.TEMPLATE;
    };
  }

  private static final class Lines {
    static final DocxTemplate TEMPLATE = build(PageGrid.LINES);
  }

  private static final class Characters {
    static final DocxTemplate TEMPLATE = build(PageGrid.CHARACTERS);
  }

  /**
   * The compressed parts, without the main part and the core properties.
   *
   * @return the parts, unmodifiable
   */
  List<StablePackage.Part> parts() {
    return parts;
  }

  /**
   * The relationship id of the default (odd-page) footer, for the section's footer reference.
   *
   * @return the id, such as {@code rId3}
   */
  String oddFooterId() {
    return oddFooterId;
  }

  /**
   * The relationship id of the even-page footer.
   *
   * @return the id
   */
  String evenFooterId() {
    return evenFooterId;
  }

  /**
   * Builds a template with POI: the style sheet, the footers, the settings, the application property
   * and the font table of an empty document, in the order the relationship ids follow.
   */
  static DocxTemplate build(PageGrid grid) {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createStyles().setStyles(DocxStyles.build(grid));
      XWPFFooter odd = doc.createFooter(HeaderFooterType.DEFAULT);
      footer(odd, DocxStyle.PAGE_NUMBER_ODD, "1");
      XWPFFooter even = doc.createFooter(HeaderFooterType.EVEN);
      footer(even, DocxStyle.PAGE_NUMBER_EVEN, "2");
      settings(doc.getSettings().getCTSettings());
      doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
      fontTable(doc);
      ByteArrayOutputStream written = new ByteArrayOutputStream(32 * 1024);
      doc.write(written);
      List<StablePackage.Part> parts = new ArrayList<>();
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          String name = e.getName();
          if (!e.isDirectory() && !name.equals(DOCUMENT_PART) && !name.equals(CoreProperties.PART)) {
            parts.add(StablePackage.deflate(deflater, name, in.readAllBytes()));
          }
        }
      } finally {
        deflater.end();
      }
      return new DocxTemplate(parts, doc.getRelationId(odd), doc.getRelationId(even));
    } catch (IOException e) {
      throw new UncheckedIOException("the Word template could not be written", e);
    }
  }

  /**
   * Writes "— N —": an em dash, a space, a PAGE field, a space, an em dash. {@code cached} is the
   * field's value until a word processor updates it.
   */
  private static void footer(XWPFFooter footer, DocxStyle style, String cached) {
    XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
    p.setStyle(style.id());
    CTP ctp = p.getCTP();
    DocxText.append(ctp.addNewR(), GbT9704.PAGE_NUMBER_DASH + " ");
    ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    DocxText.appendInstruction(ctp.addNewR(), " PAGE ");
    ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    DocxText.append(ctp.addNewR(), cached);
    ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    DocxText.append(ctp.addNewR(), " " + GbT9704.PAGE_NUMBER_DASH);
  }

  /**
   * Odd and even footers differ; East Asian theme language Chinese; the document is in the layout
   * mode of current Word (compatibility mode 15), so Word does not open it in "兼容模式".
   */
  private static void settings(CTSettings settings) {
    if (!settings.isSetEvenAndOddHeaders()) {
      settings.addNewEvenAndOddHeaders();
    }
    CTLanguage lang = settings.isSetThemeFontLang() ? settings.getThemeFontLang() : settings.addNewThemeFontLang();
    lang.setVal("en-US");
    lang.setEastAsia("zh-CN");
    // poi-ooxml-lite has no class for w:compat, so the element is written with a cursor, just before
    // w:themeFontLang as the schema orders them.
    try (XmlCursor cursor = lang.newCursor()) {
      cursor.beginElement(new QName(W_NAMESPACE, "compat", "w"));
      cursor.beginElement(new QName(W_NAMESPACE, "compatSetting", "w"));
      cursor.insertAttributeWithValue(new QName(W_NAMESPACE, "name", "w"), "compatibilityMode");
      cursor.insertAttributeWithValue(new QName(W_NAMESPACE, "uri", "w"), "http://schemas.microsoft.com/office/word");
      cursor.insertAttributeWithValue(new QName(W_NAMESPACE, "val", "w"), "15");
    }
  }

  /**
   * Declares the fonts (word/fontTable.xml) with their English names and the GB2312 character set,
   * so that a word processor without a font substitutes one that covers Chinese. Fonts are never
   * embedded.
   */
  private static void fontTable(XWPFDocument doc) throws IOException {
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart part = doc.getPackage().createPart(name, FONT_TABLE_CONTENT_TYPE);
      try (OutputStream os = part.getOutputStream()) {
        os.write(FontTable.xml().getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_RELATIONSHIP);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("constant part name rejected", e);
    }
  }
}
