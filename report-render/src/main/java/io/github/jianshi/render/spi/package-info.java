/**
 * The layout that Jianshi's renderers share: the blocks of a report in reading order with their
 * numbering markers ({@link io.github.jianshi.render.spi.ReportLayout}) and the title a document gets
 * ({@link io.github.jianshi.render.spi.ReportTitles}).
 *
 * <p><strong>Service-provider interface of Jianshi's own modules, not for applications:</strong> it
 * exists so that the Word renderer of {@code report-docx} lays a report out exactly as the text,
 * Markdown and HTML renderers do. It may change in any release. On the module path it is exported only
 * to {@code io.github.jianshi.docx}; applications render through
 * {@link io.github.jianshi.render.Renderers} and {@link io.github.jianshi.render.RenderOptions}.
 */
package io.github.jianshi.render.spi;
