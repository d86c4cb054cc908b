package io.github.jianshi.model;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Writes diagnostics for machines: as a small JSON document, and as SARIF 2.1.0 (the Static Analysis
 * Results Interchange Format read by CI pipelines, GitHub code scanning and editors). Both are written
 * in the canonical layout (two-space indent, LF, final newline). The formats are described in
 * {@code docs/diagnostics.md}.
 */
public final class DiagnosticExport {
  private DiagnosticExport() {}

  /** Where SARIF results point for help on the codes. */
  public static final String HELP_URI = "https://github.com/jianshi/jianshi/blob/main/docs/diagnostics.md";

  /**
   * The diagnostics as JSON:
   *
   * <pre>{@code
   * {
   *   "valid": false,
   *   "diagnostics": [
   *     {
   *       "code": "schema.required",
   *       "severity": "error",
   *       "pointer": "/findings/0",
   *       "line": 12,
   *       "column": 5,
   *       "message": "没有填写第一项查摆问题的结论，这一项必须填写。",
   *       "arguments": ["verdict", "第一项查摆问题的结论"]
   *     }
   *   ]
   * }
   * }</pre>
   *
   * <p>{@code line} and {@code column} are omitted when not known. Diagnostics of an import from Word
   * carry {@code paragraph} (1-based) and {@code excerpt} (a short quote of the source) instead, after
   * {@code column}; each is omitted when not known.
   *
   * @param result the diagnostics
   * @param locale the language of the messages (zh or en)
   * @return the JSON text
   */
  public static String toJson(ValidationResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Json.WRITE_FACTORY.createGenerator(Json.CANONICAL_CONTEXT, out)) {
      g.writeStartObject();
      g.writeBooleanProperty("valid", result.isValid());
      g.writeName("diagnostics");
      g.writeStartArray();
      for (Diagnostic d : result.diagnostics()) {
        g.writeStartObject();
        g.writeStringProperty("code", d.code());
        g.writeStringProperty("severity", d.severity().id());
        g.writeStringProperty("pointer", d.pointer());
        if (d.line().isPresent()) {
          g.writeNumberProperty("line", d.line().getAsInt());
        }
        if (d.column().isPresent()) {
          g.writeNumberProperty("column", d.column().getAsInt());
        }
        if (d.paragraph().isPresent()) {
          g.writeNumberProperty("paragraph", d.paragraph().getAsInt());
        }
        if (d.excerpt().isPresent()) {
          g.writeStringProperty("excerpt", d.excerpt().get());
        }
        g.writeStringProperty("message", d.message(locale));
        g.writeName("arguments");
        g.writeStartArray();
        for (String a : d.arguments()) {
          g.writeString(a);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      Json.finish(g);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The diagnostics as a SARIF 2.1.0 log with one run of the tool {@code jianshi}: one rule per
   * distinct code (in order of first appearance), one result per diagnostic with its level
   * ({@code error}, {@code warning}, {@code note} for info), message, physical location (the artifact,
   * and line and column when known; columns count UTF-16 code units) and logical location (the JSON
   * Pointer). The pointer and the message arguments are also in the result's {@code properties}, and
   * so are the {@code paragraph} and {@code excerpt} of import diagnostics when known (SARIF regions
   * count lines and columns, which a Word source does not have); when the line is known too, the
   * excerpt is also the region's {@code snippet}.
   *
   * @param result the diagnostics
   * @param locale the language of the messages (zh or en)
   * @param artifactUri the URI of the validated document, relative to the repository root for code
   *     scanning, for example {@code reports/2024/zhang.json}
   * @return the SARIF JSON text
   */
  public static String toSarif(ValidationResult result, Locale locale, String artifactUri) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(artifactUri, "artifactUri");
    Map<String, Integer> rules = new LinkedHashMap<>();
    for (Diagnostic d : result.diagnostics()) {
      rules.putIfAbsent(d.code(), rules.size());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Json.WRITE_FACTORY.createGenerator(Json.CANONICAL_CONTEXT, out)) {
      g.writeStartObject();
      g.writeStringProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringProperty("version", "2.1.0");
      g.writeName("runs");
      g.writeStartArray();
      g.writeStartObject();
      g.writeName("tool");
      g.writeStartObject();
      g.writeName("driver");
      g.writeStartObject();
      g.writeStringProperty("name", "jianshi");
      g.writeStringProperty("informationUri", "https://github.com/jianshi/jianshi");
      g.writeName("rules");
      g.writeStartArray();
      for (String code : rules.keySet()) {
        g.writeStartObject();
        g.writeStringProperty("id", code);
        g.writeStringProperty("helpUri", HELP_URI);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringProperty("columnKind", "utf16CodeUnits");
      g.writeName("results");
      g.writeStartArray();
      for (Diagnostic d : result.diagnostics()) {
        writeResult(g, d, rules.get(d.code()), locale, artifactUri);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      Json.finish(g);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void writeResult(JsonGenerator g, Diagnostic d, int ruleIndex, Locale locale, String uri) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", d.code());
    g.writeNumberProperty("ruleIndex", ruleIndex);
    g.writeStringProperty("level", level(d.severity()));
    g.writeName("message");
    g.writeStartObject();
    g.writeStringProperty("text", d.message(locale));
    g.writeEndObject();
    g.writeName("locations");
    g.writeStartArray();
    g.writeStartObject();
    g.writeName("physicalLocation");
    g.writeStartObject();
    g.writeName("artifactLocation");
    g.writeStartObject();
    g.writeStringProperty("uri", uri);
    g.writeEndObject();
    if (d.line().isPresent()) {
      g.writeName("region");
      g.writeStartObject();
      g.writeNumberProperty("startLine", d.line().getAsInt());
      if (d.column().isPresent()) {
        g.writeNumberProperty("startColumn", d.column().getAsInt());
      }
      if (d.excerpt().isPresent()) {
        g.writeName("snippet");
        g.writeStartObject();
        g.writeStringProperty("text", d.excerpt().get());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    if (!d.pointer().isEmpty()) {
      g.writeName("logicalLocations");
      g.writeStartArray();
      g.writeStartObject();
      g.writeStringProperty("fullyQualifiedName", d.pointer());
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeName("properties");
    g.writeStartObject();
    g.writeStringProperty("pointer", d.pointer());
    if (d.paragraph().isPresent()) {
      g.writeNumberProperty("paragraph", d.paragraph().getAsInt());
    }
    if (d.excerpt().isPresent()) {
      g.writeStringProperty("excerpt", d.excerpt().get());
    }
    g.writeName("arguments");
    g.writeStartArray();
    for (String a : d.arguments()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
