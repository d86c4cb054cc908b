package io.github.jianshi.core;

import org.immutables.value.Value;

/**
 * How a report marks its enumerated items, as the author wrote it: the points of the findings, the
 * causes and the measures. The defaults are the usual style, {@link PointStyle#RUN_IN} (一是, 二是, …)
 * everywhere.
 */
@Value.Immutable
public abstract class Numbering {
  Numbering() {}

  private static final Numbering DEFAULTS = builder().build();

  /**
   * The markers of the findings' points.
   *
   * @return by default {@link PointStyle#RUN_IN}
   */
  @Value.Default
  public PointStyle points() {
    return PointStyle.RUN_IN;
  }

  /**
   * The markers of the causes.
   *
   * @return by default {@link PointStyle#RUN_IN}
   */
  @Value.Default
  public PointStyle causes() {
    return PointStyle.RUN_IN;
  }

  /**
   * The markers of the measures.
   *
   * @return by default {@link PointStyle#RUN_IN}
   */
  @Value.Default
  public PointStyle measures() {
    return PointStyle.RUN_IN;
  }

  /**
   * The usual style: 一是, 二是, … everywhere.
   *
   * @return the defaults
   */
  public static Numbering defaults() {
    return DEFAULTS;
  }

  /**
   * Whether this is the usual style.
   *
   * @return true when all three are {@link PointStyle#RUN_IN}
   */
  public boolean isDefault() {
    return equals(DEFAULTS);
  }

  /**
   * Starts a builder; styles not set keep their defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Numbering}. */
  public static final class Builder extends ImmutableNumbering.Builder {
    Builder() {}
  }
}
