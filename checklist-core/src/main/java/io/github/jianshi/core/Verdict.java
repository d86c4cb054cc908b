package io.github.jianshi.core;

import java.util.Optional;

/** How a finding answers its checkpoint. */
public enum Verdict {
  /** Problems were found (for a whether-exists check: the thing exists). 存在问题. */
  PROBLEMS_FOUND("problems-found", "存在问题", true),
  /** The thing asked about does not exist, but there are shortcomings nearby. 不存在，但有不足. */
  NOT_PRESENT_WITH_SHORTCOMINGS("not-present-with-shortcomings", "不存在，但有不足", true),
  /** The thing asked about does not exist. 不存在. */
  NOT_PRESENT("not-present", "不存在", false),
  /** The checkpoint does not apply to the author. 不适用. */
  NOT_APPLICABLE("not-applicable", "不适用", false);

  /** The constants, looked up without copying {@link #values()} on every call. */
  private static final Verdict[] VALUES = values();

  private final String id;
  private final String label;
  private final boolean problem;

  Verdict(String id, String label, boolean problem) {
    this.id = id;
    this.label = label;
    this.problem = problem;
  }

  /**
   * The stable identifier used in JSON and in data attributes.
   *
   * @return for example {@code problems-found}
   */
  public String id() {
    return id;
  }

  /**
   * A short Chinese label.
   *
   * @return for example {@code 存在问题}
   */
  public String label() {
    return label;
  }

  /**
   * Whether this verdict reports something to rectify, and so needs a body and a measure.
   *
   * @return true for {@link #PROBLEMS_FOUND} and {@link #NOT_PRESENT_WITH_SHORTCOMINGS}
   */
  public boolean reportsProblems() {
    return problem;
  }

  /**
   * Finds the verdict with the given stable identifier.
   *
   * @param id an identifier such as {@code not-present}
   * @return the verdict, or empty when none has that identifier
   */
  public static Optional<Verdict> fromId(String id) {
    for (Verdict v : VALUES) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
