package io.github.jianshi.docx;

/**
 * The named styles the Word output uses. Every paragraph carries one of these paragraph styles and
 * no direct formatting, so that a user restyles the whole document by changing a style in Word.
 *
 * <p>Style ids are ASCII and stable (users' macros and templates may refer to them); the names are
 * what Word shows in its style gallery. No name equals the localized name of one of Word's built-in
 * styles (正文 is Normal, 标题 1 is heading 1), so Word keeps them as custom styles.
 */
enum DocxStyle {
  /** Body paragraphs: 仿宋_GB2312 3号, justified, two-character first-line indent. */
  BODY("JianshiBody", "公文正文"),
  /** The title: 方正小标宋简体 2号, centred, one empty grid line after. */
  TITLE("JianshiTitle", "公文标题"),
  /** Level-1 headings (一、): 黑体 3号, indented like the body. */
  HEADING_1("JianshiHeading1", "一级标题"),
  /** Level-2 headings (（一）): 楷体_GB2312 3号, indented like the body. */
  HEADING_2("JianshiHeading2", "二级标题"),
  /**
   * The signature block (署名: organisation, name): right-aligned, two characters from the right; its date
   * line has {@link #SIGNATURE_DATE}.
   */
  SIGNATURE("JianshiSignature", "落款"),
  /** The date line of the signature block (成文日期): right-aligned, four characters from the right. */
  SIGNATURE_DATE("JianshiSignatureDate", "成文日期"),
  /** The author line under the title (署名) as written: 楷体_GB2312 3号, centred, one empty line after. */
  BYLINE("JianshiByline", "标题下署名"),
  /** The addressee (主送机关): flush left, no indent (GB/T 9704 §7.3.2 居左顶格). */
  ADDRESSEE("JianshiAddressee", "主送机关"),
  /** Base of the page-number styles: 宋体 4号, off the document grid. */
  PAGE_NUMBER("JianshiPageNumber", "页码"),
  /** Page numbers on odd pages: right-aligned, one character from the right. */
  PAGE_NUMBER_ODD("JianshiPageNumberOdd", "页码（单页）"),
  /** Page numbers on even pages: left-aligned, one character from the left. */
  PAGE_NUMBER_EVEN("JianshiPageNumberEven", "页码（双页）"),
  /** The label 附件 above an appendix: 黑体 3号, on a new page, flush left. */
  APPENDIX_LABEL("JianshiAppendixLabel", "附件标识"),
  /** Text in table cells: 仿宋_GB2312 小四 (12 pt), off the document grid. */
  TABLE_TEXT("JianshiTableText", "表格文字"),
  /** Centred text in table cells (序号, 完成时限, 状态). */
  TABLE_TEXT_CENTERED("JianshiTableTextCentered", "表格文字（居中）"),
  /** The header row of a table: 黑体 小四, centred. */
  TABLE_HEADER("JianshiTableHeader", "表格表头");

  private final String id;
  private final String styleName;

  DocxStyle(String id, String styleName) {
    this.id = id;
    this.styleName = styleName;
  }

  /**
   * The style id ({@code w:styleId}).
   *
   * @return for example {@code JianshiBody}
   */
  String id() {
    return id;
  }

  /**
   * The name Word shows ({@code w:name}).
   *
   * @return for example 公文正文
   */
  String styleName() {
    return styleName;
  }
}
