package io.github.jianshi.model;

import org.immutables.value.Value;

/**
 * Hard limits that protect a server from hostile or broken documents. They are enforced while the
 * JSON is read, before any tree is built, so an oversized document, string or array, or deep nesting,
 * is refused quickly and in memory bounded by {@link #maxDocumentBytes()}. Each limit has its own
 * diagnostic ({@code limit.size}, {@code limit.depth}, {@code limit.string}, {@code limit.array},
 * {@code limit.members}, {@code limit.diagnostics}).
 *
 * <p>The defaults are generous for real reports (a long one is about 10 000 characters, 30 KB of
 * UTF-8) and far below what would hurt a server. The JSON Schema has tighter, per-field limits
 * ({@code maxLength}, {@code maxItems}); these limits are the last line of defence for any input.
 */
@Value.Immutable
public abstract class Limits {
  Limits() {}

  /** Default {@link #maxDocumentBytes()}: 4 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
  /** Default {@link #maxDepth()}: 32 (a report nests 6 deep). */
  public static final int DEFAULT_MAX_DEPTH = 32;
  /** Default {@link #maxStringLength()}: 65 536 chars. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 65_536;
  /** Default {@link #maxArrayLength()}: 10 000 elements. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 10_000;
  /** Default {@link #maxObjectMembers()}: 1 000 members. */
  public static final int DEFAULT_MAX_OBJECT_MEMBERS = 1_000;
  /** Default {@link #maxDiagnostics()}: 1 000. */
  public static final int DEFAULT_MAX_DIAGNOSTICS = 1_000;

  /** The largest allowed value of {@link #maxDocumentBytes()}: 1 GiB. */
  public static final int MAX_DOCUMENT_BYTES_CEILING = 1024 * 1024 * 1024;

  private static final Limits DEFAULTS = builder().build();

  /**
   * The largest document, in bytes of UTF-8. A larger input is refused after reading one byte more
   * than this; nothing more is read.
   *
   * @return by default {@value #DEFAULT_MAX_DOCUMENT_BYTES}
   */
  @Value.Default
  public int maxDocumentBytes() {
    return DEFAULT_MAX_DOCUMENT_BYTES;
  }

  /**
   * The deepest nesting of arrays and objects; the root object is depth 1.
   *
   * @return by default {@value #DEFAULT_MAX_DEPTH}
   */
  @Value.Default
  public int maxDepth() {
    return DEFAULT_MAX_DEPTH;
  }

  /**
   * The longest string value or member name, in UTF-16 chars. Checked while the string is read.
   *
   * @return by default {@value #DEFAULT_MAX_STRING_LENGTH}
   */
  @Value.Default
  public int maxStringLength() {
    return DEFAULT_MAX_STRING_LENGTH;
  }

  /**
   * The most elements in one array.
   *
   * @return by default {@value #DEFAULT_MAX_ARRAY_LENGTH}
   */
  @Value.Default
  public int maxArrayLength() {
    return DEFAULT_MAX_ARRAY_LENGTH;
  }

  /**
   * The most members in one object.
   *
   * @return by default {@value #DEFAULT_MAX_OBJECT_MEMBERS}
   */
  @Value.Default
  public int maxObjectMembers() {
    return DEFAULT_MAX_OBJECT_MEMBERS;
  }

  /**
   * The most schema diagnostics kept for one document; the rest are dropped and a single
   * {@code limit.diagnostics} diagnostic says so.
   *
   * @return by default {@value #DEFAULT_MAX_DIAGNOSTICS}
   */
  @Value.Default
  public int maxDiagnostics() {
    return DEFAULT_MAX_DIAGNOSTICS;
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static Limits defaults() {
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

  /** Builds {@link Limits}. */
  public static final class Builder extends ImmutableLimits.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    positive(maxDocumentBytes(), "maxDocumentBytes");
    positive(maxDepth(), "maxDepth");
    positive(maxStringLength(), "maxStringLength");
    positive(maxArrayLength(), "maxArrayLength");
    positive(maxObjectMembers(), "maxObjectMembers");
    positive(maxDiagnostics(), "maxDiagnostics");
    if (maxDocumentBytes() > MAX_DOCUMENT_BYTES_CEILING) {
      throw new IllegalArgumentException("Limits.maxDocumentBytes must be at most " + MAX_DOCUMENT_BYTES_CEILING
          + ": " + maxDocumentBytes());
    }
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException("Limits." + name + " must be at least 1: " + value);
    }
  }
}
