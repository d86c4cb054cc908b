package io.github.jianshi.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A self-inspection report (对照检视报告) written against a checklist.
 *
 * <p>A report may be incomplete: a draft with missing findings can be built, stored and rendered.
 * Whether it conforms to its checklist is a separate question, answered with diagnostics by
 * {@link io.github.jianshi.core.conformance.Conformance}.
 */
@Value.Immutable
public abstract class Report {
  Report() {}

  /**
   * The checklist this report answers.
   *
   * @return the reference
   */
  public abstract ChecklistRef checklist();

  /**
   * The title, for example "个人对照检视材料".
   *
   * @return the title, or empty when the report has none
   */
  public abstract Optional<String> title();

  /**
   * Who wrote it.
   *
   * @return the author, or empty
   */
  public abstract Optional<Author> author();

  /**
   * The date of the report.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * Draft or final.
   *
   * @return by default {@link ReportStatus#DRAFT}
   */
  @Value.Default
  public ReportStatus status() {
    return ReportStatus.DRAFT;
  }

  /**
   * The headings of the three sections.
   *
   * @return by default {@link SectionHeadings#defaults()}
   */
  @Value.Default
  public SectionHeadings headings() {
    return SectionHeadings.defaults();
  }

  /**
   * The paragraphs before the first section.
   *
   * @return an unmodifiable list
   */
  public abstract List<String> preamble();

  /**
   * One finding per checkpoint, in the checklist's order.
   *
   * @return an unmodifiable list
   */
  public abstract List<Finding> findings();

  /**
   * The causes (原因剖析), each its own paragraph.
   *
   * @return an unmodifiable list; empty when the report has no causes section
   */
  public abstract List<Cause> causes();

  /**
   * The rectification measures (整改措施), each its own paragraph.
   *
   * @return an unmodifiable list; empty when the report has no measures section
   */
  public abstract List<Measure> measures();

  /**
   * Paragraphs after the measures.
   *
   * @return an unmodifiable list
   */
  public abstract List<String> closing();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Report}. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}

    /**
     * Pins the given checklist: id, version and content hash.
     *
     * @param checklist the checklist answered
     * @return this builder
     */
    public Builder answering(Checklist checklist) {
      checklist(checklist.ref());
      return this;
    }
  }
}
