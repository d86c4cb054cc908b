package io.github.jianshi.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One enumerated cause in the 原因剖析 section. Rendered as its own paragraph: the marker (一是, …), the
 * headline (if any), then the text.
 */
@Value.Immutable
public abstract class Cause {
  Cause() {}

  /**
   * A short headline as written, with its punctuation, for example "思想政治不够坚定。".
   *
   * @return the headline, or empty
   */
  public abstract Optional<String> headline();

  /**
   * The text after the headline.
   *
   * @return the text, possibly empty
   */
  @Value.Default
  public String text() {
    return "";
  }

  /**
   * Further paragraphs of the same cause, after the first (headline and text). A cause whose headline
   * stands on its own line has an empty text and its paragraphs here.
   *
   * @return an unmodifiable list, usually empty
   */
  public abstract List<String> moreParagraphs();

  /**
   * The ids of the checkpoints whose findings this cause explains.
   *
   * @return an unmodifiable list, empty when not linked
   */
  public abstract List<String> checkpoints();

  /**
   * Creates a cause with a headline and text.
   *
   * @param headline the headline as written
   * @param text the text after it
   * @return the cause
   */
  public static Cause of(String headline, String text) {
    return builder().headline(headline).text(text).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cause}. */
  public static final class Builder extends ImmutableCause.Builder {
    Builder() {}
  }
}
