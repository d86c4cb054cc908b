package io.github.jianshi.docx;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.SourceParagraph;
import io.github.jianshi.importer.SourceParagraph.Alignment;
import io.github.jianshi.importer.SourceParagraph.Origin;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the main part of a Word document ({@code word/document.xml}) once, without recursion, and
 * gives its paragraphs in reading order: the body's and the table cells' paragraphs, and after each
 * paragraph that holds a text box, the text box's paragraphs. Text is what Word shows with all tracked
 * changes accepted: runs joined, field results without field codes, soft breaks as line feeds, tabs,
 * symbols; only one branch of each {@code mc:AlternateContent}. The marker of automatic numbering is
 * computed in reading order and kept apart from the text.
 */
final class BodyReader {
  private final WordStyles styles;
  private final WordNumbering numbering;
  private final ImportLimits limits;

  private final List<SourceParagraph> paragraphs = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Paragraphs open at this point (a text box inside a paragraph holds paragraphs of its own). */
  private final Deque<Para> open = new ArrayDeque<>();
  /** A paragraph whose mark was deleted (tracked): its text runs on into the next paragraph. */
  private Para carry;
  private int tableDepth;
  private Block table;
  /** The row and cell of the outermost open table, -1 before its first. */
  private int tableRow = -1;
  private int tableCell = -1;
  private int textBoxDepth;
  private Block textBox;
  private final List<Block> tables = new ArrayList<>();
  private final List<Block> textBoxes = new ArrayList<>();
  /** Open complex fields: false while in the field code, true once in the result. */
  private final Deque<Boolean> fields = new ArrayDeque<>();
  private int fieldsInCode;
  /** Depths of open mc:AlternateContent elements, and whether a branch of each was taken. */
  private final Deque<int[]> alternates = new ArrayDeque<>();
  private int pPrDepth = -1;
  private boolean inText;
  private int insertions;
  private int deletions;
  private int otherRevisions;
  private int firstRevisionParagraph;
  private String firstRevisionExcerpt;
  private int comments;
  /** Where each {@code w:altChunk} stands: the number of paragraphs given before it. */
  private final List<Integer> altChunks = new ArrayList<>();
  private final List<NoteRef> notes = new ArrayList<>();
  private final Map<String, Integer> missingLists = new LinkedHashMap<>();

  /** A table or text box, located by its first paragraph. */
  static final class Block {
    int first;
    int count;
    String excerpt;
  }

  /** A footnote or endnote reference. */
  record NoteRef(boolean endnote, String id, int paragraph) {}

  private static final class Para {
    final int depth;
    final Origin origin;
    final Block table;
    final Block textBox;
    /** The position in the outermost table, or null. */
    SourceParagraph.TableCell cell;
    final StringBuilder text = new StringBuilder();
    String styleId;
    String numId;
    Integer ilvl;
    Integer outline;
    Alignment alignment;
    boolean alignmentSet;
    boolean markDeleted;
    boolean revised;
    List<Para> followers;
    List<String[]> noteRefs;

    Para(int depth, Origin origin, Block table, Block textBox) {
      this.depth = depth;
      this.origin = origin;
      this.table = table;
      this.textBox = textBox;
    }
  }

  BodyReader(WordStyles styles, WordNumbering numbering, ImportLimits limits) {
    this.styles = styles;
    this.numbering = numbering;
    this.limits = limits;
  }

  List<SourceParagraph> paragraphs() {
    return paragraphs;
  }

  List<NoteRef> notes() {
    return notes;
  }

  /** What the walk found: tracked changes, tables, text boxes, comments, undefined lists. */
  List<Diagnostic> diagnostics() {
    List<Diagnostic> out = new ArrayList<>(diagnostics);
    if (insertions + deletions + otherRevisions > 0) {
      Diagnostic.Builder b = DocxDiagnostics.builder(DocxDiagnostics.TRACKED_CHANGES, Severity.WARNING,
          Integer.toString(insertions), Integer.toString(deletions));
      if (firstRevisionParagraph > 0) {
        b.paragraph(firstRevisionParagraph);
        quote(b, firstRevisionExcerpt);
      }
      out.add(b.build());
    }
    for (Block t : tables) {
      if (t.count > 0) {
        out.add(quote(DocxDiagnostics.builder(DocxDiagnostics.TABLE, Severity.INFO, Integer.toString(t.count))
            .paragraph(t.first), t.excerpt).build());
      }
    }
    for (Block t : textBoxes) {
      if (t.count > 0) {
        out.add(quote(DocxDiagnostics.builder(DocxDiagnostics.TEXT_BOX, Severity.INFO, Integer.toString(t.count))
            .paragraph(t.first), t.excerpt).build());
      }
    }
    for (int before : altChunks) {
      Diagnostic.Builder b = DocxDiagnostics.builder(DocxDiagnostics.ALT_CHUNK, Severity.WARNING);
      if (before < paragraphs.size()) {
        b.paragraph(before + 1);
        quote(b, DocxDiagnostics.excerpt(paragraphs.get(before).text()));
      }
      out.add(b.build());
    }
    if (comments > 0) {
      out.add(DocxDiagnostics.builder(DocxDiagnostics.COMMENTS, Severity.INFO, Integer.toString(comments)).build());
    }
    for (Map.Entry<String, Integer> m : missingLists.entrySet()) {
      out.add(DocxDiagnostics.builder(DocxDiagnostics.NUMBERING_MISSING, Severity.WARNING)
          .paragraph(m.getValue()).build());
    }
    return out;
  }

  /** Adds the quote unless it is empty (an empty paragraph has nothing to quote). */
  private static Diagnostic.Builder quote(Diagnostic.Builder b, String excerpt) {
    if (excerpt != null && !excerpt.isEmpty()) {
      b.excerpt(excerpt);
    }
    return b;
  }

  void read(XMLStreamReader r) throws XMLStreamException, LimitException {
    int max = limits.maxXmlDepth();
    int depth = 0;
    while (r.hasNext()) {
      int e = WordXml.next(r);
      switch (e) {
        case XMLStreamConstants.START_ELEMENT:
          if (++depth > max) {
            throw new WordXml.DepthException();
          }
          if (start(r, depth)) {
            WordXml.skip(r, depth, max);
            depth--;
          }
          break;
        case XMLStreamConstants.END_ELEMENT:
          end(r, depth);
          depth--;
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (inText && fieldsInCode == 0 && !open.isEmpty()) {
            append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
          break;
        default:
          break;
      }
    }
    if (carry != null) {
      Para last = carry;
      carry = null;
      emit(last);
    }
  }

  /**
   * Handles a start tag.
   *
   * @return true when the element is to be skipped with its content
   */
  private boolean start(XMLStreamReader r, int depth) throws LimitException {
    String ns = r.getNamespaceURI();
    String name = r.getLocalName();
    if (WordXml.MC.equals(ns)) {
      if (name.equals("AlternateContent")) {
        alternates.push(new int[] {depth, 0});
      } else if ((name.equals("Choice") || name.equals("Fallback")) && !alternates.isEmpty()
          && alternates.peek()[0] == depth - 1) {
        if (alternates.peek()[1] == 1) {
          return true;
        }
        alternates.peek()[1] = 1;
      }
      return false;
    }
    if (!WordXml.isW(ns)) {
      return false;
    }
    Para p = open.peek();
    if (pPrDepth > 0) {
      return paragraphProperty(r, name, p);
    }
    switch (name) {
      case "p":
        beginParagraph(depth);
        return false;
      case "pPr":
        if (p != null && depth == p.depth + 1) {
          pPrDepth = depth;
          return false;
        }
        return true;
      case "t":
        inText = true;
        return false;
      case "tab":
      case "ptab":
        text('\t');
        return false;
      case "br":
        String type = WordXml.attr(r, "type");
        if (type == null || type.equals("textWrapping")) {
          text('\n');
        }
        return false;
      case "cr":
        text('\n');
        return false;
      case "noBreakHyphen":
        text('-');
        return false;
      case "sym":
        symbol(WordXml.attr(r, "char"));
        return false;
      case "fldChar":
        field(WordXml.attr(r, "fldCharType"));
        return false;
      case "del":
      case "moveFrom":
        deletions++;
        revised(p);
        return true;
      case "ins":
      case "moveTo":
        insertions++;
        revised(p);
        return false;
      case "rPrChange":
      case "pPrChange":
      case "sectPrChange":
      case "tblPrChange":
      case "tblPrExChange":
      case "tcPrChange":
      case "trPrChange":
      case "tblGridChange":
      case "numberingChange":
        otherRevisions++;
        revised(p);
        return true;
      case "rPr":
      case "sectPr":
      case "tblPr":
      case "tblPrEx":
      case "tblGrid":
      case "trPr":
      case "tcPr":
      case "sdtPr":
      case "sdtEndPr":
      case "customXmlPr":
      case "smartTagPr":
      case "fldData":
      case "instrText":
      case "delText":
      case "delInstrText":
      case "background":
        return true;
      case "tbl":
        if (tableDepth++ == 0) {
          table = new Block();
          tables.add(table);
          tableRow = -1;
          tableCell = -1;
        }
        return false;
      case "tr":
        if (tableDepth == 1) {
          tableRow++;
          tableCell = -1;
        }
        return false;
      case "tc":
        if (tableDepth == 1) {
          tableCell++;
        }
        return false;
      case "txbxContent":
        if (textBoxDepth++ == 0) {
          textBox = new Block();
          textBoxes.add(textBox);
        }
        return false;
      case "footnoteReference":
      case "endnoteReference":
        if (p != null) {
          if (p.noteRefs == null) {
            p.noteRefs = new ArrayList<>(2);
          }
          p.noteRefs.add(new String[] {name, WordXml.attr(r, "id")});
        }
        return false;
      case "commentReference":
        comments++;
        return false;
      case "altChunk":
        altChunks.add(paragraphs.size() + open.size());
        return true;
      default:
        return false;
    }
  }

  /** An element inside the paragraph's own {@code w:pPr}. */
  private boolean paragraphProperty(XMLStreamReader r, String name, Para p) {
    switch (name) {
      case "pStyle":
        p.styleId = WordXml.val(r);
        return false;
      case "numId":
        p.numId = WordXml.val(r);
        return false;
      case "ilvl":
        p.ilvl = WordXml.intVal(r, 0);
        return false;
      case "outlineLvl":
        p.outline = WordXml.intVal(r, 9);
        return false;
      case "jc":
        p.alignmentSet = true;
        p.alignment = WordStyles.alignment(WordXml.val(r));
        return false;
      case "del":
      case "moveFrom":
        // the paragraph mark is deleted: the paragraph runs on into the next one
        p.markDeleted = true;
        deletions++;
        revised(p);
        return true;
      case "ins":
      case "moveTo":
        insertions++;
        revised(p);
        return true;
      case "pPrChange":
      case "rPrChange":
      case "numberingChange":
      case "sectPrChange":
        otherRevisions++;
        revised(p);
        return true;
      case "sectPr":
      case "tabs":
        return true;
      default:
        return false;
    }
  }

  private void end(XMLStreamReader r, int depth) throws LimitException {
    String ns = r.getNamespaceURI();
    if (WordXml.MC.equals(ns)) {
      if (!alternates.isEmpty() && alternates.peek()[0] == depth) {
        alternates.pop();
      }
      return;
    }
    if (!WordXml.isW(ns)) {
      return;
    }
    if (pPrDepth > 0) {
      if (depth == pPrDepth) {
        pPrDepth = -1;
      }
      return;
    }
    switch (r.getLocalName()) {
      case "t":
        inText = false;
        break;
      case "p":
        if (!open.isEmpty() && open.peek().depth == depth) {
          endParagraph();
        }
        break;
      case "tbl":
        if (tableDepth > 0 && --tableDepth == 0) {
          table = null;
        }
        break;
      case "txbxContent":
        if (textBoxDepth > 0 && --textBoxDepth == 0) {
          textBox = null;
        }
        break;
      default:
        break;
    }
  }

  private void beginParagraph(int depth) {
    Origin origin = textBoxDepth > 0 ? Origin.TEXT_BOX : tableDepth > 0 ? Origin.TABLE : Origin.BODY;
    Para p = new Para(depth, origin, table, textBox);
    if (origin == Origin.TABLE && table != null && tableRow >= 0 && tableCell >= 0) {
      p.cell = new SourceParagraph.TableCell(tables.size() - 1, tableRow, tableCell);
    }
    if (carry != null && open.isEmpty()) {
      p.text.append(carry.text);
      p.revised = true;
      p.followers = carry.followers;
      p.noteRefs = carry.noteRefs;
      carry = null;
    }
    open.push(p);
  }

  private void endParagraph() throws LimitException {
    Para p = open.pop();
    inText = false;
    // a field code never closed within its paragraph would hide all text after it: close it here
    while (!fields.isEmpty() && !fields.peek()) {
      fields.pop();
      fieldsInCode--;
    }
    if (p.markDeleted && open.isEmpty() && carry == null) {
      carry = p;
      return;
    }
    Para outer = open.peek();
    if (outer != null) {
      if (outer.followers == null) {
        outer.followers = new ArrayList<>(2);
      }
      outer.followers.add(p);
    } else {
      emit(p);
    }
  }

  private void revised(Para p) {
    if (p != null) {
      p.revised = true;
    }
  }

  private void field(String type) {
    if ("begin".equals(type)) {
      fields.push(Boolean.FALSE);
      fieldsInCode++;
    } else if ("separate".equals(type)) {
      if (!fields.isEmpty() && !fields.peek()) {
        fields.pop();
        fields.push(Boolean.TRUE);
        fieldsInCode--;
      }
    } else if ("end".equals(type) && !fields.isEmpty()) {
      if (!fields.pop()) {
        fieldsInCode--;
      }
    }
  }

  private void symbol(String hex) throws LimitException {
    if (hex == null) {
      return;
    }
    try {
      int c = Integer.parseInt(hex.trim(), 16);
      if (Character.isValidCodePoint(c) && c != 0) {
        char[] chars = Character.toChars(c);
        if (fieldsInCode == 0 && !open.isEmpty()) {
          append(chars, 0, chars.length);
        }
      }
    } catch (NumberFormatException e) {
      // not a symbol: nothing to show
    }
  }

  private void text(char c) throws LimitException {
    if (fieldsInCode == 0 && !open.isEmpty()) {
      StringBuilder b = open.peek().text;
      b.append(c);
      checkLength(b);
    }
  }

  private void append(char[] chars, int start, int length) throws LimitException {
    StringBuilder b = open.peek().text;
    b.append(chars, start, length);
    checkLength(b);
  }

  private void checkLength(StringBuilder b) throws LimitException {
    if (b.length() > limits.maxParagraphLength()) {
      throw new LimitException(DocxDiagnostics.builder(DocxDiagnostics.PARAGRAPH_TOO_LONG, Severity.ERROR,
          Integer.toString(limits.maxParagraphLength())).paragraph(paragraphs.size() + 1)
          .excerpt(DocxDiagnostics.excerpt(b)).build());
    }
  }

  private void emit(Para p) throws LimitException {
    int number = paragraphs.size() + 1;
    if (number > limits.maxParagraphs()) {
      throw new LimitException(DocxDiagnostics.error(DocxDiagnostics.TOO_MANY_PARAGRAPHS,
          Integer.toString(limits.maxParagraphs())));
    }
    String text = p.text.toString();
    SourceParagraph.Builder b = SourceParagraph.builder().text(text).origin(p.origin).paragraph(number);
    if (p.cell != null) {
      b.tableCell(p.cell);
    }
    Iterable<WordStyles.Style> chain = styles.chain(p.styleId);
    if (p.styleId != null) {
      WordStyles.Style s = styles.paragraphStyle(p.styleId);
      b.styleName(s != null && s.name != null ? s.name : p.styleId);
    }
    Integer outline = p.outline;
    Alignment alignment = p.alignment;
    boolean alignmentSet = p.alignmentSet;
    String numId = p.numId;
    Integer ilvl = p.ilvl;
    String numStyle = null;
    for (WordStyles.Style s : chain) {
      if (outline == null) {
        outline = s.outlineLevel;
      }
      if (!alignmentSet && s.alignmentSet) {
        alignmentSet = true;
        alignment = s.alignment;
      }
      if (numId == null && s.numId != null) {
        numId = s.numId;
        numStyle = s.id;
      }
      if (ilvl == null && p.numId == null) {
        ilvl = s.ilvl;
      }
    }
    if (outline != null && outline >= 0 && outline < 9) {
      b.outlineLevel(outline);
    }
    if (alignment != null) {
      b.alignment(alignment);
    }
    if (numId != null && !numId.equals("0")) {
      if (ilvl == null) {
        int byStyle = numbering.levelOfStyle(numId, numStyle != null ? numStyle : p.styleId);
        ilvl = byStyle >= 0 ? byStyle : 0;
      }
      String marker = numbering.next(numId, ilvl, styles);
      if (marker == null) {
        missingLists.putIfAbsent(numId, number);
      } else if (!marker.isEmpty()) {
        b.numberingMarker(marker);
      }
    }
    paragraphs.add(b.build());
    String excerpt = null;
    if (p.revised && firstRevisionParagraph == 0) {
      firstRevisionParagraph = number;
      firstRevisionExcerpt = excerpt = DocxDiagnostics.excerpt(text);
    }
    if (p.table != null && p.origin == Origin.TABLE) {
      count(p.table, number, excerpt != null ? excerpt : (excerpt = DocxDiagnostics.excerpt(text)));
    }
    if (p.textBox != null) {
      count(p.textBox, number, excerpt != null ? excerpt : DocxDiagnostics.excerpt(text));
    }
    if (p.noteRefs != null) {
      for (String[] ref : p.noteRefs) {
        notes.add(new NoteRef(ref[0].startsWith("end"), ref[1], number));
      }
    }
    if (p.followers != null) {
      for (Para f : p.followers) {
        emit(f);
      }
    }
  }

  private static void count(Block block, int number, String excerpt) {
    if (block.count++ == 0) {
      block.first = number;
      block.excerpt = excerpt;
    }
  }
}
