package io.github.jianshi.render;

/**
 * The renderers of this module. Word output is in the report-docx module.
 */
public final class Renderers {
  private static final TextRenderer TEXT = new PlainTextRenderer(RenderOptions.defaults());
  private static final TextRenderer MARKDOWN = new MarkdownRenderer(RenderOptions.defaults());
  private static final TextRenderer HTML = new HtmlRenderer(RenderOptions.defaults());

  private Renderers() {}

  /**
   * Plain text (公文 style) in the canonical style.
   *
   * @return the renderer
   */
  public static TextRenderer text() {
    return TEXT;
  }

  /**
   * Plain text (公文 style).
   *
   * @param options the options
   * @return the renderer
   */
  public static TextRenderer text(RenderOptions options) {
    return new PlainTextRenderer(options);
  }

  /**
   * CommonMark in the canonical style: the title as {@code #}, sections (一、) as {@code ##},
   * findings (（一）) as {@code ###}, each body block one paragraph. Report text is escaped so that it
   * never becomes markup.
   *
   * @return the renderer
   */
  public static TextRenderer markdown() {
    return MARKDOWN;
  }

  /**
   * CommonMark. Of the options, it reads the numbering style, the title and the closing block; it
   * writes no table of measures.
   *
   * @param options the options
   * @return the renderer
   */
  public static TextRenderer markdown(RenderOptions options) {
    return new MarkdownRenderer(options);
  }

  /**
   * HTML in the canonical style: a standalone UTF-8 page with print styles for A4 after GB/T 9704.
   *
   * @return the renderer
   */
  public static TextRenderer html() {
    return HTML;
  }

  /**
   * HTML: a standalone page or, with {@link RenderOptions#htmlFragment()}, only the
   * {@code <article class="jianshi-report">} element, to embed in an application's page.
   *
   * @param options the options
   * @return the renderer
   */
  public static TextRenderer html(RenderOptions options) {
    return new HtmlRenderer(options);
  }

  /**
   * The CSS of the HTML output without the page rules: every rule is scoped to
   * {@code .jianshi-report}, so an application that embeds fragments (see
   * {@link RenderOptions#htmlFragment()}) can serve it from its own style sheet. Fonts are those of
   * GB/T 9704 (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312) with fallbacks; no {@code url()}.
   *
   * @return the style sheet
   */
  public static String htmlStyleSheet() {
    return HtmlStyle.REPORT;
  }
}
