package io.github.jianshi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jianshi.core.Report;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.model.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built {@code target/jianshi.jar} (and the launcher beside it) as separate processes, after
 * {@code package} (maven-failsafe-plugin, in {@code ./mvnw verify}).
 */
class JarIT {
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Path JAR = TARGET.resolve("jianshi.jar");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir
  Path dir;

  record Run(int exitCode, byte[] stdout, String err) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  static Run run(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_MESSAGES");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Run(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
  }

  static Run jar(String lang, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(Map.of("LANG", lang), command);
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void validatesARealReportAndABatchWithTheDocumentedExitCodes() throws Exception {
    Path good = Fixtures.write(dir, "batch/a.json", Fixtures.realReport());
    Run ok = jar("C", "validate", good.toString());
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).startsWith(good + ": valid (1 info)\n");
    assertThat(ok.err()).isEqualTo("1 file: 1 valid, 0 invalid, 0 unreadable.\n");

    Fixtures.write(dir, "batch/b.json", Fixtures.broken());
    Run invalid = jar("zh_CN.UTF-8", "validate", dir.resolve("batch").toString());
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.out()).contains("a.json：有效").contains("b.json：无效（1 个错误）");
    assertThat(invalid.err()).isEqualTo("共 2 个文件：有效 1 个，无效 1 个，无法读取 0 个。\n");

    Run missing = jar("C", "validate", dir.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
  }

  @Test
  void wordOnStandardOutputIsOnlyTheDocumentAndNothingIsLogged() throws Exception {
    Path file = Fixtures.write(dir, "real.json", Fixtures.realReport());
    Run r = jar("C", "render", "--to", "docx", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    byte[] expected = DocxRenderers.docx().renderToBytes(ReportJson.read(Fixtures.realReport()).report().orElseThrow());
    assertThat(r.stdout()).isEqualTo(expected);
    List<String> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.stdout()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).contains("word/document.xml", "[Content_Types].xml");
  }

  @Test
  void wordImportAndTheXlsxRollUpWorkFromTheShadedJar() throws Exception {
    Report real = ReportJson.read(Fixtures.realReport()).report().orElseThrow();
    Path docx = Files.write(dir.resolve("report.docx"), DocxRenderers.docx().renderToBytes(real));
    Run imported = jar("C", "import", docx.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(ReportJson.read(imported.stdout()).report().orElseThrow().findings()).hasSize(9);
    assertThat(imported.err()).doesNotContain("Log4j").doesNotContain("SLF4J");

    Path reports = Fixtures.write(dir, "reports/a.json", Fixtures.realReport()).getParent();
    Path xlsx = dir.resolve("stats.xlsx");
    Run stats = jar("C", "stats", "--as-of", "2024-06-30", "-o", xlsx.toString(), reports.toString());
    assertThat(stats.exitCode()).as(stats.err()).isZero();
    assertThat(stats.stdout()).isEmpty();
    List<String> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).contains("xl/workbook.xml");
  }

  @Test
  void helpFollowsTheLocaleAndVersionWorks() throws Exception {
    assertThat(jar("zh_CN.UTF-8", "render", "--help").out()).contains("用法：jianshi render").contains("退出码：");
    assertThat(jar("en_US.UTF-8", "render", "--help").out()).contains("Usage: jianshi render").contains("Exit codes:");
    Run version = jar("C", "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("jianshi " + JianshiCommand.Version.version() + "\n");
  }

  @Test
  void theJarHoldsNoForeignSignaturesAndMergedServiceFiles() throws IOException {
    List<String> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(JAR))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"))
        .contains("io/github/jianshi/cli/Jianshi.class", "picocli/CommandLine.class",
            "META-INF/services/tools.jackson.core.TokenStreamFactory",
            "META-INF/services/org.slf4j.spi.SLF4JServiceProvider", "log4j2.component.properties")
        .doesNotContain("module-info.class");
    assertThat(entries.stream().distinct().count()).isEqualTo(entries.size());
  }

  @Test
  void theLaunchersAndTheCompletionScriptLieBesideTheJar() throws Exception {
    Path sh = TARGET.resolve("jianshi");
    Path cmd = TARGET.resolve("jianshi.cmd");
    Path completion = TARGET.resolve("jianshi_completion.bash");
    assertThat(sh).exists();
    assertThat(cmd).exists();
    assertThat(completion).exists();
    assertThat(Files.readString(cmd)).contains("-jar \"%~dp0jianshi.jar\" %*\r\n").doesNotContain("\n\n");
    assertThat(Files.readString(completion)).contains("complete -F _complete_jianshi");

    boolean posix = sh.getFileSystem().supportedFileAttributeViews().contains("posix");
    assumeTrue(posix && Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell to run the launcher");
    assertThat(Files.isExecutable(sh)).isTrue();
    Map<String, String> env = new HashMap<>();
    env.put("LANG", "C");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    Run version = run(env, List.of(sh.toString(), "--version"));
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("jianshi ");
    Run bad = run(env, List.of(sh.toString(), "validate", "--no-such-option", "x"));
    assertThat(bad.exitCode()).isEqualTo(2);

    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash to check the completion script");
    Run syntax = run(Map.of(), List.of("/bin/bash", "-n", completion.toString()));
    assertThat(syntax.exitCode()).as(syntax.err()).isZero();
  }
}
