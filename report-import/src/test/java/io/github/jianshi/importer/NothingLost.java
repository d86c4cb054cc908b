package io.github.jianshi.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.jianshi.core.Cause;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.SectionHeadings;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every character of the input is accounted for: the report's text, in reading order, equals the
 * source text minus numbering markers, white space and the lines a diagnostic names as removed.
 */
final class NothingLost {
  /** Characters that numbering markers are made of. */
  static final String MARKER_CHARS = "一二三四五六七八九十〇是、（）().．0123456789０１２３４５６７８９";

  /** The codes of diagnostics that name text removed from the input, quoted as their first argument. */
  static final Set<String> REMOVED = Set.of("import.page-number.removed", "import.title.repeated");

  private NothingLost() {}

  static void check(String ignoredInput, ImportResult result) {
    check(result);
  }

  static void check(ImportResult result) {
    Report r = result.report().orElseThrow();
    // what a diagnostic names as removed: a whole line, or a quoted part of a line (a page footer or a
    // repeated title inside a line that held a whole flattened text)
    Map<Integer, List<Diagnostic>> removedLines = new HashMap<>();
    Map<Integer, List<Diagnostic>> removedParagraphs = new HashMap<>();
    for (Diagnostic d : result.diagnostics().diagnostics()) {
      if (REMOVED.contains(d.code())) {
        d.line().ifPresent(l -> removedLines.computeIfAbsent(l, k -> new ArrayList<>()).add(d));
        d.paragraph().ifPresent(l -> removedParagraphs.computeIfAbsent(l, k -> new ArrayList<>()).add(d));
      }
    }
    StringBuilder in = new StringBuilder();
    for (SourceParagraph p : result.source().paragraphs()) {
      List<Diagnostic> removed = p.line().isPresent() ? removedLines.get(p.line().getAsInt())
          : p.paragraph().isPresent() ? removedParagraphs.get(p.paragraph().getAsInt()) : null;
      String text = p.text();
      if (removed != null) {
        for (Diagnostic d : removed) {
          String quoted = d.arguments().get(0);
          int at = d.column().isPresent() ? d.column().getAsInt() - 1 : text.indexOf(quoted);
          if (at < 0 || !text.startsWith(quoted, at)) {
            at = text.indexOf(quoted);
          }
          assertTrue(at >= 0, () -> d.code() + ": «" + quoted + "» is not in the source");
          // blank it out, keeping the other offsets
          text = text.substring(0, at) + " ".repeat(quoted.length()) + text.substring(at + quoted.length());
        }
      }
      p.numberingMarker().ifPresent(in::append);
      in.append(text);
    }
    String a = squeeze(in.toString());
    List<String> pieces = pieces(r, a);
    String b = squeeze(String.join("", pieces));
    int i = 0;
    for (int j = 0; j < b.length(); j++) {
      char want = b.charAt(j);
      int start = i;
      while (i < a.length() && a.charAt(i) != want) {
        if (MARKER_CHARS.indexOf(a.charAt(i)) < 0) {
          break;
        }
        i++;
      }
      if (i >= a.length() || a.charAt(i) != want) {
        fail("text lost or changed near input «" + a.substring(Math.max(0, start - 20), Math.min(a.length(), start + 20))
            + "» / report «" + b.substring(Math.max(0, j - 20), Math.min(b.length(), j + 20)) + "»");
      }
      i++;
    }
    for (; i < a.length(); i++) {
      assertTrue(MARKER_CHARS.indexOf(a.charAt(i)) >= 0,
          () -> "input text not in the report: «" + a.substring(Math.max(0, a.length() - 40)) + "»");
    }
  }

  static String squeeze(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The report's texts in the order the text renderer writes them (headings only where written). */
  static List<String> pieces(Report r, String input) {
    List<String> out = new ArrayList<>();
    r.title().ifPresent(out::add);
    r.byline().ifPresent(out::add);
    r.addressee().ifPresent(out::add);
    out.addAll(r.preamble());
    extras(r, ExtraSection.Placement.BEFORE_PROBLEMS, out);
    heading(r.headings().problems(), input, out);
    out.addAll(r.problemsOpening());
    for (Finding f : r.findings()) {
      f.heading().ifPresent(out::add);
      for (Paragraph p : f.body()) {
        for (Segment s : p.segments()) {
          out.add(s.text());
        }
      }
    }
    extras(r, ExtraSection.Placement.AFTER_PROBLEMS, out);
    if (!r.causes().isEmpty() || !r.causesOpening().isEmpty() || !r.headings().causes().equals(SectionHeadings.DEFAULT_CAUSES)) {
      heading(r.headings().causes(), input, out);
      out.addAll(r.causesOpening());
      for (Cause c : r.causes()) {
        c.headline().ifPresent(out::add);
        out.add(c.text());
        out.addAll(c.moreParagraphs());
      }
    }
    extras(r, ExtraSection.Placement.AFTER_CAUSES, out);
    if (!r.measures().isEmpty() || !r.measuresOpening().isEmpty() || !r.headings().measures().equals(SectionHeadings.DEFAULT_MEASURES)) {
      heading(r.headings().measures(), input, out);
      out.addAll(r.measuresOpening());
      for (Measure m : r.measures()) {
        m.headline().ifPresent(out::add);
        out.add(m.text());
        out.addAll(m.moreParagraphs());
      }
    }
    extras(r, ExtraSection.Placement.AFTER_MEASURES, out);
    out.addAll(r.closing());
    out.addAll(r.signature());
    return out;
  }

  private static void heading(String heading, String input, List<String> out) {
    if (input.contains(squeeze(heading))) {
      out.add(heading);
    }
  }

  private static void extras(Report r, ExtraSection.Placement placement, List<String> out) {
    for (ExtraSection x : r.extraSections()) {
      if (x.placement() == placement) {
        out.add(x.heading());
        out.addAll(x.paragraphs());
      }
    }
  }
}
