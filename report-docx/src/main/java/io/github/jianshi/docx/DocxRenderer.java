package io.github.jianshi.docx;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.numbering.ChineseDates;
import io.github.jianshi.render.Format;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.spi.ReportLayout;
import io.github.jianshi.render.ReportRenderer;
import io.github.jianshi.render.spi.ReportTitles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;
import javax.xml.namespace.QName;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Word (.docx) laid out per GB/T 9704-2012. Maps the blocks of {@link ReportLayout} to paragraphs
 * with named styles ({@link DocxStyle}): the title, level-1 and level-2 headings, body paragraphs,
 * the right-aligned closing block, and, when the options and the report call for it, an appendix on
 * a new page (附件, the title 整改清单 and the table of measures).
 *
 * <p>The page is A4 with the standard's margins, 22 lines of 28 characters ({@link GbT9704},
 * {@link PageGrid}: a line grid with the body condensed 0.25 pt, or Word's character grid); page
 * numbers "— N —" in 宋体 4号 are on the outer side (odd pages right, even pages left). The output is
 * deterministic: no clock in the zip entries or the document properties; the created and modified
 * dates are the report's date (midnight UTC) or absent.
 *
 * <p>Thread-safe: the renderer holds only its immutable options, and each call builds its own
 * document.
 */
final class DocxRenderer implements ReportRenderer {
  /** The label above an appendix (附件 in 黑体, flush left, on a new page, as GB/T 9704 places it). */
  static final String APPENDIX_LABEL = "附件";
  /** The title of the measure appendix. */
  static final String MEASURE_TABLE_TITLE = "整改清单";

  /**
   * The widths of the measure table's columns in twips (序号, 问题, 整改措施, 责任人/单位, 完成时限,
   * 状态); together the width of the text block.
   */
  static final List<Integer> MEASURE_COLUMN_WIDTHS = measureColumnWidths();

  /** Left and right padding of the measure table's cells, Word's usual 0.19 cm. */
  static final int CELL_MARGIN = 108;

  /** The columns of the measure table whose cells are centred: 序号, 完成时限, 状态. */
  private static final List<Integer> CENTERED_COLUMNS = List.of(0, 4, 5);

  private static final String FONT_TABLE_RELATIONSHIP =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
  private static final String FONT_TABLE_CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";

  private static final String W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** {@code docProps/app.xml}'s Application: this library, and the library it writes with. */
  static final String APPLICATION = "Jianshi (Apache POI)";

  private final RenderOptions options;
  private final PageGrid grid;

  DocxRenderer(RenderOptions options, PageGrid grid) {
    this.options = Objects.requireNonNull(options, "options");
    this.grid = Objects.requireNonNull(grid, "grid");
  }

  @Override
  public Format format() {
    return Format.DOCX;
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    ReportLayout layout = ReportLayout.of(report, options);
    ByteArrayOutputStream poiBytes = new ByteArrayOutputStream(64 * 1024);
    try (XWPFDocument doc = new XWPFDocument()) {
      build(doc, report, layout, grid);
      // POI zips into the stream it is given when that is already a zip stream: let it store the
      // parts uncompressed, since StablePackage compresses them once when it rewrites the package.
      try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(poiBytes)) {
        zip.setLevel(Deflater.NO_COMPRESSION);
        doc.write(zip);
      }
    }
    StablePackage.rewrite(poiBytes.toByteArray(), out);
  }

  private static void build(XWPFDocument doc, Report report, ReportLayout layout, PageGrid grid)
      throws IOException {
    doc.createStyles().setStyles(DocxStyles.build(grid));
    for (ReportLayout.Block block : layout.blocks()) {
      if (block instanceof ReportLayout.Title t) {
        for (String line : t.text().split("\n", -1)) {
          paragraph(doc, DocxStyle.TITLE, line);
        }
      } else if (block instanceof ReportLayout.Heading h) {
        paragraph(doc, h.level() == 1 ? DocxStyle.HEADING_1 : DocxStyle.HEADING_2, h.fullText());
      } else if (block instanceof ReportLayout.Body b) {
        XWPFParagraph p = styled(doc.createParagraph(), bodyStyle(b.part()));
        for (ReportLayout.Run run : b.runs()) {
          DocxText.append(p.getCTP().addNewR(), run.text());
        }
      } else if (block instanceof ReportLayout.Signature s) {
        signature(doc, s.lines());
      }
    }
    layout.measureTable().ifPresent(table -> measureTable(doc, table));
    section(doc, grid);
    settings(doc.getSettings().getCTSettings());
    properties(doc.getProperties(), report);
    fontTable(doc);
  }

  /** The style of a body paragraph: the byline and the addressee have their own. */
  private static DocxStyle bodyStyle(ReportLayout.Part part) {
    return switch (part) {
      case BYLINE -> DocxStyle.BYLINE;
      case ADDRESSEE -> DocxStyle.ADDRESSEE;
      default -> DocxStyle.BODY;
    };
  }

  /**
   * The closing block after one empty line (GB/T 9704). Its date line (成文日期), the last line that reads
   * as a date ({@link ChineseDates#parse(String)}), has the style {@link DocxStyle#SIGNATURE_DATE}, four
   * characters from the right; the other lines (署名) keep {@link DocxStyle#SIGNATURE}, two characters
   * from the right. See {@link DocxStyles} for why.
   */
  private static void signature(XWPFDocument doc, List<String> lines) {
    styled(doc.createParagraph(), DocxStyle.SIGNATURE);
    int date = -1;
    for (int i = lines.size() - 1; i >= 0 && date < 0; i--) {
      if (ChineseDates.parse(lines.get(i)).isPresent()) {
        date = i;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      paragraph(doc, i == date ? DocxStyle.SIGNATURE_DATE : DocxStyle.SIGNATURE, lines.get(i));
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, DocxStyle style, String text) {
    XWPFParagraph p = styled(doc.createParagraph(), style);
    DocxText.append(p.getCTP().addNewR(), text);
    return p;
  }

  private static XWPFParagraph styled(XWPFParagraph p, DocxStyle style) {
    p.setStyle(style.id());
    return p;
  }

  private static void measureTable(XWPFDocument doc, ReportLayout.MeasureList table) {
    paragraph(doc, DocxStyle.APPENDIX_LABEL, APPENDIX_LABEL);
    paragraph(doc, DocxStyle.TITLE, MEASURE_TABLE_TITLE);
    CTBody body = doc.getDocument().getBody();
    CTTbl tbl = body.addNewTbl();
    CTTblPr pr = tbl.addNewTblPr();
    width(pr.addNewTblW(), GbT9704.TEXT_WIDTH);
    CTTblBorders borders = pr.addNewTblBorders();
    border(borders.addNewTop());
    border(borders.addNewLeft());
    border(borders.addNewBottom());
    border(borders.addNewRight());
    border(borders.addNewInsideH());
    border(borders.addNewInsideV());
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblCellMar margins = pr.addNewTblCellMar();
    width(margins.addNewLeft(), CELL_MARGIN);
    width(margins.addNewRight(), CELL_MARGIN);
    CTTblGrid grid = tbl.addNewTblGrid();
    for (int w : MEASURE_COLUMN_WIDTHS) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    row(tbl, table.header(), true);
    for (List<String> cells : table.rows()) {
      row(tbl, cells, false);
    }
  }

  private static void row(CTTbl tbl, List<String> cells, boolean header) {
    CTRow tr = tbl.addNewTr();
    if (header) {
      tr.addNewTrPr().addNewTblHeader();
    }
    for (int i = 0; i < MEASURE_COLUMN_WIDTHS.size(); i++) {
      CTTc tc = tr.addNewTc();
      CTTcPr tcPr = tc.addNewTcPr();
      width(tcPr.addNewTcW(), MEASURE_COLUMN_WIDTHS.get(i));
      tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
      CTP p = tc.addNewP();
      DocxStyle style = header ? DocxStyle.TABLE_HEADER
          : CENTERED_COLUMNS.contains(i) ? DocxStyle.TABLE_TEXT_CENTERED : DocxStyle.TABLE_TEXT;
      p.addNewPPr().addNewPStyle().setVal(style.id());
      String text = i < cells.size() ? cells.get(i) : "";
      if (!text.isEmpty()) {
        DocxText.append(p.addNewR(), text);
      }
    }
  }

  private static void border(CTBorder border) {
    border.setVal(STBorder.SINGLE);
    border.setSz(BigInteger.valueOf(4));
    border.setSpace(BigInteger.ZERO);
    border.setColor("auto");
  }

  private static void width(CTTblWidth width, int twips) {
    width.setW(BigInteger.valueOf(twips));
    width.setType(STTblWidth.DXA);
  }

  /**
   * 序号 fits two characters; 责任人/单位 and 状态 (整改中) fit their usual values; 完成时限 fits a date such
   * as 2024年12月31日 on one line; 问题 and 整改措施 share the rest.
   */
  private static List<Integer> measureColumnWidths() {
    int number = 720;
    int owner = 1300;
    int due = 2100;
    int status = 950;
    int rest = GbT9704.TEXT_WIDTH - number - owner - due - status;
    int problem = rest / 2;
    return List.of(number, problem, rest - problem, owner, due, status);
  }

  /**
   * Page size, margins, document grid, and the odd and even page-number footers. The line grid has
   * no character pitch (the Normal style condenses the body instead); the character grid has the
   * pitch of 28 characters.
   */
  private static void section(XWPFDocument doc, PageGrid grid) {
    footer(doc.createFooter(HeaderFooterType.DEFAULT), DocxStyle.PAGE_NUMBER_ODD, "1");
    footer(doc.createFooter(HeaderFooterType.EVEN), DocxStyle.PAGE_NUMBER_EVEN, "2");
    CTSectPr sect = doc.getDocument().getBody().getSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(GbT9704.PAGE_WIDTH));
    size.setH(BigInteger.valueOf(GbT9704.PAGE_HEIGHT));
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(GbT9704.MARGIN_TOP));
    margins.setRight(BigInteger.valueOf(GbT9704.MARGIN_RIGHT));
    margins.setBottom(BigInteger.valueOf(GbT9704.MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(GbT9704.MARGIN_LEFT));
    margins.setHeader(BigInteger.valueOf(GbT9704.HEADER_DISTANCE));
    margins.setFooter(BigInteger.valueOf(GbT9704.FOOTER_DISTANCE));
    margins.setGutter(BigInteger.ZERO);
    CTDocGrid docGrid = sect.addNewDocGrid();
    docGrid.setLinePitch(BigInteger.valueOf(GbT9704.LINE_PITCH));
    if (grid == PageGrid.CHARACTERS) {
      docGrid.setType(STDocGrid.LINES_AND_CHARS);
      docGrid.setCharSpace(BigInteger.valueOf(GbT9704.CHAR_SPACE));
    } else {
      docGrid.setType(STDocGrid.LINES);
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
   * Title (the report's, else the same fallback as the HTML page, {@link ReportTitles}) and author
   * from the report; created and modified from its date (midnight UTC) or absent; the application
   * is this library. POI's defaults (creator and application "Apache POI", created "now") are
   * replaced, never kept.
   */
  private static void properties(POIXMLProperties properties, Report report) {
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setTitle(DocxText.xmlSafe(ReportTitles.documentTitle(report)));
    core.setCreator(report.author().flatMap(DocxRenderer::creator).map(DocxText::xmlSafe).orElse(null));
    Optional<Date> date = report.date().map(DocxRenderer::midnightUtc);
    core.setCreated(date);
    core.setModified(date);
    core.setLastModifiedByUser(null);
    core.setRevision(null);
    properties.getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
  }

  private static Optional<String> creator(Author author) {
    return author.name().or(author::organization).filter(s -> !s.isBlank());
  }

  private static Date midnightUtc(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
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
