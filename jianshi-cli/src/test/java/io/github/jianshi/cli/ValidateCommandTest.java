package io.github.jianshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.model.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {
  @TempDir
  Path dir;

  @Test
  void aValidReportExitsZeroWithItsOutcomeAndASummaryOnStandardError() {
    Path file = Fixtures.write(dir, "real.json", Fixtures.realReport());
    Cli.Result r = Cli.run("validate", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith(file + ": valid (1 info)\n")
        .contains("  info /measures (197:15) [measures.unlinked] ");
    assertThat(r.err()).isEqualTo("1 file: 1 valid, 0 invalid, 0 unreadable.\n");
  }

  @Test
  void messagesAreChineseUnderAChineseLocale() {
    Path file = Fixtures.write(dir, "real.json", Fixtures.realReport());
    Cli.Result r = Cli.zh("validate", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith(file + "：有效（1 条提示）\n").contains("[measures.unlinked] 整改措施未注明");
    assertThat(r.err()).isEqualTo("共 1 个文件：有效 1 个，无效 0 个，无法读取 0 个。\n");
  }

  @Test
  void anInvalidReportExitsOneAndAMissingPathTwoWhileTheBatchGoesOn() {
    Path good = Fixtures.write(dir, "a-good.json", Fixtures.realReport());
    Path broken = Fixtures.write(dir, "b-broken.json", Fixtures.broken());
    Path missing = dir.resolve("c-missing.json");
    Path incomplete = Fixtures.write(dir, "d-incomplete.json", Fixtures.realReportMissingFinding());

    Cli.Result invalid = Cli.run("validate", good.toString(), broken.toString(), incomplete.toString());
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.out().lines().filter(l -> !l.startsWith("  ")).toList()).containsExactly(
        good + ": valid (1 info)", broken + ": invalid (1 error)", incomplete + ": invalid (1 error, 1 info)");
    assertThat(invalid.out()).contains("[json.").contains("[checkpoint.missing]");

    Cli.Result withMissing = Cli.run("validate", good.toString(), missing.toString(), broken.toString());
    assertThat(withMissing.exitCode()).isEqualTo(2);
    assertThat(withMissing.out().lines().filter(l -> !l.startsWith("  ")).toList()).containsExactly(
        good + ": valid (1 info)", missing + ": cannot read: no such file or folder", broken + ": invalid (1 error)");
    assertThat(withMissing.err()).isEqualTo("3 files: 1 valid, 1 invalid, 1 unreadable.\n");
  }

  @Test
  void directoriesAreSearchedForJsonInNameOrderAndParallelOutputEqualsSequential() throws IOException {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = String.format("batch/%s/r%02d.json", i % 2 == 0 ? "even" : "odd", i);
      Fixtures.write(dir, name, i % 7 == 3 ? Fixtures.broken() : Fixtures.realReport());
    }
    Fixtures.write(dir, "batch/notes.txt", "not a report");
    Fixtures.write(dir, "batch/.hidden/x.json", Fixtures.broken());
    Fixtures.write(dir, "batch/.y.json", Fixtures.broken());
    try (Stream<Path> s = Files.walk(dir.resolve("batch"))) {
      s.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("/."))
          .map(Path::toString).sorted().forEach(expected::add);
    }
    Cli.Result parallel = Cli.run("validate", "-j", "4", dir.resolve("batch").toString());
    Cli.Result sequential = Cli.run("validate", "--jobs", "1", dir.resolve("batch").toString());
    assertThat(parallel.exitCode()).isEqualTo(1);
    assertThat(parallel.out()).isEqualTo(sequential.out());
    assertThat(parallel.out().lines().filter(l -> !l.startsWith("  ")).map(l -> l.substring(0, l.indexOf(": "))))
        .containsExactlyElementsOf(expected);
    assertThat(parallel.err()).isEqualTo("40 files: 34 valid, 6 invalid, 0 unreadable.\n");
  }

  @Test
  void standardInputIsDashAndOnlyOnce() {
    byte[] json = Fixtures.realReport().getBytes(StandardCharsets.UTF_8);
    Cli.Result r = Cli.withStdin(json, "validate", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("-: valid (1 info)\n");
    Cli.Result twice = Cli.withStdin(json, "validate", "-", "-");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("standard input (-) can be given only once");
  }

  @Test
  void quietListsOnlyTheFilesThatAreNotValidAndMinSeverityFiltersDiagnostics() {
    Path good = Fixtures.write(dir, "good.json", Fixtures.realReport());
    Path bad = Fixtures.write(dir, "bad.json", Fixtures.realReportMissingFinding());
    Cli.Result quiet = Cli.run("validate", "-q", "--min-severity", "error", good.toString(), bad.toString());
    assertThat(quiet.exitCode()).isEqualTo(1);
    assertThat(quiet.out()).doesNotContain("good.json").contains("bad.json: invalid")
        .contains("[checkpoint.missing]").doesNotContain("[measures.unlinked]");
  }

  @Test
  void jsonIsOneDocumentWithEveryFileAndASummary() {
    Path good = Fixtures.write(dir, "good.json", Fixtures.realReport());
    Path bad = Fixtures.write(dir, "bad.json", Fixtures.broken());
    Path missing = dir.resolve("missing.json");
    Cli.Result r = Cli.run("validate", "--format", "json", good.toString(), bad.toString(), missing.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode doc = CliJson.read(r.out());
    assertThat(doc.get("files")).hasSize(3);
    assertThat(doc.get("files").get(0).get("path").asString()).isEqualTo(good.toString());
    assertThat(doc.get("files").get(0).get("status").asString()).isEqualTo("valid");
    assertThat(doc.get("files").get(0).get("diagnostics").get(0).get("code").asString()).isEqualTo("measures.unlinked");
    assertThat(doc.get("files").get(1).get("status").asString()).isEqualTo("invalid");
    assertThat(doc.get("files").get(1).get("valid").asBoolean()).isFalse();
    assertThat(doc.get("files").get(2).get("status").asString()).isEqualTo("unreadable");
    assertThat(doc.get("files").get(2).get("error").asString()).isEqualTo("no such file or folder");
    assertThat(doc.get("summary").toString()).isEqualTo("{\"files\":3,\"valid\":1,\"invalid\":1,\"unreadable\":1}");
    assertThat(r.out()).endsWith("}\n").contains("\n  \"files\": [\n");
  }

  @Test
  void sarifIsOneLogWithMergedRulesAndNotificationsForUnreadableFiles() {
    Path good = Fixtures.write(dir, "good.json", Fixtures.realReport());
    Path incomplete = Fixtures.write(dir, "incomplete.json", Fixtures.realReportMissingFinding());
    Path missing = dir.resolve("missing.json");
    Cli.Result r = Cli.zh("validate", "--format", "sarif", good.toString(), incomplete.toString(), missing.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode run = CliJson.read(r.out()).get("runs").get(0);
    List<String> rules = new ArrayList<>();
    run.get("tool").get("driver").get("rules").forEach(n -> rules.add(n.get("id").asString()));
    assertThat(rules).containsExactly("measures.unlinked", "checkpoint.missing");
    List<String> resultRules = new ArrayList<>();
    for (JsonNode result : run.get("results")) {
      String id = result.get("ruleId").asString();
      resultRules.add(id);
      assertThat(rules.get(result.get("ruleIndex").asInt())).isEqualTo(id);
    }
    assertThat(resultRules).containsExactly("measures.unlinked", "checkpoint.missing", "measures.unlinked");
    assertThat(run.get("results").get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation")
        .get("uri").asString()).isEqualTo(incomplete.toUri().toASCIIString());
    assertThat(run.get("results").get(1).get("message").get("text").asString()).contains("未对照检视");
    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.get("toolExecutionNotifications")).hasSize(1);
  }

  @Test
  void relativePathsStayRelativeInSarif() {
    assertThat(ValidateCommand.uri(new Inputs.Input("reports/2024/张三.json", Path.of("x"), null)))
        .isEqualTo("reports/2024/%E5%BC%A0%E4%B8%89.json");
    assertThat(ValidateCommand.uri(new Inputs.Input("-", null, null))).isEqualTo("-");
  }

  @Test
  void outputGoesToAFileAtomicallyButNeverOverAnInput() throws IOException {
    Path good = Fixtures.write(dir, "good.json", Fixtures.realReport());
    Path out = dir.resolve("result.sarif");
    Cli.Result r = Cli.run("validate", "--format", "sarif", "-o", out.toString(), good.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEmpty();
    assertThat(CliJson.read(Files.readString(out)).get("version").asString()).isEqualTo("2.1.0");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("good.json", "result.sarif");
    }

    Cli.Result overInput = Cli.run("validate", "-o", good.toString(), good.toString());
    assertThat(overInput.exitCode()).isEqualTo(2);
    assertThat(overInput.err()).contains("is one of the inputs");
    assertThat(Files.readString(good)).isEqualTo(Fixtures.realReport());
  }

  @Test
  void customChecklistsAreGivenAsFiles() throws IOException {
    Path report = Fixtures.write(dir, "two.json", Fixtures.twoPointReport());
    Cli.Result unknown = Cli.run("validate", report.toString());
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.out()).contains("[checklist.unknown]");

    Path checklist = Fixtures.write(dir, "two-checklist.json", ReportJson.writeChecklist(Fixtures.twoPoint()));
    Cli.Result known = Cli.run("validate", "--checklist", checklist.toString(), report.toString());
    assertThat(known.exitCode()).isZero();
    assertThat(known.out()).startsWith(report + ": valid");

    Path bad = Fixtures.write(dir, "bad-checklist.json", "{\"id\": 1}");
    Cli.Result badChecklist = Cli.run("validate", "--checklist", bad.toString(), report.toString());
    assertThat(badChecklist.exitCode()).isEqualTo(2);
    assertThat(badChecklist.err()).contains("bad-checklist.json: not a valid checklist:").contains("[schema.");
    assertThat(badChecklist.stdout()).isEmpty();
  }

  @Test
  void nothingToValidateIsAUsageError() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Cli.Result r = Cli.run("validate", dir.resolve("empty").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Nothing to validate");
  }

  @Test
  void aShortBatchShowsNoProgressBarEvenWhenAsked() {
    Path good = Fixtures.write(dir, "a.json", Fixtures.realReport());
    Path other = Fixtures.write(dir, "b.json", Fixtures.realReport());
    Cli.Result r = Cli.run("validate", "--progress", good.toString(), other.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEqualTo("2 files: 2 valid, 0 invalid, 0 unreadable.\n");
  }

  @Test
  void jobsMustBePositive() {
    Path good = Fixtures.write(dir, "a.json", Fixtures.realReport());
    Cli.Result r = Cli.run("validate", "-j", "0", good.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--jobs must be at least 1");
  }
}
