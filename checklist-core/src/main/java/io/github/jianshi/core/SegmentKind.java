package io.github.jianshi.core;

import java.util.Arrays;
import java.util.Optional;

/** What a piece of a finding's text means. */
public enum SegmentKind {
  /** The lead sentence that sums up the finding, before any enumerated point. */
  LEAD("lead"),
  /**
   * An enumerated point. Its text is written without the marker: renderers number the points of a
   * finding 一是, 二是, … in order.
   */
  POINT("point"),
  /** Unnumbered detail. */
  DETAIL("detail"),
  /** A case that illustrates the preceding text, as written (usually starting with 比如 or 例如). */
  CASE("case");

  private final String id;

  SegmentKind(String id) {
    this.id = id;
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
   * Finds the kind with the given stable identifier.
   *
   * @param id an identifier such as {@code case}
   * @return the kind, or empty
   */
  public static Optional<SegmentKind> fromId(String id) {
    return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
  }
}
