package io.github.jianshi.render;

/**
 * The renderers of this module. Word output is in the report-docx module.
 */
public final class Renderers {
  private static final TextRenderer TEXT = new PlainTextRenderer(RenderOptions.defaults());

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
}
