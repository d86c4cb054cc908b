package io.github.jianshi.model;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRef;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Numbering;
import io.github.jianshi.core.PointStyle;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.ProgressUpdate;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.SectionHeadings;
import io.github.jianshi.core.Verification;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Writes reports and checklists in the canonical form: the domain's field order, absent optionals
 * omitted (see {@code docs/json-format.md} for which empty lists are omitted), dates as
 * {@code yyyy-MM-dd}, UTF-8, two-space indent, LF, final newline.
 */
final class WireWriter {
  private WireWriter() {}

  static byte[] report(Report report) {
    return bytes(out -> report(report, out));
  }

  static void report(Report report, OutputStream out) {
    try (JsonGenerator g = Json.WRITE_FACTORY.createGenerator(Json.CANONICAL_CONTEXT, out)) {
      writeReport(g, report);
      Json.finish(g);
    }
  }

  static byte[] checklist(Checklist checklist) {
    return bytes(out -> checklist(checklist, out));
  }

  /**
   * Writes to a new array. The bytes go into Jackson's segmented {@link ByteArrayBuilder} with a
   * pooled {@link BufferRecycler}, as Jackson's own {@code writeValueAsBytes} does: no large zeroed
   * buffer and no doubling copies per call, only the result array.
   */
  private static byte[] bytes(Consumer<OutputStream> write) {
    BufferRecycler recycler = Json.WRITE_FACTORY._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      write.accept(out);
      return out.getClearAndRelease();
    } finally {
      recycler.releaseToPool();
    }
  }

  static void checklist(Checklist checklist, OutputStream out) {
    try (JsonGenerator g = Json.WRITE_FACTORY.createGenerator(Json.CANONICAL_CONTEXT, out)) {
      writeChecklist(g, checklist);
      Json.finish(g);
    }
  }

  private static void writeReport(JsonGenerator g, Report r) {
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", ReportJson.SCHEMA_VERSION);
    g.writeName("checklist");
    writeRef(g, r.checklist());
    optional(g, "id", r.id());
    optional(g, "title", r.title());
    optional(g, "byline", r.byline());
    optional(g, "addressee", r.addressee());
    if (r.author().isPresent()) {
      g.writeName("author");
      writeAuthor(g, r.author().get());
    }
    if (r.date().isPresent()) {
      g.writeStringProperty("date", date(r.date().get()));
    }
    g.writeStringProperty("status", r.status().id());
    if (!r.headings().isDefault()) {
      SectionHeadings h = r.headings();
      g.writeName("headings");
      g.writeStartObject();
      g.writeStringProperty("problems", h.problems());
      g.writeStringProperty("causes", h.causes());
      g.writeStringProperty("measures", h.measures());
      g.writeEndObject();
    }
    if (!r.numbering().isDefault()) {
      Numbering n = r.numbering();
      g.writeName("numbering");
      g.writeStartObject();
      style(g, "points", n.points());
      style(g, "causes", n.causes());
      style(g, "measures", n.measures());
      g.writeEndObject();
    }
    strings(g, "preamble", r.preamble());
    g.writeName("findings");
    g.writeStartArray();
    for (Finding f : r.findings()) {
      writeFinding(g, f);
    }
    g.writeEndArray();
    g.writeName("causes");
    g.writeStartArray();
    for (Cause c : r.causes()) {
      writeCause(g, c);
    }
    g.writeEndArray();
    g.writeName("measures");
    g.writeStartArray();
    for (Measure m : r.measures()) {
      writeMeasure(g, m);
    }
    g.writeEndArray();
    nonEmpty(g, "problemsOpening", r.problemsOpening());
    nonEmpty(g, "causesOpening", r.causesOpening());
    nonEmpty(g, "measuresOpening", r.measuresOpening());
    if (!r.extraSections().isEmpty()) {
      g.writeName("extraSections");
      g.writeStartArray();
      for (ExtraSection x : r.extraSections()) {
        g.writeStartObject();
        g.writeStringProperty("heading", x.heading());
        g.writeStringProperty("placement", x.placement().id());
        strings(g, "paragraphs", x.paragraphs());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    nonEmpty(g, "closing", r.closing());
    nonEmpty(g, "signature", r.signature());
    g.writeEndObject();
  }

  private static void writeRef(JsonGenerator g, ChecklistRef ref) {
    g.writeStartObject();
    g.writeStringProperty("id", ref.id());
    g.writeStringProperty("version", ref.version());
    optional(g, "hash", ref.hash());
    g.writeEndObject();
  }

  private static void writeAuthor(JsonGenerator g, Author a) {
    g.writeStartObject();
    optional(g, "name", a.name());
    optional(g, "position", a.position());
    optional(g, "organization", a.organization());
    g.writeEndObject();
  }

  private static void writeFinding(JsonGenerator g, Finding f) {
    g.writeStartObject();
    g.writeStringProperty("checkpoint", f.checkpoint());
    g.writeStringProperty("verdict", f.verdict().id());
    optional(g, "heading", f.heading());
    g.writeName("body");
    g.writeStartArray();
    for (Paragraph p : f.body()) {
      g.writeStartArray();
      for (Segment s : p.segments()) {
        g.writeStartObject();
        g.writeStringProperty("kind", s.kind().id());
        g.writeStringProperty("text", s.text());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeCause(JsonGenerator g, Cause c) {
    g.writeStartObject();
    optional(g, "headline", c.headline());
    g.writeStringProperty("text", c.text());
    nonEmpty(g, "moreParagraphs", c.moreParagraphs());
    links(g, c.checkpoints());
    g.writeEndObject();
  }

  private static void writeMeasure(JsonGenerator g, Measure m) {
    g.writeStartObject();
    optional(g, "headline", m.headline());
    g.writeStringProperty("text", m.text());
    nonEmpty(g, "moreParagraphs", m.moreParagraphs());
    links(g, m.checkpoints());
    optional(g, "owner", m.owner());
    if (m.due().isPresent()) {
      g.writeStringProperty("due", date(m.due().get()));
    }
    if (m.kind().isPresent()) {
      g.writeStringProperty("kind", m.kind().get().id());
    }
    if (m.status().isPresent()) {
      g.writeStringProperty("status", m.status().get().id());
    }
    if (!m.history().isEmpty()) {
      g.writeName("history");
      g.writeStartArray();
      for (ProgressUpdate u : m.history()) {
        g.writeStartObject();
        g.writeStringProperty("date", date(u.date()));
        g.writeStringProperty("status", u.status().id());
        if (!u.note().isEmpty()) {
          g.writeStringProperty("note", u.note());
        }
        nonEmpty(g, "evidence", u.evidence());
        optional(g, "by", u.by());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (m.verification().isPresent()) {
      Verification v = m.verification().get();
      g.writeName("verification");
      g.writeStartObject();
      g.writeStringProperty("date", date(v.date()));
      optional(g, "by", v.by());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeChecklist(JsonGenerator g, Checklist c) {
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", ReportJson.SCHEMA_VERSION);
    g.writeStringProperty("id", c.id());
    g.writeStringProperty("version", c.version());
    g.writeStringProperty("hash", c.contentHash());
    g.writeStringProperty("title", c.title());
    optional(g, "description", c.description());
    g.writeName("checkpoints");
    g.writeStartArray();
    for (Checkpoint p : c.checkpoints()) {
      g.writeStartObject();
      g.writeStringProperty("id", p.id());
      g.writeStringProperty("kind", p.kind().id());
      g.writeStringProperty("title", p.title());
      g.writeStringProperty("question", p.question());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void links(JsonGenerator g, List<String> ids) {
    nonEmpty(g, "checkpoints", ids);
  }

  /** A member of {@link Numbering}, omitted when it is the default (run-in). */
  private static void style(JsonGenerator g, String name, PointStyle style) {
    if (style != PointStyle.RUN_IN) {
      g.writeStringProperty(name, style.id());
    }
  }

  private static void nonEmpty(JsonGenerator g, String name, List<String> values) {
    if (!values.isEmpty()) {
      strings(g, name, values);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  /** {@code yyyy-MM-dd} without any locale or calendar system: ISO digits, year zero-padded to four. */
  static String date(LocalDate d) {
    return d.toString();
  }
}
