package io.github.jianshi.core;

import java.util.Optional;

/** What a piece of a finding's text means. */
public enum SegmentKind {
  /** The lead sentence that sums up the finding, before any enumerated point. */
  LEAD("lead", "引语"),
  /**
   * An enumerated point. Its text is written without the marker: renderers number the points of a
   * finding 一是, 二是, … in order.
   */
  POINT("point", "要点"),
  /** Unnumbered detail. */
  DETAIL("detail", "具体表现"),
  /** A case that illustrates the preceding text, as written (usually starting with 比如 or 例如). */
  CASE("case", "事例");

  /** The constants, looked up without copying {@link #values()} on every call. */
  private static final SegmentKind[] VALUES = values();

  private final String id;
  private final String label;

  SegmentKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * The stable identifier used in JSON.
   *
   * @return for example {@code point}
   */
  public String id() {
    return id;
  }

  /**
   * A short Chinese label, as diagnostics name the value to an official.
   *
   * @return for example {@code 事例}
   */
  public String label() {
    return label;
  }

  /**
   * Finds the kind with the given stable identifier.
   *
   * @param id an identifier such as {@code case}
   * @return the kind, or empty
   */
  public static Optional<SegmentKind> fromId(String id) {
    for (SegmentKind v : VALUES) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
