package io.github.jianshi.model;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The Jackson factories of this module: a reading factory per set of {@link Limits}, and one writing
 * factory with the canonical layout (two-space indent, LF, {@code "name": value}, {@code []} and
 * {@code {}} for empty containers, {@code /} not escaped, non-ASCII written as UTF-8).
 */
final class Json {
  private Json() {}

  /** The canonical pretty printer; a fresh instance per generator (it counts nesting). */
  private static final DefaultPrettyPrinter CANONICAL = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("")
          .withRootSeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  static final JsonFactory WRITE_FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  /** Tells generators to use a fresh canonical pretty printer. */
  static final ObjectWriteContext CANONICAL_CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return CANONICAL.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  /** A plain factory for reading documents already known to be within the limits. */
  static final JsonFactory PLAIN_READ_FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES_CEILING)
          .maxStringLength(Integer.MAX_VALUE / 2)
          .maxNameLength(Integer.MAX_VALUE / 2)
          .maxNestingDepth(Integer.MAX_VALUE / 2)
          .build())
      .build();

  /**
   * A reading factory that enforces the given limits while it streams.
   *
   * @param limits the limits
   * @return the factory
   */
  static JsonFactory readFactory(Limits limits) {
    return JsonFactory.builder()
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .build())
        .build();
  }

  /**
   * Ends a canonical document: the generator is flushed by the caller; this writes the final LF.
   *
   * @param generator the generator, after the root value
   */
  static void finish(JsonGenerator generator) {
    generator.writeRaw('\n');
  }
}
