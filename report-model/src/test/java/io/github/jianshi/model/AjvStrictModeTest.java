package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bundled schemas compile under Ajv (draft 2020-12) in strict mode without a single warning, and
 * Ajv agrees with this library on null for optional members. Runs the real Ajv from npm (pinned in
 * {@code src/test/ajv/package-lock.json}, installed into {@code target/ajv}) with {@code node}; when
 * node or the npm registry is not available the test is reported as skipped, with the reason.
 */
class AjvStrictModeTest {
  private static final Path SOURCE = Path.of("src/test/ajv");
  private static final Path WORK = Path.of("target/ajv");

  @Test
  void theSchemasCompileInStrictModeAndAjvAgreesOnNull() throws IOException, InterruptedException {
    installAjv();
    Files.writeString(WORK.resolve("report.schema.json"), JsonSchemas.reportSchema());
    Files.writeString(WORK.resolve("checklist.schema.json"), JsonSchemas.checklistSchema());

    List<String> command = new ArrayList<>(List.of("node", "check.mjs", "report.schema.json", "checklist.schema.json"));
    List<String> valid = List.of("null-optional-members", "null-numbering-members", "checklist-null-optional",
        "import-parts");
    List<String> invalid = List.of("type-null-status", "type-null-paragraph", "type-null-segment-text");
    for (String name : valid) {
      command.add(kind(name) + ":" + Corpus.ROOT.resolve("valid/" + name + ".json").toAbsolutePath());
    }
    for (String name : invalid) {
      command.add(kind(name) + ":" + Corpus.ROOT.resolve("invalid/" + name + ".json").toAbsolutePath());
    }
    Result check = run(command, WORK, 120);
    assertThat(check).isNotNull();
    assertThat(check.output).doesNotContain("strict");
    assertThat(check.code).as(check.output).isZero();
    for (String name : valid) {
      assertThat(check.output).contains("valid " + Corpus.ROOT.resolve("valid/" + name + ".json").toAbsolutePath());
    }
    for (String name : invalid) {
      assertThat(check.output).contains("invalid " + Corpus.ROOT.resolve("invalid/" + name + ".json").toAbsolutePath());
    }
  }

  /** A schema that Ajv's strict mode rejects is noticed (the check is not blind). */
  @Test
  void aStrictModeComplaintFailsTheCheck() throws IOException, InterruptedException {
    installAjv();
    // the form the issue found: $ref beside maxLength without a type
    String loose = JsonSchemas.reportSchema().replace(
        "\"type\": \"string\", \"$ref\": \"#/$defs/nonBlank\", \"maxLength\": 200",
        "\"$ref\": \"#/$defs/nonBlank\", \"maxLength\": 200");
    assertThat(loose).isNotEqualTo(JsonSchemas.reportSchema());
    Files.writeString(WORK.resolve("loose.schema.json"), loose);
    Files.writeString(WORK.resolve("checklist.schema.json"), JsonSchemas.checklistSchema());
    Result check = run(List.of("node", "check.mjs", "loose.schema.json", "checklist.schema.json"), WORK, 120);
    assertThat(check).isNotNull();
    assertThat(check.code).isNotZero();
    assertThat(check.output).contains("strictTypes");
  }

  /** Installs the pinned Ajv into target/ajv once; skips the test, saying why, when it cannot. */
  private static synchronized void installAjv() throws IOException, InterruptedException {
    Result version = run(List.of("node", "--version"), 30);
    Assumptions.assumeTrue(version != null && version.code == 0,
        "node is not installed: Ajv's strict mode was NOT checked (install nodejs and npm to run this test)");
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json", "check.mjs")) {
      Files.copy(SOURCE.resolve(file), WORK.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(WORK.resolve("node_modules/ajv"))) {
      Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", WORK.toString()), 300);
      Assumptions.assumeTrue(install != null && install.code == 0,
          "npm could not install Ajv (no registry?): Ajv's strict mode was NOT checked. "
              + (install == null ? "npm is not installed" : install.output));
    }
  }

  private static String kind(String name) {
    return name.startsWith("checklist-") ? "checklist" : "report";
  }

  private record Result(int code, String output) {}

  private static Result run(List<String> command, int seconds) throws InterruptedException {
    return run(command, null, seconds);
  }

  private static Result run(List<String> command, Path dir, int seconds) throws InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      return null;
    }
    byte[] out;
    try {
      process.getOutputStream().close();
      out = process.getInputStream().readAllBytes();
    } catch (IOException e) {
      process.destroyForcibly();
      return null;
    }
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(-1, "timed out");
    }
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
