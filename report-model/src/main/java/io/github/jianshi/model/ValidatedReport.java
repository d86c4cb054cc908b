package io.github.jianshi.model;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.ValidationResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link ReportValidator} makes of a JSON document: the decoded report, when the document could
 * be decoded, and every diagnostic in a stable order (JSON syntax and limits, then schema, then
 * mapping, then conformance). A value: equal inputs give equal results.
 */
@Value.Immutable
public abstract class ValidatedReport {
  ValidatedReport() {}

  /**
   * The report, when the document is well-formed JSON within the limits, valid against the schema,
   * and its dates are real dates. Present even when conformance diagnostics are errors.
   *
   * @return the report, or empty
   */
  @Value.Parameter
  public abstract Optional<Report> report();

  /**
   * All diagnostics.
   *
   * @return the result
   */
  @Value.Parameter
  public abstract ValidationResult result();

  /**
   * Whether the report was decoded and no diagnostic is an error.
   *
   * @return true when valid
   */
  public boolean isValid() {
    return report().isPresent() && result().isValid();
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

  static ValidatedReport create(Optional<Report> report, ValidationResult result) {
    return ImmutableValidatedReport.of(report, result);
  }
}
