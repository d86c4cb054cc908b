package io.github.jianshi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.conformance.Conformance;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.render.Renderers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RealReportTextTest {

  @Test
  void plainTextEqualsTheOriginalByteForByte() {
    byte[] rendered = Renderers.text().renderToBytes(RealReport.report());
    byte[] original = RealReport.originalText();
    // Compare as text first for a readable diff, then as bytes.
    assertThat(new String(rendered, StandardCharsets.UTF_8))
        .isEqualTo(new String(original, StandardCharsets.UTF_8));
    assertThat(rendered).isEqualTo(original);
  }

  @Test
  void bundledTextIsTheSharedFixture() {
    // The bundled copy is the real report: 29 lines of text and a final empty line.
    String text = new String(RealReport.originalText(), StandardCharsets.UTF_8);
    assertThat(text.split("\n", -1)).hasSize(31);
    assertThat(text).endsWith("。\n\n").contains("人性化,在保护");
  }

  @Test
  void realReportConformsWithOnlyTheUnlinkedMeasuresNote() {
    Report report = RealReport.report();
    ValidationResult result = Conformance.check(report, Checklists.ninePoint());
    assertThat(result.isValid()).isTrue();
    assertThat(result.codes()).containsExactly("measures.unlinked");
  }

  @Test
  void semanticsOfTheFirstFinding() {
    var first = RealReport.report().findings().get(0);
    assertThat(first.points()).hasSize(2);
    assertThat(first.points().get(1).text()).startsWith("学习不全面不深入");
    assertThat(first.segments().filter(s -> s.kind() == io.github.jianshi.core.SegmentKind.CASE).count())
        .isEqualTo(1);
  }
}
