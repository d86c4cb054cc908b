package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled schemas: where they are, that they are portable, and that the fast path agrees with them. */
class SchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNode REPORT = MAPPER.readTree(JsonSchemas.reportSchema());
  private static final JsonNode CHECKLIST = MAPPER.readTree(JsonSchemas.checklistSchema());

  /** Standard draft 2020-12 keywords this project allows itself (no format, no custom keyword). */
  private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$ref", "$defs", "title", "description",
      "type", "required", "additionalProperties", "properties", "items", "enum", "const", "maxLength",
      "maxItems", "minItems", "pattern");

  @Test
  void idsCarryTheSchemaVersionAndMatchTheConstants() {
    assertThat(REPORT.get("$id").asString()).isEqualTo(JsonSchemas.REPORT_SCHEMA_ID).contains("/v1/");
    assertThat(CHECKLIST.get("$id").asString()).isEqualTo(JsonSchemas.CHECKLIST_SCHEMA_ID).contains("/v1/");
    assertThat(REPORT.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(CHECKLIST.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(REPORT.at("/properties/schemaVersion/const").asInt()).isEqualTo(ReportJson.SCHEMA_VERSION);
  }

  @Test
  void theCopiesForFrontEndDevelopersAreIdentical() throws IOException {
    Path docs = Path.of("..", "docs", "schema", "v1");
    assertThat(Files.readString(docs.resolve("report.schema.json"))).isEqualTo(JsonSchemas.reportSchema());
    assertThat(Files.readString(docs.resolve("checklist.schema.json"))).isEqualTo(JsonSchemas.checklistSchema());
  }

  @Test
  void onlyStandardKeywordsAndNoFormat() {
    for (JsonNode schema : List.of(REPORT, CHECKLIST)) {
      List<String> used = new ArrayList<>();
      keywords(schema, used);
      assertThat(used).isSubsetOf(KEYWORDS).doesNotContain("format");
    }
  }

  @Test
  void patternsUseOnlyConstructsThatMeanTheSameInJavaScript() {
    List<String> patterns = new ArrayList<>();
    patterns(REPORT, patterns);
    patterns(CHECKLIST, patterns);
    assertThat(patterns).isNotEmpty();
    for (String p : patterns) {
      // no shorthand classes (\d \w \s differ with Unicode flags), no flags, lookaround, possessive or
      // atomic groups, no Unicode properties, no dot (code point vs code unit)
      assertThat(p).doesNotContain("\\d", "\\w", "\\s", "\\S", "\\p", "(?", "++", "*+", ".");
      assertThat(p).matches("[\\^\\[\\]\\-\\${}0-9a-zA-Z:\\\\ ]*");
    }
  }

  @Test
  void theNonBlankPatternMeansJavasIsBlankForEveryCharacter() {
    Pattern nonBlank = Pattern.compile(SchemaValidation.NON_BLANK_PATTERN);
    assertThat(REPORT.at("/$defs/nonBlank/pattern").asString()).isEqualTo(SchemaValidation.NON_BLANK_PATTERN);
    assertThat(CHECKLIST.at("/$defs/nonBlank/pattern").asString()).isEqualTo(SchemaValidation.NON_BLANK_PATTERN);
    // the one optional non-blank member, spelled out so that it can be null
    assertThat(REPORT.at("/properties/id/pattern").asString()).isEqualTo(SchemaValidation.NON_BLANK_PATTERN);
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      assertThat(nonBlank.matcher(s).find()).as("U+%04X", c).isEqualTo(!s.isBlank());
    }
    assertThat(nonBlank.matcher("\u3000 \t").find()).isFalse();
    assertThat(nonBlank.matcher("\u3000a").find()).isTrue();
    assertThat(nonBlank.matcher("\uD840\uDC00").find()).isTrue();
  }

  @Test
  void theFastPathRulesAreCompiledFromTheSchemaAndRejectWhatTheyCannotCheck() {
    SchemaRules.Rule root = SchemaRules.REPORT.root();
    assertThat(root.memberIndex.keySet()).containsExactlyInAnyOrderElementsOf(
        () -> REPORT.get("properties").propertyNames().iterator());
    SchemaRules.Rule owner = root.members[root.member("measures")].items.members[
        root.members[root.member("measures")].items.member("owner")];
    assertThat(owner.maxLength).isEqualTo(REPORT.at("/$defs/measure/properties/owner/maxLength").asInt());
    assertThat(owner.allowsNull()).isTrue();
    // an unsupported keyword is a broken resource, found when the schema is loaded
    String withFormat = JsonSchemas.reportSchema().replace("\"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"",
        "\"format\": \"date\"");
    assertThat(withFormat).isNotEqualTo(JsonSchemas.reportSchema());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaRules.compile(withFormat))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("format");
    String remote = JsonSchemas.reportSchema().replace("\"#/$defs/date\"", "\"https://example.org/date\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaRules.compile(remote))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("$ref");
  }

  @Test
  void everyObjectIsClosedAndTheFormatIsShallow() {
    List<String> open = new ArrayList<>();
    openObjects(REPORT, "", open);
    openObjects(CHECKLIST, "", open);
    assertThat(open).isEmpty();
    assertThat(REPORT.at("/properties").size()).isLessThanOrEqualTo(WireReader.MAX_MEMBERS);
  }

  private static void keywords(JsonNode schema, List<String> out) {
    if (!schema.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      out.add(e.getKey());
      switch (e.getKey()) {
        case "properties", "$defs" -> e.getValue().properties().forEach(p -> keywords(p.getValue(), out));
        case "items", "additionalProperties" -> keywords(e.getValue(), out);
        default -> { }
      }
    }
  }

  private static void patterns(JsonNode node, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("pattern")) {
          out.add(e.getValue().asString());
        } else {
          patterns(e.getValue(), out);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> patterns(n, out));
    }
  }

  private static void openObjects(JsonNode node, String at, List<String> out) {
    if (!node.isObject()) {
      return;
    }
    if (node.has("properties") && !(node.has("additionalProperties")
        && node.get("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean())) {
      out.add(at);
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getKey().equals("enum")) {
        openObjects(e.getValue(), at + "/" + e.getKey(), out);
      }
    }
  }
}
