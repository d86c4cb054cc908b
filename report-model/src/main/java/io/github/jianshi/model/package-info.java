/**
 * The JSON wire format of reports and checklists, their JSON Schemas, and the validation facade.
 *
 * <ul>
 *   <li>{@link io.github.jianshi.model.ReportJson} writes reports and checklists in canonical JSON and
 *       reads them back;</li>
 *   <li>{@link io.github.jianshi.model.ReportValidator} turns bytes, streams, readers, strings or files
 *       into a {@link io.github.jianshi.model.ValidatedReport}: the decoded report (when decodable) and
 *       every diagnostic (JSON syntax, {@link io.github.jianshi.model.Limits limits}, JSON Schema,
 *       conformance to the checklist) in one stable order;</li>
 *   <li>{@link io.github.jianshi.model.JsonSchemas} gives the bundled draft 2020-12 schemas that front
 *       ends use as well;</li>
 *   <li>{@link io.github.jianshi.model.DiagnosticExport} writes diagnostics as JSON and as SARIF 2.1.0.</li>
 * </ul>
 *
 * <p>No Jackson or networknt type appears in this package's public API. Bad data never throws: it
 * gives diagnostics. Only misuse of the API (a null argument) and a broken bundled resource throw.
 */
@JianshiStyle
package io.github.jianshi.model;

import io.github.jianshi.core.JianshiStyle;
