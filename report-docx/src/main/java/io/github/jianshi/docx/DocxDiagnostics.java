package io.github.jianshi.docx;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.MessageBundle;
import io.github.jianshi.core.diagnostic.Severity;

/** The {@code import.docx.*} diagnostics of the Word reader, with messages in this module's bundle. */
final class DocxDiagnostics {
  static final String BUNDLE = "io/github/jianshi/docx/messages";

  /** This module's messages, opened from this module so that they load on the module path too. */
  static final MessageBundle MESSAGES = MessageBundle.of(BUNDLE,
      name -> DocxDiagnostics.class.getResourceAsStream("/" + name));

  /** The file is empty. */
  static final String EMPTY = "import.docx.empty";
  /** Word 97–2003 (.doc). */
  static final String DOC = "import.docx.doc";
  /** WPS (Kingsoft) or Works (.wps). */
  static final String WPS = "import.docx.wps";
  /** An encrypted, password-protected Word file. */
  static final String ENCRYPTED = "import.docx.encrypted";
  /** A PDF. */
  static final String PDF = "import.docx.pdf";
  /** A plain text file. */
  static final String TEXT = "import.docx.text";
  /** Another known format (argument: its name). */
  static final String OTHER_FORMAT = "import.docx.other-format";
  /** A zip (or OLE2 file) that is not a Word document (argument: what it is, when known). */
  static final String NOT_WORD = "import.docx.not-word";
  /** Not a zip, or a damaged one; or a Word package whose main part is missing or malformed. */
  static final String DAMAGED = "import.docx.damaged";
  /** Larger than {@code maxInputBytes}. */
  static final String TOO_LARGE = "import.docx.too-large";
  /** A part expands beyond the limits (zip bomb). */
  static final String EXPANDS = "import.docx.expands-too-much";
  /** A DTD (entity declarations) in a part. */
  static final String DTD = "import.docx.dtd";
  /** XML nested deeper than {@code maxXmlDepth}. */
  static final String TOO_DEEP = "import.docx.too-deep";
  /** More paragraphs than {@code maxParagraphs}. */
  static final String TOO_MANY_PARAGRAPHS = "import.docx.too-many-paragraphs";
  /** A paragraph longer than {@code maxParagraphLength}. */
  static final String PARAGRAPH_TOO_LONG = "import.docx.paragraph-too-long";
  /** The document had tracked changes; read as if all were accepted. */
  static final String TRACKED_CHANGES = "import.docx.tracked-changes";
  /** A table, read as paragraphs. */
  static final String TABLE = "import.docx.table";
  /** A text box, read as paragraphs after the paragraph that holds it. */
  static final String TEXT_BOX = "import.docx.text-box";
  /** A footnote, not imported. */
  static final String FOOTNOTE = "import.docx.footnote-skipped";
  /** An endnote, not imported. */
  static final String ENDNOTE = "import.docx.endnote-skipped";
  /** Content imported from another file ({@code w:altChunk}: HTML, RTF, another document), not read. */
  static final String ALT_CHUNK = "import.docx.alt-chunk-skipped";
  /** Comments, not imported. */
  static final String COMMENTS = "import.docx.comments-skipped";
  /** Automatic numbering that points at a list the document does not define. */
  static final String NUMBERING_MISSING = "import.docx.numbering-missing";

  private DocxDiagnostics() {}

  static Diagnostic.Builder builder(String code, Severity severity, String... arguments) {
    return Diagnostic.builder().code(code).severity(severity).pointer("").messages(MESSAGES).addArguments(arguments);
  }

  static Diagnostic error(String code, String... arguments) {
    return builder(code, Severity.ERROR, arguments).build();
  }

  /** A short quote of paragraph text for {@link Diagnostic#excerpt()}: at most 30 characters, one line. */
  static String excerpt(CharSequence text) {
    StringBuilder out = new StringBuilder(32);
    for (int i = 0; i < text.length() && out.length() < 30; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t' || c == '\r') {
        c = ' ';
      }
      if (Character.isHighSurrogate(c) && out.length() == 29) {
        break;
      }
      out.append(c);
    }
    if (out.length() < text.length()) {
      out.append('…');
    }
    return out.toString().strip();
  }
}
