package io.github.jianshi.cli;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON documents the tool composes (batch results, merged SARIF) from what report-model exports,
 * written in report-model's canonical layout: two-space indent, LF, {@code "name": value}, UTF-8,
 * final newline.
 */
final class CliJson {
  private CliJson() {}

  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build()).build();

  private static final DefaultPrettyPrinter CANONICAL = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("")
          .withRootSeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectWriter WRITER = MAPPER.writer().with(CANONICAL);

  static JsonNode read(String json) {
    return MAPPER.readTree(json);
  }

  static byte[] write(JsonNode node) {
    return (WRITER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
