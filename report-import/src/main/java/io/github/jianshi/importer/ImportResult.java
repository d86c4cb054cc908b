package io.github.jianshi.importer;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.ValidationResult;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What an import gives: the report (a draft), the checklist it answers (matched from the registry or
 * inferred from the document), and the import diagnostics located in the source. A document that
 * could not be read at all (binary, a foreign format, over a limit) has no report and an error
 * diagnostic saying why.
 */
public final class ImportResult {
  private final Report report;
  private final Checklist checklist;
  private final boolean inferred;
  private final OptionalDouble score;
  private final ValidationResult diagnostics;
  private final SourceDocument source;

  ImportResult(Report report, Checklist checklist, boolean inferred, OptionalDouble score,
      ValidationResult diagnostics, SourceDocument source) {
    this.report = report;
    this.checklist = checklist;
    this.inferred = inferred;
    this.score = Objects.requireNonNull(score, "score");
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * The imported report, with status draft.
   *
   * @return the report, or empty when the document could not be read
   */
  public Optional<Report> report() {
    return Optional.ofNullable(report);
  }

  /**
   * The checklist the report answers: one of the registry, the one given, or an inferred one.
   *
   * @return the checklist, or empty when there is no report
   */
  public Optional<Checklist> checklist() {
    return Optional.ofNullable(checklist);
  }

  /**
   * Whether {@link #checklist()} was inferred from the document's own headings rather than matched
   * or given.
   *
   * @return true for an inferred checklist
   */
  public boolean checklistInferred() {
    return inferred;
  }

  /**
   * How well the document's headings matched the chosen registry checklist, from 0 (nothing) to 1
   * (every finding matched a checkpoint exactly, after normalising wording).
   *
   * @return the score, or empty when the checklist was inferred or given
   */
  public OptionalDouble matchScore() {
    return score;
  }

  /**
   * The import diagnostics (codes {@code import.*}): what was recognised, guessed, removed or refused,
   * located by line and column (text) or paragraph and excerpt (Word).
   *
   * @return the diagnostics in source order, reader diagnostics first
   */
  public ValidationResult diagnostics() {
    return diagnostics;
  }

  /**
   * The source document as read (format, charset, paragraphs, reader diagnostics).
   *
   * @return the source
   */
  public SourceDocument source() {
    return source;
  }

  /**
   * Whether a report was imported.
   *
   * @return true when {@link #report()} is present
   */
  public boolean isImported() {
    return report != null;
  }

  @Override
  public String toString() {
    return "ImportResult{imported=" + isImported() + ", checklist="
        + (checklist == null ? "-" : checklist.id()) + ", inferred=" + inferred + ", diagnostics="
        + diagnostics.codes() + "}";
  }
}
