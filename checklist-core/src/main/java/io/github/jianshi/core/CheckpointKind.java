package io.github.jianshi.core;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a checkpoint asks, and so which verdicts answer it. */
public enum CheckpointKind {
  /**
   * A duty: how well do I do X. Answered with the problems found (or, rarely, not applicable).
   * Points 一 to 四 of the nine-point checklist.
   */
  DUTY("duty", EnumSet.of(Verdict.PROBLEMS_FOUND, Verdict.NOT_APPLICABLE)),
  /**
   * A whether-exists check (是否存在 X): answered "exists" (problems found), "does not exist, but …",
   * "does not exist", or not applicable. Points 五 to 九 of the nine-point checklist.
   */
  WHETHER_EXISTS("whether-exists", EnumSet.allOf(Verdict.class));

  private final String id;
  private final Set<Verdict> allowed;

  CheckpointKind(String id, EnumSet<Verdict> allowed) {
    this.id = id;
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
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
