package consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.ledger.LedgerFormat;
import io.github.jianshi.ledger.LedgerOptions;
import io.github.jianshi.ledger.Ledgers;
import io.github.jianshi.ledger.RollUp;
import io.github.jianshi.ledger.RollUpFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
class SpringBoot4Test {

  @Test
  void theLibraryWorksBesideBootsJackson3() {
    // Boot 4 brings its own Jackson 3; report-model's relocated copy never meets it.
    assertThat(ObjectMapper.class.getName()).isEqualTo("tools.jackson.databind.ObjectMapper");
    assertThat(ConsumerChecks.run()).startsWith("ok");
  }

  /**
   * report-ledger uses the unrelocated jackson-core, so in a Boot 4 application it runs on the version
   * Boot manages (3.1.x for Boot 4.0), not the one our build pins: a roll-up written as JSON must
   * still be JSON that Boot's own ObjectMapper reads, and the ledger must export.
   */
  @Test
  void theLedgerWorksWithTheJacksonCoreBootManages(@TempDir Path dir) throws IOException {
    String core = tools.jackson.core.json.PackageVersion.VERSION.toString();
    System.out.println("jackson-core on the class path: " + core);
    assertThat(core).startsWith("3.");
    Path reports = dir.resolve("reports.ndjson");
    try (InputStream in = SpringBoot4Test.class.getResourceAsStream("/real-report.json")) {
      String one = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\n\\s*", "");
      Files.writeString(reports, one + "\n" + one + "\n{not json}\n");
    }
    LedgerOptions options = LedgerOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build();
    RollUp rollUp = Ledgers.rollUp(List.of(reports), options, 2);
    assertThat(rollUp.reports()).isEqualTo(3);
    assertThat(rollUp.decoded()).isEqualTo(2);
    assertThat(rollUp.failedCount()).isEqualTo(1);

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    rollUp.write(RollUpFormat.JSON, json);
    JsonNode tree = new ObjectMapper().readTree(json.toByteArray());
    assertThat(tree.get("reports").asInt()).isEqualTo(3);
    assertThat(tree.get("measures").asInt()).isEqualTo(rollUp.measures());

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    Ledgers.export(List.of(reports), LedgerFormat.XLSX, xlsx, options);
    assertThat(xlsx.toByteArray()).startsWith('P', 'K');
  }
}
