package io.github.jianshi.importer;

import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.CheckpointKind;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
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
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.core.numbering.ChineseNumerals;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns source paragraphs into a report: the recogniser. One instance per import. */
final class Recogniser {
  private static final String[] NUMERALS = new String[ChineseNumerals.MAX + 1];
  private static final String[] SECTION_MARKERS = new String[ChineseNumerals.MAX + 1];

  static {
    for (int i = 1; i <= ChineseNumerals.MAX; i++) {
      NUMERALS[i] = ChineseNumerals.format(i);
      SECTION_MARKERS[i] = NUMERALS[i] + "、";
    }
  }

  /** The longest first sentence taken as a finding's lead. */
  static final int LEAD_MAX = 40;
  /** The longest first sentence taken as a cause's or measure's headline. */
  static final int HEADLINE_MAX = 40;
  /** The longest sentence taken as a headline that stands alone. */
  static final int HEADLINE_ALONE_MAX = 20;
  /** The longest heading line. */
  static final int HEADING_MAX = 60;

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-—–－─_~·•\\s]*[-—–－─~][\\s]*[0-9０-９]{1,4}[\\s]*[-—–－─~][-—–－─_~·•\\s]*"
          + "|第\\s*[0-9０-９]{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?"
          + "|[0-9]{1,4}\\s*/\\s*[0-9]{1,4}");
  private static final Pattern DATE = Pattern.compile(
      "[（(]?\\s*([0-9０-９]{4}|20[*＊xX×]{2}|[〇○零一二三四五六七八九]{4})\\s*年\\s*"
          + "([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[*＊xX×]{1,2})\\s*月\\s*"
          + "([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[*＊xX×]{1,2})\\s*日\\s*[)）]?");
  /** A signature line without date: a body (…党组, …委员会, …局) or a name of two to four characters. */
  private static final Pattern SIGNER = Pattern.compile(
      "[\\p{IsHan}·]{2,4}|[\\p{IsHan}（）]{2,28}(党组|党委|党支部|支部委员会|委员会|领导班子|班子|办公室|局|院|厅|政府|公司|中心)");
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "20[*＊]{2}|20[xX]{2}|[*＊]{2,}|(?<![A-Za-z])[xX×]{2,}(?![A-Za-z])|_{3,}|＿{2,}|×{2,}");
  private static final String[] CASE_CUES = {"比如", "例如", "又如", "再如", "譬如"};
  private static final String[] NEGATION_CUES = {"不存在", "未发现", "没有发现", "未出现", "没有出现", "未发生"};
  private static final String[] NOT_APPLICABLE_CUES = {"不适用", "不涉及", "不分管", "未分管", "无此项"};
  private static final String[] CLOSING_STARTS = {"以上", "总之", "我将", "我决心", "今后，我", "在今后的工作中",
      "最后", "下一步，我", "我们将", "特此报告", "特此汇报", "特此通报", "此致", "请各"};
  private static final String[] CLOSING_CONTAINS = {"批评指正", "帮助指正", "批评帮助", "予以指正", "敬请", "恳请"};
  private static final String[] GENRE_ENDS = {"材料", "报告", "清单", "剖析", "发言", "提纲", "总结", "自查",
      "发言稿", "情况", "意见", "方案", "检查", "汇报", "讲话"};

  private final SourceDocument doc;
  private final ChecklistRegistry registry;
  private final ImportMode mode;
  private final Optional<Checklist> forced;
  private final List<Diagnostic> diags = new ArrayList<>();
  private String docTitle;
  /** The paragraphs to read: the document's, without a 整改清单 table read back into the measures. */
  private List<SourceParagraph> source;
  private Optional<MeasureTableReader> measureTable = Optional.empty();
  /** Whether to read a 整改清单 table back into the measures, and which of its rows to leave as text. */
  private final boolean readTable;
  private final java.util.Set<Integer> keepRows;
  private final java.util.Set<Integer> unmatchedRows = new java.util.TreeSet<>();
  private final ImportLimits limits;

  Recogniser(SourceDocument doc, ChecklistRegistry registry, ImportMode mode, Optional<Checklist> forced,
      ImportLimits limits) {
    this(doc, registry, mode, forced, limits, true, java.util.Set.of());
  }

  private Recogniser(SourceDocument doc, ChecklistRegistry registry, ImportMode mode, Optional<Checklist> forced,
      ImportLimits limits, boolean readTable, java.util.Set<Integer> keepRows) {
    this.doc = doc;
    this.registry = registry;
    this.mode = mode;
    this.forced = forced;
    this.limits = limits;
    this.readTable = readTable;
    this.keepRows = keepRows;
  }

  /** A section as found. */
  enum Kind { PROBLEMS, CAUSES, MEASURES, OTHER }

  static final class Section {
    Kind kind;
    Line heading;
    String headingText;
    /** The items state whether-exists verdicts (a section recognised from its content). */
    boolean verdicts;
    final List<Line> body = new ArrayList<>();
  }

  static final class RawFinding {
    String heading;
    /** The heading reduced for matching and its bigrams, computed once for all checklists. */
    String key;
    int[] grams;
    boolean negated;
    /** A verdict decided from the section's content, or null. */
    Verdict verdict;
    Line at;
    final List<Line> body = new ArrayList<>();
  }

  static final class RawItem {
    Line at;
    PointStyle style;
    boolean numbered;
    String headline;
    String text = "";
    final List<String> more = new ArrayList<>();
  }

  /**
   * Recognises the document. When a 整改清单 table has rows that do not match the measures, it is read
   * again with those rows left in the text (nothing is lost); if that gives new mismatches, a third
   * time without reading the table at all.
   */
  ImportResult run() {
    ImportResult result = attempt();
    if (unmatchedRows.isEmpty()) {
      return result;
    }
    Recogniser again = new Recogniser(doc, registry, mode, forced, limits, true, java.util.Set.copyOf(unmatchedRows));
    result = again.attempt();
    if (again.unmatchedRows.isEmpty()) {
      return result;
    }
    return new Recogniser(doc, registry, mode, forced, limits, false, java.util.Set.of()).attempt();
  }

  private ImportResult attempt() {
    boolean refused = doc.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    measureTable = refused || !readTable ? Optional.empty() : MeasureTableReader.find(doc.paragraphs(), keepRows);
    source = measureTable.map(MeasureTableReader::rest).orElse(doc.paragraphs());
    for (Diagnostic d : doc.diagnostics()) {
      if (measureTable.isEmpty() || !measureTable.get().isTableNotice(d)) {
        diags.add(d);
      }
    }
    if (refused) {
      return new ImportResult(null, null, false, OptionalDouble.empty(), ValidationResult.of(diags), doc);
    }
    List<Line> lines = prepare();
    if (lines.isEmpty()) {
      diags.add(Diags.of("import.input.no-text", Severity.ERROR));
      return new ImportResult(null, null, false, OptionalDouble.empty(), ValidationResult.of(diags), doc);
    }
    lines = joinWrapped(lines);
    lines = splitRunTogether(lines);
    scanText(lines);
    return recognise(lines);
  }

  // ---------------------------------------------------------------- preparation

  private List<Line> prepare() {
    List<Line> out = new ArrayList<>();
    long total = 0;
    for (SourceParagraph p : source) {
      total += p.text().length();
    }
    for (SourceParagraph p : source) {
      String raw = p.text();
      String marker = p.numberingMarker().orElse("");
      int a = 0;
      int b = raw.length();
      while (a < b && Norm.space(raw.charAt(a))) {
        a++;
      }
      while (b > a && Norm.space(raw.charAt(b - 1))) {
        b--;
      }
      String text = raw.substring(a, b);
      if (p.paragraph().isPresent() || !marker.isEmpty()) {
        text = text.replace("\n", "");
      }
      if (!marker.isEmpty()) {
        String m = Norm.strip(marker);
        if (!text.startsWith(m)) {
          text = m + text;
        }
      }
      if (text.isEmpty()) {
        continue;
      }
      if (marker.isEmpty() && text.length() <= 24 && hasDigit(text) && PAGE_NUMBER.matcher(text).matches()) {
        diags.add(Diags.at("import.page-number.removed", Severity.INFO, p, a + 1, "", text));
        continue;
      }
      // a whole document on one line: the line holds at least half of the text
      if (marker.isEmpty() && text.length() >= FLAT_MIN && text.length() * 2L >= total && unflatten(text, p, a, out)) {
        continue;
      }
      out.add(new Line(text, p, a));
    }
    return out;
  }

  /** The shortest line that can be a whole document flattened onto one line. */
  static final int FLAT_MIN = 200;
  /** A page footer inside a flattened line, standing between white space. */
  private static final Pattern PAGE_RESIDUE = Pattern.compile(
      "(?<!\\S)(第\\s*[0-9０-９]{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?"
          + "|[-—–－]\\s*[0-9０-９]{1,4}\\s*[-—–－])(?!\\S)");

  /**
   * A whole document copied onto one line (a PDF or web copy that turned every line end into a
   * space): split into paragraphs where the text clearly says so. When spaces also stand inside
   * sentences at about the same width (a PDF's line ends), the spaces are line ends: paragraphs start
   * only at a title at the start, section and subsection headings and items in order, and page
   * footers are removed. When spaces stand only between sentences, titles and an addressee, every
   * space ends a paragraph. Returns false, adding nothing, when the line does not look flattened.
   */
  private boolean unflatten(String text, SourceParagraph p, int a, List<Line> out) {
    if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0 && text.indexOf('\u00A0') < 0
        && text.indexOf('\t') < 0) {
      // most long lines have no space at all
      return false;
    }
    // white-space runs inside the text, except between ASCII letters or digits (Word 2007)
    List<int[]> gaps = new ArrayList<>();
    List<Integer> midWidths = new ArrayList<>();
    int sentenceGaps = 0;
    int chunkStart = 0;
    for (int i = 1; i < text.length(); i++) {
      if (!Norm.space(text.charAt(i)) || Norm.space(text.charAt(i - 1))) {
        continue;
      }
      int e = i;
      while (e < text.length() && Norm.space(text.charAt(e))) {
        e++;
      }
      char before = text.charAt(i - 1);
      char after = text.charAt(e);
      // spaces around Latin words and digits (召开 2025 年度) are typesetting, not line ends
      char nb0 = Norm.MAP[before];
      boolean sentence = Norm.sentenceEnd(nb0) || nb0 == '：';
      if (sentence || !asciiAlnum(before) && !asciiAlnum(after) || itemMarkerAt(text, e)) {
        gaps.add(new int[] {i, e});
        if (sentence) {
          sentenceGaps++;
        }
        char nb = Norm.MAP[before];
        if (before > 0x2E80 && !Norm.clauseEnd(nb) && after > 0x2E80 && !Norm.clauseEnd(Norm.MAP[after])) {
          midWidths.add(width(text.substring(chunkStart, i)));
        }
        chunkStart = e;
      }
      i = e;
    }
    if (gaps.size() < 3) {
      return false;
    }
    boolean wrapped = false;
    if (midWidths.size() >= 3) {
      List<Integer> sorted = new ArrayList<>(midWidths);
      sorted.sort(null);
      int median = sorted.get(sorted.size() / 2);
      int regular = 0;
      for (int w : midWidths) {
        if (w * 10 >= median * 8 && w * 10 <= median * 12) {
          regular++;
        }
      }
      wrapped = regular >= 3 && median >= 20;
    }
    if (!wrapped && !paragraphGaps(text, gaps, sentenceGaps)) {
      return false;
    }
    String n = Norm.of(text);
    // cut positions: a piece runs from one cut to the next; page footers are pieces of their own
    List<int[]> pieces = new ArrayList<>();
    List<Boolean> page = new ArrayList<>();
    Matcher pm = PAGE_RESIDUE.matcher(text);
    int from = 0;
    int section = 1;
    int sub = 1;
    int item = 1;
    boolean afterHeading = false;
    for (int g = 0; g <= gaps.size(); g++) {
      int end = g < gaps.size() ? gaps.get(g)[0] : text.length();
      int next = g < gaps.size() ? gaps.get(g)[1] : text.length();
      if (g == gaps.size()) {
        addPiece(pieces, page, from, end, false);
        break;
      }
      // a page footer starting after this gap
      pm.region(next, text.length());
      if (pm.lookingAt() && hasDigit(pm.group())) {
        addPiece(pieces, page, from, end, false);
        addPiece(pieces, page, pm.start(), pm.end(), true);
        from = pm.end();
        while (g + 1 < gaps.size() && gaps.get(g + 1)[0] < from) {
          g++;
        }
        while (from < text.length() && Norm.space(text.charAt(from))) {
          from++;
        }
        continue;
      }
      boolean cut;
      if (!wrapped) {
        cut = true;
      } else {
        char last = n.charAt(end - 1);
        boolean sentence = Norm.sentenceEnd(last) || last == '：';
        int nextGap = g + 1 < gaps.size() ? gaps.get(g + 1)[0] : text.length();
        String chunk = n.substring(next, nextGap);
        boolean heading = false;
        if (pieces.isEmpty() && from == 0 && g == 0) {
          String first = text.substring(0, end);
          cut = first.length() <= 50 && endsWithGenre(first) && noSentencePunct(Norm.of(first));
        } else if (n.startsWith(SECTION_MARKERS[Math.min(section, ChineseNumerals.MAX)], next)) {
          cut = true;
          heading = true;
          section++;
          sub = 1;
          item = 1;
        } else if (chunk.startsWith("（" + NUMERALS[Math.min(sub, ChineseNumerals.MAX)] + "）")) {
          cut = true;
          heading = true;
          sub++;
          item = 1;
        } else {
          String num = Integer.toString(item);
          boolean itemMark = chunk.startsWith(num) && chunk.length() > num.length()
              && (chunk.charAt(num.length()) == '.' || chunk.charAt(num.length()) == '、'
              || chunk.charAt(num.length()) == '．') && (sentence || afterHeading);
          cut = itemMark;
          if (itemMark) {
            item++;
          }
        }
        if (afterHeading) {
          cut = true;
        }
        afterHeading = heading && noSentencePunct(chunk);
      }
      if (cut) {
        addPiece(pieces, page, from, end, false);
        from = next;
      }
    }
    if (pieces.size() < 2) {
      return false;
    }
    int made = 0;
    for (int k = 0; k < pieces.size(); k++) {
      int s = pieces.get(k)[0];
      int e = pieces.get(k)[1];
      if (page.get(k)) {
        diags.add(Diags.at("import.page-number.removed", Severity.INFO, p, a + s + 1, "", text.substring(s, e)));
        continue;
      }
      StringBuilder sb = new StringBuilder(e - s);
      for (int i = s; i < e; i++) {
        char c = text.charAt(i);
        if (!Norm.space(c)) {
          sb.append(c);
        } else if (i > s && !Norm.space(text.charAt(i - 1))) {
          int j = i;
          while (j < e && Norm.space(text.charAt(j))) {
            j++;
          }
          if (!wrapped || j < e && asciiAlnum(text.charAt(i - 1)) && asciiAlnum(text.charAt(j))) {
            sb.append(text, i, j);
          }
          i = j - 1;
        }
      }
      String t = Norm.strip(sb.toString());
      if (!t.isEmpty()) {
        out.add(new Line(t, p, a + s));
        made++;
      }
    }
    diags.add(Diags.at(wrapped ? "import.lines.flattened" : "import.lines.flattened-paragraphs", Severity.WARNING,
        p, a + 1, "", Integer.toString(made)));
    return true;
  }

  /**
   * Whether every space of a flattened line stands where a paragraph ends: after a sentence end or a
   * colon, or after a title-like piece (short, without sentence punctuation); at least two after a
   * sentence end or colon.
   */
  private static boolean paragraphGaps(String text, List<int[]> gaps, int sentenceGaps) {
    if (sentenceGaps < 2) {
      return false;
    }
    int from = 0;
    boolean structure = false;
    for (int[] g : gaps) {
      char before = Norm.MAP[text.charAt(g[0] - 1)];
      if (!(Norm.sentenceEnd(before) || before == '：')) {
        String piece = Norm.of(text.substring(from, g[0]));
        if (piece.length() > 50 || !noSentencePunct(piece) || piece.indexOf('：') >= 0) {
          return false;
        }
        structure = true;
      }
      // a heading after the space: 一、 or （一）
      String after = Norm.of(text.substring(g[1], Math.min(text.length(), g[1] + 5)));
      int nl = Line.numeralLength(after, after.startsWith("（") ? 1 : 0);
      if (nl > 0 && (after.startsWith("（") ? after.startsWith("）", 1 + nl) : after.startsWith("、", nl))) {
        structure = true;
      }
      from = g[1];
    }
    // spaces after sentence ends alone are a typing habit, not paragraph ends: a title or a heading
    // must show that the line holds a document
    return structure;
  }

  private static void addPiece(List<int[]> pieces, List<Boolean> page, int from, int to, boolean isPage) {
    if (to > from) {
      pieces.add(new int[] {from, to});
      page.add(isPage);
    }
  }

  /** Whether an item marker 1. 1、 stands at i (digits, then the mark, then no digit). */
  private static boolean itemMarkerAt(String t, int i) {
    int d = Line.arabicLength(t, i);
    if (d == 0 || i + d + 1 >= t.length()) {
      return false;
    }
    char m = t.charAt(i + d);
    return (m == '.' || m == '．' || m == '、') && Line.digit(t.charAt(i + d + 1)) < 0;
  }

  private static boolean asciiAlnum(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  private static boolean noSentencePunct(String n) {
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Norm.sentenceEnd(c) || c == '，') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Line.digit(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Joins lines hard-wrapped by a PDF copy: when many lines end without punctuation at about the same
   * width, a line of that width is joined with the next unless the next starts with a marker.
   */
  private List<Line> joinWrapped(List<Line> lines) {
    int open = 0;
    List<Integer> widths = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line l = lines.get(i);
      char last = l.norm.charAt(l.norm.length() - 1);
      if (!Norm.sentenceEnd(last) && last != '：' && lines.get(i + 1).mark == null && l.text.length() >= 12
          && l.mark != Line.Mark.SECTION && l.mark != Line.Mark.SUBSECTION) {
        open++;
        widths.add(width(l.text));
      }
    }
    if (open < 3 || open * 10 < lines.size() * 3) {
      return lines;
    }
    widths.sort(null);
    int wrap = widths.get(widths.size() / 2);
    List<Line> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Line l = lines.get(i);
      StringBuilder sb = null;
      int j = i;
      while (j + 1 < lines.size()) {
        Line cur = j == i ? l : lines.get(j);
        String curText = sb == null ? cur.text : lines.get(j).text;
        char last = Norm.norm(curText.charAt(curText.length() - 1));
        Line next = lines.get(j + 1);
        boolean heading = j == i && (l.mark == Line.Mark.SECTION || l.mark == Line.Mark.SUBSECTION);
        boolean full = heading ? width(curText) >= wrap : width(curText) * 10 >= wrap * 8;
        boolean joinable = full && next.mark == null && !Norm.sentenceEnd(last) && last != '：'
            && !DATE.matcher(next.text).matches();
        if (!joinable) {
          break;
        }
        if (sb == null) {
          sb = new StringBuilder(l.text);
        }
        String nt = next.text;
        char a = sb.charAt(sb.length() - 1);
        char b = nt.charAt(0);
        if (a < 128 && b < 128 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
          sb.append(' ');
        }
        sb.append(nt);
        j++;
      }
      if (sb == null) {
        out.add(l);
        i++;
      } else {
        diags.add(Diags.at("import.lines.joined", Severity.INFO, l.src, l.col0 + 1, "",
            Integer.toString(j - i + 1)));
        out.add(new Line(sb.toString(), l.src, l.col0));
        i = j + 1;
      }
    }
    return out;
  }

  /**
   * Splits lines in which a copy ran headings together with text: an addressee before the preamble on
   * the first line, a section heading 一、 after a sentence end, colon or white space, a subsection
   * （一） right after a section heading, an item 1、 right after a short heading.
   */
  private List<Line> splitRunTogether(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    int section = 0;
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (l.mark == Line.Mark.SECTION && headingLike(l.rest())) {
        section = l.number;
      }
      int before = out.size();
      List<Line> pieces = new ArrayList<>();
      Line rest = l;
      if (k == 0 && l.mark == null) {
        int colon = firstColon(l.norm);
        if (colon > 1 && colon < 25 && colon + 1 < l.text.length() && l.text.length() > 60) {
          Line head = new Line(l.text.substring(0, colon + 1), l.src, l.col0);
          if (addresseeLike(head)) {
            pieces.add(head);
            rest = piece(l, colon + 1);
          }
        }
      }
      while (rest != null) {
        int at = sectionInside(rest.norm, section + 1);
        if (at < 0) {
          break;
        }
        pieces.add(piece(rest, 0, at));
        rest = piece(rest, at);
        section++;
      }
      if (rest != null) {
        pieces.add(rest);
      }
      // a heading line that runs on into its first subsection or item
      for (Line p : pieces) {
        Line cur = p;
        while (cur != null && (cur.mark == Line.Mark.SECTION || cur.mark == Line.Mark.SUBSECTION)) {
          int at = markerAfterHeading(cur);
          if (at < 0) {
            break;
          }
          out.add(piece(cur, 0, at));
          cur = piece(cur, at);
        }
        if (cur != null) {
          out.add(cur);
        }
      }
      if (out.size() - before > 1) {
        diags.add(Diags.at("import.lines.split", Severity.INFO, l.src, l.col0 + 1, "",
            Integer.toString(out.size() - before)));
      }
    }
    return out;
  }

  private static int firstColon(String n) {
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '：') {
        return i;
      }
      if (Norm.sentenceEnd(c) || c == '，') {
        return -1;
      }
    }
    return -1;
  }

  /** Where a section marker with the given number stands inside a text after a sentence end, colon or space. */
  private static int sectionInside(String n, int number) {
    if (number > ChineseNumerals.MAX) {
      return -1;
    }
    String m = SECTION_MARKERS[number];
    int from = 1;
    while (true) {
      int i = n.indexOf(m, from);
      if (i < 0) {
        return -1;
      }
      char prev = n.charAt(i - 1);
      if ((Norm.sentenceEnd(prev) || prev == '：' || Norm.space(prev)) && Line.numeralLength(n, i - 1) == 0) {
        return i;
      }
      from = i + 1;
    }
  }

  /** In a heading line, where a subsection （一） or an item 1、/1. starts after a short heading. */
  private static int markerAfterHeading(Line l) {
    String n = l.norm;
    int start = l.markLen;
    int max = Math.min(n.length(), start + 40);
    for (int i = start + 2; i < max; i++) {
      char c = n.charAt(i);
      if (Norm.sentenceEnd(c) || c == '，') {
        return -1;
      }
      boolean sub = c == '（' && i + 2 < n.length() && n.charAt(i + 1) == '一' && n.charAt(i + 2) == '）';
      boolean item = n.charAt(i) == '1' && i + 1 < n.length() && (n.charAt(i + 1) == '、' || n.charAt(i + 1) == '.')
          && Line.digit(n.charAt(i - 1)) < 0;
      if (sub && l.mark == Line.Mark.SECTION || item) {
        return i;
      }
    }
    return -1;
  }

  private static Line piece(Line l, int from) {
    return piece(l, from, l.text.length());
  }

  private static Line piece(Line l, int from, int to) {
    String t = l.text.substring(from, to);
    int a = 0;
    while (a < t.length() && Norm.space(t.charAt(a))) {
      a++;
    }
    String stripped = Norm.strip(t);
    if (stripped.isEmpty()) {
      return null;
    }
    return new Line(stripped, l.src, l.col0 + from + a);
  }

  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) < 0x2E80 ? 1 : 2;
    }
    return w;
  }

  /** Placeholders and Traditional script, reported as information. */
  private void scanText(List<Line> lines) {
    int traditional = 0;
    Line firstTraditional = null;
    for (Line l : lines) {
      Matcher m = l.placeholderChars ? PLACEHOLDER.matcher(l.text) : null;
      if (m != null && m.find()) {
        diags.add(Diags.at("import.text.placeholder", Severity.INFO, l.src, l.col0 + m.start() + 1, "", m.group()));
      }
      if (l.traditional > 0 && traditional < 5) {
        traditional += l.traditional;
        if (firstTraditional == null) {
          firstTraditional = l;
        }
      }
    }
    if (traditional >= 5) {
      diags.add(Diags.at("import.text.traditional", Severity.INFO, firstTraditional.src, firstTraditional.col0 + 1,
          ""));
    }
  }

  // ---------------------------------------------------------------- structure

  private ImportResult recognise(List<Line> lines) {
    // signature and date at the end
    List<String> signature = new ArrayList<>();
    Optional<LocalDate> date = Optional.empty();
    int end = lines.size();
    int dateAt = -1;
    for (int k = end - 1; k >= Math.max(0, end - 2); k--) {
      if (DATE.matcher(lines.get(k).text).matches()) {
        dateAt = k;
        break;
      }
    }
    if (dateAt >= 0) {
      int sigStart = dateAt;
      while (sigStart > 0 && dateAt - sigStart < 3 && signatureLike(lines.get(sigStart - 1))) {
        sigStart--;
      }
      for (int k = sigStart; k < end; k++) {
        signature.add(lines.get(k).text);
      }
      date = parseDate(lines.get(dateAt));
      end = sigStart;
    } else {
      int sigStart = end;
      while (sigStart > 1 && end - sigStart < 3 && lines.get(sigStart - 1).src.alignment()
          .filter(a -> a == SourceParagraph.Alignment.RIGHT).isPresent() && signatureLike(lines.get(sigStart - 1))) {
        sigStart--;
      }
      if (sigStart == end) {
        // plain text: up to two last lines that name a body or a person, after a sentence end
        int k = end;
        while (k > 1 && end - k < 2 && signatureLike(lines.get(k - 1)) && SIGNER.matcher(lines.get(k - 1).norm).matches()) {
          k--;
        }
        if (k < end && k > 0) {
          String before = lines.get(k - 1).norm;
          char last = before.charAt(before.length() - 1);
          if (last == '。' || last == '！' || last == '？') {
            sigStart = k;
          }
        }
      }
      for (int k = sigStart; k < end; k++) {
        signature.add(lines.get(k).text);
      }
      end = sigStart;
    }
    List<Line> main = new ArrayList<>(lines.subList(0, end));

    // section headings
    List<Integer> sectionAt = new ArrayList<>();
    int expect = 1;
    for (Line l : main) {
      // an excerpt (a later page of an article) may start at 五、
      if (l.mark == Line.Mark.SECTION && headingLike(l.rest())) {
        expect = l.number;
        break;
      }
      if (l.mark == Line.Mark.SUBSECTION || l.mark == Line.Mark.ITEM) {
        break;
      }
    }
    for (int k = 0; k < main.size(); k++) {
      Line l = main.get(k);
      boolean marked = l.mark == Line.Mark.SECTION && l.number == expect && headingLike(l.rest());
      boolean hinted = l.mark == null && outline(l) == 0 && headingLike(l.text) && k > 0;
      if (marked || hinted) {
        sectionAt.add(k);
        expect++;
      }
    }
    Report.Builder report = Report.builder();
    List<Section> sections = new ArrayList<>();
    int headEnd = sectionAt.isEmpty() ? main.size() : sectionAt.get(0);
    if (sectionAt.isEmpty()) {
      headEnd = headingless(main, sections);
    }
    head(main.subList(0, headEnd), report);
    for (int s = 0; s < sectionAt.size(); s++) {
      int from = sectionAt.get(s);
      int to = s + 1 < sectionAt.size() ? sectionAt.get(s + 1) : main.size();
      Section sec = new Section();
      sec.heading = main.get(from);
      sec.headingText = sec.heading.mark == null ? sec.heading.text : sec.heading.rest();
      sec.body.addAll(main.subList(from + 1, to));
      sections.add(sec);
    }
    return build(sections, report, signature, date);
  }

  private static int outline(Line l) {
    OptionalInt o = l.src.outlineLevel();
    return o.isPresent() ? o.getAsInt() : -1;
  }

  private static boolean headingLike(String rest) {
    int a = 0;
    int b = rest.length();
    while (a < b && Norm.space(rest.charAt(a))) {
      a++;
    }
    while (b > a && Norm.space(rest.charAt(b - 1))) {
      b--;
    }
    if (a == b || b - a > HEADING_MAX) {
      return false;
    }
    for (int i = a; i < b - 1; i++) {
      char c = Norm.norm(rest.charAt(i));
      if (Norm.sentenceEnd(c) || c == '。') {
        return false;
      }
    }
    return true;
  }

  private static boolean signatureLike(Line l) {
    String n = l.norm;
    if (n.length() > 30 || l.mark != null || closingLike(l)) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Norm.sentenceEnd(c) || c == '，' || c == '：') {
        return false;
      }
    }
    return true;
  }

  private Optional<LocalDate> parseDate(Line l) {
    Matcher m = DATE.matcher(l.text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int y = number(m.group(1));
    int mo = number(m.group(2));
    int d = number(m.group(3));
    if (y < 0 || mo < 0 || d < 0) {
      diags.add(Diags.at("import.date.placeholder", Severity.INFO, l.src, l.col0 + 1, "", l.text));
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, mo, d));
    } catch (DateTimeException e) {
      diags.add(Diags.at("import.date.invalid", Severity.WARNING, l.src, l.col0 + 1, "", l.text));
      return Optional.empty();
    }
  }

  /** A number written in Arabic digits, Chinese numerals or digit by digit (二〇二二); -1 otherwise. */
  private static int number(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    int v = 0;
    boolean arabic = true;
    for (int i = 0; i < s.length(); i++) {
      int d = Line.digit(s.charAt(i));
      if (d < 0) {
        arabic = false;
        break;
      }
      v = v * 10 + d;
    }
    if (arabic) {
      return v;
    }
    OptionalInt cn = ChineseNumerals.tryParse(s);
    if (cn.isPresent()) {
      return cn.getAsInt();
    }
    String digits = "〇一二三四五六七八九";
    v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i) == '○' || s.charAt(i) == '零' ? '〇' : s.charAt(i);
      int d = digits.indexOf(c);
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Title, byline, addressee, preamble. */
  private void head(List<Line> head, Report.Builder report) {
    int k = 0;
    List<String> title = new ArrayList<>();
    while (k < head.size() && title.size() < 4) {
      Line l = head.get(k);
      boolean centred = l.src.alignment().filter(a -> a == SourceParagraph.Alignment.CENTER).isPresent();
      boolean tail = !title.isEmpty() && l.norm.length() <= 8 && endsWithGenre(l.text);
      if (!titleLike(l, centred) || addresseeLike(l) || !title.isEmpty() && bylineLike(l) && !tail) {
        break;
      }
      if (!title.isEmpty() && endsWithGenre(title.get(title.size() - 1)) && !l.text.startsWith("(")
          && !l.text.startsWith("（") && !centred && !tail) {
        break;
      }
      title.add(l.text);
      k++;
    }
    if (!title.isEmpty()) {
      docTitle = String.join("\n", title);
      report.title(docTitle);
      // a copy that repeats the title (a web page's heading before the document's own title)
      boolean repeated = k + title.size() <= head.size();
      for (int j = 0; repeated && j < title.size(); j++) {
        repeated = head.get(k + j).text.equals(title.get(j));
      }
      if (repeated) {
        for (int j = 0; j < title.size(); j++) {
          Line l = head.get(k + j);
          diags.add(Diags.at("import.title.repeated", Severity.INFO, l.src, l.col0 + 1, "/title", l.text));
        }
        k += title.size();
      }
    }
    if (!title.isEmpty() && k < head.size() && bylineLike(head.get(k))) {
      report.byline(head.get(k).text);
      k++;
    }
    if (k < head.size() && addresseeLike(head.get(k))) {
      report.addressee(head.get(k).text);
      k++;
    }
    for (; k < head.size(); k++) {
      report.addPreamble(head.get(k).text);
    }
  }

  private static boolean titleLike(Line l, boolean centred) {
    if (l.mark != null && !centred) {
      return false;
    }
    String n = l.norm;
    if (n.length() > (centred ? HEADING_MAX : 50)) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '（') {
        depth++;
      } else if (c == '）') {
        depth--;
      } else if (depth <= 0 && (Norm.sentenceEnd(c) || c == '，' || c == '：')) {
        return false;
      }
    }
    return !DATE.matcher(l.text).matches();
  }

  private static boolean endsWithGenre(String s) {
    String k = Norm.key(s);
    for (String g : GENRE_ENDS) {
      if (k.endsWith(g)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern BYLINE = Pattern.compile(
      "[^，。；：！？]{2,30}[：]\\s*[^，。；：！？\\s]{2,12}|\\S[^，。；：！？]{1,28}[ 　]{2,}[^，。；：！？\\s]{2,6}"
          + "|[\\p{IsHan}·]{2,4}");

  private static boolean bylineLike(Line l) {
    return l.mark == null && l.norm.length() <= 40 && BYLINE.matcher(l.norm).matches();
  }

  private static boolean addresseeLike(Line l) {
    String n = l.norm;
    if (n.length() > 25 || n.length() < 2 || n.charAt(n.length() - 1) != '：' || l.mark != null) {
      return false;
    }
    for (int i = 0; i < n.length() - 1; i++) {
      char c = n.charAt(i);
      if (Norm.sentenceEnd(c) || c == '，' || c == '：') {
        return false;
      }
    }
    return !n.contains("如下") && !n.contains("报告") && !n.contains("情况");
  }

  /**
   * A report without section headings: problems as prose, then a paragraph starting 原因 with its
   * causes run in, then one starting 整改 with the measures run in. Returns where the head ends.
   */
  private int headingless(List<Line> main, List<Section> sections) {
    int causesAt = -1;
    int measuresAt = -1;
    for (int k = 0; k < main.size(); k++) {
      Line l = main.get(k);
      int marker = firstRunIn(l.norm);
      if (marker < 0 || marker > 20) {
        continue;
      }
      Kind kind = classify(l.norm.substring(0, marker));
      if (kind == Kind.CAUSES && causesAt < 0 && measuresAt < 0) {
        causesAt = k;
      } else if (kind == Kind.MEASURES && measuresAt < 0) {
        measuresAt = k;
      }
    }
    int firstStructured = causesAt >= 0 ? causesAt : measuresAt;
    if (firstStructured < 0) {
      firstStructured = main.size();
    }
    // the head: title lines and preamble up to a paragraph ending 如下
    int headEnd = 0;
    for (int k = 0; k < firstStructured; k++) {
      String n = main.get(k).norm;
      if (n.contains("如下") || n.contains("报告于后")) {
        headEnd = k + 1;
        break;
      }
    }
    if (headEnd == 0) {
      int k = 0;
      while (k < firstStructured && titleLike(main.get(k), false) && k < 3) {
        k++;
      }
      headEnd = k;
      // without a 如下 formula, the paragraphs before the one that gives the result of the check
      // (经…自查/检查/对照…, or an absence stated in its first sentence) say what was checked and how
      for (int j = k + 1; j < firstStructured; j++) {
        Line l = main.get(j);
        if (l.mark != null) {
          break;
        }
        int first = sentenceEnd(l.norm, 0, false);
        int cue = indexOfAny(l.norm, NEGATION_CUES);
        boolean result = l.norm.matches("^经(过)?[^，。]{0,6}(自查|检查|对照|排查|核查|清查).*") || cue >= 0 && cue < first;
        if (result) {
          headEnd = j;
          break;
        }
      }
    }
    if (firstStructured == main.size() && headEnd >= main.size()) {
      return main.size();
    }
    Section problems = new Section();
    problems.kind = Kind.PROBLEMS;
    problems.body.addAll(main.subList(headEnd, firstStructured));
    sections.add(problems);
    if (causesAt >= 0) {
      sections.add(runInSection(main, causesAt, measuresAt >= 0 ? measuresAt : main.size(), Kind.CAUSES));
    }
    if (measuresAt >= 0) {
      sections.add(runInSection(main, measuresAt, main.size(), Kind.MEASURES));
    }
    if (!sections.isEmpty()) {
      diags.add(Diags.at("import.section.headingless", Severity.WARNING, main.get(Math.min(headEnd, main.size() - 1)).src,
          1, ""));
    }
    return headEnd;
  }

  private Section runInSection(List<Line> main, int from, int to, Kind kind) {
    Section s = new Section();
    s.kind = kind;
    Line l = main.get(from);
    int marker = firstRunIn(l.norm);
    s.headingText = l.text.substring(0, marker);
    s.heading = l;
    s.body.add(new Line(l.text.substring(marker), l.src, l.col0 + marker));
    s.body.addAll(main.subList(from + 1, to));
    return s;
  }

  /** Where 一是 stands in a text after a clause end, or -1. */
  private static int firstRunIn(String n) {
    for (int i = 1; i + 1 < n.length(); i++) {
      if (n.charAt(i) == '一' && n.charAt(i + 1) == '是') {
        int p = i - 1;
        while (p >= 0 && Norm.space(n.charAt(p))) {
          p--;
        }
        if (p >= 0 && Norm.clauseEnd(n.charAt(p))) {
          return i;
        }
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- sections

  static Kind classify(String heading) {
    String k = Norm.key(heading);
    if (k.isEmpty()) {
      return Kind.OTHER;
    }
    if (k.endsWith("情况") && !k.contains("问题")) {
      return Kind.OTHER;
    }
    if (has(k, "原因", "根源", "根子", "症结") || k.endsWith("问题分析")) {
      return Kind.CAUSES;
    }
    boolean problemsStrong = k.startsWith("存在") || k.startsWith("查摆") || has(k, "存在的问题", "存在问题",
        "存在的主要问题", "存在的突出问题", "主要问题", "突出问题", "问题清单");
    boolean measures = has(k, "整改", "措施", "方向", "下一步", "今后", "打算", "建议", "改进", "努力");
    boolean problems = has(k, "问题", "不足", "差距");
    if (measures && !problemsStrong) {
      return Kind.MEASURES;
    }
    if (problems) {
      return Kind.PROBLEMS;
    }
    if (k.contains("剖析")) {
      return Kind.CAUSES;
    }
    return Kind.OTHER;
  }

  private static boolean has(String s, String... words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private ImportResult build(List<Section> sections, Report.Builder report, List<String> signature,
      Optional<LocalDate> date) {
    SectionHeadings.Builder headings = SectionHeadings.builder();
    List<RawFinding> findings = new ArrayList<>();
    List<RawItem> causes = new ArrayList<>();
    List<RawItem> measures = new ArrayList<>();
    List<String> closing = new ArrayList<>();
    List<String> problemsOpening = new ArrayList<>();
    List<String> causesOpening = new ArrayList<>();
    List<String> measuresOpening = new ArrayList<>();
    boolean seenProblems = false;
    boolean seenCauses = false;
    boolean seenMeasures = false;
    int extraIndex = 0;
    boolean anyProblems = false;
    for (Section sec : sections) {
      anyProblems |= sec.kind == Kind.PROBLEMS || sec.kind == null && classify(sec.headingText) == Kind.PROBLEMS;
    }
    if (!anyProblems) {
      anyProblems = guessProblems(sections);
    }
    for (int s = 0; s < sections.size(); s++) {
      Section sec = sections.get(s);
      if (sec.kind == null && !anyProblems && !seenCauses && !seenMeasures && areaHeading(sec.headingText)) {
        // a list whose sections name areas (…方面): the areas are findings of a problems part without heading
        seenProblems = true;
        RawFinding f = new RawFinding();
        f.at = sec.heading;
        f.heading = Norm.strip(sec.headingText);
        f.body.addAll(s == sections.size() - 1 ? closing(sec.body, closing) : sec.body);
        findings.add(f);
        continue;
      }
      if (sec.kind == null) {
        Kind k = classify(sec.headingText);
        if (k == Kind.PROBLEMS && (seenProblems || seenCauses || seenMeasures)
            || k == Kind.CAUSES && (seenCauses || seenMeasures) || k == Kind.MEASURES && seenMeasures) {
          if (k == Kind.MEASURES || k == Kind.CAUSES && !seenMeasures) {
            k = k == Kind.CAUSES && !seenCauses ? Kind.CAUSES : Kind.OTHER;
          } else {
            k = Kind.OTHER;
          }
        }
        if (k == Kind.PROBLEMS && seenProblems) {
          k = Kind.OTHER;
        }
        sec.kind = k;
      }
      boolean last = s == sections.size() - 1;
      switch (sec.kind) {
        case PROBLEMS -> {
          seenProblems = true;
          if (sec.headingText != null) {
            headings.problems(Norm.strip(sec.headingText));
          }
          List<Line> body = sec.body;
          if (last) {
            body = closing(body, closing);
          }
          int before = findings.size();
          problems(body, findings, problemsOpening);
          if (sec.verdicts) {
            for (RawFinding f : findings.subList(before, findings.size())) {
              if (statesAbsence(f, true)) {
                f.verdict = Verdict.NOT_PRESENT;
                f.negated = true;
              }
            }
          }
        }
        case CAUSES -> {
          seenCauses = true;
          headings.causes(Norm.strip(sec.headingText));
          items(last ? closing(sec.body, closing) : sec.body, causes, causesOpening);
        }
        case MEASURES -> {
          seenMeasures = true;
          headings.measures(Norm.strip(sec.headingText));
          items(last ? closing(sec.body, closing) : sec.body, measures, measuresOpening);
        }
        default -> {
          ExtraSection.Placement placement = seenMeasures ? ExtraSection.Placement.AFTER_MEASURES
              : seenCauses ? ExtraSection.Placement.AFTER_CAUSES
              : seenProblems ? ExtraSection.Placement.AFTER_PROBLEMS : ExtraSection.Placement.BEFORE_PROBLEMS;
          List<String> paras = new ArrayList<>();
          for (Line l : last ? closing(sec.body, closing) : sec.body) {
            paras.add(l.text);
          }
          String heading = Norm.strip(sec.headingText);
          report.addExtraSections(ExtraSection.of(heading, placement, paras));
          diags.add(Diags.at("import.section.other", Severity.WARNING, sec.heading.src, sec.heading.col0 + 1,
              "/extraSections/" + extraIndex, heading));
          extraIndex++;
        }
      }
    }
    if (!seenProblems && !sections.isEmpty()) {
      diags.add(Diags.of("import.section.no-problems", Severity.WARNING));
    }
    report.addAllProblemsOpening(problemsOpening).addAllCausesOpening(causesOpening)
        .addAllMeasuresOpening(measuresOpening);
    return finish(report, headings.build(), findings, causes, measures, closing, signature, date);
  }

  /** Says that nothing was found, or that all is as required. */
  private static final String[] COMPLIANCE_CUES = {"符合标准", "符合规定", "符合要求", "达到标准", "均已达到", "全部达到"};

  /**
   * When no heading says problems, a section may still hold them, decided from its content: items
   * (一)(二)… that state whether-exists verdicts (不存在…, 符合标准) under a heading such as 自查情况; or
   * the numbered list right before a causes section (问题分析), which the causes analyse. Each guess is
   * reported. Returns whether a section was taken as the problems section.
   */
  private boolean guessProblems(List<Section> sections) {
    for (Section sec : sections) {
      if (sec.kind == null && classify(sec.headingText) == Kind.OTHER && verdictItems(sec.body)) {
        sec.kind = Kind.PROBLEMS;
        sec.verdicts = true;
        diags.add(Diags.at("import.section.verdicts", Severity.WARNING, sec.heading.src, sec.heading.col0 + 1, "",
            Norm.strip(sec.headingText)));
        return true;
      }
    }
    for (int s = 1; s < sections.size(); s++) {
      Section sec = sections.get(s);
      if (sec.kind == null && classify(sec.headingText) == Kind.CAUSES) {
        Section prev = sections.get(s - 1);
        if (prev.kind == null && classify(prev.headingText) == Kind.OTHER && !areaHeading(prev.headingText)
            && listed(prev.body)) {
          prev.kind = Kind.PROBLEMS;
          diags.add(Diags.at("import.section.guessed", Severity.WARNING, prev.heading.src, prev.heading.col0 + 1,
              "", Norm.strip(prev.headingText), Norm.strip(sec.headingText)));
          return true;
        }
        return false;
      }
    }
    return false;
  }

  /** Whether a body is a list: it has an item 1、/1. or a subsection （一）. */
  private static boolean listed(List<Line> body) {
    for (Line l : body) {
      if ((l.mark == Line.Mark.ITEM || l.mark == Line.Mark.SUBSECTION) && l.number == 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a body's subsections (一)(二)… state whether-exists verdicts: at least two, and two in
   * three of them, say that something does not exist or that all is as required.
   */
  private static boolean verdictItems(List<Line> body) {
    int items = 0;
    int absent = 0;
    StringBuilder cur = null;
    for (Line l : body) {
      if (l.mark == Line.Mark.SUBSECTION && l.number == items + 1) {
        if (cur != null && absence(cur.toString(), false)) {
          absent++;
        }
        items++;
        cur = new StringBuilder(l.norm);
      } else if (cur != null) {
        cur.append(l.norm);
      }
    }
    if (cur != null && absence(cur.toString(), false)) {
      absent++;
    }
    return items >= 2 && absent >= 2 && absent * 3 >= items * 2;
  }

  /** Whether a finding (heading and body) states an absence; {@code weak} also takes 没有 (no …). */
  private static boolean statesAbsence(RawFinding f, boolean weak) {
    StringBuilder sb = new StringBuilder(f.heading == null ? "" : Norm.of(f.heading));
    for (Line l : f.body) {
      sb.append(l.norm);
    }
    return absence(sb.toString(), weak);
  }

  private static boolean absence(String n, boolean weak) {
    return indexOfAny(n, NEGATION_CUES) >= 0 || indexOfAny(n, COMPLIANCE_CUES) >= 0 || weak && n.contains("没有");
  }

  private static final Pattern PARENTHESISED = Pattern.compile("[（(][^）)]*[）)]");

  /** A heading that names an area: ends with 方面, perhaps followed by a remark in parentheses or a colon. */
  static boolean areaHeading(String heading) {
    if (heading == null) {
      return false;
    }
    String core = Norm.key(PARENTHESISED.matcher(heading).replaceAll(""));
    return core.endsWith("方面") && classify(heading) == Kind.OTHER;
  }

  /** Splits closing paragraphs off the end of the last section. */
  private List<Line> closing(List<Line> body, List<String> closing) {
    int lastMarked = -1;
    for (int k = 0; k < body.size(); k++) {
      if (body.get(k).mark != null) {
        lastMarked = k;
      }
    }
    for (int k = Math.max(0, lastMarked + 1); k < body.size(); k++) {
      if (closingLike(body.get(k))) {
        for (int j = k; j < body.size(); j++) {
          closing.add(body.get(j).text);
        }
        return body.subList(0, k);
      }
    }
    return body;
  }

  private static boolean closingLike(Line l) {
    String n = l.norm;
    for (String s : CLOSING_STARTS) {
      if (n.startsWith(s)) {
        return true;
      }
    }
    return has(n, CLOSING_CONTAINS);
  }

  /**
   * The findings of the problems section: subsections, else numbered items, else prose. The paragraphs
   * before the first subsection or item are the section's opening; so is a section of prose whose last
   * paragraph announces a list that is not there.
   */
  private void problems(List<Line> body, List<RawFinding> out, List<String> opening) {
    boolean subsections = false;
    boolean items = false;
    for (Line l : body) {
      if (l.mark == Line.Mark.SUBSECTION && l.number == 1 || l.mark == null && outline(l) == 1) {
        subsections = true;
      }
      if (l.mark == Line.Mark.ITEM && l.number == 1) {
        items = true;
      }
    }
    RawFinding cur = null;
    int expect = 1;
    List<Line> intro = new ArrayList<>();
    for (Line l : body) {
      boolean starts;
      if (subsections) {
        starts = l.mark == Line.Mark.SUBSECTION && l.number == expect
            || l.mark == null && outline(l) == 1 && headingLike(l.text);
      } else if (items) {
        starts = l.mark == Line.Mark.ITEM && l.number == expect;
      } else {
        starts = cur == null;
      }
      if (starts) {
        cur = new RawFinding();
        cur.at = l;
        out.add(cur);
        expect++;
        if (!subsections && !items) {
          cur.body.add(l);
          continue;
        }
        String rest = l.mark == null ? l.text : l.rest();
        int split = headingEnd(rest, subsections);
        cur.heading = Norm.strip(rest.substring(0, split));
        String after = Norm.strip(rest.substring(split));
        if (!after.isEmpty()) {
          int off = l.text.length() - rest.length() + rest.indexOf(after, split);
          cur.body.add(new Line(after, l.src, l.col0 + off));
        }
        if (cur.heading.isEmpty()) {
          cur.heading = null;
        }
      } else if (cur == null) {
        intro.add(l);
      } else {
        cur.body.add(l);
      }
    }
    if (!subsections && !items && cur != null && introOnly(cur.body, opening.size())) {
      out.remove(out.size() - 1);
      intro.addAll(cur.body);
    }
    for (Line l : intro) {
      opening.add(l.text);
    }
  }

  /**
   * Whether a problems section of prose ends with a paragraph that announces a list (…主要存在以下问题：)
   * that the text does not hold: a cut copy, or a section's opening alone. Then the prose is the
   * section's opening, without findings; reported, since the list is missing.
   *
   * @param first the index in the opening the prose's paragraphs start at
   */
  private boolean introOnly(List<Line> body, int first) {
    if (body.isEmpty()) {
      return false;
    }
    Line end = body.get(body.size() - 1);
    String n = end.norm;
    int cue = Math.max(n.lastIndexOf("以下"), n.lastIndexOf("如下"));
    if (n.endsWith("：") && cue >= 0 && cue >= n.length() - 20) {
      diags.add(Diags.at("import.section.intro-only", Severity.WARNING, end.src, end.col0 + 1,
          "/problemsOpening/" + (first + body.size() - 1), end.text.substring(Math.max(0, end.text.length() - 10))));
      return true;
    }
    return false;
  }

  /**
   * Where a heading ends in a line that may run in with its body: the whole line when it has no
   * sentence end (or only at its end); else after the first sentence (。 or ：) when that is short.
   */
  private static int headingEnd(String rest, boolean subsection) {
    String n = Norm.of(rest);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '。' || c == '：' || c == '！' || c == '？' || c == '；') {
        int e = i + 1;
        while (e < n.length() && Norm.closer(n.charAt(e))) {
          e++;
        }
        if (e >= n.length()) {
          return n.length();
        }
        return i < HEADING_MAX ? e : (subsection ? n.length() : 0);
      }
    }
    return subsection || n.length() <= HEADING_MAX ? n.length() : 0;
  }

  /**
   * The items of a causes or measures section. Paragraphs without a marker before the first item, and
   * the words before the first of items run in within a paragraph, are the section's opening.
   */
  private void items(List<Line> body, List<RawItem> out, List<String> opening) {
    RawItem cur = null;
    int expect = 1;
    PointStyle style = null;
    for (Line l : body) {
      List<int[]> runIns = runIns(l.norm, l.mark == Line.Mark.RUN_IN ? 0 : -1, expect);
      boolean numbered = l.mark != null && l.number == expect && l.mark != Line.Mark.SECTION
          && (style == null || style == l.style || l.mark == Line.Mark.RUN_IN && runIns.size() > 1)
          || l.mark == Line.Mark.SECTION && l.number == expect && (style == null || style == l.style);
      if (numbered && l.mark == Line.Mark.RUN_IN && runIns.size() > 1 || l.mark == null && runIns.size() > 1
          && (cur == null || cur.text.isEmpty() && cur.headline == null)) {
        // items run in within one paragraph
        int from = 0;
        if (runIns.get(0)[0] > 0) {
          String pre = Norm.strip(l.text.substring(0, runIns.get(0)[0]));
          if (!pre.isEmpty()) {
            if (cur == null) {
              opening.add(pre);
            } else {
              cur.more.add(pre);
            }
          }
        }
        for (int r = 0; r < runIns.size(); r++) {
          int s = runIns.get(r)[0];
          int e = r + 1 < runIns.size() ? runIns.get(r + 1)[0] : l.text.length();
          RawItem it = new RawItem();
          it.at = l;
          it.numbered = true;
          it.style = PointStyle.RUN_IN;
          splitHeadline(it, Norm.strip(l.text.substring(s + runIns.get(r)[1], e)));
          out.add(it);
          cur = it;
          from = e;
        }
        style = PointStyle.RUN_IN;
        expect += runIns.size();
        continue;
      }
      if (numbered) {
        cur = new RawItem();
        cur.at = l;
        cur.numbered = true;
        cur.style = l.style;
        style = l.style;
        splitHeadline(cur, l.rest(), l.restNorm());
        out.add(cur);
        expect++;
      } else if (cur == null) {
        opening.add(l.text);
      } else {
        cur.more.add(l.text);
      }
    }
  }

  /** Headline: the first sentence when short and followed by more; a short sentence alone. */
  private static void splitHeadline(RawItem it, String text) {
    splitHeadline(it, text, Norm.of(text));
  }

  private static void splitHeadline(RawItem it, String text, String n) {
    int e = sentenceEnd(n, 0, true);
    if (e < n.length()) {
      if (e <= HEADLINE_MAX) {
        it.headline = text.substring(0, e);
        it.text = Norm.strip(text.substring(e));
        return;
      }
      it.text = text;
      return;
    }
    boolean comma = n.indexOf('，') >= 0 || n.indexOf('；') >= 0 && n.indexOf('；') < n.length() - 1;
    char last = n.isEmpty() ? ' ' : n.charAt(n.length() - 1);
    boolean punct = Norm.sentenceEnd(last) || last == '：';
    if (!comma && (punct && n.length() <= HEADLINE_ALONE_MAX || !punct && n.length() <= 30)) {
      it.headline = text;
      it.text = "";
    } else {
      it.text = text;
    }
  }

  /** The end (exclusive) of the sentence starting at from: after 。！？ (；：when asked) and closers. */
  static int sentenceEnd(String n, int from, boolean colon) {
    for (int i = from; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '。' || c == '！' || c == '？' || colon && c == '：' || c == '；' && colon) {
        int e = i + 1;
        while (e < n.length() && Norm.closer(n.charAt(e))) {
          e++;
        }
        return e;
      }
    }
    return n.length();
  }

  /**
   * The run-in markers (一是, 二是, …) of a text in order from {@code expect}: at the start or after a
   * clause end. Each as {start, length including following white space}.
   */
  static List<int[]> runIns(String n, int startAt, int expect) {
    List<int[]> out = new ArrayList<>();
    int want = expect;
    for (int i = n.indexOf('是', 1); i > 0; i = n.indexOf('是', i + 1)) {
      String num = NUMERALS[Math.min(want, ChineseNumerals.MAX)];
      int s = i - num.length();
      if (s >= 0 && n.startsWith(num, s) && boundary(n, s)) {
        int e = i + 1;
        while (e < n.length() && Norm.space(n.charAt(e))) {
          e++;
        }
        if (e < n.length()) {
          out.add(new int[] {s, e - s});
          want++;
        }
      }
    }
    return out;
  }

  private static boolean boundary(String n, int s) {
    int p = s - 1;
    while (p >= 0 && Norm.space(n.charAt(p))) {
      p--;
    }
    if (p < 0) {
      return true;
    }
    if (s > 0 && Line.numeralLength(n, p) > 0 && p + 1 == s) {
      return false;
    }
    return Norm.clauseEnd(n.charAt(p)) && n.charAt(p) != '、';
  }

  // ---------------------------------------------------------------- findings

  private ImportResult finish(Report.Builder report, SectionHeadings headings, List<RawFinding> raw,
      List<RawItem> causes, List<RawItem> measures, List<String> closing, List<String> signature,
      Optional<LocalDate> date) {
    for (RawFinding f : raw) {
      if (!f.body.isEmpty()) {
        String n = f.body.get(0).norm;
        int cue = indexOfAny(n, NEGATION_CUES);
        f.negated |= cue >= 0 && cue < sentenceEnd(n, 0, false) + 40;
      }
    }
    Matching.Result match = new Matching(registry, diags).choose(raw, mode, forced, Optional.ofNullable(docTitle),
        headings.problems());
    Checklist checklist = match.checklist();
    Numbering.Builder numbering = Numbering.builder();
    PointStyle pointStyle = null;
    for (int i = 0; i < raw.size(); i++) {
      RawFinding f = raw.get(i);
      String cpId = match.checkpoints().get(i);
      Optional<Checkpoint> cp = checklist.checkpoint(cpId);
      boolean exists = cp.map(c -> c.kind() == CheckpointKind.WHETHER_EXISTS).orElse(true);
      FindingParse fp = new FindingParse(f, exists);
      Finding.Builder fb = Finding.builder().checkpoint(cpId).verdict(fp.verdict).addAllBody(fp.paragraphs);
      if (f.heading != null) {
        fb.heading(f.heading);
      }
      if (fp.style != null && pointStyle == null) {
        pointStyle = fp.style;
      }
      if (cp.isPresent() && !cp.get().kind().allowedVerdicts().contains(fp.verdict)) {
        fb.verdict(Verdict.PROBLEMS_FOUND);
      } else if (fp.verdict != Verdict.PROBLEMS_FOUND) {
        diags.add(Diags.at("import.finding.verdict", Severity.INFO, f.at.src, f.at.col0 + 1, "/findings/" + i
            + "/verdict", ChineseNumerals.format(Math.min(i + 1, 99)), fp.verdict.label()));
      }
      report.addFindings(fb.build());
    }
    if (pointStyle != null) {
      numbering.points(pointStyle);
    }
    PointStyle cs = firstStyle(causes);
    if (cs != null) {
      numbering.causes(cs);
    }
    PointStyle ms = firstStyle(measures);
    if (ms != null) {
      numbering.measures(ms);
    }
    for (RawItem it : causes) {
      Cause.Builder b = Cause.builder().text(it.text).addAllMoreParagraphs(it.more);
      if (it.headline != null) {
        b.headline(it.headline);
      }
      report.addCauses(b.build());
    }
    for (RawItem it : measures) {
      Measure.Builder b = Measure.builder().text(it.text).addAllMoreParagraphs(it.more);
      if (it.headline != null) {
        b.headline(it.headline);
      }
      report.addMeasures(b.build());
    }
    report.checklist(checklist.ref()).status(ReportStatus.DRAFT).headings(headings).numbering(numbering.build())
        .addAllClosing(closing).addAllSignature(signature);
    date.ifPresent(report::date);
    Report r = report.build();
    if (measureTable.isPresent()) {
      r = measureTable.get().apply(r, checklist, diags, keepRows, unmatchedRows);
    }
    return new ImportResult(r, checklist, match.inferred(), match.score(), ValidationResult.of(diags), doc);
  }

  private static PointStyle firstStyle(List<RawItem> items) {
    for (RawItem it : items) {
      if (it.numbered) {
        return it.style;
      }
    }
    return null;
  }

  /** The segments and verdict of one finding. */
  final class FindingParse {
    final List<Paragraph> paragraphs = new ArrayList<>();
    Verdict verdict = Verdict.PROBLEMS_FOUND;
    PointStyle style;
    private int expect = 1;

    FindingParse(RawFinding f, boolean exists) {
      if (f.body.isEmpty() && f.heading != null && has(Norm.of(f.heading), NOT_APPLICABLE_CUES)) {
        verdict = Verdict.NOT_APPLICABLE;
      }
      boolean first = true;
      for (Line l : f.body) {
        List<Segment> segs = new ArrayList<>();
        String text = l.text;
        String norm = l.norm;
        if ((l.mark == Line.Mark.ITEM || l.mark == Line.Mark.SUBITEM) && l.number == expect
            && (style == null || style == l.style)) {
          style = l.style;
          expect++;
          splitCases(l.rest(), l.restNorm(), SegmentKind.POINT, segs);
        } else {
          PointStyle[] found = new PointStyle[1];
          List<int[]> marks = pointMarks(norm, expect, style, found);
          int preEnd = marks.isEmpty() ? text.length() : marks.get(0)[0];
          String pre = text.substring(0, preEnd);
          if (!Norm.strip(pre).isEmpty()) {
            pre(pre, norm.substring(0, preEnd), first, exists, !marks.isEmpty() || first && hasPoints(f), segs);
          }
          for (int r = 0; r < marks.size(); r++) {
            int s = marks.get(r)[0] + marks.get(r)[1];
            int e = r + 1 < marks.size() ? marks.get(r + 1)[0] : text.length();
            splitCases(text.substring(s, e), norm.substring(s, e), SegmentKind.POINT, segs);
            if (style == null) {
              style = found[0];
            }
            expect++;
          }
        }
        if (first && verdict == Verdict.PROBLEMS_FOUND && f.body.size() == 1 && segs.size() == 1
            && has(Norm.of(segs.get(0).text()), NOT_APPLICABLE_CUES)) {
          verdict = Verdict.NOT_APPLICABLE;
        }
        paragraphs.add(Paragraph.of(segs));
        first = false;
      }
      if (f.verdict != null && verdict == Verdict.PROBLEMS_FOUND) {
        verdict = f.verdict;
      }
    }

    /** Text before the first point: lead (first paragraph), detail, cases; the verdict of an exists-check. */
    private void pre(String text, String norm, boolean first, boolean exists, boolean points, List<Segment> segs) {
      if (first && exists) {
        int cue = indexOfAny(norm, NEGATION_CUES);
        int firstEnd = sentenceEnd(norm, 0, false);
        if (cue >= 0 && cue < firstEnd + 40) {
          int but = butAfter(norm, cue);
          if (but >= 0) {
            verdict = Verdict.NOT_PRESENT_WITH_SHORTCOMINGS;
            segs.add(Segment.lead(text.substring(0, but)));
            splitCases(text.substring(but), norm.substring(but), SegmentKind.DETAIL, segs);
            return;
          }
          int e = sentenceEnd(norm, cue, false);
          verdict = points ? Verdict.NOT_PRESENT_WITH_SHORTCOMINGS : Verdict.NOT_PRESENT;
          segs.add(Segment.lead(text.substring(0, e)));
          if (e < text.length()) {
            splitCases(text.substring(e), norm.substring(e), SegmentKind.DETAIL, segs);
          }
          return;
        }
      }
      if (first && !startsWithCase(norm, 0)) {
        int e = sentenceEnd(norm, 0, true);
        if (e <= LEAD_MAX) {
          segs.add(Segment.lead(text.substring(0, e)));
          if (e < text.length()) {
            splitCases(text.substring(e), norm.substring(e), SegmentKind.DETAIL, segs);
          }
          return;
        }
      }
      splitCases(text, norm, SegmentKind.DETAIL, segs);
    }
  }

  /**
   * The point markers within a paragraph from {@code expect} on: run-in 一是 …, or else （1） (1) after
   * a sentence end when the finding's points are not run in. The style found goes to {@code found[0]}.
   */
  static List<int[]> pointMarks(String n, int expect, PointStyle style, PointStyle[] found) {
    List<int[]> marks = runIns(n, 0, expect);
    if (!marks.isEmpty() || style == PointStyle.RUN_IN) {
      found[0] = PointStyle.RUN_IN;
      return marks;
    }
    int want = expect;
    for (int i = n.indexOf('（', 1); i > 0; i = n.indexOf('（', i + 1)) {
      int al = Line.arabicLength(n, i + 1);
      if (al == 0 || i + 1 + al >= n.length() || n.charAt(i + 1 + al) != '）' || Line.arabic(n, i + 1, al) != want) {
        continue;
      }
      int p = i - 1;
      while (p >= 0 && Norm.space(n.charAt(p))) {
        p--;
      }
      if (p < 0 || !(Norm.sentenceEnd(n.charAt(p)) || n.charAt(p) == '：' || n.charAt(p) == '；')) {
        continue;
      }
      int e = i + al + 2;
      while (e < n.length() && Norm.space(n.charAt(e))) {
        e++;
      }
      if (e < n.length()) {
        marks.add(new int[] {i, e - i});
        want++;
      }
    }
    found[0] = PointStyle.PAREN_ARABIC;
    return marks;
  }

  private static boolean hasPoints(RawFinding f) {
    for (int k = 1; k < f.body.size(); k++) {
      Line l = f.body.get(k);
      if (l.mark != null || !pointMarks(l.norm, 1, null, new PointStyle[1]).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The first 但 after a negation, at a clause boundary. */
  private static int butAfter(String n, int from) {
    for (int i = from; i < n.length(); i++) {
      if (n.charAt(i) == '但') {
        int p = i - 1;
        while (p >= 0 && Norm.space(n.charAt(p))) {
          p--;
        }
        if (p >= 0 && (Norm.sentenceEnd(n.charAt(p)) || n.charAt(p) == '，' || n.charAt(p) == '。')) {
          return i;
        }
      }
    }
    return -1;
  }

  private static int indexOfAny(String n, String[] words) {
    int best = -1;
    for (String w : words) {
      int i = n.indexOf(w);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /** Splits text into a segment of the given kind followed by cases (比如… at sentence starts). */
  static void splitCases(String text, String norm, SegmentKind kind, List<Segment> segs) {
    int start = 0;
    SegmentKind k = kind != SegmentKind.POINT && startsWithCase(norm, 0) ? SegmentKind.CASE : kind;
    for (int i = 1; i < norm.length(); i++) {
      if (!caseStart(norm.charAt(i))) {
        continue;
      }
      char before = norm.charAt(i - 1);
      if (!(Norm.sentenceEnd(before) || before == '：' || Norm.closer(before) || Norm.space(before))) {
        continue;
      }
      if (startsWithCase(norm, i)) {
        int p = i - 1;
        while (p >= 0 && Norm.space(norm.charAt(p))) {
          p--;
        }
        if (p >= 0 && (Norm.sentenceEnd(norm.charAt(p)) || norm.charAt(p) == '：' || Norm.closer(norm.charAt(p)) && p > 0
            && Norm.sentenceEnd(norm.charAt(p - 1)))) {
          String piece = text.substring(start, i);
          if (!Norm.strip(piece).isEmpty() || k != kind) {
            segs.add(Segment.of(k, k == SegmentKind.POINT ? Norm.strip(piece) : piece));
          } else if (k == SegmentKind.POINT) {
            segs.add(Segment.of(k, ""));
          }
          start = i;
          k = SegmentKind.CASE;
        }
      }
    }
    String piece = text.substring(start);
    segs.add(Segment.of(k, k == SegmentKind.POINT ? Norm.strip(piece) : piece));
  }

  /** Whether a case cue can start with this character. */
  private static boolean caseStart(char c) {
    // a one-word filter first: most characters fail it with one test
    return (CASE_FILTER & 1L << c) != 0 && (c == '比' || c == '例' || c == '又' || c == '再' || c == '譬' || c == '如');
  }

  private static final long CASE_FILTER = 1L << '比' | 1L << '例' | 1L << '又' | 1L << '再' | 1L << '譬' | 1L << '如';

  static boolean startsWithCase(String n, int i) {
    if (!caseStart(n.charAt(i))) {
      return false;
    }
    for (String c : CASE_CUES) {
      if (n.startsWith(c, i)) {
        return true;
      }
    }
    if (n.startsWith("如", i) && i + 1 < n.length()) {
      char next = n.charAt(i + 1);
      return next == '，' || next == '：' || "何果实期此下今同意若是数约常前上左右需有未不".indexOf(next) < 0
          && (i == 0 || Norm.sentenceEnd(n.charAt(i - 1)));
    }
    return false;
  }
}
