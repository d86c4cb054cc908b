package io.github.jianshi.core;

import java.util.Optional;

/** Whether a report is still being written. Conformance is stricter for a final report. */
public enum ReportStatus {
  /** Being written: what is missing gets warnings. 草稿. */
  DRAFT("draft", "草稿"),
  /** Submitted: what is missing gets errors. 定稿. */
  FINAL("final", "定稿");

  /** The constants, looked up without copying {@link #values()} on every call. */
  private static final ReportStatus[] VALUES = values();

  private final String id;
  private final String label;

  ReportStatus(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * The stable identifier used in JSON.
   *
   * @return {@code draft} or {@code final}
   */
  public String id() {
    return id;
  }

  /**
   * A short Chinese label, as diagnostics name the value to an official.
   *
   * @return {@code 草稿} or {@code 定稿}
   */
  public String label() {
    return label;
  }

  /**
   * Finds the status with the given stable identifier.
   *
   * @param id {@code draft} or {@code final}
   * @return the status, or empty
   */
  public static Optional<ReportStatus> fromId(String id) {
    for (ReportStatus v : VALUES) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
