package io.github.jianshi.model;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.ValidationResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link ReportValidator} makes of a checklist's JSON document: the checklist, when it could be
 * decoded, and every diagnostic in a stable order (JSON syntax and limits, schema, unique checkpoint
 * ids, then the stated content hash).
 */
@Value.Immutable
public abstract class ValidatedChecklist {
  ValidatedChecklist() {}

  /**
   * The checklist, when the document is well-formed, within the limits, valid against the schema and
   * its checkpoint ids are unique. Present even when the stated hash does not match.
   *
   * @return the checklist, or empty
   */
  @Value.Parameter
  public abstract Optional<Checklist> checklist();

  /**
   * All diagnostics.
   *
   * @return the result
   */
  @Value.Parameter
  public abstract ValidationResult result();

  /**
   * Whether the checklist was decoded and no diagnostic is an error; only then add it to a registry.
   *
   * @return true when valid
   */
  public boolean isValid() {
    return checklist().isPresent() && result().isValid();
  }

  /**
   * The diagnostics, in order.
   *
   * @return an unmodifiable list
   */
  public List<Diagnostic> diagnostics() {
    return result().diagnostics();
  }

  /**
   * All diagnostics, one per line, in the given language.
   *
   * @param locale the language of the messages (zh or en)
   * @return the lines joined with LF
   */
  public String describe(Locale locale) {
    return result().describe(locale);
  }

  static ValidatedChecklist create(Optional<Checklist> checklist, ValidationResult result) {
    return ImmutableValidatedChecklist.of(checklist, result);
  }
}
