package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.SampleReports;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering to standard output writes only the .docx, in a separate JVM whose logging is set up as
 * an application's might be: no Log4j provider at all (the Log4j API then reports that on standard
 * error, never on standard output), or a provider that sends every message of POI and XMLBeans,
 * down to TRACE, to standard output (then a command-line tool points {@code System.out} at standard
 * error while it renders, and the document's stream still holds only the document).
 *
 * <p>The test classes' own {@code log4j2.component.properties} (which switches logging off) is left
 * off the child's class path.
 */
class StandardOutputTest {
  private static final byte[] EXPECTED = DocxRenderers.docx().renderToBytes(SampleReports.elevenPoints());

  @TempDir
  Path dir;

  private record Run(byte[] stdout, String stderr) {}

  private Run run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    // The child's class path: the parent's, with the test classes replaced by a copy of the one
    // class it runs (so that the tests' logging configuration is not on it).
    Path classes = dir.resolve("classes/io/github/jianshi/docx");
    Files.createDirectories(classes);
    String resource = "/io/github/jianshi/docx/StandardOutputMain.class";
    try (var in = StandardOutputTest.class.getResourceAsStream(resource)) {
      Files.write(classes.resolve("StandardOutputMain.class"), in.readAllBytes());
    }
    Path testClasses = Path.of(StandardOutputTest.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<String> path = new ArrayList<>();
    path.add(dir.resolve("classes").toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath())) {
        path.add(entry);
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(String.join(File.pathSeparator, path));
    command.add(StandardOutputMain.class.getName());
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(stderr).isZero();
    return new Run(Files.readAllBytes(out), stderr);
  }

  @Test
  void withoutALoggingProviderStandardOutputHoldsOnlyTheDocument() throws Exception {
    Run run = run(List.of());
    assertThat(run.stdout()).isEqualTo(EXPECTED);
    // What the Log4j API says about the missing provider went to standard error.
    assertThat(run.stderr()).contains("Log4j API could not find a logging provider");
  }

  @Test
  void loggingEverythingToStandardOutputStaysOutOfTheDocumentWhenSystemOutIsPointedAway() throws Exception {
    List<String> logAllToStdout = List.of(
        "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
        "-Dorg.apache.logging.log4j.simplelog.level=TRACE",
        "-Dorg.apache.logging.log4j.simplelog.logFile=system.out");
    // Unguarded, such a set-up writes POI's and XMLBeans' messages into the stream before the zip:
    // this is what the guard is for.
    Run unguarded = run(logAllToStdout);
    assertThat(unguarded.stdout()).isNotEqualTo(EXPECTED);
    assertThat(new String(unguarded.stdout(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("TRACE");
    // Guarded: only the document on standard output, the messages on standard error.
    Run guarded = run(logAllToStdout, "guarded");
    assertThat(guarded.stdout()).isEqualTo(EXPECTED);
    assertThat(guarded.stderr()).contains("TRACE");
  }
}
