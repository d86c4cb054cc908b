package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents generated from the schema itself (read as JSON here, independently of {@link SchemaRules}):
 * for every constraint, a document just inside it and one just outside, on a full base document. Both
 * paths must agree on each (the fast path with the rules compiled from the schema, the slow path with
 * networknt), a document outside must be rejected at the constraint's place, one inside must not be.
 * A mutation test shows that a changed schema reaches the fast path and that these documents notice
 * when it does not.
 */
class SchemaBoundaryTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** A base report with every member of the format present. */
  private static final Path REPORT_BASE = Corpus.ROOT.resolve("valid/import-parts.json");
  /** A base checklist; the members it lacks are added below. */
  private static final Path CHECKLIST_BASE = Corpus.ROOT.resolve("valid/checklist-without-hash.json");
  /** Strings tried, in order, when a pattern needs a value that matches it and one that does not. */
  private static final List<String> CANDIDATES = List.of("甲", "x", "3组", "0", " \u3000", "", "2022-09-01",
      "2022-9-01", "sha256:" + "0".repeat(64), "sha256:" + "0".repeat(63), "sha256:" + "0".repeat(63) + "G");

  /** One generated document. */
  record Case(String what, String pointer, boolean outside, byte[] bytes, boolean checklist) {}

  @Test
  void bothPathsAgreeJustInsideAndJustOutsideEveryConstraint() {
    List<Case> cases = cases(JsonSchemas.reportSchema(), JsonSchemas.checklistSchema());
    assertThat(cases).hasSizeGreaterThan(300);
    ReportValidator fast = ReportValidator.builder().build();
    ReportValidator slow = ReportValidator.builder().fastPath(false).build();
    List<String> wrong = new ArrayList<>();
    for (Case c : cases) {
      List<Diagnostic> diagnostics = check(c, fast, slow, wrong);
      if (diagnostics == null) {
        continue;
      }
      boolean rejectedHere = diagnostics.stream().anyMatch(d -> d.code().startsWith("schema.")
          && (d.pointer().equals(c.pointer()) || d.pointer().startsWith(c.pointer() + "/")));
      if (rejectedHere != c.outside()) {
        wrong.add(c.what() + ": " + (c.outside() ? "not rejected" : "rejected") + " " + diagnostics);
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * The mutation: a pattern added to {@code measures[].owner} in a copy of the schema. The fast
   * path compiled from that copy agrees with networknt on the generated documents; a fast path that
   * kept the bundled rules (a reader with constraints of its own) disagrees, and the check says so.
   */
  @Test
  void aChangedSchemaReachesTheFastPathAndAStaleOneIsCaught() {
    String owner = "\"owner\": {\"type\": [\"string\", \"null\"], \"maxLength\": 200}";
    assertThat(JsonSchemas.reportSchema()).contains(owner);
    String mutated = JsonSchemas.reportSchema().replace(owner,
        "\"owner\": {\"type\": [\"string\", \"null\"], \"maxLength\": 200, \"pattern\": \"^[^0-9]\"}");
    List<Case> cases = cases(mutated, JsonSchemas.checklistSchema());
    assertThat(cases).anyMatch(c -> c.what().contains("/measures/0/owner pattern"));

    ReportValidator slow = ReportValidator.builder().fastPath(false)
        .schemas(mutated, JsonSchemas.checklistSchema()).build();
    ReportValidator following = ReportValidator.builder().schemas(mutated, JsonSchemas.checklistSchema()).build();
    List<String> wrong = new ArrayList<>();
    cases.forEach(c -> check(c, following, slow, wrong));
    assertThat(wrong).isEmpty();

    ReportValidator stale = ReportValidator.builder().schemas(mutated, SchemaRules.REPORT,
        JsonSchemas.checklistSchema(), SchemaRules.CHECKLIST).build();
    List<String> disagreements = new ArrayList<>();
    cases.forEach(c -> check(c, stale, slow, disagreements));
    assertThat(disagreements).isNotEmpty().allMatch(d -> d.contains("/measures/0/owner"));
  }

  /** Validates on both paths; records a disagreement; returns the diagnostics (null on disagreement). */
  private static List<Diagnostic> check(Case c, ReportValidator fast, ReportValidator slow, List<String> wrong) {
    Object f;
    Object s;
    List<Diagnostic> diagnostics;
    if (c.checklist()) {
      ValidatedChecklist vf = fast.validateChecklist(c.bytes());
      f = vf;
      s = slow.validateChecklist(c.bytes());
      diagnostics = vf.diagnostics();
    } else {
      ValidatedReport vf = fast.validate(c.bytes());
      f = vf;
      s = slow.validate(c.bytes());
      diagnostics = vf.diagnostics();
    }
    if (!f.equals(s)) {
      wrong.add(c.what() + ": the paths disagree: fast " + f + ", slow " + s);
      return null;
    }
    return diagnostics;
  }

  // ---------------------------------------------------------------------------------------------
  // generation

  static List<Case> cases(String reportSchema, String checklistSchema) {
    List<Case> out = new ArrayList<>();
    try {
      ObjectNode report = (ObjectNode) MAPPER.readTree(Files.readAllBytes(REPORT_BASE));
      // the members the base lacks
      report.set("author", MAPPER.readTree("{\"name\": \"王某某\", \"position\": \"书记\", \"organization\": \"县委\"}"));
      report.set("headings", MAPPER.readTree("{\"problems\": \"问题\", \"causes\": \"原因\", \"measures\": \"措施\"}"));
      ((ObjectNode) report.get("findings").get(0)).put("heading", "一、在学习方面");
      ((ObjectNode) report.get("causes").get(0)).set("checkpoints", report.get("measures").get(0).get("checkpoints"));
      ((ObjectNode) report.get("measures").get(0)).put("owner", "县委办");
      ((ObjectNode) report.get("measures").get(0)).set("history", MAPPER.readTree("[{\"date\": \"2022-09-15\", "
          + "\"status\": \"done\", \"note\": \"已完成\", \"evidence\": [\"通知.pdf\"], \"by\": \"县委办\"}]"));
      ((ObjectNode) report.get("measures").get(0)).set("verification",
          MAPPER.readTree("{\"date\": \"2022-09-20\", \"by\": \"县纪委\"}"));
      ((ObjectNode) report.get("numbering")).put("causes", "chinese-comma");
      JsonNode schema = MAPPER.readTree(reportSchema);
      new Generator(schema, report, false, out).walk(schema, report, "");
      ObjectNode checklist = (ObjectNode) MAPPER.readTree(Files.readAllBytes(CHECKLIST_BASE));
      checklist.put("description", "说明");
      checklist.put("hash", "sha256:" + "0".repeat(64));
      JsonNode cschema = MAPPER.readTree(checklistSchema);
      new Generator(cschema, checklist, true, out).walk(cschema, checklist, "");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private record Generator(JsonNode schema, JsonNode base, boolean checklist, List<Case> out) {
    /** The schema objects that apply to one value: it and, transitively, its {@code $ref} targets. */
    List<JsonNode> parts(JsonNode s) {
      List<JsonNode> parts = new ArrayList<>();
      for (JsonNode at = s; at != null; ) {
        parts.add(at);
        JsonNode ref = at.get("$ref");
        at = ref == null ? null : schema.at(ref.asString().substring(1));
      }
      return parts;
    }

    void walk(JsonNode s, JsonNode instance, String pointer) {
      for (JsonNode part : parts(s)) {
        for (Map.Entry<String, JsonNode> k : part.properties()) {
          keyword(k.getKey(), k.getValue(), part, instance, pointer);
        }
      }
    }

    private void keyword(String keyword, JsonNode value, JsonNode part, JsonNode instance, String pointer) {
      switch (keyword) {
        case "type" -> {
          List<String> allowed = new ArrayList<>();
          value.forEach(t -> allowed.add(t.asString()));
          if (value.isString()) {
            allowed.add(value.asString());
          }
          Map<String, JsonNode> samples = Map.of("string", NODES.stringNode("s"), "integer", NODES.numberNode(2),
              "number", NODES.numberNode(1.5), "object", NODES.objectNode(), "array", NODES.arrayNode(),
              "boolean", NODES.booleanNode(true), "null", NODES.nullNode());
          samples.forEach((type, sample) -> {
            boolean ok = allowed.contains(type) || type.equals("integer") && allowed.contains("number");
            if (!ok) {
              add(pointer + " type " + type, pointer, true, sample);
            }
          });
        }
        case "const" -> {
          add(pointer + " const", pointer, false, value);
          add(pointer + " const other", pointer, true, NODES.numberNode(value.asInt() + 1));
        }
        case "enum" -> {
          for (JsonNode v : value) {
            add(pointer + " enum " + v, pointer, false, v);
          }
          add(pointer + " enum other", pointer, true, NODES.stringNode("x-unknown"));
        }
        case "maxLength" -> {
          int n = value.asInt();
          // code points, not UTF-16 units: a supplementary character counts once
          add(pointer + " maxLength " + n, pointer, false, NODES.stringNode(fill(part, n)));
          add(pointer + " maxLength " + n + "+1", pointer, true, NODES.stringNode(fill(part, n + 1)));
        }
        case "pattern" -> {
          Pattern p = Pattern.compile(value.asString());
          String inside = CANDIDATES.stream().filter(c -> p.matcher(c).find()).findFirst().orElseThrow(
              () -> new AssertionError("no candidate matches " + p + ": add one"));
          String outside = CANDIDATES.stream().filter(c -> !p.matcher(c).find()).findFirst().orElseThrow(
              () -> new AssertionError("every candidate matches " + p + ": add one that does not"));
          add(pointer + " pattern " + p + " inside", pointer, false, NODES.stringNode(inside));
          add(pointer + " pattern " + p + " outside", pointer, true, NODES.stringNode(outside));
        }
        case "maxItems", "minItems" -> {
          int n = value.asInt();
          assertThat(instance.isArray() && !instance.isEmpty()).as("an element to copy at " + pointer).isTrue();
          int inside = n;
          int outside = keyword.equals("maxItems") ? n + 1 : n - 1;
          add(pointer + " " + keyword + " " + n, pointer, false, copies(instance, inside));
          if (outside >= 0) {
            add(pointer + " " + keyword + " " + n + " outside", pointer, true, copies(instance, outside));
          }
        }
        case "items" -> {
          assertThat(instance.isArray() && !instance.isEmpty()).as("an element at " + pointer).isTrue();
          walk(value, instance.get(0), pointer + "/0");
        }
        case "properties" -> {
          for (Map.Entry<String, JsonNode> m : value.properties()) {
            JsonNode member = instance.get(m.getKey());
            assertThat(member).as("the base document has " + pointer + "/" + m.getKey()).isNotNull();
            walk(m.getValue(), member, pointer + "/" + m.getKey());
          }
        }
        case "required" -> {
          for (JsonNode name : value) {
            String at = pointer.isEmpty() ? "" : pointer;
            ObjectNode without = ((ObjectNode) instance).deepCopy();
            without.remove(name.asString());
            add(pointer + " required " + name, at, true, without);
          }
          ObjectNode only = NODES.objectNode();
          for (JsonNode name : value) {
            only.set(name.asString(), instance.get(name.asString()));
          }
          add(pointer + " required only", pointer, false, only);
        }
        case "additionalProperties" -> {
          ObjectNode more = ((ObjectNode) instance).deepCopy();
          more.put("unknownMember", "x");
          add(pointer + " additionalProperties", pointer, true, more);
        }
        default -> { } // annotations, $ref (followed in parts), $defs
      }
    }

    /** A string of n code points that passes the other string rules of the member. */
    private String fill(JsonNode part, int n) {
      return "𠀀".repeat(n);
    }

    private static ArrayNode copies(JsonNode array, int n) {
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < n; i++) {
        out.add(array.get(i % array.size()).deepCopy());
      }
      return out;
    }

    private void add(String what, String pointer, boolean outside, JsonNode value) {
      JsonNode doc = base.deepCopy();
      if (pointer.isEmpty()) {
        doc = value;
      } else {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = doc.at(parent);
        if (container instanceof ObjectNode o) {
          o.set(last, value);
        } else {
          ((ArrayNode) container).set(Integer.parseInt(last), value);
        }
      }
      out.add(new Case((checklist ? "checklist " : "report ") + what, pointer, outside,
          MAPPER.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8), checklist));
    }
  }
}
