package io.github.jianshi.model;

import io.github.jianshi.core.numbering.ChineseNumerals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How zh messages name a place in a document to the official who fills the form: a JSON Pointer such
 * as {@code /measures/1/owner} becomes 第二条整改措施的责任人, {@code /findings/5} becomes 第六项查摆问题.
 * This is the only table of the format's member names in Chinese; the labels of enum values come from
 * the domain enums ({@code label()}). The pointer and the member names stay in the diagnostic's pointer
 * and arguments, for programs.
 */
final class FieldLabels {
  /** What the members of an object are called, after the label of the object itself. */
  private record Shape(String name, Map<String, Member> members) {}

  /**
   * One member: its label when it stands alone (a root member), its suffix after the label of its
   * object (的责任人), and the shape of its value (an object, or the items of an array), or null.
   */
  private record Member(String alone, String suffix, Item item, Shape shape) {}

  /** The items of an array: how the i-th is called, given the label of the array's owner. */
  private enum Item {
    /** 第N项查摆问题 (a new subject, not after the owner). */
    FINDING("第%s项查摆问题", false),
    /** 第N条原因剖析. */
    CAUSE("第%s条原因剖析", false),
    /** 第N条整改措施. */
    MEASURE("第%s条整改措施", false),
    /** 第N个其他部分. */
    SECTION("第%s个其他部分", false),
    /** 第N项检视内容 (of a checklist). */
    CHECKPOINT("第%s项检视内容", false),
    /** …第N段. */
    PARAGRAPH("第%s段", true),
    /** …第N处 (a segment of a paragraph). */
    SEGMENT("第%s处", true),
    /** …第N行. */
    LINE("第%s行", true),
    /** …关联的第N个检视内容 (in place of 关联的检视内容). */
    LINKED("关联的第%s个检视内容", true),
    /** …的第N个后续段落 (in place of 的后续段落). */
    MORE("的第%s个后续段落", true),
    /** …的第N条进展记录 (in place of 的进展记录). */
    UPDATE("的第%s条进展记录", true),
    /** …的第N项佐证材料 (in place of 的佐证材料). */
    EVIDENCE("的第%s项佐证材料", true);

    private final String pattern;
    private final boolean afterOwner;

    Item(String pattern, boolean afterOwner) {
      this.pattern = pattern;
      this.afterOwner = afterOwner;
    }

    /** Whether the item's name replaces the array's own suffix rather than following it. */
    boolean replacesSuffix() {
      return this == LINKED || this == MORE || this == UPDATE || this == EVIDENCE;
    }
  }

  private static final Shape SEGMENT = new Shape("", Map.of(
      "kind", new Member(null, "的类型", null, null),
      "text", new Member(null, "的文字", null, null)));
  /** A paragraph of a finding's body: its items are segments. */
  private static final Shape BODY_PARAGRAPH = new Shape("", Map.of());
  private static final Shape FINDING = new Shape("", Map.of(
      "checkpoint", new Member(null, "对照的检视内容", null, null),
      "verdict", new Member(null, "的结论", null, null),
      "heading", new Member(null, "的小标题", null, null),
      "body", new Member(null, "的正文", Item.PARAGRAPH, BODY_PARAGRAPH)));
  private static final Map<String, Member> CAUSE_MEMBERS = Map.of(
      "headline", new Member(null, "的小标题", null, null),
      "text", new Member(null, "的正文", null, null),
      "moreParagraphs", new Member(null, "的后续段落", Item.MORE, null),
      "checkpoints", new Member(null, "关联的检视内容", Item.LINKED, null));
  private static final Shape CAUSE = new Shape("", CAUSE_MEMBERS);
  private static final Shape MEASURE = new Shape("", with(CAUSE_MEMBERS, Map.of(
      "owner", new Member(null, "的责任人", null, null),
      "due", new Member(null, "的完成时限", null, null),
      "kind", new Member(null, "的整改类型", null, null),
      "status", new Member(null, "的整改状态", null, null),
      "history", new Member(null, "的进展记录", Item.UPDATE, new Shape("", Map.of(
          "date", new Member(null, "的日期", null, null),
          "status", new Member(null, "的状态", null, null),
          "note", new Member(null, "的说明", null, null),
          "evidence", new Member(null, "的佐证材料", Item.EVIDENCE, null),
          "by", new Member(null, "的填报人", null, null)))),
      "verification", new Member(null, "的验收", null, new Shape("", Map.of(
          "date", new Member(null, "日期", null, null),
          "by", new Member(null, "人", null, null)))))));
  private static final Shape EXTRA_SECTION = new Shape("", Map.of(
      "heading", new Member(null, "的标题", null, null),
      "placement", new Member(null, "的位置", null, null),
      "paragraphs", new Member(null, "的正文", Item.PARAGRAPH, null)));

  private static final Shape REPORT = new Shape("报告", with(with(Map.of(
      "schemaVersion", new Member("格式版本", null, null, null),
      "checklist", new Member("对照的检视清单", null, null, new Shape("", Map.of(
          "id", new Member("检视清单标识", null, null, null),
          "version", new Member("检视清单版本", null, null, null),
          "hash", new Member("检视清单内容哈希", null, null, null)))),
      "id", new Member("报告标识", null, null, null),
      "title", new Member("标题", null, null, null),
      "byline", new Member("标题下的署名", null, null, null),
      "addressee", new Member("主送机关", null, null, null),
      "author", new Member("作者信息", null, null, new Shape("", Map.of(
          "name", new Member("作者姓名", null, null, null),
          "position", new Member("作者职务", null, null, null),
          "organization", new Member("作者单位", null, null, null)))),
      "date", new Member("报告日期", null, null, null),
      "status", new Member("报告状态", null, null, null)), Map.of(
      "headings", new Member("各部分标题", null, null, new Shape("", Map.of(
          "problems", new Member("查摆问题部分的标题", null, null, null),
          "causes", new Member("原因剖析部分的标题", null, null, null),
          "measures", new Member("整改措施部分的标题", null, null, null)))),
      "numbering", new Member("序号样式", null, null, new Shape("", Map.of(
          "points", new Member("查摆问题的序号样式", null, null, null),
          "causes", new Member("原因剖析的序号样式", null, null, null),
          "measures", new Member("整改措施的序号样式", null, null, null)))),
      "preamble", new Member("开头部分", null, Item.PARAGRAPH, null),
      "findings", new Member("查摆问题部分", null, Item.FINDING, FINDING),
      "causes", new Member("原因剖析部分", null, Item.CAUSE, CAUSE),
      "measures", new Member("整改措施部分", null, Item.MEASURE, MEASURE),
      "extraSections", new Member("其他部分", null, Item.SECTION, EXTRA_SECTION),
      "closing", new Member("结尾部分", null, Item.PARAGRAPH, null),
      "signature", new Member("落款", null, Item.LINE, null))), Map.of(
      "problemsOpening", new Member("查摆问题部分的导语", null, Item.PARAGRAPH, null),
      "causesOpening", new Member("原因剖析部分的导语", null, Item.PARAGRAPH, null),
      "measuresOpening", new Member("整改措施部分的导语", null, Item.PARAGRAPH, null))));

  private static final Shape CHECKLIST = new Shape("检视清单", Map.of(
      "schemaVersion", new Member("格式版本", null, null, null),
      "id", new Member("清单标识", null, null, null),
      "version", new Member("清单版本", null, null, null),
      "hash", new Member("清单内容哈希", null, null, null),
      "title", new Member("清单名称", null, null, null),
      "description", new Member("清单说明", null, null, null),
      "checkpoints", new Member("检视内容", null, Item.CHECKPOINT, new Shape("", Map.of(
          "id", new Member(null, "的编号", null, null),
          "kind", new Member(null, "的类别", null, null),
          "title", new Member(null, "的标题", null, null),
          "question", new Member(null, "的检视要求", null, null))))));

  /** The domain enums' labels by id, one map per enum, as the schema's enums list them. */
  private static final List<Map<String, String>> ENUM_LABELS = List.of(
      labels(io.github.jianshi.core.ReportStatus.values(), io.github.jianshi.core.ReportStatus::id,
          io.github.jianshi.core.ReportStatus::label),
      labels(io.github.jianshi.core.Verdict.values(), io.github.jianshi.core.Verdict::id,
          io.github.jianshi.core.Verdict::label),
      labels(io.github.jianshi.core.SegmentKind.values(), io.github.jianshi.core.SegmentKind::id,
          io.github.jianshi.core.SegmentKind::label),
      labels(io.github.jianshi.core.MeasureKind.values(), io.github.jianshi.core.MeasureKind::id,
          io.github.jianshi.core.MeasureKind::label),
      labels(io.github.jianshi.core.MeasureStatus.values(), io.github.jianshi.core.MeasureStatus::id,
          io.github.jianshi.core.MeasureStatus::label),
      labels(io.github.jianshi.core.PointStyle.values(), io.github.jianshi.core.PointStyle::id,
          io.github.jianshi.core.PointStyle::label),
      labels(io.github.jianshi.core.ExtraSection.Placement.values(), io.github.jianshi.core.ExtraSection.Placement::id,
          io.github.jianshi.core.ExtraSection.Placement::label),
      labels(io.github.jianshi.core.CheckpointKind.values(), io.github.jianshi.core.CheckpointKind::id,
          io.github.jianshi.core.CheckpointKind::label));

  /** JSON types as an official reads them. */
  private static final Map<String, String> TYPES = Map.of("string", "文字", "integer", "整数", "number", "数字",
      "boolean", "是或否", "array", "列表", "object", "一组字段", "null", "空值");

  private FieldLabels() {}

  private static <E> Map<String, String> labels(E[] values, java.util.function.Function<E, String> id,
      java.util.function.Function<E, String> label) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (E e : values) {
      out.put(id.apply(e), label.apply(e));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The allowed values of an enum as an official reads them: the Chinese labels of the domain enum
   * whose ids they are, each in quotes (“未启动”“整改中”…); ids no domain enum has are quoted as they are.
   *
   * @param ids the allowed ids, in the schema's order
   * @return the labels
   */
  static String enumValues(List<String> ids) {
    Map<String, String> table = ENUM_LABELS.stream().filter(m -> m.keySet().containsAll(ids)).findFirst()
        .orElse(Map.of());
    StringBuilder out = new StringBuilder();
    for (String id : ids) {
      out.append('“').append(table.getOrDefault(id, id)).append('”');
    }
    return out.toString();
  }

  /**
   * JSON types as an official reads them.
   *
   * @param types type names separated by {@code |}, as in {@code string | null}
   * @return for example 文字或空值
   */
  static String types(String types) {
    StringBuilder out = new StringBuilder();
    for (String t : types.split("\\s*\\|\\s*")) {
      if (out.length() > 0) {
        out.append('或');
      }
      out.append(TYPES.getOrDefault(t, t));
    }
    return out.toString();
  }

  private static <V> Map<String, V> with(Map<String, V> a, Map<String, V> b) {
    Map<String, V> out = new java.util.HashMap<>(a);
    out.putAll(b);
    return Map.copyOf(out);
  }

  /**
   * The Chinese name of a place in a report.
   *
   * @param pointer a JSON Pointer into a report document
   * @return for example 第二条整改措施的责任人; 报告 for the root
   */
  static String report(String pointer) {
    return label(REPORT, pointer);
  }

  /**
   * The Chinese name of a place in a checklist.
   *
   * @param pointer a JSON Pointer into a checklist document
   * @return for example 第三项检视内容的编号; 检视清单 for the root
   */
  static String checklist(String pointer) {
    return label(CHECKLIST, pointer);
  }

  /** The name of the place; a part the format does not have is named as written, in quotes. */
  static String label(Shape root, String pointer) {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      return root.name();
    }
    StringBuilder out = new StringBuilder();
    Shape shape = root;
    Item items = null;
    Shape itemShape = null;
    boolean atRoot = true;
    int beforeSuffix = 0;
    for (String token : tokens) {
      if (items != null && isIndex(token)) {
        String nth = String.format(java.util.Locale.ROOT, items.pattern, numeral(Integer.parseInt(token) + 1));
        if (items.replacesSuffix()) {
          out.setLength(beforeSuffix);
          out.append(nth);
        } else if (items.afterOwner) {
          out.append(nth);
        } else {
          out.setLength(0);
          out.append(nth);
        }
        // the items of a body paragraph are segments; other items have the member's shape
        if (itemShape == BODY_PARAGRAPH) {
          items = Item.SEGMENT;
          itemShape = SEGMENT;
          shape = BODY_PARAGRAPH;
        } else {
          shape = itemShape;
          items = null;
          itemShape = null;
        }
        atRoot = false;
        continue;
      }
      Member m = shape == null ? null : shape.members().get(token);
      if (m == null) {
        if (out.length() > 0) {
          out.append("中的");
        }
        out.append('“').append(ModelDiagnostics.excerpt(token)).append('”');
        shape = null;
        items = null;
        itemShape = null;
        atRoot = false;
        continue;
      }
      if (atRoot || m.suffix() == null) {
        out.setLength(0);
        out.append(m.alone());
      } else {
        beforeSuffix = out.length();
        out.append(m.suffix());
      }
      items = m.item();
      itemShape = m.item() == null ? null : m.shape();
      shape = m.item() == null ? m.shape() : null;
      atRoot = false;
    }
    return out.toString();
  }

  private static String numeral(int n) {
    return n <= ChineseNumerals.MAX ? ChineseNumerals.format(n) : String.valueOf(n);
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return token.length() == 1 || token.charAt(0) != '0';
  }

  private static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer == null || pointer.isEmpty()) {
      return out;
    }
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }
}
