package io.github.jianshi.core;

import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/** One paragraph of a finding: segments that run in one after another. */
@Value.Immutable
public abstract class Paragraph {
  Paragraph() {}

  /**
   * The segments in order.
   *
   * @return an unmodifiable list
   */
  @Value.Parameter
  public abstract List<Segment> segments();

  /**
   * Creates a paragraph.
   *
   * @param segments the segments in order
   * @return the paragraph
   */
  public static Paragraph of(Segment... segments) {
    return ImmutableParagraph.of(Arrays.asList(segments));
  }

  /**
   * Creates a paragraph.
   *
   * @param segments the segments in order
   * @return the paragraph
   */
  public static Paragraph of(List<Segment> segments) {
    return ImmutableParagraph.of(segments);
  }

  /**
   * Whether the paragraph has no text at all.
   *
   * @return true when every segment's text is blank
   */
  boolean isBlank() {
    for (Segment s : segments()) {
      if (!s.text().isBlank()) {
        return false;
      }
    }
    return true;
  }
}
