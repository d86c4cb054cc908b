package io.github.jianshi.core;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a checkpoint asks, and so which verdicts answer it. */
public enum CheckpointKind {
  /**
   * A duty: how well do I do X. Answered with the problems found (or, rarely, not applicable).
   * Points 一 to 四 of the nine-point checklist.
   */
  DUTY("duty", "职责类", EnumSet.of(Verdict.PROBLEMS_FOUND, Verdict.NOT_APPLICABLE)),
  /**
   * A whether-exists check (是否存在 X): answered "exists" (problems found), "does not exist, but …",
   * "does not exist", or not applicable. Points 五 to 九 of the nine-point checklist.
   */
  WHETHER_EXISTS("whether-exists", "是否存在类", EnumSet.allOf(Verdict.class));

  /** The constants, looked up without copying {@link #values()} on every call. */
  private static final CheckpointKind[] VALUES = values();

  private final String id;
  private final String label;
  private final Set<Verdict> allowed;

  CheckpointKind(String id, String label, EnumSet<Verdict> allowed) {
    this.id = id;
    this.label = label;
    this.allowed = java.util.Collections.unmodifiableSet(allowed);
  }

  /**
   * The stable identifier used in JSON and in data attributes.
   *
   * @return for example {@code whether-exists}
   */
  public String id() {
    return id;
  }

  /**
   * A short Chinese label, as diagnostics name the kind to an official.
   *
   * @return {@code 职责类} or {@code 是否存在类}
   */
  public String label() {
    return label;
  }

  /**
   * The verdicts that may answer a checkpoint of this kind.
   *
   * @return an unmodifiable set
   */
  public Set<Verdict> allowedVerdicts() {
    return allowed;
  }

  /**
   * Finds the kind with the given stable identifier.
   *
   * @param id an identifier such as {@code duty}
   * @return the kind, or empty when no kind has that identifier
   */
  public static Optional<CheckpointKind> fromId(String id) {
    for (CheckpointKind v : VALUES) {
      if (v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
