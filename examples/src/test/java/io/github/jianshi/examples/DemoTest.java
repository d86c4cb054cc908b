package io.github.jianshi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

  @Test
  void demoPrintsChineseDiagnosticsWritesTheTextAndConfirmsEquality(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int status = Demo.run(dir, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(out).contains("[measures.unlinked] 整改措施未注明对应的检视点")
        .contains("纯文本与原文逐字节一致。");
    Path text = dir.resolve("nine-point-self-inspection.txt");
    assertThat(out).contains(text.toAbsolutePath().toString());
    assertThat(Files.readAllBytes(text)).isEqualTo(RealReport.originalText());
  }
}
