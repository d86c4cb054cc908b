package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "validate a JSON report in five lines", compiled and run. */
class ReadmeExampleTest {

  /** The five lines, as in the README (with {@code System.out} passed in for the test). */
  static Report validate(Path file, PrintStream out) {
    ValidatedReport result = ReportValidator.defaults().validate(file);
    result.diagnostics().forEach(d -> out.println(d.describe(Locale.CHINA)));
    if (result.isValid()) {
      Report report = result.report().orElseThrow();
      return report;
    }
    return null;
  }

  @Test
  void theFiveLinesWork(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.json");
    Files.write(file, ReportJson.writeBytes(SampleReports.noCauses()));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Report report = validate(file, new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(report).isEqualTo(SampleReports.noCauses());
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo("info /measures (132:15) [measures.unlinked] 整改措施未注明对应的检视点，整改台账无法逐项追踪。\n");

    Files.writeString(file, "{\"schemaVersion\": 1, \"status\": \"定稿\"}");
    printed.reset();
    assertThat(validate(file, new PrintStream(printed, true, StandardCharsets.UTF_8))).isNull();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("[schema.enum] 报告状态不能是“定稿”，只能是“草稿”“定稿”之一。", "[schema.required]");
  }
}
