package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.render.ReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** The Word renderer checks its arguments before it builds anything, and names the null one. */
class DocxArgumentsTest {
  private final ReportRenderer renderer = DocxRenderers.docx();

  @Test
  void nullStreamIsNamed() {
    Report report = SampleReports.all().values().iterator().next();
    assertThatThrownBy(() -> renderer.render(report, (OutputStream) null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
  }

  @Test
  void nullReportIsNamedAndNothingIsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> renderer.render(null, out)).isInstanceOf(NullPointerException.class)
        .hasMessage("report");
    assertThatThrownBy(() -> renderer.renderToBytes(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("report");
    assertThat(out.size()).isZero();
  }
}
