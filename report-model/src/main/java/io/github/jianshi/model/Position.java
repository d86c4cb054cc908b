package io.github.jianshi.model;

/**
 * A 1-based line and column in a UTF-8 document; the column counts UTF-16 code units (as editors and
 * SARIF do), not bytes.
 */
record Position(int line, int column) {

  /**
   * The position of a byte offset in UTF-8 bytes. Lines end at LF.
   *
   * @param bytes the document
   * @param offset a byte offset, at most {@code bytes.length}
   * @return the position
   */
  static Position of(byte[] bytes, long offset) {
    int end = (int) Math.min(Math.max(offset, 0), bytes.length);
    int line = 1;
    int column = 1;
    int i = 0;
    while (i < end) {
      int b = bytes[i] & 0xFF;
      if (b == '\n') {
        line++;
        column = 1;
        i++;
      } else if (b < 0x80) {
        column++;
        i++;
      } else if (b >= 0xF0) {
        column += 2; // a supplementary character is two UTF-16 code units
        i += 4;
      } else if (b >= 0xE0) {
        column++;
        i += 3;
      } else if (b >= 0xC0) {
        column++;
        i += 2;
      } else {
        column++; // a stray continuation byte (invalid UTF-8): count it as one
        i++;
      }
    }
    return new Position(line, column);
  }

  /**
   * The position of a char offset in a string. Lines end at LF.
   *
   * @param text the text
   * @param offset a char offset
   * @return the position
   */
  static Position of(CharSequence text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }
}
