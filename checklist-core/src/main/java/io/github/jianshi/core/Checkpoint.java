package io.github.jianshi.core;

import org.immutables.value.Value;

/**
 * One point of a checklist: what the author must answer.
 *
 * <p>The {@link #title()} is the phrase used as the report's subsection heading ("在…方面"); the
 * {@link #question()} is the question itself ("是否…").
 */
@Value.Immutable
public abstract class Checkpoint {
  Checkpoint() {}

  /**
   * A stable identifier, unique within its checklist, never blank.
   *
   * @return for example {@code np-05}
   */
  public abstract String id();

  /**
   * What kind of question this is, and so which verdicts answer it.
   *
   * @return the kind
   */
  public abstract CheckpointKind kind();

  /**
   * The title as used for the report heading, for example "在是否存在重打击、轻保护等问题方面".
   *
   * @return the title, never blank
   */
  public abstract String title();

  /**
   * The question asked, for example "是否存在重打击、轻保护等问题".
   *
   * @return the question, never blank
   */
  public abstract String question();

  /**
   * Creates a checkpoint.
   *
   * @param id stable identifier
   * @param kind duty or whether-exists
   * @param title heading phrase
   * @param question the question
   * @return the checkpoint
   * @throws IllegalArgumentException when a text is blank
   */
  public static Checkpoint of(String id, CheckpointKind kind, String title, String question) {
    return builder().id(id).kind(kind).title(title).question(question).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Checkpoint}. */
  public static final class Builder extends ImmutableCheckpoint.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "Checkpoint.id");
    Checks.notBlank(title(), "Checkpoint.title (checkpoint '" + id() + "')");
    Checks.notBlank(question(), "Checkpoint.question (checkpoint '" + id() + "')");
  }
}
