package io.github.jianshi.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which checklist a report answers: its id, version and, when known, its content hash
 * ({@link Checklist#contentHash()}), which pins the exact text of the checkpoints.
 */
@Value.Immutable
public abstract class ChecklistRef {
  ChecklistRef() {}

  /**
   * The checklist id.
   *
   * @return never blank
   */
  public abstract String id();

  /**
   * The checklist version.
   *
   * @return never blank
   */
  public abstract String version();

  /**
   * The content hash, in the form {@code sha256:<64 hex digits>}.
   *
   * @return the hash, or empty when the report does not pin one
   */
  public abstract Optional<String> hash();

  /**
   * Creates a reference without a hash.
   *
   * @param id checklist id
   * @param version checklist version
   * @return the reference
   */
  public static ChecklistRef of(String id, String version) {
    return builder().id(id).version(version).build();
  }

  /**
   * Creates a reference with a hash.
   *
   * @param id checklist id
   * @param version checklist version
   * @param hash content hash
   * @return the reference
   */
  public static ChecklistRef of(String id, String version, String hash) {
    return builder().id(id).version(version).hash(hash).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChecklistRef}. */
  public static final class Builder extends ImmutableChecklistRef.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "ChecklistRef.id");
    Checks.notBlank(version(), "ChecklistRef.version");
  }
}
