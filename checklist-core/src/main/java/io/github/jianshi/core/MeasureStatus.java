package io.github.jianshi.core;

import java.util.Optional;

/** Where a rectification measure stands (the 整改台账 status). */
public enum MeasureStatus {
  /** 未启动. */
  NOT_STARTED("not-started", "未启动"),
  /** 整改中. */
  IN_PROGRESS("in-progress", "整改中"),
  /** 已完成. */
  DONE("done", "已完成"),
  /** 已验收: done, and checked by someone else. */
  VERIFIED("verified", "已验收");

  /** The constants, looked up without copying {@link #values()} on every call. */
  private static final MeasureStatus[] VALUES = values();

  private final String id;
  private final String label;

  MeasureStatus(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * The stable identifier used in JSON.
   *
   * @return for example {@code in-progress}
   */
  public String id() {
    return id;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 整改中}
   */
  public String label() {
    return label;
  }

  /**
   * Finds the status with the given stable identifier.
   *
   * @param id an identifier such as {@code done}
   * @return the status, or empty
   */
  public static Optional<MeasureStatus> fromId(String id) {
    for (MeasureStatus v : VALUES) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
