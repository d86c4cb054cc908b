package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-pass schema diagnostics ({@link SchemaChecker}) against networknt (the slow path, the
 * oracle): on every document the checker reports on, exactly the same diagnostics — list equality,
 * so order, codes, arguments, pointers, lines and columns — and the same messages in zh and en. The
 * checker must also really report (not decline silently) on the invalid documents it is meant for.
 */
class SchemaCheckerTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** What the checker declines by design (see its Javadoc): a floating-point value, a schemaVersion other than 1. */
  private static boolean declinedByDesign(SchemaBoundaryTest.Case c) {
    return c.what().endsWith(" type number") || c.pointer().equals("/schemaVersion");
  }

  @Test
  void everyGeneratedViolationIsReportedInOnePassExactlyAsNetworkntReportsIt() {
    List<SchemaBoundaryTest.Case> cases = SchemaBoundaryTest.cases(JsonSchemas.reportSchema(),
        JsonSchemas.checklistSchema());
    ReportValidator fast = ReportValidator.builder().build();
    ReportValidator slow = ReportValidator.builder().fastPath(false).build();
    List<String> wrong = new ArrayList<>();
    int reported = 0;
    int outside = 0;
    for (SchemaBoundaryTest.Case c : cases) {
      long before = fast.checkerReports();
      List<Diagnostic> f = diagnostics(fast, c.bytes(), c.checklist());
      boolean byChecker = fast.checkerReports() > before;
      List<Diagnostic> s = diagnostics(slow, c.bytes(), c.checklist());
      same(c.what(), f, s, wrong);
      if (c.outside()) {
        outside++;
        if (byChecker) {
          reported++;
        } else if (!declinedByDesign(c)) {
          wrong.add(c.what() + ": the checker declined " + s);
        }
      } else if (byChecker) {
        wrong.add(c.what() + ": a document inside every constraint went to the checker");
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(outside).isGreaterThan(150);
    // every other outside case was reported by the checker (a declined one is in wrong above)
    assertThat(reported).isGreaterThan(outside * 4 / 5);
  }

  static Stream<Corpus.Document> valid() {
    return Corpus.documents("valid");
  }

  /**
   * Documents with several violations at once (random mutations of every valid corpus document, two to
   * six each): the checker's diagnostics equal networknt's, in the same order; the checker reports on
   * most of them.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void documentsWithManyViolationsGetTheSameDiagnosticsInTheSameOrder(Corpus.Document doc) {
    ReportValidator fast = Corpus.validator(doc.limits(), true);
    ReportValidator slow = Corpus.validator(doc.limits(), false);
    Random random = new Random(31L * doc.name().hashCode() + 7);
    List<String> wrong = new ArrayList<>();
    int multiple = 0;
    int byChecker = 0;
    for (int i = 0; i < 40; i++) {
      byte[] mutant = doc.bytes();
      int mutations = 2 + random.nextInt(5);
      for (int k = 0; k < mutations; k++) {
        mutant = FastPathEquivalenceTest.treeMutant(MAPPER.readTree(mutant), random);
      }
      long before = fast.checkerReports();
      List<Diagnostic> f = diagnostics(fast, mutant, doc.isChecklist());
      List<Diagnostic> s = diagnostics(slow, mutant, doc.isChecklist());
      same(doc + " mutant " + i + ": " + new String(mutant, StandardCharsets.UTF_8), f, s, wrong);
      if (fast.checkerReports() > before) {
        byChecker++;
        multiple += s.size() > 1 ? 1 : 0;
      }
    }
    assertThat(wrong).isEmpty();
    if (new String(doc.bytes(), StandardCharsets.UTF_8).contains("\"schemaVersion\": 1.0")) {
      // a version written 1.0 is declined by design: the slow path decides (and did, above)
      assertThat(byChecker).as("documents the checker reported on").isZero();
      return;
    }
    assertThat(byChecker).as("documents the checker reported on").isGreaterThan(15);
    assertThat(multiple).as("of them with more than one diagnostic").isGreaterThan(5);
  }

  /** The benchmark's invalid document (the real report with one bad status) is reported in one pass. */
  @Test
  void theRealReportWithABadStatusIsReportedByTheChecker() throws Exception {
    byte[] json = new String(Files.readAllBytes(java.nio.file.Path.of("../examples/src/main/resources/real-report.json")),
        StandardCharsets.UTF_8).replace("\"status\": \"final\"", "\"status\": \"finished\"")
        .getBytes(StandardCharsets.UTF_8);
    ReportValidator fast = ReportValidator.builder().build();
    List<Diagnostic> f = fast.validate(json).diagnostics();
    assertThat(fast.checkerReports()).isEqualTo(1);
    List<Diagnostic> s = ReportValidator.builder().fastPath(false).build().validate(json).diagnostics();
    List<String> wrong = new ArrayList<>();
    same("real report", f, s, wrong);
    assertThat(wrong).isEmpty();
    assertThat(f).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("schema.enum");
      assertThat(d.pointer()).isEqualTo("/status");
      assertThat(d.line()).isPresent();
    });
  }

  /**
   * Hostile documents: many violations on one line (past the diagnostics limit), member names that
   * need escaping in a pointer or are long or hold control characters, unknown members nesting deep,
   * wrong types everywhere. The checker reports on each, exactly as networknt does.
   */
  @Test
  void hostileDocumentsGetTheSameDiagnosticsOnBothPaths() throws Exception {
    String base = new String(Files.readAllBytes(Corpus.ROOT.resolve("valid/import-parts.json")), StandardCharsets.UTF_8);
    JsonNode tree = MAPPER.readTree(base);
    StringBuilder manyMeasures = new StringBuilder("[");
    for (int i = 0; i < 150; i++) {
      manyMeasures.append(i == 0 ? "" : ",").append("{\"text\": 1, \"kind\": \"x\", \"owner\": [], \"a/b~c\": 0}");
    }
    manyMeasures.append("]");
    // 28 deep inside two objects: within the default depth limit of 32
    String deep = "[".repeat(28) + "]".repeat(28);
    List<String> documents = List.of(
        // minified, hundreds of violations on one line, past a small diagnostics limit
        MAPPER.writeValueAsString(((tools.jackson.databind.node.ObjectNode) tree.deepCopy())
            .set("measures", MAPPER.readTree(manyMeasures.toString()))),
        base.replaceFirst("\\{", "{\"a/b~c\": 1, \"\\u001b[2J\\n\": 2, \"" + "长".repeat(300) + "\": 3, "),
        base.replaceFirst("\\{", "{\"unknown\": {\"x\": " + deep + ", \"y\": [1.5, 1e400, 123456789012345678901234567890]}, "),
        "{\"findings\": \"x\", \"causes\": {}, \"measures\": null, \"preamble\": [1, true, null, {}], \"status\": 7}",
        "[]",
        "\"report\"",
        "{}");
    // one level deeper is over the depth limit: the checker declines and the slow path says limit.depth
    String tooDeep = base.replaceFirst("\\{", "{\"unknown\": {\"x\": " + "[".repeat(31) + "]".repeat(31) + "}, ");
    ReportValidator validator = ReportValidator.builder().build();
    assertThat(validator.validate(tooDeep).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo("limit.depth"));
    assertThat(validator.checkerReports()).isZero();
    for (Limits limits : List.of(Limits.defaults(), Limits.builder().maxDiagnostics(7).build())) {
      ReportValidator fast = ReportValidator.builder().limits(limits).build();
      ReportValidator slow = ReportValidator.builder().limits(limits).fastPath(false).build();
      List<String> wrong = new ArrayList<>();
      for (String d : documents) {
        byte[] bytes = d.getBytes(StandardCharsets.UTF_8);
        long before = fast.checkerReports();
        List<Diagnostic> f = fast.validate(bytes).diagnostics();
        List<Diagnostic> s = slow.validate(bytes).diagnostics();
        same(limits.maxDiagnostics() + " " + d, f, s, wrong);
        if (fast.checkerReports() == before) {
          wrong.add("declined: " + d);
        }
      }
      assertThat(wrong).isEmpty();
    }
  }

  /** The checker declines what it cannot tell exactly; the slow path then reports as before. */
  @Test
  void syntaxErrorsLimitsAndValidDocumentsAreLeftToTheSlowPath() {
    SchemaChecker checker = SchemaRules.REPORT.checker();
    Limits limits = Limits.defaults();
    var factory = Json.readFactory(limits);
    assertThat(checker.check("{\"status\": \"x\"".getBytes(StandardCharsets.UTF_8), factory, limits,
        FieldLabels::report)).as("syntax").isNull();
    assertThat(checker.check("{\"status\": \"x\", \"status\": \"y\"}".getBytes(StandardCharsets.UTF_8), factory,
        limits, FieldLabels::report)).as("duplicate member").isNull();
    assertThat(checker.check("{\"status\": \"x\"} []".getBytes(StandardCharsets.UTF_8), factory, limits,
        FieldLabels::report)).as("trailing content").isNull();
    assertThat(checker.check("{\"schemaVersion\": 2}".getBytes(StandardCharsets.UTF_8), factory, limits,
        FieldLabels::report)).as("another schema version").isNull();
    assertThat(checker.check("{\"status\": \"x\"}".getBytes(StandardCharsets.UTF_8), factory, limits,
        FieldLabels::report)).as("a plain violation").isNotNull().isNotEmpty();
    Limits one = Limits.builder().maxObjectMembers(1).build();
    assertThat(checker.check("{\"status\": \"x\", \"title\": 1}".getBytes(StandardCharsets.UTF_8),
        Json.readFactory(one), one, FieldLabels::report)).as("limit.members").isNull();
    Limits shallow = Limits.builder().maxDepth(2).build();
    assertThat(checker.check("{\"status\": \"x\", \"preamble\": [[[]]]}".getBytes(StandardCharsets.UTF_8),
        Json.readFactory(shallow), shallow, FieldLabels::report)).as("limit.depth").isNull();
  }

  private static List<Diagnostic> diagnostics(ReportValidator v, byte[] bytes, boolean checklist) {
    return checklist ? v.validateChecklist(bytes).diagnostics() : v.validate(bytes).diagnostics();
  }

  private static void same(String what, List<Diagnostic> fast, List<Diagnostic> slow, List<String> wrong) {
    if (!fast.equals(slow)) {
      wrong.add(what + ": fast " + fast + ", slow " + slow);
      return;
    }
    for (int i = 0; i < fast.size(); i++) {
      for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        if (!fast.get(i).describe(locale).equals(slow.get(i).describe(locale))) {
          wrong.add(what + ": messages differ in " + locale + ": " + fast.get(i).describe(locale) + " / "
              + slow.get(i).describe(locale));
        }
      }
    }
  }
}
