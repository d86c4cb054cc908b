package io.github.jianshi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.PublicApi;
import io.github.jianshi.render.spi.ReportLayout;
import io.github.jianshi.render.spi.ReportTitles;
import org.junit.jupiter.api.Test;

/**
 * The public types of report-render are exactly these: a type becomes public API only by being added
 * here. Everything else stays package-private.
 */
class PublicApiTest {
  @Test
  void thePublicTypesAreExactlyTheAllowedOnes() {
    assertThat(PublicApi.typesOf(Renderers.class)).containsExactlyInAnyOrder(
        Format.class,
        RenderOptions.class, RenderOptions.Builder.class, RenderOptions.MeasureTable.class,
        Renderers.class,
        ReportRenderer.class,
        TextRenderer.class,
        // io.github.jianshi.render.spi: the layout the renderers share, public for report-docx only
        // (exported only to io.github.jianshi.docx; documented as not for applications)
        ReportLayout.class, ReportLayout.Block.class, ReportLayout.Body.class, ReportLayout.FindingRef.class,
        ReportLayout.Heading.class, ReportLayout.MeasureList.class, ReportLayout.Part.class,
        ReportLayout.Role.class, ReportLayout.Run.class, ReportLayout.Signature.class, ReportLayout.Title.class,
        ReportTitles.class);
  }
}
