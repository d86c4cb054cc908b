package io.github.jianshi.importer;

import io.github.jianshi.core.Cause;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.Segment;

/** A report as readable lines, so that a failed comparison shows where two reports differ. */
final class Diff {
  private Diff() {}

  /** The lines where two reports differ, or empty when they read the same. */
  static String between(Report expected, Report actual) {
    String[] a = of(expected).split("\n");
    String[] b = of(actual).split("\n");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<none>";
      String y = i < b.length ? b[i] : "<none>";
      if (!x.equals(y)) {
        out.append("- ").append(x).append("\n+ ").append(y).append('\n');
        if (out.length() > 3000) {
          break;
        }
      }
    }
    return out.toString();
  }

  static String of(Report r) {
    StringBuilder out = new StringBuilder();
    out.append("checklist ").append(r.checklist()).append('\n');
    out.append("title ").append(r.title()).append('\n');
    out.append("byline ").append(r.byline()).append('\n');
    out.append("addressee ").append(r.addressee()).append('\n');
    out.append("author ").append(r.author()).append(" date ").append(r.date()).append(" status ").append(r.status())
        .append('\n');
    out.append("headings ").append(r.headings()).append('\n');
    out.append("numbering ").append(r.numbering()).append('\n');
    r.preamble().forEach(p -> out.append("preamble ").append(p).append('\n'));
    for (ExtraSection x : r.extraSections()) {
      out.append("extra ").append(x.placement()).append(' ').append(x.heading()).append('\n');
      x.paragraphs().forEach(p -> out.append("  ").append(p).append('\n'));
    }
    for (Finding f : r.findings()) {
      out.append("finding ").append(f.checkpoint()).append(' ').append(f.verdict()).append(' ').append(f.heading())
          .append('\n');
      for (Paragraph p : f.body()) {
        out.append("  paragraph\n");
        for (Segment s : p.segments()) {
          out.append("    ").append(s.kind()).append(' ').append(s.text()).append('\n');
        }
      }
    }
    for (Cause c : r.causes()) {
      out.append("cause ").append(c.headline()).append(" | ").append(c.text()).append(" | ").append(c.moreParagraphs())
          .append(' ').append(c.checkpoints()).append('\n');
    }
    for (Measure m : r.measures()) {
      out.append("measure ").append(m.headline()).append(" | ").append(m.text()).append(" | ")
          .append(m.moreParagraphs()).append(' ').append(m.checkpoints()).append(m.owner()).append(m.due())
          .append(m.kind()).append(m.status()).append('\n');
    }
    r.closing().forEach(p -> out.append("closing ").append(p).append('\n'));
    r.signature().forEach(p -> out.append("signature ").append(p).append('\n'));
    return out.toString();
  }
}
