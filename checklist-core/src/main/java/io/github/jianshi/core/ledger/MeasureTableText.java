package io.github.jianshi.core.ledger;

import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.numbering.ChineseDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The words of a 整改清单 table as the renderers write it and the importer reads it back: its title,
 * its column headings and how the 完成时限 cell says a measure's kind and due date. One place for
 * these facts, so that what the Word and HTML renderings write is what Word import recognises.
 */
public final class MeasureTableText {
  private MeasureTableText() {}

  /** The title above the table: 整改清单. */
  public static final String TITLE = "整改清单";

  /** The heading of the number column: 序号. */
  public static final String NUMBER = "序号";
  /** The heading of the column naming the problems a measure addresses: 问题. */
  public static final String PROBLEMS = "问题";
  /** The heading of the measure's summary column: 整改措施. */
  public static final String MEASURE = "整改措施";
  /** The heading of the owner column: 责任人/单位. */
  public static final String OWNER = "责任人/单位";
  /** The heading of the deadline column (kind and due date): 完成时限. */
  public static final String DEADLINE = "完成时限";
  /** The heading of the status column: 状态. */
  public static final String STATUS = "状态";

  /** The column headings in order: 序号, 问题, 整改措施, 责任人/单位, 完成时限, 状态. */
  public static final List<String> HEADER = List.of(NUMBER, PROBLEMS, MEASURE, OWNER, DEADLINE, STATUS);

  /** What separates the kind from the due date in a 完成时限 cell that says both. */
  public static final String DEADLINE_SEPARATOR = "，";

  /**
   * The 完成时限 cell of a measure: the kind's label, the due date as 2024年6月30日, both separated by
   * {@value #DEADLINE_SEPARATOR} (长期坚持，2024年6月30日), or empty when neither is known.
   *
   * @param kind the measure's kind
   * @param due the measure's due date
   * @return the cell's text
   */
  public static String deadline(Optional<MeasureKind> kind, Optional<LocalDate> due) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(due, "due");
    String k = kind.map(MeasureKind::label).orElse("");
    String d = due.map(ChineseDates::format).orElse("");
    return k.isEmpty() || d.isEmpty() ? k + d : k + DEADLINE_SEPARATOR + d;
  }
}
