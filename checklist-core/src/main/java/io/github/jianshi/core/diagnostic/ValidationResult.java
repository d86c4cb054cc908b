package io.github.jianshi.core.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of a validation: diagnostics in a stable order. A value: equal inputs give equal
 * results. The document is valid when no diagnostic is an {@link Severity#ERROR}.
 */
@Value.Immutable
public abstract class ValidationResult {
  ValidationResult() {}

  private static final ValidationResult EMPTY = of(List.of());

  /**
   * The diagnostics, in the order the checks produced them.
   *
   * @return an unmodifiable list
   */
  @Value.Parameter
  public abstract List<Diagnostic> diagnostics();

  /**
   * Whether no diagnostic is an error.
   *
   * @return true when valid
   */
  public boolean isValid() {
    return diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR);
  }

  /**
   * The most severe diagnostic's severity.
   *
   * @return the highest severity, or empty when there are no diagnostics
   */
  public Optional<Severity> highestSeverity() {
    return diagnostics().stream().map(Diagnostic::severity).max(Enum::compareTo);
  }

  /**
   * The diagnostics of one severity.
   *
   * @param severity the severity
   * @return those diagnostics, in order
   */
  public List<Diagnostic> withSeverity(Severity severity) {
    return diagnostics().stream().filter(d -> d.severity() == severity).toList();
  }

  /**
   * The codes of all diagnostics, in order; handy in tests and logs.
   *
   * @return the codes
   */
  public List<String> codes() {
    return diagnostics().stream().map(Diagnostic::code).toList();
  }

  /**
   * This result followed by another's diagnostics.
   *
   * @param other the result to append
   * @return a new result
   */
  public ValidationResult plus(ValidationResult other) {
    List<Diagnostic> all = new ArrayList<>(diagnostics());
    all.addAll(other.diagnostics());
    return of(all);
  }

  /**
   * All diagnostics, one per line, in the given language (see {@link Diagnostic#describe(Locale)}).
   *
   * @param locale the language of the messages
   * @return the lines joined with LF; empty when there are no diagnostics
   */
  public String describe(Locale locale) {
    return diagnostics().stream().map(d -> d.describe(locale)).collect(Collectors.joining("\n"));
  }

  /**
   * A result with the given diagnostics, in that order.
   *
   * @param diagnostics the diagnostics
   * @return the result
   */
  public static ValidationResult of(List<Diagnostic> diagnostics) {
    return ImmutableValidationResult.of(diagnostics);
  }

  /**
   * The result without diagnostics.
   *
   * @return the empty, valid result
   */
  public static ValidationResult empty() {
    return EMPTY;
  }
}
