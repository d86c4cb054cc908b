/**
 * Import of existing reports into the model: plain text (bytes, streams, files, strings) and the
 * source paragraphs that a Word reader ({@code report-docx}) hands over.
 *
 * <p>A {@link io.github.jianshi.importer.SourceDocument} is a sequence of
 * {@link io.github.jianshi.importer.SourceParagraph source paragraphs} with hints (outline level,
 * style name, the marker of Word's automatic numbering) and what its reader found on the way; the
 * recogniser turns it into a report, the checklist it answers (matched or inferred) and import
 * diagnostics located in the source. {@link io.github.jianshi.importer.ImportLimits} bounds the time
 * and memory a hostile input can take.
 */
@JianshiStyle
package io.github.jianshi.importer;

import io.github.jianshi.core.JianshiStyle;
