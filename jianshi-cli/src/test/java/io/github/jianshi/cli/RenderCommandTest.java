package io.github.jianshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.render.Renderers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir
  Path dir;

  @Test
  void plainTextOfTheRealReportIsTheOriginalFileByteForByte() {
    Path file = Fixtures.write(dir, "real.json", Fixtures.realReport());
    Cli.Result r = Cli.run("render", "--to", "text", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEqualTo(Fixtures.realReportText());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void wordToStandardOutputIsOnlyTheDocumentsBytes() {
    Path file = Fixtures.write(dir, "real.json", Fixtures.realReport());
    Cli.Result r = Cli.run("render", "--to", "docx", file.toString());
    assertThat(r.exitCode()).isZero();
    byte[] expected = DocxRenderers.docx().renderToBytes(ReportJson.read(Fixtures.realReport()).report().orElseThrow());
    assertThat(r.stdout()).isEqualTo(expected);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void wordIsNotWrittenToATerminal() {
    Path file = Fixtures.write(dir, "real.json", Fixtures.realReport());
    Cli.Result r = Cli.onTerminal("render", "--to", "docx", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.err()).contains("standard output is a terminal");
    assertThat(Cli.onTerminal("render", "--to", "text", file.toString()).exitCode()).isZero();
  }

  @Test
  void markdownAndHtmlFragmentsAndStandardInput() {
    byte[] json = Fixtures.realReport().getBytes(StandardCharsets.UTF_8);
    Cli.Result md = Cli.withStdin(json, "render", "--to", "markdown", "-");
    assertThat(md.exitCode()).isZero();
    assertThat(md.stdout()).isEqualTo(
        Renderers.markdown().renderToBytes(ReportJson.read(Fixtures.realReport()).report().orElseThrow()));
    Cli.Result fragment = Cli.withStdin(json, "render", "--to", "html", "--fragment", "-");
    assertThat(fragment.out()).startsWith("<article class=\"jianshi-report\"").doesNotContain("<html");
    Cli.Result page = Cli.withStdin(json, "render", "--to", "HTML", "-");
    assertThat(page.out()).contains("<html").contains("<article");
  }

  @Test
  void optionsReachTheRenderer() {
    Path file = Fixtures.write(dir, "signed.json", Fixtures.realReportSigned());
    String plain = Cli.run("render", "--to", "text", file.toString()).out();
    assertThat(plain).contains("（一）").doesNotContain("2022年8月5日");
    String options = Cli.run("render", "--to", "text", "--ascii-parentheses", "--closing-block",
        "--no-final-blank-line", file.toString()).out();
    assertThat(options).contains("(一)").doesNotContain("（一）").contains("2022年8月5日").doesNotEndWith("\n\n");
    assertThat(Cli.run("render", "--to", "html", file.toString()).out()).doesNotContain("整改清单");
    assertThat(Cli.run("render", "--to", "html", "--measure-table", "always", file.toString()).out())
        .contains("整改清单");
    assertThat(Cli.run("render", "--to", "html", "--measure-table", "sometimes", file.toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void theFormatComesFromTheOutputNameAndTheFileIsWrittenAtomically() throws IOException {
    Path file = Fixtures.write(dir, "real.json", Fixtures.realReport());
    Path out = dir.resolve("out").resolve("报告.docx");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "old");
    Cli.Result r = Cli.run("render", "-o", out.toString(), file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEmpty();
    assertThat(Files.readAllBytes(out)).startsWith('P', 'K');
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertThat(s).containsExactly(out);
    }
    Cli.Result unknown = Cli.run("render", "-o", dir.resolve("out.pdf").toString(), file.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--to");
    assertThat(Files.exists(dir.resolve("out.pdf"))).isFalse();
  }

  @Test
  void theInputIsNeverOverwritten() throws IOException {
    Path file = Fixtures.write(dir, "real.json", Fixtures.realReport());
    Cli.Result r = Cli.run("render", "--to", "text", "-o", file.toString(), file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(Files.readString(file)).isEqualTo(Fixtures.realReport());
    Cli.Result viaOtherName = Cli.run("render", "--to", "text", "-o", dir.resolve(".").resolve("real.json").toString(),
        file.toString());
    assertThat(viaOtherName.exitCode()).isEqualTo(2);
    assertThat(Files.readString(file)).isEqualTo(Fixtures.realReport());
  }

  @Test
  void anUndecodableReportIsNotRenderedAndAnInvalidOneOnlyWithoutStrict() {
    Path broken = Fixtures.write(dir, "broken.json", Fixtures.broken());
    Cli.Result r = Cli.run("render", "--to", "text", broken.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.err()).contains("broken.json: invalid (1 error)").contains("[json.");

    Path incomplete = Fixtures.write(dir, "incomplete.json", Fixtures.realReportMissingFinding());
    Cli.Result lenient = Cli.run("render", "--to", "text", incomplete.toString());
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.out()).contains("存在的主要问题");
    assertThat(lenient.err()).contains("[checkpoint.missing]").doesNotContain("measures.unlinked");
    Cli.Result strict = Cli.run("render", "--to", "text", "--strict", incomplete.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.stdout()).isEmpty();
    assertThat(strict.err()).contains("--strict");
  }

  @Test
  void missingInputAndMissingFormatAreUsageErrors() {
    Cli.Result missing = Cli.run("render", "--to", "text", dir.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read");
    Path file = Fixtures.write(dir, "real.json", Fixtures.realReport());
    Cli.Result noFormat = Cli.zh("render", file.toString());
    assertThat(noFormat.exitCode()).isEqualTo(2);
    assertThat(noFormat.err()).contains("请用 --to");
  }

  @Test
  void customChecklistsGiveTheTitlesOfFindingsWithoutHeadings() throws IOException {
    Path report = Fixtures.write(dir, "two.json", Fixtures.twoPointReport());
    Path checklist = Fixtures.write(dir, "two-checklist.json", ReportJson.writeChecklist(Fixtures.twoPoint()));
    Cli.Result r = Cli.run("render", "--to", "text", "--checklist", checklist.toString(), report.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("（一）在理论学习方面");
  }
}
