package io.github.jianshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Checklists;
import io.github.jianshi.model.JsonSchemas;
import io.github.jianshi.model.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SchemaAndChecklistCommandTest {
  @TempDir
  Path dir;

  @Test
  void schemasAreTheBundledOnes() throws IOException {
    assertThat(Cli.run("schema", "report").out()).isEqualTo(JsonSchemas.reportSchema());
    assertThat(Cli.run("schema", "CHECKLIST").out()).isEqualTo(JsonSchemas.checklistSchema());
    Path out = dir.resolve("report.schema.json");
    assertThat(Cli.run("schema", "report", "-o", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo(JsonSchemas.reportSchema());
    Cli.Result bad = Cli.run("schema", "ledger");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("ledger").contains("Try 'jianshi schema --help'");
  }

  @Test
  void listShowsTheBuiltInChecklistAndThoseGiven() {
    Cli.Result r = Cli.run("checklist", "list");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(Checklists.NINE_POINT_ID + "  version 1  " + Checklists.ninePoint().title()
        + "  (9 checkpoints)\n");
    Path two = Fixtures.write(dir, "two.json", ReportJson.writeChecklist(Fixtures.twoPoint()));
    Cli.Result json = Cli.run("checklist", "list", "--format", "json", "--checklist", two.toString());
    JsonNode list = CliJson.read(json.out());
    assertThat(list).hasSize(2);
    assertThat(list.get(1).get("id").asString()).isEqualTo("demo-two");
    assertThat(list.get(1).get("hash").asString()).isEqualTo(Fixtures.twoPoint().contentHash());
    assertThat(Cli.zh("checklist", "list").out()).contains("版本 1").contains("（9 个检视点）");
  }

  @Test
  void showWritesTheCanonicalJsonOrText() throws IOException {
    Cli.Result json = Cli.run("checklist", "show", Checklists.NINE_POINT_ID);
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).isEqualTo(ReportJson.writeChecklist(Checklists.ninePoint()));
    Cli.Result text = Cli.zh("checklist", "show", "--format", "text", Checklists.NINE_POINT_ID, "1");
    assertThat(text.out()).startsWith(Checklists.ninePoint().title() + "\n")
        .contains("一、" + Checklists.ninePoint().checkpoints().get(0).title())
        .contains("九、" + Checklists.ninePoint().checkpoints().get(8).title())
        .contains("是否存在]");
    Path out = dir.resolve("nine.json");
    assertThat(Cli.run("checklist", "show", "-o", out.toString(), Checklists.NINE_POINT_ID).exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo(json.out());
  }

  @Test
  void anUnknownChecklistIsAUsageError() {
    Cli.Result r = Cli.run("checklist", "show", "nope");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no checklist nope; known: " + Checklists.NINE_POINT_ID + " 1");
    assertThat(Cli.run("checklist", "show", Checklists.NINE_POINT_ID, "2").exitCode()).isEqualTo(2);
    Cli.Result bare = Cli.run("checklist");
    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(bare.err()).contains("Usage: jianshi checklist");
  }
}
