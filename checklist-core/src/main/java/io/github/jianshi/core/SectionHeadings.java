package io.github.jianshi.core;

import org.immutables.value.Value;

/**
 * The headings of a report's three sections, numbered 一、二、三、 when rendered. The defaults are the
 * usual ones: 存在的主要问题, 产生问题原因剖析, 今后努力方向及整改措施.
 */
@Value.Immutable
public abstract class SectionHeadings {
  SectionHeadings() {}

  /** The default heading of the problems section. */
  public static final String DEFAULT_PROBLEMS = "存在的主要问题";
  /** The default heading of the causes section. */
  public static final String DEFAULT_CAUSES = "产生问题原因剖析";
  /** The default heading of the measures section. */
  public static final String DEFAULT_MEASURES = "今后努力方向及整改措施";

  private static final SectionHeadings DEFAULTS = builder().build();

  /**
   * The heading of the findings section.
   *
   * @return by default 存在的主要问题
   */
  @Value.Default
  public String problems() {
    return DEFAULT_PROBLEMS;
  }

  /**
   * The heading of the causes section.
   *
   * @return by default 产生问题原因剖析
   */
  @Value.Default
  public String causes() {
    return DEFAULT_CAUSES;
  }

  /**
   * The heading of the measures section.
   *
   * @return by default 今后努力方向及整改措施
   */
  @Value.Default
  public String measures() {
    return DEFAULT_MEASURES;
  }

  /**
   * The usual headings.
   *
   * @return the defaults
   */
  public static SectionHeadings defaults() {
    return DEFAULTS;
  }

  /**
   * Whether these are the default headings.
   *
   * @return true when all three equal the defaults
   */
  public boolean isDefault() {
    return equals(DEFAULTS);
  }

  /**
   * Starts a builder; headings not set keep their defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SectionHeadings}. */
  public static final class Builder extends ImmutableSectionHeadings.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(problems(), "SectionHeadings.problems");
    Checks.notBlank(causes(), "SectionHeadings.causes");
    Checks.notBlank(measures(), "SectionHeadings.measures");
  }
}
