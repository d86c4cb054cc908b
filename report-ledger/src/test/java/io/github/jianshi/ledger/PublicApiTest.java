package io.github.jianshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.PublicApi;
import org.junit.jupiter.api.Test;

/**
 * The public types of report-ledger are exactly these: a type becomes public API only by being added
 * here. Everything else stays package-private.
 */
class PublicApiTest {
  @Test
  void thePublicTypesAreExactlyTheAllowedOnes() {
    assertThat(PublicApi.typesOf(Ledgers.class)).containsExactlyInAnyOrder(
        ApplyResult.class,
        LedgerFormat.class,
        LedgerOptions.class, LedgerOptions.Builder.class,
        Ledgers.class,
        RollUp.class, RollUp.CheckpointTally.class, RollUp.FailedReport.class, RollUp.OverdueItem.class,
        RollUpFormat.class);
  }
}
