package io.github.jianshi.docx;

import static io.github.jianshi.docx.GbT9704.BODY_CHAR;
import static io.github.jianshi.docx.GbT9704.BODY_HALF_POINTS;
import static io.github.jianshi.docx.GbT9704.FONT_BODY;
import static io.github.jianshi.docx.GbT9704.FONT_HEADING_1;
import static io.github.jianshi.docx.GbT9704.FONT_HEADING_2;
import static io.github.jianshi.docx.GbT9704.FONT_PAGE_NUMBER;
import static io.github.jianshi.docx.GbT9704.FONT_TITLE;
import static io.github.jianshi.docx.GbT9704.LINE_PITCH;
import static io.github.jianshi.docx.GbT9704.PAGE_NUMBER_CHAR;
import static io.github.jianshi.docx.GbT9704.PAGE_NUMBER_HALF_POINTS;
import static io.github.jianshi.docx.GbT9704.TABLE_HALF_POINTS;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds the style sheet ({@code word/styles.xml}): document defaults (仿宋_GB2312 3号 in every font
 * slot, Chinese as the East Asian language), Word's three default styles, and the {@link DocxStyle}
 * styles with the GB/T 9704 fonts and sizes.
 *
 * <p>Styles carry paragraph and run properties only: poi-ooxml-lite has no classes for table
 * properties inside a style, so the measure table's borders are set on the table itself.
 */
final class DocxStyles {
  private DocxStyles() {}

  /** Word's default paragraph style. */
  static final String NORMAL = "Normal";
  /** Word's default character style. */
  static final String DEFAULT_PARAGRAPH_FONT = "DefaultParagraphFont";
  /** Word's default table style. */
  static final String NORMAL_TABLE = "TableNormal";

  /**
   * Builds the style sheet.
   *
   * @param grid the page grid: with {@link PageGrid#LINES} the Normal style condenses its runs by
   *     {@link GbT9704#BODY_CONDENSE} so that 28 characters fill a line
   * @return a new style sheet
   */
  static CTStyles build(PageGrid grid) {
    CTStyles styles = CTStyles.Factory.newInstance();

    CTRPr defaultRun = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    fonts(defaultRun, FONT_BODY);
    size(defaultRun, BODY_HALF_POINTS);
    CTLanguage lang = defaultRun.addNewLang();
    lang.setVal("en-US");
    lang.setEastAsia("zh-CN");
    lang.setBidi("ar-SA");
    CTPPrBase defaultParagraph = styles.getDocDefaults().addNewPPrDefault().addNewPPr();
    singleSpacing(defaultParagraph);

    CTStyle normal = style(styles, STStyleType.PARAGRAPH, NORMAL, "Normal", null);
    normal.setDefault("1");
    normal.addNewQFormat();
    normal.getPPr().addNewWidowControl().setVal("0");
    // Punctuation that does not fit at the end of a line: see overflowPunct() for why the two grids
    // write different values.
    normal.getPPr().addNewOverflowPunct().setVal(overflowPunct(grid));
    normal.getPPr().addNewJc().setVal(STJc.BOTH);
    // The grid's character pitch is charSpace relative to the default font size: Word reads it from
    // the document defaults, LibreOffice from the Normal style, so both say 3号.
    CTRPr normalRun = normal.addNewRPr();
    fonts(normalRun, FONT_BODY);
    if (grid == PageGrid.LINES) {
      // 16 pt − 0.25 pt = 15.75 pt per character: 28 in the 156 mm line (see GbT9704.BODY_CONDENSE).
      normalRun.addNewSpacing().setVal(BigInteger.valueOf(GbT9704.BODY_CONDENSE));
    }
    size(normalRun, BODY_HALF_POINTS);

    CTStyle font = style(styles, STStyleType.CHARACTER, DEFAULT_PARAGRAPH_FONT, "Default Paragraph Font", null);
    font.setDefault("1");
    font.addNewUiPriority().setVal(BigInteger.ONE);
    font.addNewSemiHidden();
    font.addNewUnhideWhenUsed();

    CTStyle table = style(styles, STStyleType.TABLE, NORMAL_TABLE, "Normal Table", null);
    table.setDefault("1");
    table.addNewUiPriority().setVal(BigInteger.valueOf(99));
    table.addNewSemiHidden();
    table.addNewUnhideWhenUsed();

    CTStyle body = custom(styles, DocxStyle.BODY, NORMAL);
    body.addNewQFormat();
    indentFirstLine(body.getPPr().addNewInd(), 2);

    CTStyle title = custom(styles, DocxStyle.TITLE, NORMAL);
    title.addNewQFormat();
    title.addNewNext().setVal(DocxStyle.BODY.id());
    title.getPPr().addNewKeepNext();
    title.getPPr().addNewJc().setVal(STJc.CENTER);
    CTSpacing titleSpacing = title.getPPr().addNewSpacing();
    titleSpacing.setAfter(BigInteger.valueOf(LINE_PITCH));
    titleSpacing.setAfterLines(BigInteger.valueOf(100));
    // A title of several lines is one paragraph per line; the empty line follows the last one only.
    title.getPPr().addNewContextualSpacing();
    CTRPr titleRun = title.addNewRPr();
    fonts(titleRun, FONT_TITLE);
    size(titleRun, GbT9704.TITLE_HALF_POINTS);

    heading(styles, DocxStyle.HEADING_1, 0, FONT_HEADING_1);
    heading(styles, DocxStyle.HEADING_2, 1, FONT_HEADING_2);

    CTStyle signature = custom(styles, DocxStyle.SIGNATURE, NORMAL);
    signature.addNewQFormat();
    signature.getPPr().addNewJc().setVal(STJc.RIGHT);
    CTInd signatureInd = signature.getPPr().addNewInd();
    signatureInd.setRight(BigInteger.valueOf(2L * BODY_CHAR));
    signatureInd.setRightChars(BigInteger.valueOf(200));
    importedParts(styles);

    CTStyle pageNumber = custom(styles, DocxStyle.PAGE_NUMBER, NORMAL);
    pageNumber.getPPr().addNewSnapToGrid().setVal("0");
    CTRPr pageNumberRun = pageNumber.addNewRPr();
    fonts(pageNumberRun, FONT_PAGE_NUMBER);
    size(pageNumberRun, PAGE_NUMBER_HALF_POINTS);
    CTStyle odd = custom(styles, DocxStyle.PAGE_NUMBER_ODD, DocxStyle.PAGE_NUMBER.id());
    odd.getPPr().addNewJc().setVal(STJc.RIGHT);
    CTInd oddInd = odd.getPPr().addNewInd();
    oddInd.setRight(BigInteger.valueOf(PAGE_NUMBER_CHAR));
    oddInd.setRightChars(BigInteger.valueOf(100));
    CTStyle even = custom(styles, DocxStyle.PAGE_NUMBER_EVEN, DocxStyle.PAGE_NUMBER.id());
    even.getPPr().addNewJc().setVal(STJc.LEFT);
    CTInd evenInd = even.getPPr().addNewInd();
    evenInd.setLeft(BigInteger.valueOf(PAGE_NUMBER_CHAR));
    evenInd.setLeftChars(BigInteger.valueOf(100));

    CTStyle appendix = custom(styles, DocxStyle.APPENDIX_LABEL, NORMAL);
    appendix.addNewQFormat();
    appendix.addNewNext().setVal(DocxStyle.TITLE.id());
    appendix.getPPr().addNewKeepNext();
    appendix.getPPr().addNewPageBreakBefore();
    appendix.getPPr().addNewJc().setVal(STJc.LEFT);
    fonts(appendix.addNewRPr(), FONT_HEADING_1);

    CTStyle cell = custom(styles, DocxStyle.TABLE_TEXT, NORMAL);
    cell.getPPr().addNewSnapToGrid().setVal("0");
    cell.getPPr().addNewJc().setVal(STJc.LEFT);
    size(cell.addNewRPr(), TABLE_HALF_POINTS);
    CTStyle centered = custom(styles, DocxStyle.TABLE_TEXT_CENTERED, DocxStyle.TABLE_TEXT.id());
    centered.getPPr().addNewJc().setVal(STJc.CENTER);
    CTStyle header = custom(styles, DocxStyle.TABLE_HEADER, DocxStyle.TABLE_TEXT.id());
    header.getPPr().addNewKeepNext();
    header.getPPr().addNewJc().setVal(STJc.CENTER);
    fonts(header.addNewRPr(), FONT_HEADING_1);

    return styles;
  }

  /**
   * The styles of the parts that imported reports carry: the byline under the title, the addressee, the
   * date line of the signature block.
   *
   * <p>GB/T 9704-2012 places the 成文日期 four characters from the right (§7.3.5.1, 右空四字, which leaves
   * room for a seal) and the 署名 two characters from the right (§7.3.5.2, 右空二字, a document without a
   * seal); the standard then relates the two lines to each other (the 署名 centred on the date, or the date
   * shifted two characters right of the 署名's first character), which depends on their widths and cannot
   * be said in a style. The document carries no direct formatting (a user restyles it through its
   * styles), so the date line has its own style, four characters from the right, and the 署名 lines keep
   * theirs, two characters from the right: both on the positions the standard names.
   *
   * <p>The 主送机关 stands flush left without indent (§7.3.2, 居左顶格). A 署名 under the title is not a
   * part of 公文 proper (it belongs to speeches and 材料); it is usually set in 楷体 3号, centred, with an
   * empty line after it, as here.
   */
  private static void importedParts(CTStyles styles) {
    CTStyle date = custom(styles, DocxStyle.SIGNATURE_DATE, DocxStyle.SIGNATURE.id());
    CTInd dateInd = date.getPPr().addNewInd();
    dateInd.setRight(BigInteger.valueOf(SIGNATURE_DATE_RIGHT_CHARS * BODY_CHAR / 100));
    dateInd.setRightChars(BigInteger.valueOf(SIGNATURE_DATE_RIGHT_CHARS));

    CTStyle byline = custom(styles, DocxStyle.BYLINE, NORMAL);
    byline.addNewNext().setVal(DocxStyle.BODY.id());
    byline.getPPr().addNewKeepNext();
    byline.getPPr().addNewJc().setVal(STJc.CENTER);
    CTSpacing bylineSpacing = byline.getPPr().addNewSpacing();
    bylineSpacing.setAfter(BigInteger.valueOf(LINE_PITCH));
    bylineSpacing.setAfterLines(BigInteger.valueOf(100));
    fonts(byline.addNewRPr(), FONT_HEADING_2);

    CTStyle addressee = custom(styles, DocxStyle.ADDRESSEE, NORMAL);
    addressee.addNewNext().setVal(DocxStyle.BODY.id());
    addressee.getPPr().addNewKeepNext();
    addressee.getPPr().addNewJc().setVal(STJc.LEFT);
  }

  /** The right indent of the date line of the signature block, in hundredths of a character: 4 characters. */
  static final int SIGNATURE_DATE_RIGHT_CHARS = 400;

  /**
   * Sets every font slot (ASCII, high ANSI, East Asian, complex script) to one font, with the East
   * Asian hint so that ambiguous characters (quotes, dashes) use the East Asian font.
   *
   * @param run the run properties
   * @param font the font name
   */
  static void fonts(CTRPr run, String font) {
    CTFonts fonts = run.addNewRFonts();
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setEastAsia(font);
    fonts.setCs(font);
    fonts.setHint(STHint.EAST_ASIA);
  }

  private static void size(CTRPr run, int halfPoints) {
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
  }

  private static void singleSpacing(CTPPrBase paragraph) {
    CTSpacing spacing = paragraph.addNewSpacing();
    spacing.setBefore(BigInteger.ZERO);
    spacing.setAfter(BigInteger.ZERO);
    spacing.setLine(BigInteger.valueOf(240));
    spacing.setLineRule(STLineSpacingRule.AUTO);
  }

  private static void indentFirstLine(CTInd ind, int chars) {
    ind.setFirstLineChars(BigInteger.valueOf(chars * 100L));
    ind.setFirstLine(BigInteger.valueOf((long) chars * BODY_CHAR));
  }

  private static void heading(CTStyles styles, DocxStyle which, int outlineLevel, String font) {
    CTStyle heading = custom(styles, which, DocxStyle.BODY.id());
    heading.addNewQFormat();
    heading.addNewNext().setVal(DocxStyle.BODY.id());
    heading.getPPr().addNewKeepNext();
    heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    fonts(heading.addNewRPr(), font);
  }

  /**
   * A custom paragraph style with an (empty) pPr to fill in. Only the styles a user would pick for
   * text (Normal, 公文标题, 一级标题, 二级标题, 公文正文, 落款, 附件标识) get {@code w:qFormat}, which puts them
   * in Word's style gallery; the page-number and table styles stay in the full style list.
   */
  private static CTStyle custom(CTStyles styles, DocxStyle which, String basedOn) {
    CTStyle style = style(styles, STStyleType.PARAGRAPH, which.id(), which.styleName(), basedOn);
    style.setCustomStyle("1");
    return style;
  }

  /**
   * The value of {@code w:overflowPunct} in the Normal style.
   *
   * <p>ECMA-376 §17.3.1.21: true (the default when the element is absent) lets a punctuation mark
   * that does not fit extend one character past the right indent; false keeps it inside, so that
   * the line breaks before the character in front of it. Word and WPS read it so.
   *
   * <p>LibreOffice (writerfilter, 7.4 and later) imports it inverted: {@code w:val="0"} becomes
   * "hanging punctuation" and {@code w:val="1"} switches it off. With the line grid, where LibreOffice
   * is the layout that was measured, the value is 1: LibreOffice keeps every mark inside the text
   * block (with hanging punctuation and the condensed body it even fails to draw three commas of the
   * real report), and Word and WPS behave as they do by default (a comma or full stop that falls 29th
   * may stand in the right margin). With the character grid, which is for Word and WPS, the value is 0:
   * nothing in the margin in Word and WPS.
   */
  static String overflowPunct(PageGrid grid) {
    return grid == PageGrid.LINES ? "1" : "0";
  }

  private static CTStyle style(CTStyles styles, STStyleType.Enum type, String id, String name, String basedOn) {
    CTStyle style = styles.addNewStyle();
    style.setType(type);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
    }
    if (type == STStyleType.PARAGRAPH) {
      style.addNewPPr();
    }
    return style;
  }
}
