package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiagnosticExportTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A result with errors (located), a warning and an info. */
  private static ValidationResult mixed() throws Exception {
    byte[] json = Files.readAllBytes(Corpus.ROOT.resolve("invalid/enum-measure-kind-status.json"));
    ValidationResult schema = ReportValidator.defaults().validate(json).result();
    ValidationResult conformance = ReportValidator.builder().registry(SampleReports.registry()).build()
        .check(SampleReports.severalCases());
    return schema.plus(conformance).plus(ReportValidator.defaults()
        .validate(Files.readAllBytes(Corpus.ROOT.resolve("valid/heading-blank.json"))).result());
  }

  @Test
  void jsonExportHasEveryDiagnosticWithItsMessage() throws Exception {
    ValidationResult result = mixed();
    String text = DiagnosticExport.toJson(result, Locale.SIMPLIFIED_CHINESE);
    assertThat(text).endsWith("}\n").doesNotContain("\r");
    JsonNode root = MAPPER.readTree(text);
    assertThat(root.get("valid").asBoolean()).isFalse();
    JsonNode list = root.get("diagnostics");
    assertThat(list.size()).isEqualTo(result.diagnostics().size());
    for (int i = 0; i < list.size(); i++) {
      Diagnostic d = result.diagnostics().get(i);
      JsonNode n = list.get(i);
      assertThat(n.get("code").asString()).isEqualTo(d.code());
      assertThat(n.get("severity").asString()).isEqualTo(d.severity().id());
      assertThat(n.get("pointer").asString()).isEqualTo(d.pointer());
      assertThat(n.get("message").asString()).isEqualTo(d.message(Locale.SIMPLIFIED_CHINESE));
      assertThat(n.has("line")).isEqualTo(d.line().isPresent());
      if (d.line().isPresent()) {
        assertThat(n.get("line").asInt()).isEqualTo(d.line().getAsInt());
        assertThat(n.get("column").asInt()).isEqualTo(d.column().getAsInt());
      }
      assertThat(n.get("arguments").size()).isEqualTo(d.arguments().size());
    }
    assertThat(DiagnosticExport.toJson(ValidationResult.empty(), Locale.ENGLISH))
        .isEqualTo("{\n  \"valid\": true,\n  \"diagnostics\": []\n}\n");
  }

  @Test
  void sarifExportIsASarif210LogWithRulesLevelsAndLocations() throws Exception {
    ValidationResult result = mixed();
    JsonNode log = MAPPER.readTree(DiagnosticExport.toSarif(result, Locale.ENGLISH, "reports/zhang.json"));
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asString()).contains("sarif-2.1.0");
    assertThat(log.get("runs").size()).isEqualTo(1);
    JsonNode run = log.get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asString()).isEqualTo("jianshi");
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules.valueStream().map(r -> r.get("id").asString()).distinct().count())
        .isEqualTo(rules.size()).isEqualTo(result.diagnostics().stream().map(Diagnostic::code).distinct().count());
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(result.diagnostics().size());
    for (int i = 0; i < results.size(); i++) {
      Diagnostic d = result.diagnostics().get(i);
      JsonNode r = results.get(i);
      assertThat(r.get("ruleId").asString()).isEqualTo(d.code());
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asString()).isEqualTo(d.code());
      assertThat(r.get("level").asString()).isEqualTo(switch (d.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "note";
      });
      assertThat(r.at("/message/text").asString()).isEqualTo(d.message(Locale.ENGLISH));
      JsonNode location = r.at("/locations/0");
      assertThat(location.at("/physicalLocation/artifactLocation/uri").asString()).isEqualTo("reports/zhang.json");
      if (d.line().isPresent()) {
        assertThat(location.at("/physicalLocation/region/startLine").asInt()).isEqualTo(d.line().getAsInt());
        assertThat(location.at("/physicalLocation/region/startColumn").asInt()).isEqualTo(d.column().getAsInt());
      } else {
        assertThat(location.at("/physicalLocation").has("region")).isFalse();
      }
      assertThat(r.at("/properties/pointer").asString()).isEqualTo(d.pointer());
      if (!d.pointer().isEmpty()) {
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asString()).isEqualTo(d.pointer());
      }
    }
    assertThat(result.diagnostics()).extracting(d -> d.severity().id()).contains("error", "warning", "info");
  }

  @Test
  void exportsAreDeterministic() throws Exception {
    ValidationResult result = mixed();
    assertThat(DiagnosticExport.toSarif(result, Locale.SIMPLIFIED_CHINESE, "a.json"))
        .isEqualTo(DiagnosticExport.toSarif(mixed(), Locale.SIMPLIFIED_CHINESE, "a.json"));
    assertThat(DiagnosticExport.toJson(result, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(DiagnosticExport.toJson(mixed(), Locale.SIMPLIFIED_CHINESE));
  }

  /** Import diagnostics: one located by paragraph and excerpt (a Word source), one by line and excerpt. */
  private static ValidationResult imported() {
    Diagnostic word = Diagnostic.builder().code("schema.required").severity(Severity.WARNING).pointer("")
        .addArguments("x").bundle(ModelDiagnostics.BUNDLE).paragraph(17).excerpt("二、存在的主要问题").build();
    Diagnostic text = Diagnostic.builder().code("schema.required").severity(Severity.ERROR).pointer("/findings")
        .addArguments("y").bundle(ModelDiagnostics.BUNDLE).line(3).column(1).excerpt("（一）在理论学习方面").build();
    return ValidationResult.of(List.of(word, text));
  }

  @Test
  void jsonExportCarriesParagraphAndExcerptWhenPresent() {
    JsonNode list = MAPPER.readTree(DiagnosticExport.toJson(imported(), Locale.SIMPLIFIED_CHINESE)).get("diagnostics");
    assertThat(list.get(0).get("paragraph").asInt()).isEqualTo(17);
    assertThat(list.get(0).get("excerpt").asString()).isEqualTo("二、存在的主要问题");
    assertThat(list.get(0).has("line")).isFalse();
    assertThat(list.get(1).has("paragraph")).isFalse();
    assertThat(list.get(1).get("line").asInt()).isEqualTo(3);
    assertThat(list.get(1).get("excerpt").asString()).isEqualTo("（一）在理论学习方面");
    // the member order: location first, then the message
    assertThat(list.get(0).propertyNames()).containsExactly("code", "severity", "pointer", "paragraph", "excerpt",
        "message", "arguments");
    // diagnostics without them (every one of the mixed result) do not get the members
    JsonNode plain = MAPPER.readTree(DiagnosticExport.toJson(ValidationResult.of(List.of(Diagnostic.builder()
        .code("schema.required").severity(Severity.INFO).pointer("/a").addArguments("z")
        .bundle(ModelDiagnostics.BUNDLE).build())), Locale.ENGLISH)).get("diagnostics").get(0);
    assertThat(plain.has("paragraph")).isFalse();
    assertThat(plain.has("excerpt")).isFalse();
  }

  @Test
  void sarifExportCarriesParagraphAndExcerptInPropertiesAndTheExcerptAsSnippet() {
    JsonNode results = MAPPER.readTree(DiagnosticExport.toSarif(imported(), Locale.ENGLISH, "reports/zhang.docx"))
        .at("/runs/0/results");
    JsonNode word = results.get(0);
    assertThat(word.at("/properties/paragraph").asInt()).isEqualTo(17);
    assertThat(word.at("/properties/excerpt").asString()).isEqualTo("二、存在的主要问题");
    // no line: SARIF has no region for a paragraph of a Word document
    assertThat(word.at("/locations/0/physicalLocation").has("region")).isFalse();
    JsonNode text = results.get(1);
    assertThat(text.at("/properties").has("paragraph")).isFalse();
    assertThat(text.at("/properties/excerpt").asString()).isEqualTo("（一）在理论学习方面");
    assertThat(text.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(text.at("/locations/0/physicalLocation/region/snippet/text").asString()).isEqualTo("（一）在理论学习方面");
  }
}
