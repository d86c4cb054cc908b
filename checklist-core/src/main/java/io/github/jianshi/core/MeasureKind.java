package io.github.jianshi.core;

import java.util.Optional;

/** How a rectification measure is scheduled. */
public enum MeasureKind {
  /** 立行立改: put right at once. */
  IMMEDIATE("immediate", "立行立改"),
  /** 限期整改: put right by a due date. */
  TIME_BOUND("time-bound", "限期整改"),
  /** 长期坚持: kept up over the long term. */
  LONG_TERM("long-term", "长期坚持");

  /** The constants, looked up without copying {@link #values()} on every call. */
  private static final MeasureKind[] VALUES = values();

  private final String id;
  private final String label;

  MeasureKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * The stable identifier used in JSON.
   *
   * @return for example {@code time-bound}
   */
  public String id() {
    return id;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 限期整改}
   */
  public String label() {
    return label;
  }

  /**
   * Finds the kind with the given stable identifier.
   *
   * @param id an identifier such as {@code immediate}
   * @return the kind, or empty
   */
  public static Optional<MeasureKind> fromId(String id) {
    for (MeasureKind v : VALUES) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
