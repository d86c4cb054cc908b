package io.github.jianshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roll-up of 100 000 reports runs in a JVM with a 64 MiB heap. */
class RollUpMemoryTest {

  @Test
  void hundredThousandReportsIn64MegabytesOfHeap(@TempDir Path dir) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), RollUpMemoryMain.class.getName(),
        dir.resolve("reports.ndjson").toString(), "100000"))
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished in time").isTrue();
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(printed).isZero();
    // 100 000 lines, every thousandth broken (all of them tracked-measures slots); 50 000 county reports (3
    // measures, 1 overdue) and 49 900 tracked ones (3 measures, none overdue)
    assertThat(printed).contains("reports=100000 decoded=99900 failed=100 measures=299700 overdue=50000 organizations=50");
    assertThat(printed).contains("maxMemory=");
    long max = Long.parseLong(printed.replaceAll("(?s).*maxMemory=(\\d+).*", "$1"));
    assertThat(max).isLessThanOrEqualTo(64L * 1024 * 1024);
  }
}
