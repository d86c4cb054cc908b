package io.github.jianshi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.PublicApi;
import org.junit.jupiter.api.Test;

/**
 * The public types of report-import are exactly these: a type becomes public API only by being added
 * here. Everything else stays package-private.
 */
class PublicApiTest {
  @Test
  void thePublicTypesAreExactlyTheAllowedOnes() {
    assertThat(PublicApi.typesOf(ReportImporter.class)).containsExactlyInAnyOrder(
        ImportLimits.class, ImportLimits.Builder.class,
        ImportMode.class,
        ImportResult.class,
        ReportImporter.class, ReportImporter.Builder.class,
        SourceDocument.class, SourceDocument.Builder.class,
        SourceParagraph.class, SourceParagraph.Builder.class, SourceParagraph.Alignment.class,
        SourceParagraph.Origin.class, SourceParagraph.TableCell.class);
  }
}
