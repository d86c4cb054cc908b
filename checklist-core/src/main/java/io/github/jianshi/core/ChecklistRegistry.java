package io.github.jianshi.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Known checklists, looked up by id and version. Immutable and thread-safe: {@link #with(Checklist)}
 * returns a new registry. The built-in checklists are always present.
 */
public final class ChecklistRegistry {
  private static final ChecklistRegistry BUILT_IN = new ChecklistRegistry(List.of(Checklists.ninePoint()));

  private final List<Checklist> checklists;

  private ChecklistRegistry(List<Checklist> checklists) {
    this.checklists = Collections.unmodifiableList(checklists);
  }

  /**
   * The registry of the built-in checklists.
   *
   * @return the registry holding {@link Checklists#ninePoint()}
   */
  public static ChecklistRegistry builtIn() {
    return BUILT_IN;
  }

  /**
   * A registry that also knows the given checklist.
   *
   * @param checklist the checklist to add
   * @return a new registry
   * @throws IllegalArgumentException when a different checklist with the same id and version is known
   */
  public ChecklistRegistry with(Checklist checklist) {
    Objects.requireNonNull(checklist, "checklist");
    Optional<Checklist> known = find(checklist.id(), checklist.version());
    if (known.isPresent()) {
      if (known.get().equals(checklist)) {
        return this;
      }
      throw new IllegalArgumentException("a different checklist '" + checklist.id() + "' version "
          + checklist.version() + " is already registered");
    }
    List<Checklist> all = new ArrayList<>(checklists);
    all.add(checklist);
    return new ChecklistRegistry(all);
  }

  /**
   * Looks up a checklist.
   *
   * @param id the checklist id
   * @param version the checklist version
   * @return the checklist, or empty
   */
  public Optional<Checklist> find(String id, String version) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    for (Checklist c : checklists) {
      if (c.id().equals(id) && c.version().equals(version)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Looks up the checklist a report names, by id and version (the hash is not compared here; the
   * conformance rules report a mismatch).
   *
   * @param ref the report's reference
   * @return the checklist, or empty
   */
  public Optional<Checklist> resolve(ChecklistRef ref) {
    Objects.requireNonNull(ref, "ref");
    return find(ref.id(), ref.version());
  }

  /**
   * All known checklists, built-in ones first, then in the order added.
   *
   * @return an unmodifiable list
   */
  public List<Checklist> all() {
    return checklists;
  }
}
