package io.github.jianshi.model;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The Jackson factories of this module: a reading factory per set of {@link Limits}, and one writing
 * factory with the canonical layout (two-space indent, LF, {@code "name": value}, {@code []} and
 * {@code {}} for empty containers, {@code /} not escaped, non-ASCII written as UTF-8).
 */
final class Json {
  private Json() {}

  /**
   * The canonical layout as a pretty printer: {@code "name": value}, two-space indent, LF, {@code []}
   * and {@code {}} for empty containers, nothing between root values. Written by hand rather than
   * configured from Jackson's {@code DefaultPrettyPrinter} because the indentation is the most
   * frequent thing written: each line start is one precomputed byte sequence. A fresh instance per
   * generator (it counts nesting).
   */
  static final class CanonicalPrinter implements PrettyPrinter {
    private static final int CACHED = 32;
    private static final SerializedString[] INDENT = new SerializedString[CACHED];
    private static final SerializedString[] COMMA_INDENT = new SerializedString[CACHED];
    private static final SerializedString NAME_VALUE = new SerializedString(": ");

    static {
      for (int i = 0; i < CACHED; i++) {
        INDENT[i] = new SerializedString("\n" + "  ".repeat(i));
        COMMA_INDENT[i] = new SerializedString(",\n" + "  ".repeat(i));
      }
    }

    private int nesting;

    private static SerializedString indent(int level) {
      return level < CACHED ? INDENT[level] : new SerializedString("\n" + "  ".repeat(level));
    }

    private static SerializedString commaIndent(int level) {
      return level < CACHED ? COMMA_INDENT[level] : new SerializedString(",\n" + "  ".repeat(level));
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
      // nothing: one root value per document
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
      g.writeRaw('{');
      nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
      g.writeRaw(indent(nesting));
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
      g.writeRaw(NAME_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
      g.writeRaw(commaIndent(nesting));
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
      nesting--;
      if (entries > 0) {
        g.writeRaw(indent(nesting));
      }
      g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
      g.writeRaw('[');
      nesting++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
      g.writeRaw(indent(nesting));
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
      g.writeRaw(commaIndent(nesting));
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
      nesting--;
      if (values > 0) {
        g.writeRaw(indent(nesting));
      }
      g.writeRaw(']');
    }
  }

  static final JsonFactory WRITE_FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  /** Tells generators to use a fresh canonical pretty printer. */
  static final ObjectWriteContext CANONICAL_CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new CanonicalPrinter();
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
