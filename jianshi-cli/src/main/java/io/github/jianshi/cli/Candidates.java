package io.github.jianshi.cli;

import java.util.ArrayList;
import java.util.List;

/** The values that help and completion show for options with a fixed set of values (lower case). */
final class Candidates {
  private Candidates() {}

  /** {@code validate --format}. */
  static final class ValidateFormats extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ValidateFormats() {
      super(List.of("text", "json", "sarif"));
    }
  }

  /** {@code --min-severity}. */
  static final class Severities extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Severities() {
      super(List.of("error", "warning", "info"));
    }
  }

  /** {@code render --to}. */
  static final class RenderFormats extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    RenderFormats() {
      super(List.of("text", "markdown", "html", "docx"));
    }
  }

  /** {@code render --measure-table}. */
  static final class MeasureTables extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    MeasureTables() {
      super(List.of("never", "when-tracked", "always"));
    }
  }

  /** {@code schema}. */
  static final class Schemas extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Schemas() {
      super(List.of("report", "checklist"));
    }
  }

  /** {@code checklist list --format}, {@code checklist show --format}. */
  static final class ChecklistFormats extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ChecklistFormats() {
      super(List.of("text", "json"));
    }
  }

  /** {@code ledger --to}. */
  static final class LedgerFormats extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    LedgerFormats() {
      super(List.of("csv", "xlsx"));
    }
  }

  /** {@code stats --format}. */
  static final class StatsFormats extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    StatsFormats() {
      super(List.of("json", "markdown", "html", "xlsx"));
    }
  }
}
