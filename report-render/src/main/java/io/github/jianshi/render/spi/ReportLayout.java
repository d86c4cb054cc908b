package io.github.jianshi.render.spi;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.ledger.LedgerEntry;
import io.github.jianshi.core.ledger.LedgerView;
import io.github.jianshi.core.ledger.MeasureTableText;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.PointStyle;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.core.numbering.ChineseDates;
import io.github.jianshi.core.numbering.ChineseNumerals;
import io.github.jianshi.core.numbering.Marker;
import io.github.jianshi.render.RenderOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The logical layout of a report, shared by every renderer: the blocks in reading order with their
 * numbering markers, and the text of each paragraph split into runs that say what each piece means.
 *
 * <p>The conventions are those of real reports: sections numbered 一、二、三、 (the causes and measures
 * sections only when the report has any, or an opening paragraph for them), a section's opening
 * paragraphs right after its heading, findings numbered （一）（二）…, the points of a finding run
 * in within its paragraph with 一是 二是 … put before each, one paragraph per cause and per measure.
 * A renderer maps each block to its format; it never changes the text. Beyond 九十九 items (which no
 * real report reaches) markers are written with Arabic digits: （100）, 100是.
 *
 * <p>Service-provider interface, not for applications (see the {@linkplain io.github.jianshi.render.spi
 * package}): it may change in any release.
 */
public final class ReportLayout {
  private final List<Block> blocks;
  private final Optional<MeasureList> measureTable;

  private ReportLayout(List<Block> blocks, Optional<MeasureList> measureTable) {
    this.blocks = Collections.unmodifiableList(blocks);
    this.measureTable = measureTable;
  }

  /**
   * Lays out a report.
   *
   * @param report the report
   * @param options the options (numbering style, title, closing block, measure table)
   * @return the layout
   */
  public static ReportLayout of(Report report, RenderOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(options, "options");
    return new Builder(report, options).build();
  }

  /**
   * The blocks in reading order.
   *
   * @return an unmodifiable list
   */
  public List<Block> blocks() {
    return blocks;
  }

  /**
   * The table of rectification measures to append, when the options and the report call for one.
   *
   * @return the table, or empty
   */
  public Optional<MeasureList> measureTable() {
    return measureTable;
  }

  /** The part of the report a block belongs to. */
  public enum Part {
    /** The title. */
    TITLE,
    /** The author line under the title, as written. */
    BYLINE,
    /** The addressee (主送机关), as written. */
    ADDRESSEE,
    /** The paragraphs before the first section. */
    PREAMBLE,
    /** A section that is none of the usual three (for example 上年度整改落实情况). */
    OTHER,
    /** The findings section (存在的主要问题). */
    PROBLEMS,
    /** The causes section (原因剖析). */
    CAUSES,
    /** The measures section (整改措施). */
    MEASURES,
    /** The paragraphs after the measures. */
    CLOSING,
    /** The closing block: organisation or author, and date. */
    SIGNATURE
  }

  /** What a run of text means. */
  public enum Role {
    /** A numbering marker the renderer added: 一是, 二是, …. */
    MARKER,
    /** A finding's lead sentence. */
    LEAD,
    /** An enumerated point of a finding (after its marker). */
    POINT,
    /** Unnumbered detail of a finding. */
    DETAIL,
    /** A case (比如…). */
    CASE,
    /** The headline of a cause or measure. */
    HEADLINE,
    /** Any other text. */
    TEXT
  }

  /**
   * A piece of a paragraph's text.
   *
   * @param role what it means
   * @param text the text as written
   */
  public record Run(Role role, String text) {
    /**
     * Creates a run.
     *
     * @param role what it means
     * @param text the text
     */
    public Run {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A block of the layout: a title, a heading, a body paragraph or the signature. */
  public sealed interface Block permits Title, Heading, Body, Signature {
    /**
     * The part of the report the block belongs to.
     *
     * @return the part
     */
    Part part();
  }

  /**
   * The report's title.
   *
   * @param text the title
   */
  public record Title(String text) implements Block {
    @Override
    public Part part() {
      return Part.TITLE;
    }
  }

  /**
   * A numbered heading: level 1 is a section (一、), level 2 a finding's subsection (（一）).
   *
   * @param part the part it opens or belongs to
   * @param level 1 or 2
   * @param marker the numbering marker, for example 一、 or （一）
   * @param text the heading text without the marker
   * @param finding for a level-2 heading, the finding it heads
   */
  public record Heading(Part part, int level, String marker, String text, Optional<FindingRef> finding)
      implements Block {
    /**
     * The marker followed by the text, as the heading line reads.
     *
     * @return for example 一、存在的主要问题
     */
    public String fullText() {
      return marker + text;
    }
  }

  /**
   * A body paragraph.
   *
   * @param part the part it belongs to
   * @param runs its text, in runs
   * @param finding for a finding's paragraph, the finding
   */
  public record Body(Part part, List<Run> runs, Optional<FindingRef> finding) implements Block {
    /**
     * Creates a body paragraph.
     *
     * @param part the part
     * @param runs the runs
     * @param finding the finding, if any
     */
    public Body {
      runs = List.copyOf(runs);
    }

    /**
     * The paragraph's text: the runs joined.
     *
     * @return the text
     */
    public String text() {
      return runs.stream().map(Run::text).collect(Collectors.joining());
    }
  }

  /**
   * The closing block, right-aligned: organisation and/or name, then the date as 2022年8月5日.
   *
   * @param lines the lines
   */
  public record Signature(List<String> lines) implements Block {
    /**
     * Creates the closing block.
     *
     * @param lines the lines
     */
    public Signature {
      lines = List.copyOf(lines);
    }

    @Override
    public Part part() {
      return Part.SIGNATURE;
    }
  }

  /**
   * Which finding a block belongs to, for renderers that mark it (HTML {@code data-} attributes).
   *
   * @param index the finding's 0-based index in the report
   * @param checkpoint the checkpoint id
   * @param verdict the verdict
   */
  public record FindingRef(int index, String checkpoint, Verdict verdict) {}

  /**
   * The list of rectification measures (整改清单), one row per measure, written as a table. (Not to be
   * confused with {@link RenderOptions.MeasureTable}, the option that asks for it.)
   *
   * @param header the column headings: 序号, 问题, 整改措施, 责任人/单位, 完成时限 (kind and due date), 状态
   * @param rows one row per measure, cells as text (empty when unknown)
   */
  public record MeasureList(List<String> header, List<List<String>> rows) {
    /** The column headings ({@link MeasureTableText#HEADER}). */
    public static final List<String> HEADER = MeasureTableText.HEADER;

    /**
     * Creates a table.
     *
     * @param header the column headings
     * @param rows the rows
     */
    public MeasureList {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  private static final class Builder {
    private final Report report;
    private final RenderOptions options;
    private final Optional<Checklist> checklist;
    private final List<Block> out = new ArrayList<>();
    private int section;

    Builder(Report report, RenderOptions options) {
      this.report = report;
      this.options = options;
      this.checklist = options.checklists().resolve(report.checklist());
    }

    ReportLayout build() {
      if (options.includeTitle()) {
        report.title().filter(t -> !t.isBlank()).ifPresent(t -> out.add(new Title(t)));
      }
      report.byline().ifPresent(b -> out.add(text(Part.BYLINE, b)));
      report.addressee().ifPresent(a -> out.add(text(Part.ADDRESSEE, a)));
      for (String p : report.preamble()) {
        out.add(text(Part.PREAMBLE, p));
      }
      extraSections(ExtraSection.Placement.BEFORE_PROBLEMS);
      out.add(section(Part.PROBLEMS, ++section, report.headings().problems()));
      opening(Part.PROBLEMS, report.problemsOpening());
      List<Finding> findings = report.findings();
      for (int i = 0; i < findings.size(); i++) {
        addFinding(i, findings.get(i));
      }
      extraSections(ExtraSection.Placement.AFTER_PROBLEMS);
      if (!report.causes().isEmpty() || !report.causesOpening().isEmpty()) {
        out.add(section(Part.CAUSES, ++section, report.headings().causes()));
        opening(Part.CAUSES, report.causesOpening());
        int n = 0;
        for (Cause c : report.causes()) {
          enumerated(Part.CAUSES, report.numbering().causes(), ++n, c.headline(), c.text(), c.moreParagraphs());
        }
      }
      extraSections(ExtraSection.Placement.AFTER_CAUSES);
      if (!report.measures().isEmpty() || !report.measuresOpening().isEmpty()) {
        out.add(section(Part.MEASURES, ++section, report.headings().measures()));
        opening(Part.MEASURES, report.measuresOpening());
        int n = 0;
        for (Measure m : report.measures()) {
          enumerated(Part.MEASURES, report.numbering().measures(), ++n, m.headline(), m.text(), m.moreParagraphs());
        }
      }
      extraSections(ExtraSection.Placement.AFTER_MEASURES);
      for (String p : report.closing()) {
        out.add(text(Part.CLOSING, p));
      }
      if (!report.signature().isEmpty()) {
        out.add(new Signature(report.signature()));
      } else if (options.closingBlock()) {
        signature().ifPresent(out::add);
      }
      return new ReportLayout(out, measureTable());
    }

    private static Body text(Part part, String text) {
      return new Body(part, List.of(new Run(Role.TEXT, text)), Optional.empty());
    }

    /** A section's opening paragraphs, as body paragraphs of the section without a marker. */
    private void opening(Part part, List<String> paragraphs) {
      for (String p : paragraphs) {
        out.add(text(part, p));
      }
    }

    private void extraSections(ExtraSection.Placement placement) {
      for (ExtraSection x : report.extraSections()) {
        if (x.placement() == placement) {
          out.add(section(Part.OTHER, ++section, x.heading()));
          for (String p : x.paragraphs()) {
            out.add(text(Part.OTHER, p));
          }
        }
      }
    }

    private Heading section(Part part, int n, String text) {
      return new Heading(part, 1, marker(Marker.SECTION, n), text, Optional.empty());
    }

    /**
     * The marker for the n-th item. Chinese numerals stop at 九十九; beyond that (no real report
     * goes there, but a draft may) the same marker is written with Arabic digits: （100）, 100是.
     */
    private String marker(Marker m, int n) {
      if (n <= ChineseNumerals.MAX) {
        return m.format(n, options.asciiParentheses());
      }
      String open = options.asciiParentheses() ? "(" : "（";
      String close = options.asciiParentheses() ? ")" : "）";
      return switch (m) {
        case SECTION -> n + "、";
        case SUBSECTION, SUBITEM -> open + n + close;
        case ITEM -> n + ".";
        case RUN_IN -> n + "是";
      };
    }

    private void addFinding(int index, Finding f) {
      Optional<FindingRef> ref = Optional.of(new FindingRef(index, f.checkpoint(), f.verdict()));
      out.add(new Heading(Part.PROBLEMS, 2, marker(Marker.SUBSECTION, index + 1),
          heading(f), ref));
      int point = 0;
      for (Paragraph p : f.body()) {
        List<Run> runs = new ArrayList<>();
        for (Segment s : p.segments()) {
          switch (s.kind()) {
            case LEAD -> runs.add(new Run(Role.LEAD, s.text()));
            case POINT -> {
              runs.add(new Run(Role.MARKER, report.numbering().points().format(++point, options.asciiParentheses())));
              runs.add(new Run(Role.POINT, s.text()));
            }
            case DETAIL -> runs.add(new Run(Role.DETAIL, s.text()));
            case CASE -> runs.add(new Run(Role.CASE, s.text()));
            default -> throw new AssertionError(s.kind());
          }
        }
        out.add(new Body(Part.PROBLEMS, runs, ref));
      }
    }

    /** The heading as written, else the checkpoint's title, else the checkpoint id. */
    private String heading(Finding f) {
      if (f.heading().isPresent()) {
        return f.heading().get();
      }
      return checklist.flatMap(c -> c.checkpoint(f.checkpoint())).map(Checkpoint::title).orElse(f.checkpoint());
    }

    private void enumerated(Part part, PointStyle style, int n, Optional<String> headline, String text,
        List<String> more) {
      List<Run> runs = new ArrayList<>(3);
      runs.add(new Run(Role.MARKER, style.format(n, options.asciiParentheses())));
      headline.ifPresent(h -> runs.add(new Run(Role.HEADLINE, h)));
      if (!text.isEmpty()) {
        runs.add(new Run(Role.TEXT, text));
      }
      out.add(new Body(part, runs, Optional.empty()));
      for (String p : more) {
        out.add(text(part, p));
      }
    }

    private Optional<Signature> signature() {
      List<String> lines = new ArrayList<>();
      Optional<Author> author = report.author();
      author.flatMap(Author::organization).ifPresent(lines::add);
      author.flatMap(Author::name).ifPresent(lines::add);
      report.date().map(ChineseDates::format).ifPresent(lines::add);
      return lines.isEmpty() ? Optional.empty() : Optional.of(new Signature(lines));
    }

    /** The 整改清单: the ledger view of the measures (checklist-core), one row per entry. */
    private Optional<MeasureList> measureTable() {
      boolean wanted = switch (options.measureTable()) {
        case NEVER -> false;
        case ALWAYS -> !report.measures().isEmpty();
        case WHEN_TRACKED -> LedgerView.isTracked(report);
      };
      if (!wanted) {
        return Optional.empty();
      }
      List<List<String>> rows = new ArrayList<>();
      for (LedgerEntry e : LedgerView.of(report)) {
        rows.add(List.of(
            String.valueOf(e.ordinal()),
            String.join("；", LedgerView.problems(report, checklist, e)),
            e.summary(),
            e.owner().orElse(""),
            MeasureTableText.deadline(e.kind(), e.due()),
            e.status().map(s -> s.label()).orElse("")));
      }
      return Optional.of(new MeasureList(MeasureList.HEADER, rows));
    }
  }
}
