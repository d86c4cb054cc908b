package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/json-format.md: its examples are valid and canonical, and it describes every member. */
class JsonFormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "json-format.md");

  private static List<String> jsonBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    String text = Files.readString(DOC);
    for (int start = text.indexOf("```json\n"); start >= 0; start = text.indexOf("```json\n", start + 1)) {
      int from = start + "```json\n".length();
      blocks.add(text.substring(from, text.indexOf("```", from)));
    }
    return blocks;
  }

  @Test
  void theExamplesAreValidAndCanonical() throws IOException {
    List<String> blocks = jsonBlocks();
    assertThat(blocks).hasSize(2);
    ValidatedChecklist checklist = ReportValidator.defaults().validateChecklist(blocks.get(0));
    assertThat(checklist.diagnostics()).isEmpty();
    Checklist list = checklist.checklist().orElseThrow();
    assertThat(ReportJson.writeChecklist(list)).isEqualTo(blocks.get(0));

    ValidatedReport report = ReportValidator.builder().addChecklist(list).build().validate(blocks.get(1));
    assertThat(report.diagnostics()).isEmpty();
    Report r = report.report().orElseThrow();
    assertThat(ReportJson.write(r)).isEqualTo(blocks.get(1));
    // every optional part is used
    assertThat(r.title()).isPresent();
    assertThat(r.author().orElseThrow().organization()).isPresent();
    assertThat(r.headings().isDefault()).isFalse();
    assertThat(r.closing()).isNotEmpty();
    assertThat(r.measures()).allSatisfy(m -> assertThat(m.isTracked()).isTrue());
    assertThat(r.id()).isPresent();
    assertThat(r.title().orElseThrow()).contains("\n");
    assertThat(r.byline()).isPresent();
    assertThat(r.addressee()).isPresent();
    assertThat(r.numbering().isDefault()).isFalse();
    assertThat(r.extraSections()).isNotEmpty();
    assertThat(r.signature()).isNotEmpty();
    assertThat(r.causes().get(0).moreParagraphs()).isNotEmpty();
    assertThat(r.measures().get(0).moreParagraphs()).isNotEmpty();
    assertThat(r.measures().get(0).history().get(0).evidence()).isNotEmpty();
    assertThat(r.measures().get(0).history().get(0).by()).isPresent();
    assertThat(r.measures().get(1).verification().flatMap(v -> v.by())).isPresent();
  }

  @Test
  void everyMemberOfTheSchemasIsDescribed() throws IOException {
    String doc = Files.readString(DOC);
    JsonMapper mapper = JsonMapper.builder().build();
    List<String> names = new ArrayList<>();
    members(mapper.readTree(JsonSchemas.reportSchema()), names);
    members(mapper.readTree(JsonSchemas.checklistSchema()), names);
    assertThat(names).hasSizeGreaterThan(30);
    for (String name : names) {
      assertThat(doc).as(name).containsPattern("`([a-zA-Z\\[\\]]+\\.)*" + name + "`");
    }
  }

  private static void members(JsonNode node, List<String> out) {
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getKey().equals("properties")) {
        e.getValue().properties().forEach(p -> {
          out.add(p.getKey());
          members(p.getValue(), out);
        });
      } else {
        members(e.getValue(), out);
      }
    }
  }
}
