package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.PublicApi;
import org.junit.jupiter.api.Test;

/**
 * The public types of report-docx are exactly these: a type becomes public API only by being added
 * here. Everything else stays package-private.
 */
class PublicApiTest {
  @Test
  void thePublicTypesAreExactlyTheAllowedOnes() {
    assertThat(PublicApi.typesOf(DocxRenderers.class)).containsExactlyInAnyOrder(
        DocxImport.class,
        DocxRenderers.class,
        PageGrid.class);
  }
}
