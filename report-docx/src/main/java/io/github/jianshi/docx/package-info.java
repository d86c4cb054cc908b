/**
 * Word (.docx) for reports, with Apache POI: rendering per GB/T 9704-2012, and reading for import.
 *
 * <p>Obtain a renderer from {@link io.github.jianshi.docx.DocxRenderers}; it implements report-render's
 * {@link io.github.jianshi.render.ReportRenderer}. Read a Word document for import with
 * {@link io.github.jianshi.docx.DocxImport}: it gives report-import's
 * {@link io.github.jianshi.importer.SourceDocument} (paragraphs with the markers of automatic
 * numbering and style hints, and {@code import.docx.*} diagnostics), or the
 * {@link io.github.jianshi.importer.ImportResult} of a {@link io.github.jianshi.importer.ReportImporter}.
 */
package io.github.jianshi.docx;
