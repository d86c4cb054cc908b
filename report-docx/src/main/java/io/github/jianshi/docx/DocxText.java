package io.github.jianshi.docx;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes text into a Word run, character for character, with the few translations XML and Word
 * require: a line feed (or CR LF, or CR) becomes a line break {@code w:br}, a tab becomes
 * {@code w:tab}, and the characters XML 1.0 cannot hold (C0 controls other than tab and line ends,
 * U+FFFE, U+FFFF, unpaired surrogates) become U+FFFD, so that bad input gives a valid document
 * rather than a corrupt one.
 */
final class DocxText {
  private DocxText() {}

  /** What a character XML cannot hold is written as. */
  static final char REPLACEMENT = '\uFFFD';

  /**
   * Appends text to a run.
   *
   * @param run the run
   * @param text the text as written
   */
  static void append(CTR run, String text) {
    StringBuilder pending = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        flush(run, pending);
        run.addNewBr();
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        continue;
      }
      if (c == '\t') {
        flush(run, pending);
        run.addNewTab();
        i++;
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        pending.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      pending.append(isXmlChar(c) ? c : REPLACEMENT);
      i++;
    }
    flush(run, pending);
  }

  /**
   * Appends a field instruction ({@code w:instrText}), such as {@code  PAGE }, to a run.
   *
   * @param run the run
   * @param instruction the instruction, spaces kept
   */
  static void appendInstruction(CTR run, String instruction) {
    CTText t = run.addNewInstrText();
    t.setStringValue(instruction);
    t.setSpace(SpaceAttribute.Space.PRESERVE);
  }

  /**
   * The text with every character XML 1.0 cannot hold replaced by U+FFFD (line ends and tabs kept),
   * for text outside runs, such as the document properties.
   *
   * @param text the text
   * @return the text XML can hold
   */
  static String xmlSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(isXmlChar(c) ? c : REPLACEMENT);
      }
    }
    return out.toString();
  }

  /**
   * Whether XML 1.0 can hold a single UTF-16 unit (surrogate pairs are handled by the caller).
   *
   * @param c the character
   * @return false for C0 controls other than tab, LF and CR, for surrogates and for U+FFFE, U+FFFF
   */
  static boolean isXmlChar(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }

  private static void flush(CTR run, StringBuilder pending) {
    if (pending.length() == 0) {
      return;
    }
    String s = pending.toString();
    CTText t = run.addNewT();
    t.setStringValue(s);
    if (needsPreserve(s)) {
      t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
    pending.setLength(0);
  }

  /** Whether the text has white space that an XML reader would otherwise be free to collapse. */
  private static boolean needsPreserve(String s) {
    return Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))
        || s.contains("  ");
  }
}
