package io.github.jianshi.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Collection;
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
    return new Position(line, 1 + units(bytes, lineStart(bytes, 0, end), end));
  }

  /**
   * The positions of many anchors ({@link Anchors#pack packed} line and byte offset) without rescanning:
   * in offset order, each anchor's column is counted back to its line start or to the previous anchor,
   * whichever comes first (on the same line, the previous anchor's column is carried on). So the
   * bytes read are at most the document once (a minified document is one line, where calling
   * {@link #at} for each anchor would rescan it once per anchor), and for a pretty-printed document
   * only the line prefixes of the anchors.
   *
   * @param bytes the document in UTF-8
   * @param anchors packed anchors, in any order, repeats allowed
   * @return the position of each anchor
   */
  static Map<Long, Position> atAll(byte[] bytes, Collection<Long> anchors) {
    long[] byOffset = new long[anchors.size()];
    int n = 0;
    for (Long anchor : anchors) {
      byOffset[n++] = anchor;
    }
    // sort by offset (the low 32 bits): offsets are below 2^31, so the key orders as the offset
    for (int i = 0; i < n; i++) {
      byOffset[i] = (byOffset[i] << 32) | (byOffset[i] >>> 32);
    }
    Arrays.sort(byOffset, 0, n);
    Map<Long, Position> out = new HashMap<>(n * 2);
    int previousEnd = 0;
    int previousColumn = 1;
    for (int i = 0; i < n; i++) {
      long anchor = (byOffset[i] << 32) | (byOffset[i] >>> 32);
      int end = clamp(bytes, Anchors.offset(anchor));
      int start = lineStart(bytes, previousEnd, end);
      boolean continuesLine = start == previousEnd && start > 0 && bytes[start - 1] != '\n' && bytes[start - 1] != '\r';
      int column = (continuesLine ? previousColumn : 1) + units(bytes, start, end);
      out.put(anchor, new Position(Anchors.line(anchor), column));
      previousEnd = end;
      previousColumn = column;
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

  /** Eight bytes of an array at a time; byte i of the array is byte i % 8 of the long. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

  /** The zero bytes of a word, as their high bits, exactly (no borrow reaches another byte). */
  private static long zeros(long x) {
    return ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
  }

  /**
   * Where the line holding {@code end} starts: just after the last LF or CR in {@code [floor, end)},
   * or {@code floor}. Eight bytes at a time, since in a minified document this walks back over
   * everything before the offset.
   */
  static int lineStart(byte[] bytes, int floor, int end) {
    int i = end;
    for (; i - Long.BYTES >= floor; i -= Long.BYTES) {
      long x = (long) LONGS.get(bytes, i - Long.BYTES);
      long ends = zeros(x ^ LINE_FEEDS) | zeros(x ^ RETURNS);
      if (ends != 0) {
        return i - Long.BYTES + (7 - (Long.numberOfLeadingZeros(ends) >>> 3)) + 1;
      }
    }
    while (i > floor && bytes[i - 1] != '\n' && bytes[i - 1] != '\r') {
      i--;
    }
    return i;
  }

  /**
   * UTF-16 code units of the UTF-8 bytes from start to end: lead bytes count one, 4-byte leads two;
   * eight bytes at a time (a continuation byte is {@code 10xxxxxx}, a 4-byte lead {@code 1111xxxx}).
   */
  static int units(byte[] bytes, int start, int end) {
    int units = 0;
    int i = start;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      long x = (long) LONGS.get(bytes, i);
      long continuations = x & ~(x << 1) & HIGHS;
      long fourByteLeads = x & (x << 1) & (x << 2) & (x << 3) & HIGHS;
      units += Long.BYTES - Long.bitCount(continuations) + Long.bitCount(fourByteLeads);
    }
    for (; i < end; i++) {
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
