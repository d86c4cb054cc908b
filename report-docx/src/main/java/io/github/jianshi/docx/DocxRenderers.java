package io.github.jianshi.docx;

import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.ReportRenderer;
import java.util.Objects;

/**
 * Word (.docx) renderers, laid out per GB/T 9704-2012 (党政机关公文格式): A4, margins 37/35/28/26 mm,
 * 22 lines of 28 characters ({@link PageGrid}), title in 方正小标宋简体 2号, headings in 黑体 and 楷体_GB2312 3号, body
 * in 仿宋_GB2312 3号, page numbers "— N —" in 宋体 4号 on the outer side. Every paragraph has a named
 * style (公文标题, 一级标题, 二级标题, 公文正文, 落款, …), so a user restyles the whole document in Word.
 *
 * <p>The renderers are deterministic (the same report and options give the same bytes, whatever the
 * clock, locale or time zone) and thread-safe.
 *
 * <pre>{@code
 * byte[] docx = DocxRenderers.docx().renderToBytes(report);
 * DocxRenderers.docx(RenderOptions.builder().closingBlock(true).build()).render(report, out);
 * }</pre>
 */
public final class DocxRenderers {
  private static final ReportRenderer DOCX = new DocxRenderer(RenderOptions.defaults(), PageGrid.LINES);

  private DocxRenderers() {}

  /**
   * Word output in the canonical style ({@link RenderOptions#defaults()}).
   *
   * @return the renderer
   */
  public static ReportRenderer docx() {
    return DOCX;
  }

  /**
   * Word output with options. Word reads {@link RenderOptions#includeTitle()},
   * {@link RenderOptions#asciiParentheses()}, {@link RenderOptions#closingBlock()} (organisation or
   * author and the date, right-aligned), {@link RenderOptions#measureTable()} (an appendix on a new
   * page: 附件, the title 整改清单 and the table of measures) and {@link RenderOptions#checklists()};
   * the options of other formats are ignored.
   *
   * @param options the options
   * @return the renderer
   */
  public static ReportRenderer docx(RenderOptions options) {
    return docx(options, PageGrid.LINES);
  }

  /**
   * Word output with options and a choice of page grid: {@link PageGrid#LINES} (the default, which
   * holds 28 × 22 in Word, WPS and LibreOffice) or {@link PageGrid#CHARACTERS} (Word's character
   * grid, as GB/T 9704 templates made in Word have it).
   *
   * @param options the options
   * @param grid the page grid
   * @return the renderer
   */
  public static ReportRenderer docx(RenderOptions options, PageGrid grid) {
    return new DocxRenderer(Objects.requireNonNull(options, "options"), Objects.requireNonNull(grid, "grid"));
  }
}
