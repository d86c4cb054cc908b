package io.github.jianshi.model;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * JSON Schema validation with networknt: one compiled {@link Schema} (in a {@link SchemaRegistry} of
 * its own) per bundled schema, shared by every validator (both are thread-safe). Remote fetching is off: the
 * schemas are self-contained. networknt errors are mapped to diagnostics whose code comes from the
 * keyword ({@code schema.required}, {@code schema.maxLength}, …) and whose arguments are our own, so
 * the messages come from this module's bundle in zh or en.
 */
final class SchemaValidation {
  /** The non-blank pattern of both schemas; a failure of it is reported as {@code schema.blank}. */
  static final String NON_BLANK_PATTERN =
      "[^\\t-\\r\\u001c-\\u001f \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]";
  private static final String HASH_PATTERN = "^sha256:[0-9a-f]{64}$";
  private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final Map<String, String> PATTERN_FORMS = Map.of(
      HASH_PATTERN, "sha256:<64 hex digits 0-9a-f>",
      DATE_PATTERN, "yyyy-MM-dd");
  /** The same forms as an official reads them. */
  private static final Map<String, String> PATTERN_FORMS_ZH = Map.of(
      HASH_PATTERN, "“sha256:”加 64 位小写十六进制数字",
      DATE_PATTERN, "“年-月-日”，如 2024-03-01");


  /** A pattern as the en messages show it. */
  static String patternForm(String pattern) {
    return PATTERN_FORMS.getOrDefault(pattern, pattern);
  }

  /** A pattern as the zh messages show it. */
  static String patternFormZh(String pattern) {
    return PATTERN_FORMS_ZH.getOrDefault(pattern, pattern);
  }

  static final Schema REPORT = load(JsonSchemas.REPORT_SCHEMA_ID, JsonSchemas.REPORT_SCHEMA_RESOURCE);
  static final Schema CHECKLIST = load(JsonSchemas.CHECKLIST_SCHEMA_ID, JsonSchemas.CHECKLIST_SCHEMA_RESOURCE);

  private SchemaValidation() {}

  private static Schema load(String id, String resource) {
    return compile(id, JsonSchemas.resourceText(resource));
  }

  /**
   * Compiles a schema with networknt.
   *
   * @param id the {@code $id} to load it under
   * @param text the schema's JSON text
   * @return the compiled schema
   * @throws IllegalStateException when the schema is broken
   */
  static Schema compile(String id, String text) {
    String resource = id;
    try {
      // a registry of its own: a test's changed copy must not resolve against the bundled one
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12, b -> b.schemaLoader(l -> l.fetchRemoteResources(false)));
      Schema schema = registry.getSchema(SchemaLocation.of(id), text, InputFormat.JSON);
      schema.initializeValidators();
      return schema;
    } catch (RuntimeException e) {
      throw new IllegalStateException("the bundled JSON Schema " + resource + " is broken", e);
    }
  }

  /**
   * Checks {@code schemaVersion} before the schema: a document of another version is not checked
   * against this one.
   *
   * @param root the document
   * @return the {@code schema.version} diagnostic, or null when the version is 1 or absent (absence is
   *     then a {@code schema.required} diagnostic of the schema)
   */
  static Diagnostic versionProblem(JsonNode root) {
    if (!root.isObject()) {
      return null;
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null) {
      return null;
    }
    if (version.isNumber() && version.decimalValue().compareTo(BigDecimal.valueOf(ReportJson.SCHEMA_VERSION)) == 0) {
      return null;
    }
    String found = version.toString();
    return ModelDiagnostics.error("schema.version", "/schemaVersion", ModelDiagnostics.excerpt(found),
        String.valueOf(ReportJson.SCHEMA_VERSION));
  }

  /**
   * Validates a document against a schema.
   *
   * @param schema {@link #REPORT} or {@link #CHECKLIST}
   * @param root the document
   * @param maxDiagnostics how many to keep
   * @param labels names a pointer of this document in Chinese ({@link FieldLabels#report} or
   *     {@link FieldLabels#checklist}), for the zh messages
   * @return the diagnostics, in networknt's (deterministic) order
   */
  static List<Diagnostic> validate(Schema schema, JsonNode root, int maxDiagnostics, UnaryOperator<String> labels) {
    List<Error> errors = distinct(schema.validate(root));
    List<Diagnostic> out = new ArrayList<>(Math.min(errors.size(), maxDiagnostics + 1));
    for (Error e : errors) {
      if (out.size() == maxDiagnostics) {
        out.add(ModelDiagnostics.of("limit.diagnostics", Severity.INFO, "", String.valueOf(maxDiagnostics),
            String.valueOf(errors.size())));
        break;
      }
      out.add(map(e, labels));
    }
    return out;
  }

  /**
   * The errors without repeats: a member that states its type beside a {@code $ref} whose target
   * states it too (as Ajv's strict mode wants) fails both for one wrong value; it is one problem.
   * The first error of each keyword and instance location is kept.
   */
  private static List<Error> distinct(List<Error> errors) {
    if (errors.size() < 2) {
      return errors;
    }
    List<Error> out = new ArrayList<>(errors.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Error e : errors) {
      String key = e.getKeyword() + " " + pointer(e.getInstanceLocation()) + " " + e.getProperty();
      if (seen.add(key)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The diagnostic of one networknt error: the code from the keyword, our own arguments (ids and
   * values as in the document first, then the Chinese names the zh messages use).
   */
  static Diagnostic map(Error e, UnaryOperator<String> labels) {
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    String at = pointer(e.getInstanceLocation());
    JsonNode instance = e.getInstanceNode();
    JsonNode schemaValue = e.getSchemaNode();
    String where = labels.apply(at);
    switch (keyword) {
      case "required": {
        String member = String.valueOf(e.getProperty());
        return ModelDiagnostics.error("schema.required", at, member,
            labels.apply(at + "/" + ModelDiagnostics.escapeToken(member)));
      }
      case "additionalProperties":
        return ModelDiagnostics.error("schema.additionalProperties",
            at + "/" + ModelDiagnostics.escapeToken(String.valueOf(e.getProperty())),
            ModelDiagnostics.excerpt(String.valueOf(e.getProperty())), where);
      case "type":
        return ModelDiagnostics.error("schema.type", at, types(schemaValue), typeOf(instance), where,
            FieldLabels.types(types(schemaValue)), FieldLabels.types(typeOf(instance)));
      case "enum":
        return ModelDiagnostics.error("schema.enum", at, show(instance), values(schemaValue), where,
            FieldLabels.enumValues(ids(schemaValue)));
      case "const":
        return ModelDiagnostics.error("schema.const", at, show(instance), show(schemaValue), where);
      case "maxLength":
      case "minLength":
        return ModelDiagnostics.error("schema." + keyword, at, number(schemaValue),
            instance != null && instance.isString()
                ? String.valueOf(instance.stringValue().codePointCount(0, instance.stringValue().length()))
                : "?", where);
      case "maxItems":
      case "minItems":
        return ModelDiagnostics.error("schema." + keyword, at, number(schemaValue),
            instance == null ? "?" : String.valueOf(instance.size()), where);
      case "pattern": {
        String pattern = schemaValue != null && schemaValue.isString() ? schemaValue.stringValue() : "";
        if (NON_BLANK_PATTERN.equals(pattern)) {
          return ModelDiagnostics.error("schema.blank", at, where);
        }
        return ModelDiagnostics.error("schema.pattern", at, show(instance),
            PATTERN_FORMS.getOrDefault(pattern, pattern), where, PATTERN_FORMS_ZH.getOrDefault(pattern, pattern));
      }
      default:
        return ModelDiagnostics.error("schema.invalid", at, keyword, where);
    }
  }

  /** The string values of an enum keyword, nulls left out. */
  private static List<String> ids(JsonNode schemaValue) {
    List<String> out = new ArrayList<>();
    if (schemaValue != null && schemaValue.isArray()) {
      schemaValue.forEach(v -> {
        if (v.isString()) {
          out.add(v.stringValue());
        }
      });
    }
    return out;
  }

  /** A JSON Pointer from networknt's node path, whatever its configured path type. */
  static String pointer(NodePath path) {
    if (path == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append('/');
      out.append(element instanceof Integer ? element.toString() : ModelDiagnostics.escapeToken(String.valueOf(element)));
    }
    return out.toString();
  }

  private static String types(JsonNode schemaValue) {
    if (schemaValue == null) {
      return "?";
    }
    if (schemaValue.isArray()) {
      StringJoiner j = new StringJoiner(" | ");
      schemaValue.forEach(t -> j.add(t.asString()));
      return j.toString();
    }
    return schemaValue.asString();
  }

  private static String typeOf(JsonNode node) {
    if (node == null) {
      return "?";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT -> "object";
      case STRING -> "string";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String values(JsonNode schemaValue) {
    if (schemaValue == null || !schemaValue.isArray()) {
      return "?";
    }
    StringJoiner j = new StringJoiner(", ");
    schemaValue.forEach(v -> j.add(show(v)));
    return j.toString();
  }

  private static String show(JsonNode node) {
    if (node == null) {
      return "?";
    }
    return ModelDiagnostics.excerpt(node.isString() ? node.stringValue() : node.toString());
  }

  private static String number(JsonNode node) {
    return node == null ? "?" : node.asString();
  }
}
