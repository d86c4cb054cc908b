package io.github.jianshi.core;

import java.util.Optional;
import org.immutables.value.Value;

/** Who wrote a report. Every part is optional. */
@Value.Immutable
public abstract class Author {
  Author() {}

  /**
   * The author's name.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * The author's position, for example 政法委书记.
   *
   * @return the position, or empty
   */
  public abstract Optional<String> position();

  /**
   * The author's organisation (unit), for example 中共某某旗委政法委员会.
   *
   * @return the organisation, or empty
   */
  public abstract Optional<String> organization();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Author}. */
  public static final class Builder extends ImmutableAuthor.Builder {
    Builder() {}
  }
}
