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
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.SectionHeadings;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.SegmentKind;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.core.diagnostic.Diagnostic;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Maps the JSON form to the domain, token by token, in one of two modes.
 *
 * <ul>
 *   <li><b>Fast</b>: reads raw bytes and checks, on the way, everything the JSON Schema checks (types,
 *       required and unknown members, enums, patterns, lengths, counts) plus the {@link Limits}. It is
 *       allowed to be stricter than the schema, never looser: at the first doubt it gives up
 *       ({@link Bail}) and the caller takes the slow path (tree, networknt, then this reader in mapping
 *       mode), which produces the exact diagnostics. So a document accepted here is one the schema
 *       accepts, and the report is the same as the slow path's (tests compare both on every corpus
 *       document).</li>
 *   <li><b>Mapping</b>: reads a tree that already passed the schema; it only checks what the schema
 *       cannot: that dates are real dates and that checkpoint ids are unique. Those become
 *       diagnostics.</li>
 * </ul>
 *
 * <p>The field maxima below are those of the bundled schemas ({@code SchemaConsistencyTest} checks).
 */
final class WireReader {
  // maxLength of strings (code points in the schema; the fast path compares UTF-16 length, which is
  // never smaller, so it is at most stricter)
  static final int ID = 100;
  static final int REPORT_TITLE = 200;
  static final int BYLINE = 200;
  static final int ADDRESSEE = 200;
  static final int SIGNATURE_LINE = 200;
  static final int AUTHOR_NAME = 100;
  static final int AUTHOR_POSITION = 200;
  static final int AUTHOR_ORGANIZATION = 200;
  static final int SECTION_HEADING = 200;
  static final int PARAGRAPH = 10_000;
  static final int FINDING_HEADING = 500;
  static final int SEGMENT_TEXT = 10_000;
  static final int HEADLINE = 500;
  static final int ITEM_TEXT = 10_000;
  static final int OWNER = 200;
  static final int CHECKLIST_TITLE = 200;
  static final int CHECKLIST_DESCRIPTION = 5_000;
  static final int CHECKPOINT_TEXT = 500;
  // maxItems of arrays
  static final int PREAMBLE_ITEMS = 100;
  static final int FINDINGS_ITEMS = 200;
  static final int CAUSES_ITEMS = 100;
  static final int MEASURES_ITEMS = 200;
  static final int CLOSING_ITEMS = 100;
  static final int EXTRA_SECTION_ITEMS = 20;
  static final int SIGNATURE_ITEMS = 10;
  static final int EXTRA_PARAGRAPH_ITEMS = 100;
  static final int MORE_PARAGRAPH_ITEMS = 100;
  static final int BODY_ITEMS = 100;
  static final int SEGMENT_ITEMS = 200;
  static final int LINK_ITEMS = 200;
  static final int CHECKPOINT_ITEMS = 200;
  /** How deep a report nests: root, findings, finding, body, paragraph, segment. */
  static final int REPORT_DEPTH = 6;
  /** The most members any object of the format has (a report). */
  static final int MAX_MEMBERS = 18;

  /** Thrown to give up; carries no stack trace. */
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
  private final List<Diagnostic> problems = new ArrayList<>(0);
  /** Recorded in fast mode only; null otherwise. */
  private final Anchors anchors;

  /**
   * @param parser positioned before the root value
   * @param fast true for the fast mode (bytes; bail at any doubt), false for mapping a checked tree
   * @param maxArray the array limit of {@link Limits}
   */
  WireReader(JsonParser parser, boolean fast, int maxArray) {
    this.p = parser;
    this.fast = fast;
    this.maxArray = maxArray;
    this.anchors = fast ? new Anchors() : null;
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

  private static final int R_VERSION = 1;
  private static final int R_CHECKLIST = 1 << 1;
  private static final int R_TITLE = 1 << 2;
  private static final int R_AUTHOR = 1 << 3;
  private static final int R_DATE = 1 << 4;
  private static final int R_STATUS = 1 << 5;
  private static final int R_HEADINGS = 1 << 6;
  private static final int R_PREAMBLE = 1 << 7;
  private static final int R_FINDINGS = 1 << 8;
  private static final int R_CAUSES = 1 << 9;
  private static final int R_MEASURES = 1 << 10;
  private static final int R_CLOSING = 1 << 11;
  private static final int R_ID = 1 << 12;
  private static final int R_BYLINE = 1 << 13;
  private static final int R_ADDRESSEE = 1 << 14;
  private static final int R_NUMBERING = 1 << 15;
  private static final int R_EXTRA_SECTIONS = 1 << 16;
  private static final int R_SIGNATURE = 1 << 17;
  private static final int R_REQUIRED =
      R_VERSION | R_CHECKLIST | R_STATUS | R_PREAMBLE | R_FINDINGS | R_CAUSES | R_MEASURES;

  /**
   * Reads a report.
   *
   * @return the report, or null when there are {@link #problems()}
   * @throws Bail in fast mode at any doubt; in mapping mode when the tree does not fit (a bug)
   */
  Report report() {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    if (anchors != null) {
      anchors.root = here();
    }
    Report.Builder b = Report.builder();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken t = p.nextToken();
      int before = seen;
      long memberStart = anchors == null ? -1 : here();
      switch (name) {
        case "schemaVersion" -> {
          seen = once(seen, R_VERSION);
          version(t);
        }
        case "checklist" -> {
          seen = once(seen, R_CHECKLIST);
          b.checklist(ref(t));
        }
        case "id" -> {
          seen = once(seen, R_ID);
          b.id(nonBlank(t, ID));
        }
        case "title" -> {
          seen = once(seen, R_TITLE);
          b.title(text(t, REPORT_TITLE));
        }
        case "byline" -> {
          seen = once(seen, R_BYLINE);
          b.byline(text(t, BYLINE));
        }
        case "addressee" -> {
          seen = once(seen, R_ADDRESSEE);
          b.addressee(text(t, ADDRESSEE));
        }
        case "author" -> {
          seen = once(seen, R_AUTHOR);
          b.author(author(t));
        }
        case "date" -> {
          seen = once(seen, R_DATE);
          LocalDate date = date(t, "/date");
          if (date != null) {
            b.date(date);
          }
        }
        case "status" -> {
          seen = once(seen, R_STATUS);
          b.status(enumValue(t, ReportStatus::fromId));
        }
        case "headings" -> {
          seen = once(seen, R_HEADINGS);
          b.headings(headings(t));
        }
        case "numbering" -> {
          seen = once(seen, R_NUMBERING);
          b.numbering(numbering(t));
        }
        case "preamble" -> {
          seen = once(seen, R_PREAMBLE);
          b.preamble(paragraphs(t, PREAMBLE_ITEMS));
        }
        case "findings" -> {
          seen = once(seen, R_FINDINGS);
          b.findings(array(t, FINDINGS_ITEMS, (e, i) -> finding(e)));
        }
        case "causes" -> {
          seen = once(seen, R_CAUSES);
          b.causes(array(t, CAUSES_ITEMS, (e, i) -> cause(e)));
        }
        case "measures" -> {
          seen = once(seen, R_MEASURES);
          b.measures(array(t, MEASURES_ITEMS, this::measure));
        }
        case "extraSections" -> {
          seen = once(seen, R_EXTRA_SECTIONS);
          b.extraSections(array(t, EXTRA_SECTION_ITEMS, (e, i) -> extraSection(e)));
        }
        case "closing" -> {
          seen = once(seen, R_CLOSING);
          b.closing(paragraphs(t, CLOSING_ITEMS));
        }
        case "signature" -> {
          seen = once(seen, R_SIGNATURE);
          b.signature(array(t, SIGNATURE_ITEMS, (e, i) -> text(e, SIGNATURE_LINE)));
        }
        default -> throw Bail.INSTANCE;
      }
      if (anchors != null) {
        // the member just read: the one new bit
        anchors.members[Integer.numberOfTrailingZeros(seen & ~before)] = memberStart;
      }
    }
    required(seen, R_REQUIRED);
    end();
    return problems.isEmpty() ? b.build() : null;
  }

  private ChecklistRef ref(JsonToken t) {
    expect(t, JsonToken.START_OBJECT);
    ChecklistRef.Builder b = ChecklistRef.builder();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken v = p.nextToken();
      switch (name) {
        case "id" -> {
          seen = once(seen, 1);
          mark(anchors == null ? null : anchors.ref, 0);
          b.id(nonBlank(v, ID));
        }
        case "version" -> {
          seen = once(seen, 2);
          mark(anchors == null ? null : anchors.ref, 1);
          b.version(nonBlank(v, ID));
        }
        case "hash" -> {
          seen = once(seen, 4);
          mark(anchors == null ? null : anchors.ref, 2);
          String hash = text(v, Integer.MAX_VALUE);
          if (fast && !isHash(hash)) {
            throw Bail.INSTANCE;
          }
          b.hash(hash);
        }
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, 1 | 2);
    return b.build();
  }

  private Author author(JsonToken t) {
    expect(t, JsonToken.START_OBJECT);
    Author.Builder b = Author.builder();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken v = p.nextToken();
      switch (name) {
        case "name" -> {
          seen = once(seen, 1);
          b.name(text(v, AUTHOR_NAME));
        }
        case "position" -> {
          seen = once(seen, 2);
          b.position(text(v, AUTHOR_POSITION));
        }
        case "organization" -> {
          seen = once(seen, 4);
          b.organization(text(v, AUTHOR_ORGANIZATION));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  private SectionHeadings headings(JsonToken t) {
    expect(t, JsonToken.START_OBJECT);
    SectionHeadings.Builder b = SectionHeadings.builder();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken v = p.nextToken();
      switch (name) {
        case "problems" -> {
          seen = once(seen, 1);
          b.problems(nonBlank(v, SECTION_HEADING));
        }
        case "causes" -> {
          seen = once(seen, 2);
          b.causes(nonBlank(v, SECTION_HEADING));
        }
        case "measures" -> {
          seen = once(seen, 4);
          b.measures(nonBlank(v, SECTION_HEADING));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, 1 | 2 | 4);
    return b.build();
  }

  private Numbering numbering(JsonToken t) {
    expect(t, JsonToken.START_OBJECT);
    Numbering.Builder b = Numbering.builder();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken v = p.nextToken();
      switch (name) {
        case "points" -> {
          seen = once(seen, 1);
          b.points(enumValue(v, PointStyle::fromId));
        }
        case "causes" -> {
          seen = once(seen, 2);
          b.causes(enumValue(v, PointStyle::fromId));
        }
        case "measures" -> {
          seen = once(seen, 4);
          b.measures(enumValue(v, PointStyle::fromId));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    return b.build();
  }

  private ExtraSection extraSection(JsonToken t) {
    expect(t, JsonToken.START_OBJECT);
    ExtraSection.Builder b = ExtraSection.builder();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken v = p.nextToken();
      switch (name) {
        case "heading" -> {
          seen = once(seen, 1);
          b.heading(nonBlank(v, SECTION_HEADING));
        }
        case "placement" -> {
          seen = once(seen, 2);
          b.placement(enumValue(v, ExtraSection.Placement::fromId));
        }
        case "paragraphs" -> {
          seen = once(seen, 4);
          b.paragraphs(paragraphs(v, EXTRA_PARAGRAPH_ITEMS));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, 1 | 2 | 4);
    return b.build();
  }

  private List<String> paragraphs(JsonToken t, int maxItems) {
    return array(t, maxItems, (e, i) -> text(e, PARAGRAPH));
  }

  private Finding finding(JsonToken t) {
    expect(t, JsonToken.START_OBJECT);
    long[] at = item(anchors == null ? null : anchors.findings, Anchors.FINDING.size());
    Finding.Builder b = Finding.builder();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken v = p.nextToken();
      switch (name) {
        case "checkpoint" -> {
          seen = once(seen, 1);
          mark(at, 1);
          b.checkpoint(nonBlank(v, ID));
        }
        case "verdict" -> {
          seen = once(seen, 2);
          mark(at, 2);
          b.verdict(enumValue(v, Verdict::fromId));
        }
        case "heading" -> {
          seen = once(seen, 4);
          mark(at, 3);
          b.heading(text(v, FINDING_HEADING));
        }
        case "body" -> {
          seen = once(seen, 8);
          mark(at, 4);
          b.body(array(v, BODY_ITEMS, (e, i) -> Paragraph.of(array(e, SEGMENT_ITEMS, (s, j) -> segment(s)))));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, 1 | 2 | 8);
    return b.build();
  }

  private Segment segment(JsonToken t) {
    expect(t, JsonToken.START_OBJECT);
    SegmentKind kind = null;
    String text = null;
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken v = p.nextToken();
      switch (name) {
        case "kind" -> {
          seen = once(seen, 1);
          kind = enumValue(v, SegmentKind::fromId);
        }
        case "text" -> {
          seen = once(seen, 2);
          text = text(v, SEGMENT_TEXT);
        }
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, 1 | 2);
    return Segment.of(kind, text);
  }

  private Cause cause(JsonToken t) {
    expect(t, JsonToken.START_OBJECT);
    item(anchors == null ? null : anchors.causes, 1);
    Cause.Builder b = Cause.builder();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken v = p.nextToken();
      switch (name) {
        case "headline" -> {
          seen = once(seen, 1);
          b.headline(text(v, HEADLINE));
        }
        case "text" -> {
          seen = once(seen, 2);
          b.text(text(v, ITEM_TEXT));
        }
        case "moreParagraphs" -> {
          seen = once(seen, 128);
          b.moreParagraphs(paragraphs(v, MORE_PARAGRAPH_ITEMS));
        }
        case "checkpoints" -> {
          seen = once(seen, 4);
          b.checkpoints(links(v));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, 2);
    return b.build();
  }

  private Measure measure(JsonToken t, int index) {
    expect(t, JsonToken.START_OBJECT);
    long[] at = item(anchors == null ? null : anchors.measures, Anchors.MEASURE.size());
    Measure.Builder b = Measure.builder();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken v = p.nextToken();
      switch (name) {
        case "headline" -> {
          seen = once(seen, 1);
          b.headline(text(v, HEADLINE));
        }
        case "text" -> {
          seen = once(seen, 2);
          b.text(text(v, ITEM_TEXT));
        }
        case "moreParagraphs" -> {
          seen = once(seen, 128);
          b.moreParagraphs(paragraphs(v, MORE_PARAGRAPH_ITEMS));
        }
        case "checkpoints" -> {
          seen = once(seen, 4);
          b.checkpoints(links(v));
        }
        case "owner" -> {
          seen = once(seen, 8);
          b.owner(text(v, OWNER));
        }
        case "due" -> {
          seen = once(seen, 16);
          mark(at, 1);
          LocalDate due = date(v, "/measures/" + index + "/due");
          if (due != null) {
            b.due(due);
          }
        }
        case "kind" -> {
          seen = once(seen, 32);
          b.kind(enumValue(v, MeasureKind::fromId));
        }
        case "status" -> {
          seen = once(seen, 64);
          b.status(enumValue(v, MeasureStatus::fromId));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, 2);
    return b.build();
  }

  private List<String> links(JsonToken t) {
    return array(t, LINK_ITEMS, (e, i) -> nonBlank(e, ID));
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
    expect(p.nextToken(), JsonToken.START_OBJECT);
    Checklist.Builder b = Checklist.builder();
    String hash = null;
    List<Checkpoint> checkpoints = List.of();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "schemaVersion" -> {
          seen = once(seen, 1);
          version(t);
        }
        case "id" -> {
          seen = once(seen, 2);
          b.id(nonBlank(t, ID));
        }
        case "version" -> {
          seen = once(seen, 4);
          b.version(nonBlank(t, ID));
        }
        case "hash" -> {
          seen = once(seen, 8);
          hash = text(t, Integer.MAX_VALUE);
          if (fast && !isHash(hash)) {
            throw Bail.INSTANCE;
          }
        }
        case "title" -> {
          seen = once(seen, 16);
          b.title(nonBlank(t, CHECKLIST_TITLE));
        }
        case "description" -> {
          seen = once(seen, 32);
          b.description(text(t, CHECKLIST_DESCRIPTION));
        }
        case "checkpoints" -> {
          seen = once(seen, 64);
          checkpoints = array(t, CHECKPOINT_ITEMS, (e, i) -> checkpoint(e));
          if (checkpoints.isEmpty() && fast) {
            throw Bail.INSTANCE;
          }
        }
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, 1 | 2 | 4 | 16 | 64);
    end();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < checkpoints.size(); i++) {
      Integer before = first.putIfAbsent(checkpoints.get(i).id(), i);
      if (before != null) {
        if (fast) {
          throw Bail.INSTANCE;
        }
        problems.add(ModelDiagnostics.error("checklist.checkpoint.duplicate", "/checkpoints/" + i + "/id",
            checkpoints.get(i).id(), "/checkpoints/" + before));
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new StatedChecklist(b.checkpoints(checkpoints).build(), hash);
  }

  /** A checklist and the hash its document states, if any. */
  record StatedChecklist(Checklist checklist, String statedHash) {}

  private Checkpoint checkpoint(JsonToken t) {
    expect(t, JsonToken.START_OBJECT);
    Checkpoint.Builder b = Checkpoint.builder();
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken v = p.nextToken();
      switch (name) {
        case "id" -> {
          seen = once(seen, 1);
          b.id(nonBlank(v, ID));
        }
        case "kind" -> {
          seen = once(seen, 2);
          b.kind(enumValue(v, CheckpointKind::fromId));
        }
        case "title" -> {
          seen = once(seen, 4);
          b.title(nonBlank(v, CHECKPOINT_TEXT));
        }
        case "question" -> {
          seen = once(seen, 8);
          b.question(nonBlank(v, CHECKPOINT_TEXT));
        }
        default -> throw Bail.INSTANCE;
      }
    }
    required(seen, 1 | 2 | 4 | 8);
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // values

  /** Reads one array element; {@code index} is its 0-based position. */
  @FunctionalInterface
  private interface Element<T> {
    T read(JsonToken token, int index);
  }

  private <T> List<T> array(JsonToken t, int maxItems, Element<T> element) {
    expect(t, JsonToken.START_ARRAY);
    int max = Math.min(maxItems, maxArray);
    List<T> out = new ArrayList<>();
    int i = 0;
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      if (e == null || i >= max) {
        throw Bail.INSTANCE;
      }
      out.add(element.read(e, i));
      i++;
    }
    return out;
  }

  private String text(JsonToken t, int maxLength) {
    expect(t, JsonToken.VALUE_STRING);
    String s = p.getString();
    if (fast && s.length() > maxLength) {
      throw Bail.INSTANCE;
    }
    return s;
  }

  private String nonBlank(JsonToken t, int maxLength) {
    String s = text(t, maxLength);
    if (fast && s.isBlank()) {
      throw Bail.INSTANCE;
    }
    return s;
  }

  private <E> E enumValue(JsonToken t, Function<String, Optional<E>> fromId) {
    expect(t, JsonToken.VALUE_STRING);
    Optional<E> value = fromId.apply(p.getString());
    if (value.isEmpty()) {
      throw Bail.INSTANCE;
    }
    return value.get();
  }

  private void version(JsonToken t) {
    if (fast && (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() != ReportJson.SCHEMA_VERSION)) {
      throw Bail.INSTANCE;
    }
    if (!t.isScalarValue()) {
      throw Bail.INSTANCE;
    }
  }

  /** A date: the pattern, then a real date; a pattern failure bails, a non-date is a problem. */
  private LocalDate date(JsonToken t, String pointer) {
    String s = text(t, Integer.MAX_VALUE);
    if (!isDatePattern(s)) {
      throw Bail.INSTANCE;
    }
    try {
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (DateTimeException e) {
      if (fast) {
        throw Bail.INSTANCE;
      }
      problems.add(ModelDiagnostics.error("date.invalid", pointer, s));
      return null;
    }
  }

  static boolean isDatePattern(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  static boolean isHash(String s) {
    if (s.length() != 71 || !s.startsWith("sha256:")) {
      return false;
    }
    for (int i = 7; i < 71; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
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

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw Bail.INSTANCE;
    }
  }

  private static int once(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw Bail.INSTANCE;
    }
    return seen | bit;
  }

  private static void required(int seen, int mask) {
    if ((seen & mask) != mask) {
      throw Bail.INSTANCE;
    }
  }

  private void end() {
    if (fast && p.nextToken() != null) {
      throw Bail.INSTANCE;
    }
  }
}
