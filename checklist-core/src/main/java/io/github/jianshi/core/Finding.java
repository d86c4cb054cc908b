package io.github.jianshi.core;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The answer to one checkpoint: a verdict, the heading as the author wrote it, and the body.
 *
 * <p>The body is a list of paragraphs; in the usual style a finding has one paragraph in which the
 * enumerated points run in ("一是…二是…").
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /**
   * The id of the checkpoint this finding answers.
   *
   * @return the checkpoint id
   */
  public abstract String checkpoint();

  /**
   * How the finding answers its checkpoint.
   *
   * @return the verdict
   */
  public abstract Verdict verdict();

  /**
   * The subsection heading as the author wrote it. When empty, renderers use the checkpoint's title.
   *
   * @return the heading, or empty
   */
  public abstract Optional<String> heading();

  /**
   * The body paragraphs.
   *
   * @return an unmodifiable list
   */
  public abstract List<Paragraph> body();

  /**
   * All segments of the body, in order.
   *
   * @return the segments
   */
  public Stream<Segment> segments() {
    return body().stream().flatMap(p -> p.segments().stream());
  }

  /**
   * The enumerated points, in order (the first is 一是).
   *
   * @return the points
   */
  public List<Segment> points() {
    return segments().filter(s -> s.kind() == SegmentKind.POINT).toList();
  }

  /**
   * Whether the body has no text.
   *
   * @return true when every paragraph is blank
   */
  public boolean isBodyBlank() {
    // a loop rather than a stream: conformance asks this of every finding of every validated report
    for (Paragraph p : body()) {
      if (!p.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}

    /**
     * Sets the checkpoint id and, as the heading, the checkpoint's title.
     *
     * @param checkpoint the checkpoint answered
     * @return this builder
     */
    public Builder answering(Checkpoint checkpoint) {
      checkpoint(checkpoint.id());
      heading(checkpoint.title());
      return this;
    }

    /**
     * Adds a body paragraph made of the given segments.
     *
     * @param segments the segments
     * @return this builder
     */
    public Builder addParagraph(Segment... segments) {
      addBody(Paragraph.of(segments));
      return this;
    }
  }

  @Value.Check
  void check() {
    Checks.notBlank(checkpoint(), "Finding.checkpoint");
  }
}
