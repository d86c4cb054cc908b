package io.github.jianshi.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every renderer checks its arguments before it renders anything, and names the null one. */
class RendererArgumentsTest {

  static List<TextRenderer> renderers() {
    return List.of(Renderers.text(), Renderers.markdown(), Renderers.html());
  }

  private static final Report REPORT = SampleReports.all().values().iterator().next();

  @ParameterizedTest
  @MethodSource("renderers")
  void nullStreamIsNamedBeforeRendering(TextRenderer renderer) {
    // before the fix, the whole report was rendered and then out.write failed with no message
    assertThatThrownBy(() -> renderer.render(REPORT, (OutputStream) null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
  }

  @ParameterizedTest
  @MethodSource("renderers")
  void nullReportIsNamedAndNothingIsWritten(TextRenderer renderer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> renderer.render(null, out)).isInstanceOf(NullPointerException.class)
        .hasMessage("report");
    assertThatThrownBy(() -> renderer.renderToString(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("report");
    assertThatThrownBy(() -> renderer.renderToBytes(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("report");
    assertThat(out.size()).isZero();
  }
}
