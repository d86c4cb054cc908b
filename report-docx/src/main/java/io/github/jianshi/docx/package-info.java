/**
 * Word (.docx) rendering of reports per GB/T 9704-2012, with Apache POI. Obtain a renderer from
 * {@link io.github.jianshi.docx.DocxRenderers}; it implements report-render's
 * {@link io.github.jianshi.render.ReportRenderer}.
 */
package io.github.jianshi.docx;
