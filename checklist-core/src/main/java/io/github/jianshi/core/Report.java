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
   * A stable identifier of the report, chosen by the application (for example a document number or
   * a UUID), so that the rectification ledger can name the report its entries come from across
   * exports and edits. When present it is not blank.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> id();

  /**
   * The title, for example "个人对照检视材料". A title the author broke over several lines (as
   * GB/T 9704 titles often are) holds one line feed ({@code \n}) between its lines; renderers write
   * each line as a line of the title.
   *
   * @return the title, or empty when the report has none
   */
  public abstract Optional<String> title();

  /**
   * The author line under the title as written, for example "县委政法委书记  张三" or "县委办：张三".
   * {@link #author()} holds what it says as data; this keeps how it was written.
   *
   * @return the line, or empty
   */
  public abstract Optional<String> byline();

  /**
   * The addressee (主送机关, GB/T 9704) as written, with its colon, for example "市委：".
   *
   * @return the addressee line, or empty
   */
  public abstract Optional<String> addressee();

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
   * How the author marks the points of findings, the causes and the measures.
   *
   * @return by default {@link Numbering#defaults()}: 一是, 二是, … everywhere
   */
  @Value.Default
  public Numbering numbering() {
    return Numbering.defaults();
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
   * @return an unmodifiable list; empty when the report has no causes section (or one with only its
   *     {@linkplain #causesOpening() opening})
   */
  public abstract List<Cause> causes();

  /**
   * The rectification measures (整改措施), each its own paragraph.
   *
   * @return an unmodifiable list; empty when the report has no measures section (or one with only its
   *     {@linkplain #measuresOpening() opening})
   */
  public abstract List<Measure> measures();

  /**
   * The opening paragraphs of the problems section: what stands under its heading before the first
   * finding, for example "对照检视，主要存在以下问题：". Renderers write them as body paragraphs right
   * after the heading.
   *
   * @return an unmodifiable list; empty when the section opens with its first finding
   */
  public abstract List<String> problemsOpening();

  /**
   * The opening paragraphs of the causes section, before the first cause. When not empty, the causes
   * section is written even without causes.
   *
   * @return an unmodifiable list; empty when the section opens with its first cause
   */
  public abstract List<String> causesOpening();

  /**
   * The opening paragraphs of the measures section, before the first measure. When not empty, the
   * measures section is written even without measures.
   *
   * @return an unmodifiable list; empty when the section opens with its first measure
   */
  public abstract List<String> measuresOpening();

  /**
   * Sections other than the three of a self-inspection (for example 上年度整改落实情况), each at its
   * placement among them.
   *
   * @return an unmodifiable list
   */
  public abstract List<ExtraSection> extraSections();

  /**
   * Paragraphs after the measures.
   *
   * @return an unmodifiable list
   */
  public abstract List<String> closing();

  /**
   * The signature block as written (署名 and 成文日期 lines, GB/T 9704), for example
   * {@code ["中共某某县委政法委员会", "2022年8月15日"]}. When present, renderers write these lines at the
   * end, right-aligned where the format can; when empty, a renderer may compose a closing block from
   * {@link #author()} and {@link #date()}.
   *
   * @return an unmodifiable list
   */
  public abstract List<String> signature();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    id().ifPresent(i -> Checks.notBlank(i, "Report.id"));
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
