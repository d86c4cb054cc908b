package io.github.jianshi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Report;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import io.github.jianshi.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The real report as JSON ({@code real-report.json}, canonical form): read through the validation
 * facade it is the report built in code, and rendered as text it is the original file.
 */
class RealReportJsonTest {

  private static byte[] json() throws IOException {
    try (InputStream in = RealReportJsonTest.class.getResourceAsStream("/real-report.json")) {
      assertThat(in).as("real-report.json on the class path").isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theJsonVersionEqualsTheBuilderVersion() throws IOException {
    ValidatedReport read = ReportValidator.defaults().validate(json());
    assertThat(read.report()).contains(RealReport.report());
    assertThat(read.isValid()).isTrue();
    assertThat(read.result().codes()).containsExactly("measures.unlinked");
    assertThat(read.diagnostics().get(0).line()).isPresent();
    assertThat(read.describe(Locale.CHINA)).contains("整改措施未注明对应的检视点");
  }

  @Test
  void theResourceIsTheCanonicalJsonOfTheReport() throws IOException {
    assertThat(new String(ReportJson.writeBytes(RealReport.report()), StandardCharsets.UTF_8))
        .isEqualTo(new String(json(), StandardCharsets.UTF_8));
  }

  @Test
  void readFromJsonAndRenderedAsTextItIsTheOriginalFile() throws IOException {
    Report report = ReportValidator.defaults().validate(json()).report().orElseThrow();
    byte[] text = Renderers.text().renderToBytes(report);
    assertThat(new String(text, StandardCharsets.UTF_8))
        .isEqualTo(new String(RealReport.originalText(), StandardCharsets.UTF_8));
    assertThat(text).isEqualTo(RealReport.originalText());
  }
}
