package io.github.jianshi.ledger;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a ledger file, in the order written. Read-back finds columns by their header, so a
 * user may reorder them; the editable ones are applied, the others are there to be read.
 */
enum LedgerColumn {
  ENTRY_ID("条目编号", 22, false),
  REPORT("报告", 24, false),
  ORGANIZATION("单位", 20, false),
  AUTHOR("报告人", 10, false),
  REPORT_DATE("报告日期", 12, false),
  ORDINAL("序号", 6, false),
  PROBLEMS("对应问题", 24, false),
  HEADLINE("整改措施", 24, false),
  TEXT("措施内容", 40, false),
  OWNER("责任人/单位", 14, true),
  DUE("完成时限", 12, true),
  KIND("整改类型", 10, true),
  STATUS("整改状态", 10, true),
  HISTORY("进展记录", 40, true),
  NOTE("本次进展", 30, true),
  NOTE_DATE("进展日期", 12, true),
  EVIDENCE("佐证材料", 20, true),
  REPORTER("填报人", 10, true),
  VERIFIED_ON("验收日期", 12, true),
  VERIFIER("验收人", 10, true);

  private final String header;
  private final int width;
  private final boolean editable;

  LedgerColumn(String header, int width, boolean editable) {
    this.header = header;
    this.width = width;
    this.editable = editable;
  }

  String header() {
    return header;
  }

  /** The column width in characters of a CJK text (each about two Latin characters wide). */
  int cjkWidth() {
    return width;
  }

  boolean editable() {
    return editable;
  }

  boolean isDate() {
    return this == REPORT_DATE || this == DUE || this == NOTE_DATE || this == VERIFIED_ON;
  }

  static Optional<LedgerColumn> byHeader(String header) {
    String h = header.strip();
    return Arrays.stream(values()).filter(c -> c.header.equals(h)).findFirst();
  }
}
