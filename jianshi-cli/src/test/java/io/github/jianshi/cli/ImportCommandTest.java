package io.github.jianshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Report;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ValidatedChecklist;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir
  Path dir;

  private Path realText() throws IOException {
    return Files.write(dir.resolve("report.txt"), Fixtures.realReportText());
  }

  private static Report decoded(Cli.Result r) {
    return ReportJson.read(r.stdout()).report().orElseThrow();
  }

  @Test
  void theRealTextImportsAgainstTheNinePointChecklist() throws IOException {
    Cli.Result r = Cli.run("import", realText().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Report report = decoded(r);
    assertThat(report.findings()).hasSize(9);
    assertThat(report.checklist().id()).isEqualTo(Checklists.NINE_POINT_ID);
    assertThat(r.err()).contains("matched the checklist " + Checklists.NINE_POINT_ID + " version 1");
    assertThat(r.out()).isEqualTo(ReportJson.write(report));
  }

  @Test
  void gb18030TextAndStandardInputGiveTheSameReport() throws IOException {
    String utf8 = Cli.run("import", realText().toString()).out();
    byte[] gb = new String(Fixtures.realReportText(), StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030"));
    Path gbFile = Files.write(dir.resolve("gb.txt"), gb);
    assertThat(Cli.run("import", gbFile.toString()).out()).isEqualTo(utf8);
    assertThat(Cli.run("import", "--charset", "GB18030", gbFile.toString()).out()).isEqualTo(utf8);
    assertThat(Cli.withStdin(Fixtures.realReportText(), "import", "-").out()).isEqualTo(utf8);
    Cli.Result badCharset = Cli.run("import", "--charset", "no-such-charset", gbFile.toString());
    assertThat(badCharset.exitCode()).isEqualTo(2);
    assertThat(badCharset.err()).contains("unknown charset no-such-charset");
  }

  @Test
  void wordIsToldByItsContentAndImports() throws IOException {
    Report real = ReportJson.read(Fixtures.realReport()).report().orElseThrow();
    Path docx = Files.write(dir.resolve("report.bin"), DocxRenderers.docx().renderToBytes(real));
    Cli.Result r = Cli.zh("import", "-o", dir.resolve("out.json").toString(), docx.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.stdout()).isEmpty();
    Report imported = ReportJson.read(Files.readAllBytes(dir.resolve("out.json"))).report().orElseThrow();
    assertThat(imported.findings()).hasSize(9);
    assertThat(r.err()).contains("匹配检视清单");
  }

  @Test
  void anInferredChecklistIsWrittenAndValidatesTheImportedReport() throws IOException {
    Path out = dir.resolve("r.json");
    Path checklist = dir.resolve("c.json");
    Cli.Result r = Cli.run("import", "--checklist", "infer", "-o", out.toString(), "--checklist-out",
        checklist.toString(), realText().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("a checklist was inferred from the headings");
    ValidatedChecklist c = ReportJson.readChecklist(Files.readAllBytes(checklist));
    assertThat(c.isValid()).isTrue();
    assertThat(c.checklist().orElseThrow().checkpoints()).hasSize(9);
    Cli.Result validated = Cli.run("validate", "--checklist", checklist.toString(), out.toString());
    assertThat(validated.out()).contains(out + ": valid");
    assertThat(validated.exitCode()).isZero();
  }

  @Test
  void aChecklistIsForcedByIdOrGivenAsAFile() throws IOException {
    Cli.Result forced = Cli.run("import", "--checklist", Checklists.NINE_POINT_ID, realText().toString());
    assertThat(forced.exitCode()).isZero();
    assertThat(decoded(forced).checklist().id()).isEqualTo(Checklists.NINE_POINT_ID);
    Cli.Result unknown = Cli.run("import", "--checklist", "no-such-id", realText().toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no checklist no-such-id");
    Path file = Fixtures.write(dir, "two.json", ReportJson.writeChecklist(Fixtures.twoPoint()));
    Cli.Result withFile = Cli.run("import", "--checklist", file.toString(), realText().toString());
    assertThat(withFile.exitCode()).isZero();
    assertThat(decoded(withFile).checklist().id()).isEqualTo(Checklists.NINE_POINT_ID);
  }

  @Test
  void whatCannotBeImportedExitsOneAndTheInputIsNeverOverwritten() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Cli.Result r = Cli.run("import", empty.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.err()).contains("could not be imported");

    Path text = realText();
    Cli.Result over = Cli.run("import", "-o", text.toString(), text.toString());
    assertThat(over.exitCode()).isEqualTo(2);
    assertThat(Files.readAllBytes(text)).isEqualTo(Fixtures.realReportText());
    assertThat(Cli.run("import", dir.resolve("missing.txt").toString()).exitCode()).isEqualTo(2);
  }
}
