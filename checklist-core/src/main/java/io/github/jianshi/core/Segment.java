package io.github.jianshi.core;

import org.immutables.value.Value;

/**
 * A piece of a finding's text with its meaning: a lead sentence, an enumerated point, unnumbered
 * detail, or a case. Concatenating the segments of a paragraph (with each point's marker, 一是, 二是, …,
 * put before it) gives back the author's text to the character.
 */
@Value.Immutable
public abstract class Segment {
  Segment() {}

  /**
   * What this text means.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract SegmentKind kind();

  /**
   * The text as written; for a {@link SegmentKind#POINT} without its marker.
   *
   * @return the text, possibly empty in a draft
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Creates a segment.
   *
   * @param kind what the text means
   * @param text the text as written
   * @return the segment
   */
  public static Segment of(SegmentKind kind, String text) {
    return ImmutableSegment.of(kind, text);
  }

  /**
   * A lead sentence.
   *
   * @param text the text
   * @return the segment
   */
  public static Segment lead(String text) {
    return of(SegmentKind.LEAD, text);
  }

  /**
   * An enumerated point, without its marker.
   *
   * @param text the text after 一是 (or 二是, …)
   * @return the segment
   */
  public static Segment point(String text) {
    return of(SegmentKind.POINT, text);
  }

  /**
   * Unnumbered detail.
   *
   * @param text the text
   * @return the segment
   */
  public static Segment detail(String text) {
    return of(SegmentKind.DETAIL, text);
  }

  /**
   * A case, as written (for example starting with 比如).
   *
   * @param text the text
   * @return the segment
   */
  public static Segment example(String text) {
    return of(SegmentKind.CASE, text);
  }
}
