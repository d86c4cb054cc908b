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
  void demoValidatesPrintsChineseDiagnosticsWritesEveryFormatAndConfirmsEquality(@TempDir Path dir)
      throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int status = Demo.run(dir, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(status).as(out).isZero();
    assertThat(out).contains("通过，共 1 条提示")
        .contains("[measures.unlinked] 整改措施未注明对应的检视点")
        .contains("JSON 解码结果与代码构建的报告相同。")
        .contains("纯文本与原文逐字节一致。")
        .contains("导入原文：对照“" + io.github.jianshi.core.Checklists.ninePoint().title() + "”，结果与代码构建的报告相同（草稿）。");
    for (String ext : new String[] {"txt", "md", "html", "docx"}) {
      Path file = dir.resolve("nine-point-self-inspection." + ext);
      assertThat(file).isNotEmptyFile();
      assertThat(out).contains(file.toAbsolutePath().toString());
    }
    assertThat(Files.readAllBytes(dir.resolve("nine-point-self-inspection.txt")))
        .isEqualTo(RealReport.originalText());
    // A .docx is a zip.
    assertThat(Files.readAllBytes(dir.resolve("nine-point-self-inspection.docx"))).startsWith((byte) 'P', (byte) 'K');
  }
}
