package io.github.jianshi.model;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRef;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.CheckpointKind;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Numbering;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.PointStyle;
import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.SectionHeadings;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.SegmentKind;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.core.Verification;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.model.SchemaRules.Rule;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Maps the JSON form to the domain, token by token, in one of two modes. It holds no constraint of its
 * own: what a value may be comes from the bundled JSON Schema, compiled into {@link SchemaRules}; this
 * class only maps members to builders.
 *
 * <ul>
 *   <li><b>Fast</b>: reads raw bytes and checks, on the way, every rule of the schema (types, required
 *       and unknown members, const, enums, patterns, lengths, counts) plus the {@link Limits}. It may be
 *       stricter than the schema, never looser: at the first doubt it gives up ({@link Bail}, its only
 *       signal; a syntax error of the parser becomes one too) and the caller takes the slow path (tree,
 *       networknt, then this reader in mapping mode), which produces the exact diagnostics. So a
 *       document accepted here is one the schema accepts, and the report is the same as the slow
 *       path's (tests compare both on every corpus document and on documents generated from the
 *       schema).</li>
 *   <li><b>Mapping</b>: reads a tree that already passed the schema; it only checks what the schema
 *       cannot: that dates are real dates and that checkpoint ids are unique. Those become
 *       diagnostics.</li>
 * </ul>
 *
 * <p>In both modes a {@code null} for a member whose schema admits null means the member is absent.
 */
final class WireReader {
  /** How deep a report nests: root, findings, finding, body, paragraph, segment. */
  static final int REPORT_DEPTH = 6;
  /** The most members any object of the format has (a report). */
  static final int MAX_MEMBERS = SchemaRules.REPORT.root().members.length;

  /** The root members in the order of {@link Anchors}' members. */
  private static final Map<String, Integer> ANCHOR_INDEX = anchorIndex("schemaVersion", "checklist", "title",
      "author", "date", "status", "headings", "preamble", "findings", "causes", "measures", "closing", "id", "byline",
      "addressee", "numbering", "extraSections", "signature");

  /** The rule of a value the schema does not constrain. */
  private static final Rule ANY = new Rule();

  /**
   * The values of a domain enum by their JSON id: a short array searched in order, which is cheaper
   * per value than a stream over {@code values()} or hashing a freshly read string.
   */
  private static final class Ids<E extends Enum<E>> {
    private final String[] ids;
    private final E[] values;

    Ids(E[] values, Function<E, String> id) {
      this.values = values;
      this.ids = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        ids[i] = id.apply(values[i]);
      }
    }

    E find(String id) {
      for (int i = 0; i < ids.length; i++) {
        if (ids[i].equals(id)) {
          return values[i];
        }
      }
      return null;
    }
  }

  private static final Ids<ReportStatus> REPORT_STATUS = new Ids<>(ReportStatus.values(), ReportStatus::id);
  private static final Ids<PointStyle> POINT_STYLE = new Ids<>(PointStyle.values(), PointStyle::id);
  private static final Ids<ExtraSection.Placement> PLACEMENT = new Ids<>(ExtraSection.Placement.values(), ExtraSection.Placement::id);
  private static final Ids<Verdict> VERDICT = new Ids<>(Verdict.values(), Verdict::id);
  private static final Ids<SegmentKind> SEGMENT_KIND = new Ids<>(SegmentKind.values(), SegmentKind::id);
  private static final Ids<MeasureKind> MEASURE_KIND = new Ids<>(MeasureKind.values(), MeasureKind::id);
  private static final Ids<MeasureStatus> MEASURE_STATUS = new Ids<>(MeasureStatus.values(), MeasureStatus::id);
  private static final Ids<CheckpointKind> CHECKPOINT_KIND = new Ids<>(CheckpointKind.values(), CheckpointKind::id);

  /** Thrown to give up; carries no stack trace. The fast path's only way to say "not me". */
  static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Bail INSTANCE = new Bail();

    private Bail() {
      super("bail", null, false, false);
    }
  }

  private final JsonParser p;
  private final boolean fast;
  private final int maxArray;
  private final SchemaRules rules;
  private final List<Diagnostic> problems = new ArrayList<>(0);
  /** The schema's patterns' matchers, reused for every string of this document (fast mode). */
  private final Map<java.util.regex.Pattern, java.util.regex.Matcher> matchers = new java.util.IdentityHashMap<>(4);
  /** Recorded in fast mode only; null otherwise. */
  private final Anchors anchors;

  /**
   * @param parser positioned before the root value
   * @param fast true for the fast mode (bytes; bail at any doubt), false for mapping a checked tree
   * @param maxArray the array limit of {@link Limits}
   * @param rules the compiled schema of the document ({@link SchemaRules#REPORT} or
   *     {@link SchemaRules#CHECKLIST}, or a test's)
   */
  WireReader(JsonParser parser, boolean fast, int maxArray, SchemaRules rules) {
    this.p = parser;
    this.fast = fast;
    this.maxArray = maxArray;
    this.rules = rules;
    this.anchors = fast ? new Anchors() : null;
  }

  private static Map<String, Integer> anchorIndex(String... names) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      out.put(names[i], i);
    }
    return Map.copyOf(out);
  }

  /** Where the values conformance points at begin; null in mapping mode. */
  Anchors anchors() {
    return anchors;
  }

  /** The anchor of the current token (fast mode). */
  private long here() {
    var location = p.currentTokenLocation();
    return Anchors.pack(location.getLineNr(), location.getByteOffset());
  }

  /** The mapping problems found (real dates, unique ids); empty in fast mode. */
  List<Diagnostic> problems() {
    return problems;
  }

  // ---------------------------------------------------------------------------------------------
  // report

  /**
   * Reads a report.
   *
   * @return the report, or null when there are {@link #problems()}
   * @throws Bail in fast mode at any doubt; in mapping mode when the tree does not fit (a bug)
   */
  Report report() {
    try {
      return readReport();
    } catch (JacksonException e) {
      // unreadable bytes: the slow path locates and reports them
      throw Bail.INSTANCE;
    }
  }

  private Report readReport() {
    Rule rule = object(p.nextToken(), rules.root());
    if (anchors != null) {
      anchors.root = here();
    }
    Report.Builder b = Report.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken t = p.nextToken();
      seen = once(seen, i);
      if (anchors != null) {
        Integer a = ANCHOR_INDEX.get(name);
        if (a != null) {
          anchors.members[a] = here();
        }
      }
      Rule m = rule.members[i];
      if (absent(t, m)) {
        continue;
      }
      switch (name) {
        case "schemaVersion" -> constant(t, m);
        case "checklist" -> b.checklist(ref(t, m));
        case "id" -> b.id(text(t, m));
        case "title" -> b.title(text(t, m));
        case "byline" -> b.byline(text(t, m));
        case "addressee" -> b.addressee(text(t, m));
        case "author" -> b.author(author(t, m));
        case "date" -> {
          LocalDate date = date(t, m, "/date");
          if (date != null) {
            b.date(date);
          }
        }
        case "status" -> b.status(enumValue(t, m, REPORT_STATUS));
        case "headings" -> b.headings(headings(t, m));
        case "numbering" -> b.numbering(numbering(t, m));
        case "preamble" -> b.preamble(texts(t, m));
        case "findings" -> b.findings(array(t, m, (e, r, k) -> finding(e, r)));
        case "causes" -> b.causes(array(t, m, (e, r, k) -> cause(e, r)));
        case "measures" -> b.measures(array(t, m, this::measure));
        case "extraSections" -> b.extraSections(array(t, m, (e, r, k) -> extraSection(e, r)));
        case "problemsOpening" -> b.problemsOpening(texts(t, m));
        case "causesOpening" -> b.causesOpening(texts(t, m));
        case "measuresOpening" -> b.measuresOpening(texts(t, m));
        case "closing" -> b.closing(texts(t, m));
        case "signature" -> b.signature(texts(t, m));
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    end();
    return problems.isEmpty() ? b.build() : null;
  }

  private ChecklistRef ref(JsonToken t, Rule r) {
    Rule rule = object(t, r);
    ChecklistRef.Builder b = ChecklistRef.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      switch (name) {
        case "id" -> mark(anchors == null ? null : anchors.ref, 0);
        case "version" -> mark(anchors == null ? null : anchors.ref, 1);
        case "hash" -> mark(anchors == null ? null : anchors.ref, 2);
        default -> throw Bail.INSTANCE;
      }
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "id" -> b.id(text(v, m));
        case "version" -> b.version(text(v, m));
        default -> b.hash(text(v, m));
      }
    }
    required(seen, rule);
    return b.build();
  }

  private Author author(JsonToken t, Rule r) {
    Rule rule = object(t, r);
    Author.Builder b = Author.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "name" -> b.name(text(v, m));
        case "position" -> b.position(text(v, m));
        case "organization" -> b.organization(text(v, m));
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    return b.build();
  }

  private SectionHeadings headings(JsonToken t, Rule r) {
    Rule rule = object(t, r);
    SectionHeadings.Builder b = SectionHeadings.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "problems" -> b.problems(text(v, m));
        case "causes" -> b.causes(text(v, m));
        case "measures" -> b.measures(text(v, m));
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    return b.build();
  }

  private Numbering numbering(JsonToken t, Rule r) {
    Rule rule = object(t, r);
    Numbering.Builder b = Numbering.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "points" -> b.points(enumValue(v, m, POINT_STYLE));
        case "causes" -> b.causes(enumValue(v, m, POINT_STYLE));
        case "measures" -> b.measures(enumValue(v, m, POINT_STYLE));
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    return b.build();
  }

  private ExtraSection extraSection(JsonToken t, Rule r) {
    Rule rule = object(t, r);
    ExtraSection.Builder b = ExtraSection.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "heading" -> b.heading(text(v, m));
        case "placement" -> b.placement(enumValue(v, m, PLACEMENT));
        case "paragraphs" -> b.paragraphs(texts(v, m));
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    return b.build();
  }

  private Finding finding(JsonToken t, Rule r) {
    Rule rule = object(t, r);
    long[] at = item(anchors == null ? null : anchors.findings, Anchors.FINDING.size());
    Finding.Builder b = Finding.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      switch (name) {
        case "checkpoint" -> mark(at, 1);
        case "verdict" -> mark(at, 2);
        case "heading" -> mark(at, 3);
        case "body" -> mark(at, 4);
        default -> throw Bail.INSTANCE;
      }
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "checkpoint" -> b.checkpoint(text(v, m));
        case "verdict" -> b.verdict(enumValue(v, m, VERDICT));
        case "heading" -> b.heading(text(v, m));
        default -> b.body(array(v, m, (e, pr, k) -> Paragraph.of(array(e, pr, (s, sr, j) -> segment(s, sr)))));
      }
    }
    required(seen, rule);
    return b.build();
  }

  private Segment segment(JsonToken t, Rule r) {
    Rule rule = object(t, r);
    SegmentKind kind = null;
    String text = null;
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "kind" -> kind = enumValue(v, m, SEGMENT_KIND);
        case "text" -> text = text(v, m);
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    if (kind == null || text == null) {
      throw Bail.INSTANCE;
    }
    return Segment.of(kind, text);
  }

  private Cause cause(JsonToken t, Rule r) {
    Rule rule = object(t, r);
    item(anchors == null ? null : anchors.causes, 1);
    Cause.Builder b = Cause.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "headline" -> b.headline(text(v, m));
        case "text" -> b.text(text(v, m));
        case "moreParagraphs" -> b.moreParagraphs(texts(v, m));
        case "checkpoints" -> b.checkpoints(texts(v, m));
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    return b.build();
  }

  private Measure measure(JsonToken t, Rule r, int index) {
    Rule rule = object(t, r);
    long[] at = item(anchors == null ? null : anchors.measures, Anchors.MEASURE.size());
    Measure.Builder b = Measure.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (name.equals("due")) {
        mark(at, 1);
      }
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "headline" -> b.headline(text(v, m));
        case "text" -> b.text(text(v, m));
        case "moreParagraphs" -> b.moreParagraphs(texts(v, m));
        case "checkpoints" -> b.checkpoints(texts(v, m));
        case "owner" -> b.owner(text(v, m));
        case "due" -> {
          LocalDate due = date(v, m, "/measures/" + index + "/due");
          if (due != null) {
            b.due(due);
          }
        }
        case "kind" -> b.kind(enumValue(v, m, MEASURE_KIND));
        case "status" -> b.status(enumValue(v, m, MEASURE_STATUS));
        case "history" -> {
          // an update whose date is not real is null here, and the problem is recorded
          for (ProgressUpdate u : array(v, m, (e, ur, k) -> progressUpdate(e, ur, "/measures/" + index + "/history/" + k))) {
            if (u != null) {
              b.addHistory(u);
            }
          }
        }
        case "verification" -> {
          Verification verification = verification(v, m, "/measures/" + index + "/verification");
          if (verification != null) {
            b.verification(verification);
          }
        }
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    return b.build();
  }

  /** A progress update of a measure; {@code at} is its pointer (for a date that is not real). */
  private ProgressUpdate progressUpdate(JsonToken t, Rule r, String at) {
    Rule rule = object(t, r);
    ProgressUpdate.Builder b = ProgressUpdate.builder();
    boolean dated = false;
    boolean stated = false;
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "date" -> {
          LocalDate date = date(v, m, at + "/date");
          if (date != null) {
            b.date(date);
            dated = true;
          }
        }
        case "status" -> {
          b.status(enumValue(v, m, MEASURE_STATUS));
          stated = true;
        }
        case "note" -> b.note(text(v, m));
        case "evidence" -> b.evidence(texts(v, m));
        case "by" -> b.by(text(v, m));
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    if (!stated) {
      // required by the schema, which the tree passed: a broken schema
      throw Bail.INSTANCE;
    }
    // a date that is not real is a problem already recorded; the report is then not built
    return dated ? b.build() : null;
  }

  /** The verification of a measure; {@code at} is its pointer (for a date that is not real). */
  private Verification verification(JsonToken t, Rule r, String at) {
    Rule rule = object(t, r);
    Verification.Builder b = Verification.builder();
    boolean dated = false;
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "date" -> {
          LocalDate date = date(v, m, at + "/date");
          if (date != null) {
            b.date(date);
            dated = true;
          }
        }
        case "by" -> b.by(text(v, m));
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    return dated ? b.build() : null;
  }

  // ---------------------------------------------------------------------------------------------
  // checklist

  /**
   * Reads a checklist.
   *
   * @return the checklist and the hash it states (or null), or null when there are {@link #problems()}
   * @throws Bail in fast mode at any doubt; in mapping mode when the tree does not fit (a bug)
   */
  StatedChecklist checklist() {
    try {
      return readChecklist();
    } catch (JacksonException e) {
      throw Bail.INSTANCE;
    }
  }

  private StatedChecklist readChecklist() {
    Rule rule = object(p.nextToken(), rules.root());
    Checklist.Builder b = Checklist.builder();
    String hash = null;
    List<Checkpoint> checkpoints = List.of();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken t = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (absent(t, m)) {
        continue;
      }
      switch (name) {
        case "schemaVersion" -> constant(t, m);
        case "id" -> b.id(text(t, m));
        case "version" -> b.version(text(t, m));
        case "hash" -> hash = text(t, m);
        case "title" -> b.title(text(t, m));
        case "description" -> b.description(text(t, m));
        case "checkpoints" -> checkpoints = array(t, m, (e, r, k) -> checkpoint(e, r));
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    end();
    if (checkpoints.isEmpty()) {
      // the domain requires one; the schema says so too (minItems), so this is a broken schema
      throw Bail.INSTANCE;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < checkpoints.size(); i++) {
      Integer before = first.putIfAbsent(checkpoints.get(i).id(), i);
      if (before != null) {
        if (fast) {
          throw Bail.INSTANCE;
        }
        problems.add(ModelDiagnostics.error("checklist.checkpoint.duplicate", "/checkpoints/" + i + "/id",
            checkpoints.get(i).id(), "/checkpoints/" + before, FieldLabels.checklist("/checkpoints/" + before),
            FieldLabels.checklist("/checkpoints/" + i)));
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new StatedChecklist(b.checkpoints(checkpoints).build(), hash);
  }

  /** A checklist and the hash its document states, if any. */
  record StatedChecklist(Checklist checklist, String statedHash) {}

  private Checkpoint checkpoint(JsonToken t, Rule r) {
    Rule rule = object(t, r);
    Checkpoint.Builder b = Checkpoint.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int i = rule.member(name);
      JsonToken v = p.nextToken();
      seen = once(seen, i);
      Rule m = rule.members[i];
      if (absent(v, m)) {
        continue;
      }
      switch (name) {
        case "id" -> b.id(text(v, m));
        case "kind" -> b.kind(enumValue(v, m, CHECKPOINT_KIND));
        case "title" -> b.title(text(v, m));
        case "question" -> b.question(text(v, m));
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, rule);
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // values, each checked against its rule in fast mode

  /** Reads one array element; {@code index} is its 0-based position. */
  @FunctionalInterface
  private interface Element<T> {
    T read(JsonToken token, Rule rule, int index);
  }

  /**
   * Whether the value is a null that stands for an absent member. In fast mode a null the rule does
   * not admit gives up (the slow path reports it).
   */
  private boolean absent(JsonToken t, Rule m) {
    if (t != JsonToken.VALUE_NULL) {
      return false;
    }
    if (fast && !m.allowsNull()) {
      throw Bail.INSTANCE;
    }
    return true;
  }

  private Rule object(JsonToken t, Rule r) {
    if (t != JsonToken.START_OBJECT || fast && (r.types & SchemaRules.OBJECT) == 0) {
      throw Bail.INSTANCE;
    }
    return r;
  }

  private <T> List<T> array(JsonToken t, Rule r, Element<T> element) {
    if (t != JsonToken.START_ARRAY || fast && (r.types & SchemaRules.ARRAY) == 0) {
      throw Bail.INSTANCE;
    }
    int max = fast ? Math.min(r.maxItems, maxArray) : Integer.MAX_VALUE;
    Rule items = r.items == null ? ANY : r.items;
    List<T> out = new ArrayList<>();
    int i = 0;
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      if (e == null || i >= max) {
        throw Bail.INSTANCE;
      }
      out.add(element.read(e, items, i));
      i++;
    }
    if (fast && i < r.minItems) {
      throw Bail.INSTANCE;
    }
    return out;
  }

  private List<String> texts(JsonToken t, Rule r) {
    return array(t, r, (e, items, i) -> text(e, items));
  }

  private String text(JsonToken t, Rule r) {
    if (t != JsonToken.VALUE_STRING) {
      throw Bail.INSTANCE;
    }
    String s = p.getString();
    if (fast && (!r.acceptsString(s, matchers) || Surrogates.hasUnpaired(s))) {
      throw Bail.INSTANCE;
    }
    return s;
  }

  private <E extends Enum<E>> E enumValue(JsonToken t, Rule r, Ids<E> ids) {
    E value = ids.find(text(t, r));
    if (value == null) {
      // the schema admits a value the domain does not know: a broken schema, never the user's fault
      throw Bail.INSTANCE;
    }
    return value;
  }


  /** A value whose only use is to be checked (the schema version). */
  private void constant(JsonToken t, Rule r) {
    if (!t.isScalarValue()) {
      throw Bail.INSTANCE;
    }
    if (!fast) {
      return;
    }
    if (t == JsonToken.VALUE_STRING) {
      text(t, r);
    } else if (t == JsonToken.VALUE_NUMBER_INT) {
      // an integer written 1.0 is left to the slow path
      if ((r.types & SchemaRules.INTEGER) == 0 || r.constString != null || r.enumStrings != null
          || r.constInteger != null && (p.getNumberType() != JsonParser.NumberType.INT
              && p.getNumberType() != JsonParser.NumberType.LONG || p.getLongValue() != r.constInteger)) {
        throw Bail.INSTANCE;
      }
    } else {
      throw Bail.INSTANCE;
    }
  }

  /**
   * A date: the schema's rule (its pattern), then a real date yyyy-MM-dd; what is no real date is a
   * problem in mapping mode and gives up in fast mode.
   */
  private LocalDate date(JsonToken t, Rule r, String pointer) {
    String s = text(t, r);
    try {
      if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
        throw new DateTimeException(s);
      }
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (DateTimeException e) {
      if (fast) {
        throw Bail.INSTANCE;
      }
      problems.add(ModelDiagnostics.error("date.invalid", pointer, s, FieldLabels.report(pointer)));
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeException(s);
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------
  // anchors (fast mode)

  /** Starts the anchors of an array element at the current token; null in mapping mode. */
  private long[] item(List<long[]> items, int fields) {
    if (items == null) {
      return null;
    }
    long[] at = Anchors.filled(fields);
    at[0] = here();
    items.add(at);
    return at;
  }

  /** Records the current token as field {@code index} of an anchor array, if recording. */
  private void mark(long[] at, int index) {
    if (at != null) {
      at[index] = here();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // structure

  /** Marks member {@code index} seen; gives up on an unknown member (-1) or a repeated one. */
  private static long once(long seen, int index) {
    if (index < 0) {
      throw Bail.INSTANCE;
    }
    long bit = 1L << index;
    if ((seen & bit) != 0) {
      throw Bail.INSTANCE;
    }
    return seen | bit;
  }

  private void required(long seen, Rule rule) {
    if (fast && (seen & rule.required) != rule.required) {
      throw Bail.INSTANCE;
    }
  }

  private void end() {
    if (fast && p.nextToken() != null) {
      throw Bail.INSTANCE;
    }
  }
}
