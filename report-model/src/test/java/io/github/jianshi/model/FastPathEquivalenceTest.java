package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fast path must never accept what the schema rejects, and must decode exactly what the slow path
 * decodes. Every valid corpus document is mutated many times (deterministically: fixed seeds) at
 * random places, in the ways that matter to the schema and the limits, and both paths must give
 * equal results.
 */
class FastPathEquivalenceTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MUTANTS = 60;

  static Stream<Corpus.Document> valid() {
    return Corpus.documents("valid");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void mutantsGetTheSameResultOnBothPaths(Corpus.Document doc) {
    ReportValidator fast = Corpus.validator(doc.limits(), true);
    ReportValidator slow = Corpus.validator(doc.limits(), false);
    Random random = new Random(doc.name().hashCode());
    JsonNode original = MAPPER.readTree(doc.bytes());
    int accepted = 0;
    for (int i = 0; i < MUTANTS; i++) {
      byte[] mutant = i % 5 == 4 ? byteMutant(doc.bytes(), random) : treeMutant(original, random);
      String what = doc + " mutant " + i + ": " + new String(mutant, StandardCharsets.UTF_8);
      if (doc.isChecklist()) {
        ValidatedChecklist f = fast.validateChecklist(mutant);
        assertThat(f).as(what).isEqualTo(slow.validateChecklist(mutant));
        accepted += f.checklist().isPresent() ? 1 : 0;
      } else {
        ValidatedReport f = fast.validate(mutant);
        assertThat(f).as(what).isEqualTo(slow.validate(mutant));
        assertThat(fast.decode(mutant)).as(what).isEqualTo(slow.decode(mutant));
        accepted += f.report().isPresent() ? 1 : 0;
      }
    }
    // the mutants are not all rejected: the test also exercises accepted variants
    assertThat(accepted).isLessThan(MUTANTS);
  }

  /**
   * The fast path decodes every valid document by itself, without giving up: otherwise a member it
   * does not know would go unnoticed here (the slow path would give the same results, only slower).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void theFastPathDecodesEveryValidDocumentWithoutGivingUp(Corpus.Document doc) {
    // the one documented way in which the fast path is stricter than the schema that the corpus uses
    Assumptions.assumeFalse(new String(doc.bytes(), StandardCharsets.UTF_8).contains("\"schemaVersion\": 1.0"),
        "the version written 1.0 is left to the slow path by design");
    try (JsonParser p = Json.readFactory(doc.limits()).createParser(ObjectReadContext.empty(), doc.bytes())) {
      WireReader reader = new WireReader(p, true, doc.limits().maxArrayLength(),
          doc.isChecklist() ? SchemaRules.CHECKLIST : SchemaRules.REPORT);
      Object decoded = doc.isChecklist() ? reader.checklist() : reader.report();
      assertThat(decoded).as(doc.toString()).isNotNull();
    } catch (WireReader.Bail e) {
      throw new AssertionError(doc + ": the fast path gave up", e);
    }
  }

  static byte[] treeMutant(JsonNode original, Random random) {
    JsonNode copy = original.deepCopy();
    List<String> pointers = new ArrayList<>();
    collect(copy, "", pointers);
    String target = pointers.get(random.nextInt(pointers.size()));
    if (target.isEmpty()) {
      ((ObjectNode) copy).put("unexpected", 1);
      return MAPPER.writeValueAsBytes(copy);
    }
    String parentPointer = target.substring(0, target.lastIndexOf('/'));
    String last = target.substring(target.lastIndexOf('/') + 1);
    JsonNode parent = copy.at(parentPointer);
    JsonNode node = copy.at(target);
    JsonNode replacement = switch (random.nextInt(18)) {
      case 0 -> null; // remove
      case 1 -> NODES.numberNode(1);
      case 2 -> NODES.stringNode("");
      case 3 -> NODES.stringNode(" \u3000 ");
      case 4 -> NODES.stringNode("长".repeat(new int[] {101, 201, 501, 5001, 10001}[random.nextInt(5)]));
      case 5 -> NODES.nullNode();
      case 6 -> NODES.booleanNode(true);
      case 7 -> NODES.objectNode();
      case 8 -> NODES.arrayNode();
      case 9 -> NODES.stringNode(new String[] {"2022-02-30", "2024-02-29", "2023-13-01", "0000-01-01"}[random.nextInt(4)]);
      case 10 -> NODES.stringNode(new String[] {"final", "draft", "duty", "point", "done", "not-present", "x"}[random.nextInt(7)]);
      case 11 -> NODES.numberNode(1.0);
      case 12 -> NODES.stringNode("sha256:" + "0".repeat(64));
      case 13 -> node.isArray() && !node.isEmpty() ? grow((ArrayNode) node, random) : NODES.stringNode("𠀀".repeat(60));
      case 14 -> node.isObject() ? ((ObjectNode) node.deepCopy()).put("extra", "x") : NODES.numberNode(2);
      case 15 -> node.isArray() ? NODES.arrayNode() : NODES.stringNode("study");
      case 16 -> NODES.stringNode("\u00a0");
      default -> NODES.stringNode("𠀀".repeat(100)); // 100 code points, 200 chars: fast path stricter
    };
    if (parent instanceof ObjectNode object) {
      if (replacement == null) {
        object.remove(last);
      } else {
        object.set(last.replace("~1", "/").replace("~0", "~"), replacement);
      }
    } else if (parent instanceof ArrayNode array) {
      int index = Integer.parseInt(last);
      if (replacement == null) {
        array.remove(index);
      } else {
        array.set(index, replacement);
      }
    }
    return MAPPER.writeValueAsBytes(copy);
  }

  private static JsonNode grow(ArrayNode array, Random random) {
    ArrayNode grown = array.deepCopy();
    int times = random.nextBoolean() ? 1 : 201;
    for (int i = 0; i < times; i++) {
      grown.add(array.get(0).deepCopy());
    }
    return grown;
  }

  private static byte[] byteMutant(byte[] bytes, Random random) {
    int at = random.nextInt(bytes.length);
    return switch (random.nextInt(4)) {
      case 0 -> java.util.Arrays.copyOf(bytes, at); // truncated
      case 1 -> { // one byte changed
        byte[] b = bytes.clone();
        String bytesToUse = "{}[],:\"x1 \\\u00ff";
        b[at] = (byte) bytesToUse.charAt(random.nextInt(bytesToUse.length()));
        yield b;
      }
      case 2 -> { // trailing content
        byte[] b = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        b[bytes.length] = '[';
        b[bytes.length + 1] = ']';
        b[bytes.length + 2] = '\n';
        yield b;
      }
      default -> { // a duplicate member at the top
        String text = new String(bytes, StandardCharsets.UTF_8);
        yield text.replaceFirst("\\{", "{\"schemaVersion\": 1,").getBytes(StandardCharsets.UTF_8);
      }
    };
  }

  private static void collect(JsonNode node, String at, List<String> out) {
    out.add(at);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, out);
      }
    }
  }
}
