package io.github.jianshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.PublicApi;
import org.junit.jupiter.api.Test;

/**
 * The public types of jianshi-cli (its main class; the module exports nothing) are exactly these: a type becomes public API only by being added
 * here. Everything else stays package-private.
 */
class PublicApiTest {
  @Test
  void thePublicTypesAreExactlyTheAllowedOnes() {
    assertThat(PublicApi.typesOf(Jianshi.class)).containsExactlyInAnyOrder(
        Jianshi.class);
  }
}
