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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
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
 * <p>Only the main part and the core properties depend on the report: the main part is built with
 * POI's XMLBeans types and saved as {@code XWPFDocument} saves it, the core properties are written by
 * {@link CoreProperties}; the other parts come from the {@link DocxTemplate} of the grid, built once
 * per JVM by POI, and {@link StablePackage} writes the zip in one pass.
 *
 * <p>Thread-safe: the renderer holds only its immutable options, each call builds its own main part,
 * and the templates are immutable.
 */
final class DocxRenderer implements ReportRenderer {
  /** The label above an appendix (附件 in 黑体, flush left, on a new page, as GB/T 9704 places it). */
  static final String APPENDIX_LABEL = "附件";
  /** The title of the measure appendix. */
  static final String MEASURE_TABLE_TITLE = io.github.jianshi.core.ledger.MeasureTableText.TITLE;

  /**
   * The widths of the measure table's columns in twips (序号, 问题, 整改措施, 责任人/单位, 完成时限,
   * 状态); together the width of the text block.
   */
  static final List<Integer> MEASURE_COLUMN_WIDTHS = measureColumnWidths();

  /** Left and right padding of the measure table's cells, Word's usual 0.19 cm. */
  static final int CELL_MARGIN = 108;

  /** The columns of the measure table whose cells are centred: 序号, 完成时限, 状态. */
  private static final List<Integer> CENTERED_COLUMNS = List.of(0, 4, 5);

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
    DocxTemplate template = DocxTemplate.of(grid);
    CTDocument1 document = CTDocument1.Factory.newInstance();
    CTBody body = document.addNewBody();
    build(body, layout);
    section(body.addNewSectPr(), grid, template);
    ByteArrayOutputStream main = new ByteArrayOutputStream(16 * 1024);
    document.save(main, DOCUMENT_OPTIONS);
    List<StablePackage.Part> parts = new ArrayList<>(template.parts().size() + 2);
    parts.addAll(template.parts());
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      parts.add(StablePackage.deflate(deflater, DocxTemplate.DOCUMENT_PART, main.toByteArray()));
      parts.add(StablePackage.deflate(deflater, CoreProperties.PART, coreProperties(report)));
    } finally {
      deflater.end();
    }
    StablePackage.write(parts, out);
  }

  /**
   * How the main part is written: POI's options for every part, with the document element that
   * {@code XWPFDocument} names when it saves its main part, so that the part is the one POI writes.
   */
  private static final XmlOptions DOCUMENT_OPTIONS = documentOptions();

  private static XmlOptions documentOptions() {
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
    return options;
  }

  private static void build(CTBody body, ReportLayout layout) {
    for (ReportLayout.Block block : layout.blocks()) {
      if (block instanceof ReportLayout.Title t) {
        for (String line : t.text().split("\n", -1)) {
          paragraph(body, DocxStyle.TITLE, line);
        }
      } else if (block instanceof ReportLayout.Heading h) {
        paragraph(body, h.level() == 1 ? DocxStyle.HEADING_1 : DocxStyle.HEADING_2, h.fullText());
      } else if (block instanceof ReportLayout.Body b) {
        CTP p = styled(body.addNewP(), bodyStyle(b.part()));
        for (ReportLayout.Run run : b.runs()) {
          DocxText.append(p.addNewR(), run.text());
        }
      } else if (block instanceof ReportLayout.Signature s) {
        signature(body, s.lines());
      }
    }
    layout.measureTable().ifPresent(table -> measureTable(body, table));
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
  private static void signature(CTBody body, List<String> lines) {
    styled(body.addNewP(), DocxStyle.SIGNATURE);
    int date = -1;
    for (int i = lines.size() - 1; i >= 0 && date < 0; i--) {
      if (ChineseDates.parse(lines.get(i)).isPresent()) {
        date = i;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      paragraph(body, i == date ? DocxStyle.SIGNATURE_DATE : DocxStyle.SIGNATURE, lines.get(i));
    }
  }

  private static CTP paragraph(CTBody body, DocxStyle style, String text) {
    CTP p = styled(body.addNewP(), style);
    DocxText.append(p.addNewR(), text);
    return p;
  }

  /** Gives a new paragraph its style, as POI's {@code XWPFParagraph.setStyle} does. */
  private static CTP styled(CTP p, DocxStyle style) {
    p.addNewPPr().addNewPStyle().setVal(style.id());
    return p;
  }

  private static void measureTable(CTBody body, ReportLayout.MeasureList table) {
    paragraph(body, DocxStyle.APPENDIX_LABEL, APPENDIX_LABEL);
    paragraph(body, DocxStyle.TITLE, MEASURE_TABLE_TITLE);
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
   * Page size, margins, document grid, and the references to the template's odd and even
   * page-number footers (default first, as POI's {@code createFooter} adds them). The line grid has
   * no character pitch (the Normal style condenses the body instead); the character grid has the
   * pitch of 28 characters.
   */
  private static void section(CTSectPr sect, PageGrid grid, DocxTemplate template) {
    footerReference(sect, STHdrFtr.DEFAULT, template.oddFooterId());
    footerReference(sect, STHdrFtr.EVEN, template.evenFooterId());
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

  private static void footerReference(CTSectPr sect, STHdrFtr.Enum type, String id) {
    CTHdrFtrRef ref = sect.addNewFooterReference();
    ref.setType(type);
    ref.setId(id);
  }

  /**
   * {@code docProps/core.xml}: the title (the report's, else the same fallback as the HTML page,
   * {@link ReportTitles}) and author from the report; created and modified from its date (midnight
   * UTC) or absent. POI's defaults (creator "Apache POI", created "now") are never written; the
   * application ("Jianshi (Apache POI)") is in the template's {@code docProps/app.xml}.
   */
  private static byte[] coreProperties(Report report) {
    return CoreProperties.xml(DocxText.xmlSafe(ReportTitles.documentTitle(report)),
        report.author().flatMap(DocxRenderer::creator).map(DocxText::xmlSafe), report.date());
  }

  private static Optional<String> creator(Author author) {
    return author.name().or(author::organization).filter(s -> !s.isBlank());
  }
}
