package io.github.jianshi.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * A 1-based line and column in a UTF-8 document. The column counts UTF-16 code units (as editors and
 * SARIF do), not bytes. Lines end at LF, CR LF or a lone CR, as Jackson counts them.
 */
record Position(int line, int column) {

  /**
   * The position of a byte offset whose line is known (from the parser): only the bytes of that line
   * before the offset are read.
   *
   * @param bytes the document in UTF-8
   * @param line the 1-based line of the offset
   * @param offset a byte offset, at most {@code bytes.length}
   * @return the position
   */
  static Position at(byte[] bytes, int line, long offset) {
    int end = clamp(bytes, offset);
    int start = end;
    while (start > 0 && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
      start--;
    }
    return new Position(line, 1 + units(bytes, start, end));
  }

  /**
   * The positions of many anchors ({@link Anchors#pack packed} line and byte offset) in one forward
   * pass over the document: linear in its length plus the number of anchors, where calling
   * {@link #at} for each would rescan a long line once per anchor (a minified document is one line).
   *
   * @param bytes the document in UTF-8
   * @param anchors packed anchors, in any order, repeats allowed
   * @return the position of each anchor
   */
  static Map<Long, Position> atAll(byte[] bytes, Collection<Long> anchors) {
    Long[] byOffset = anchors.toArray(new Long[0]);
    Arrays.sort(byOffset, Comparator.comparingLong(Anchors::offset));
    Map<Long, Position> out = new HashMap<>(byOffset.length * 2);
    int pos = 0;
    int units = 0; // UTF-16 units since the last line break before pos
    for (Long anchor : byOffset) {
      int end = clamp(bytes, Anchors.offset(anchor));
      for (; pos < end; pos++) {
        int b = bytes[pos] & 0xFF;
        if (b == '\n' || b == '\r') {
          units = 0;
        } else if ((b & 0xC0) != 0x80) {
          units += b >= 0xF0 ? 2 : 1;
        }
      }
      out.put(anchor, new Position(Anchors.line(anchor), 1 + units));
    }
    return out;
  }

  /**
   * The position of a byte offset, counting lines from the start of the document.
   *
   * @param bytes the document in UTF-8
   * @param offset a byte offset, at most {@code bytes.length}
   * @return the position
   */
  static Position of(byte[] bytes, long offset) {
    int end = clamp(bytes, offset);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, 1 + units(bytes, lineStart, end));
  }

  /**
   * The position of a char offset in a string.
   *
   * @param text the text
   * @param offset a char offset
   * @return the position
   */
  static Position of(CharSequence text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return new Position(line, column);
  }

  /** UTF-16 code units of the UTF-8 bytes from start to end: lead bytes count one, 4-byte leads two. */
  private static int units(byte[] bytes, int start, int end) {
    int units = 0;
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        units += b >= 0xF0 ? 2 : 1;
      }
    }
    return units;
  }

  private static int clamp(byte[] bytes, long offset) {
    return (int) Math.min(Math.max(offset, 0), bytes.length);
  }
}
