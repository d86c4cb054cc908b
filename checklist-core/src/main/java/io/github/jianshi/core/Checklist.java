package io.github.jianshi.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A checklist: an ordered list of checkpoints that a report answers one by one.
 *
 * <p>Any checklist is data: build one with {@link #builder()} (or read it from JSON with the
 * report-model module). The nine-point checklist is built in: {@link Checklists#ninePoint()}.
 */
@Value.Immutable
public abstract class Checklist {
  Checklist() {}

  /**
   * A stable identifier.
   *
   * @return never blank
   */
  public abstract String id();

  /**
   * The version of this checklist; a changed text gets a new version.
   *
   * @return never blank
   */
  public abstract String version();

  /**
   * The title.
   *
   * @return never blank
   */
  public abstract String title();

  /**
   * A description of the campaign or purpose.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * The checkpoints in order; at least one, ids unique.
   *
   * @return an unmodifiable list
   */
  public abstract List<Checkpoint> checkpoints();

  /**
   * The SHA-256 of this checklist's canonical form, as {@code sha256:} followed by 64 lower-case hex
   * digits.
   *
   * <p>The canonical form hashed is UTF-8 text with LF line ends, one record per line, fields
   * separated by TAB; inside a field backslash, TAB, LF and CR are written {@code \\}, {@code \t},
   * {@code \n}, {@code \r}; an absent description is an empty field:
   *
   * <pre>
   * jianshi-checklist TAB 1
   * checklist TAB id TAB version TAB title TAB description
   * checkpoint TAB id TAB kind-id TAB title TAB question      (one line per checkpoint, in order)
   * </pre>
   *
   * @return the content hash
   */
  @Value.Lazy
  public String contentHash() {
    return ChecklistHash.of(this);
  }

  /**
   * The reference a report uses to pin this checklist: id, version and content hash.
   *
   * @return the reference
   */
  public ChecklistRef ref() {
    return ChecklistRef.of(id(), version(), contentHash());
  }

  /**
   * Looks up a checkpoint by id.
   *
   * @param checkpointId the id
   * @return the checkpoint, or empty
   */
  public Optional<Checkpoint> checkpoint(String checkpointId) {
    int i = indexOf(checkpointId);
    return i < 0 ? Optional.empty() : Optional.of(checkpoints().get(i));
  }

  /**
   * The 0-based position of a checkpoint.
   *
   * @param checkpointId the id
   * @return the index, or -1 when this checklist has no such checkpoint
   */
  public int indexOf(String checkpointId) {
    Integer i = positions().get(checkpointId);
    return i == null ? -1 : i;
  }

  /** Checkpoint id to 0-based position, computed once. */
  @Value.Lazy
  Map<String, Integer> positions() {
    Map<String, Integer> map = new HashMap<>();
    List<Checkpoint> all = checkpoints();
    for (int i = 0; i < all.size(); i++) {
      map.put(all.get(i).id(), i);
    }
    return map;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Checklist}. */
  public static final class Builder extends ImmutableChecklist.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "Checklist.id");
    Checks.notBlank(version(), "Checklist.version");
    Checks.notBlank(title(), "Checklist.title");
    if (checkpoints().isEmpty()) {
      throw new IllegalArgumentException("Checklist.checkpoints must not be empty (checklist '" + id() + "')");
    }
    Set<String> seen = new HashSet<>();
    for (Checkpoint c : checkpoints()) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException(
            "Checklist.checkpoints: duplicate checkpoint id '" + c.id() + "' (checklist '" + id() + "')");
      }
    }
  }
}
