package io.github.jianshi.importer;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One paragraph of a source document, as its reader found it, with hints about what it may be.
 *
 * <p>Hints are never the only signal: a style named 标题 2 or an outline level makes a heading more
 * likely, the text decides. A text source gives one paragraph per line, with its line number; a Word
 * source gives one per paragraph of the body (and of table cells), with its paragraph number, and
 * the marker that automatic numbering puts before the text when the marker is not in the text.
 */
@Value.Immutable
public abstract class SourceParagraph {
  SourceParagraph() {}

  /**
   * The text as it stands in the source. A line feed ({@code \n}) inside stands for a soft line break
   * of Word; a reader of text never puts one in.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * The marker that Word's automatic numbering shows before the text (computed from
   * {@code numbering.xml}: level text, number format, start and restarts), for example （一）, 一、, 1.
   * Empty when the paragraph is not numbered automatically.
   *
   * @return the marker, or empty
   */
  public abstract Optional<String> numberingMarker();

  /**
   * The outline level from the paragraph or its style, 0 for a first-level heading; a hint.
   *
   * @return the level, or empty
   */
  public abstract OptionalInt outlineLevel();

  /**
   * The name of the paragraph's style, for example {@code heading 2} or {@code 标题 2}; a hint.
   *
   * @return the style name, or empty
   */
  public abstract Optional<String> styleName();

  /**
   * The paragraph's alignment; a hint (titles are centred, signatures right-aligned).
   *
   * @return the alignment, or empty when not known or justified/left
   */
  public abstract Optional<Alignment> alignment();

  /**
   * Where in the document the paragraph comes from.
   *
   * @return by default {@link Origin#BODY}
   */
  @Value.Default
  public Origin origin() {
    return Origin.BODY;
  }

  /**
   * The 1-based line of a text source where the paragraph starts.
   *
   * @return the line, or empty for Word sources
   */
  public abstract OptionalInt line();

  /**
   * The 1-based paragraph number of a Word source (counting every paragraph of the body, table cells
   * included, in document order).
   *
   * @return the paragraph number, or empty for text sources
   */
  public abstract OptionalInt paragraph();

  /**
   * Where in a table of the body the paragraph stands, for a Word source's table cells (origin
   * {@link Origin#TABLE}): which table, row and cell. A paragraph of a table nested in a cell has the
   * position of that outer cell.
   *
   * @return the position, or empty outside tables and for text sources
   */
  public abstract Optional<TableCell> tableCell();

  /**
   * A paragraph of text.
   *
   * @param text the text
   * @return the paragraph, without hints or location
   */
  public static SourceParagraph of(String text) {
    return builder().text(text).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceParagraph}. */
  public static final class Builder extends ImmutableSourceParagraph.Builder {
    Builder() {}
  }

  /**
   * The position of a table cell: all three counted from 0 in document order. Rows and cells are
   * counted as written ({@code w:tr}, {@code w:tc}), so a cell spanning several grid columns counts
   * once.
   *
   * @param table the table, among the outermost tables of the document (a table in a text box
   *     counts too)
   * @param row the row within the table
   * @param cell the cell within the row
   */
  public record TableCell(int table, int row, int cell) {
    /**
     * Creates a position.
     *
     * @param table the table, 0 or more
     * @param row the row, 0 or more
     * @param cell the cell, 0 or more
     */
    public TableCell {
      if (table < 0 || row < 0 || cell < 0) {
        throw new IllegalArgumentException("table, row and cell must be 0 or more: " + table + ", " + row + ", " + cell);
      }
    }
  }

  /** The alignment of a paragraph. */
  public enum Alignment {
    /** Centred, as titles are. */
    CENTER,
    /** Right-aligned, as signatures and dates are. */
    RIGHT
  }

  /** Where a paragraph comes from. */
  public enum Origin {
    /** The body of the document. */
    BODY,
    /** A cell of a table in the body. */
    TABLE,
    /** A text box or shape. */
    TEXT_BOX,
    /** A footnote or endnote. */
    NOTE
  }
}
