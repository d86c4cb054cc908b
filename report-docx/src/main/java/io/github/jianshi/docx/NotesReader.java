package io.github.jianshi.docx;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the beginning of each footnote or endnote ({@code footnotes.xml}, {@code endnotes.xml}), so
 * that the diagnostic saying a note was not imported can quote it.
 */
final class NotesReader {
  private static final int KEEP = 40;

  private NotesReader() {}

  /** The text of each note by its id (its first {@value #KEEP} characters). */
  static Map<String, String> read(XMLStreamReader r, int maxDepth) throws XMLStreamException {
    Map<String, String> notes = new HashMap<>();
    int depth = 0;
    String id = null;
    StringBuilder text = new StringBuilder();
    boolean inText = false;
    while (r.hasNext()) {
      int e = WordXml.next(r);
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (++depth > maxDepth) {
          throw new WordXml.DepthException();
        }
        if (!WordXml.isW(r.getNamespaceURI())) {
          continue;
        }
        String name = r.getLocalName();
        if (depth == 2 && (name.equals("footnote") || name.equals("endnote"))) {
          id = WordXml.attr(r, "id");
          text.setLength(0);
        } else if (name.equals("del") || name.equals("moveFrom") || name.equals("instrText")) {
          WordXml.skip(r, depth, maxDepth);
          depth--;
        } else if (name.equals("t")) {
          inText = true;
        } else if (name.equals("p") && text.length() > 0 && text.length() < KEEP) {
          text.append(' ');
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        if (WordXml.isW(r.getNamespaceURI()) && r.getLocalName().equals("t")) {
          inText = false;
        }
        if (depth == 2 && id != null) {
          notes.putIfAbsent(id, text.toString().strip());
          id = null;
        }
        depth--;
      } else if ((e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) && inText && id != null
          && text.length() < KEEP) {
        text.append(r.getText(), 0, Math.min(r.getTextLength(), KEEP - text.length()));
      }
    }
    return notes;
  }
}
