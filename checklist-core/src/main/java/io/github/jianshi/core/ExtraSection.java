package io.github.jianshi.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of a report that is none of the three of a self-inspection (problems, causes, measures),
 * for example 上年度民主生活会整改措施落实情况 or 会前准备情况 in a 民主生活会 report. It keeps its heading
 * and its paragraphs as written; renderers number it among the other sections (一、二、…) at its
 * {@link #placement()}.
 */
@Value.Immutable
public abstract class ExtraSection {
  ExtraSection() {}

  /**
   * The heading as written, without its marker 一、.
   *
   * @return the heading
   */
  public abstract String heading();

  /**
   * Where the section stands among the three usual ones.
   *
   * @return the placement
   */
  public abstract Placement placement();

  /**
   * The paragraphs of the section, as written (with any markers of their own).
   *
   * @return an unmodifiable list
   */
  public abstract List<String> paragraphs();

  /**
   * Creates a section.
   *
   * @param heading the heading without its marker
   * @param placement where it stands
   * @param paragraphs its paragraphs
   * @return the section
   */
  public static ExtraSection of(String heading, Placement placement, List<String> paragraphs) {
    return builder().heading(heading).placement(placement).addAllParagraphs(paragraphs).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExtraSection}. */
  public static final class Builder extends ImmutableExtraSection.Builder {
    Builder() {}
  }

  /** Where an extra section stands. Several sections at one placement keep their order. */
  public enum Placement {
    /** Before the problems section. */
    BEFORE_PROBLEMS("before-problems", "查摆问题之前"),
    /** After the problems section, before the causes. */
    AFTER_PROBLEMS("after-problems", "查摆问题之后"),
    /** After the causes, before the measures. */
    AFTER_CAUSES("after-causes", "原因剖析之后"),
    /** After the measures, before the closing paragraphs. */
    AFTER_MEASURES("after-measures", "整改措施之后");

    /** The constants, looked up without copying {@link #values()} on every call. */
    private static final Placement[] VALUES = values();

    private final String id;
    private final String label;

    Placement(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /**
     * The stable identifier used in JSON.
     *
     * @return for example {@code before-problems}
     */
    public String id() {
      return id;
    }

    /**
     * A short Chinese label, as diagnostics name the value to an official.
     *
     * @return for example {@code 原因剖析之后}
     */
    public String label() {
      return label;
    }

    /**
     * Finds the placement with the given stable identifier.
     *
     * @param id for example {@code after-measures}
     * @return the placement, or empty
     */
    public static Optional<Placement> fromId(String id) {
      for (Placement v : VALUES) {
        if (v.id.equals(id)) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }
  }

  @Value.Check
  void check() {
    Checks.notBlank(heading(), "ExtraSection.heading");
  }
}
