package io.github.jianshi.importer;

import org.immutables.value.Value;

/**
 * Bounds on what an import reads, so that a hostile or broken input (a 100 MB text, a zip bomb, a
 * document of millions of paragraphs) is refused with a diagnostic in bounded time and memory. The
 * defaults are far above any real report (a long one has about 30 000 characters).
 */
@Value.Immutable
public abstract class ImportLimits {
  ImportLimits() {}

  private static final ImportLimits DEFAULTS = builder().build();

  /**
   * The largest input read, in bytes (a text file, or a Word file as stored).
   *
   * @return by default 16 MiB
   */
  @Value.Default
  public long maxInputBytes() {
    return 16L * 1024 * 1024;
  }

  /**
   * The most bytes read out of a compressed container (the parts of a .docx, uncompressed, added
   * up): a zip bomb stops here.
   *
   * @return by default 64 MiB
   */
  @Value.Default
  public long maxExpandedBytes() {
    return 64L * 1024 * 1024;
  }

  /**
   * The highest ratio of uncompressed to compressed size of one zip entry.
   *
   * @return by default 100
   */
  @Value.Default
  public int maxCompressionRatio() {
    return 100;
  }

  /**
   * The most paragraphs (lines of a text) read.
   *
   * @return by default 100 000
   */
  @Value.Default
  public int maxParagraphs() {
    return 100_000;
  }

  /**
   * The most characters in one paragraph.
   *
   * @return by default 1 000 000
   */
  @Value.Default
  public int maxParagraphLength() {
    return 1_000_000;
  }

  /**
   * The deepest nesting of XML elements read from a Word part.
   *
   * @return by default 256
   */
  @Value.Default
  public int maxXmlDepth() {
    return 256;
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static ImportLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder; limits not set keep their defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImportLimits}. */
  public static final class Builder extends ImmutableImportLimits.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (maxInputBytes() < 1 || maxExpandedBytes() < 1 || maxCompressionRatio() < 1 || maxParagraphs() < 1
        || maxParagraphLength() < 1 || maxXmlDepth() < 1) {
      throw new IllegalArgumentException("import limits must be positive: " + this);
    }
  }
}
