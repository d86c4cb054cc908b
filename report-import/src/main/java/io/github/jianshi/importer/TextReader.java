package io.github.jianshi.importer;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads plain text into source paragraphs, one per line: byte-order marks, strict UTF-8 else
 * GB18030, CR LF and CR line ends, bounded memory, foreign formats and binary refused, invisible
 * control characters removed and reported.
 */
final class TextReader {
  static final String FORMAT = "text";
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private final ImportLimits limits;

  TextReader(ImportLimits limits) {
    this.limits = limits;
  }

  /** Reads at most maxInputBytes + 1 bytes; more is refused without reading further. */
  SourceDocument read(InputStream in, Charset given) throws IOException {
    long max = limits.maxInputBytes();
    int cap = (int) Math.min(Integer.MAX_VALUE - 16, max + 1);
    byte[] buf = new byte[Math.min(cap, 64 * 1024)];
    int n = 0;
    while (true) {
      if (n == buf.length) {
        if (n >= cap) {
          break;
        }
        buf = Arrays.copyOf(buf, (int) Math.min(cap, (long) buf.length * 2));
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    if (n > max) {
      return refused(null, Diags.of("import.input.too-large", Severity.ERROR, Long.toString(max)));
    }
    return read(buf, n, given);
  }

  SourceDocument read(byte[] bytes, Charset given) {
    if (bytes.length > limits.maxInputBytes()) {
      return refused(null, Diags.of("import.input.too-large", Severity.ERROR, Long.toString(limits.maxInputBytes())));
    }
    return read(bytes, bytes.length, given);
  }

  SourceDocument read(Reader reader) throws IOException {
    long max = limits.maxInputBytes();
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    while (true) {
      int r = reader.read(buf);
      if (r < 0) {
        break;
      }
      sb.append(buf, 0, r);
      if (sb.length() > max) {
        return refused(null, Diags.of("import.input.too-large", Severity.ERROR, Long.toString(max)));
      }
    }
    return readString(sb.toString(), null);
  }

  SourceDocument readString(String text, String charsetName) {
    if (text.length() > limits.maxInputBytes()) {
      return refused(null, Diags.of("import.input.too-large", Severity.ERROR, Long.toString(limits.maxInputBytes())));
    }
    List<Diagnostic> diags = new ArrayList<>();
    String t = text;
    if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
      t = t.substring(1);
    }
    return lines(t, charsetName, diags);
  }

  private SourceDocument read(byte[] b, int n, Charset given) {
    List<Diagnostic> diags = new ArrayList<>();
    if (n == 0) {
      return refused(null, Diags.of("import.input.empty", Severity.ERROR));
    }
    String foreign = foreignFormat(b, n);
    if (foreign != null) {
      return refused(null, Diags.of(foreign, Severity.ERROR));
    }
    Charset cs;
    int skip = 0;
    String how;
    if (startsWith(b, n, 0x00, 0x00, 0xFE, 0xFF)) {
      cs = UTF_32BE;
      skip = 4;
      how = "import.charset.bom";
    } else if (startsWith(b, n, 0xFF, 0xFE, 0x00, 0x00)) {
      cs = UTF_32LE;
      skip = 4;
      how = "import.charset.bom";
    } else if (startsWith(b, n, 0xEF, 0xBB, 0xBF)) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
      how = "import.charset.bom";
    } else if (startsWith(b, n, 0xFE, 0xFF)) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
      how = "import.charset.bom";
    } else if (startsWith(b, n, 0xFF, 0xFE)) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
      how = "import.charset.bom";
    } else {
      cs = null;
      how = null;
    }
    if (given != null) {
      if (cs != null && !cs.equals(given)) {
        diags.add(Diags.of("import.charset.bom-overrides", Severity.WARNING, cs.name(), given.name()));
      } else {
        cs = given;
        how = "import.charset.given";
        if (skip == 0 && startsWith(b, n, 0xEF, 0xBB, 0xBF) && given.equals(StandardCharsets.UTF_8)) {
          skip = 3;
        }
      }
    }
    if (cs == null) {
      String utf8 = new String(b, 0, n, StandardCharsets.UTF_8);
      // a NUL byte decodes to U+0000 and to nothing else: look at the bytes only when the text has one
      if (utf8.indexOf('\0') >= 0 && looksBinary(b, n)) {
        return refused(null, Diags.of("import.input.binary", Severity.ERROR));
      }
      if (utf8.indexOf('\uFFFD') >= 0) {
        // replaced bytes, or a U+FFFD of the text itself: decide strictly
        utf8 = strict(b, 0, n, StandardCharsets.UTF_8);
      }
      if (utf8 != null) {
        diags.add(Diags.of("import.charset.detected", Severity.INFO, "UTF-8"));
        return checked(utf8, "UTF-8", diags);
      }
      String gb = strict(b, 0, n, GB18030);
      if (gb != null) {
        diags.add(Diags.of("import.charset.detected", Severity.INFO, "GB18030"));
        return checked(gb, "GB18030", diags);
      }
      cs = StandardCharsets.UTF_8;
      how = "import.charset.fallback";
    }
    diags.add(Diags.of(how, Severity.INFO, cs.name()));
    String text = strict(b, skip, n - skip, cs);
    if (text == null) {
      int[] bad = new int[1];
      text = lenient(b, skip, n - skip, cs, bad);
      diags.add(Diags.of("import.encoding.malformed", Severity.WARNING, cs.name(), Integer.toString(bad[0])));
    }
    return checked(text, cs.name(), diags);
  }

  /** Refuses a decoded text that is mostly control characters (a binary file in disguise). */
  private SourceDocument checked(String text, String charset, List<Diagnostic> diags) {
    return lines(text, charset, diags, true);
  }

  private SourceDocument lines(String text, String charset, List<Diagnostic> diags) {
    return lines(text, charset, diags, false);
  }

  /**
   * Splits into lines (LF, CR LF, CR), removes invisible controls, applies the limits; in one pass,
   * which also counts the control characters of the first 8 192 characters when asked to refuse
   * binary text.
   */
  private SourceDocument lines(String text, String charset, List<Diagnostic> diags, boolean binaryCheck) {
    SourceDocument.Builder doc = SourceDocument.builder().format(FORMAT);
    if (charset != null) {
      doc.charset(charset);
    }
    if (text.isEmpty()) {
      diags.add(Diags.of("import.input.empty", Severity.ERROR));
      return doc.addAllDiagnostics(diags).build();
    }
    List<SourceParagraph> out = new ArrayList<>();
    int controls = 0;
    int line = 0;
    int start = 0;
    int len = text.length();
    StringBuilder clean = new StringBuilder();
    while (start <= len) {
      int end = start;
      boolean dirty = false;
      while (end < len) {
        char c = text.charAt(end);
        // printable ASCII, and U+2070 to U+D7FF (CJK and the rest of the BMP's letters): nothing to check
        if (c >= 0x20 && c < 0x7F || c >= 0x2070 && c < 0xD800) {
          end++;
          continue;
        }
        if (c < 0x20) {
          if (c == '\n' || c == '\r') {
            break;
          }
          if (c != '\t') {
            dirty = true;
            if (end < 8192 && c != '\f') {
              controls++;
            }
          }
        } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
          break;
        } else if (invisible(c) || Character.isSurrogate(c)) {
          // quotes, dashes and ellipses (U+2014 to U+2026) are not: only what removeInvisible removes
          dirty = true;
          if (end < 8192 && c <= 0x9F) {
            controls++;
          }
        }
        end++;
      }
      line++;
      if (end == len && start == len && line > 1) {
        break;
      }
      if (line > limits.maxParagraphs()) {
        return refused(charset, Diags.of("import.input.too-many-paragraphs", Severity.ERROR,
            Integer.toString(limits.maxParagraphs())));
      }
      if (end - start > limits.maxParagraphLength()) {
        SourceParagraph at = SourceParagraph.builder().text(text.substring(start, Math.min(end, start + 40))).line(line).build();
        return refused(charset, Diags.at("import.paragraph.too-long", Severity.ERROR, at, 1, "",
            Integer.toString(line), Integer.toString(limits.maxParagraphLength())));
      }
      String raw = text.substring(start, end);
      String kept = dirty ? removeInvisible(raw, clean) : raw;
      SourceParagraph p = SourceParagraph.builder().text(kept).line(line).build();
      if (kept.length() != raw.length()) {
        int col = firstInvisible(raw) + 1;
        SourceParagraph at = SourceParagraph.builder().text(raw).line(line).build();
        diags.add(Diags.at("import.text.invisible-removed", Severity.WARNING, at, col, "",
            Integer.toString(line), Integer.toString(raw.length() - kept.length())));
      }
      out.add(p);
      if (end == len) {
        break;
      }
      char c = text.charAt(end);
      start = end + 1;
      if (c == '\r' && start < len && text.charAt(start) == '\n') {
        start++;
      }
      if (start == len) {
        break;
      }
    }
    if (binaryCheck) {
      int scanned = Math.min(len, 8192);
      if (controls * 10 > scanned || controls > 0 && scanned < 16 && controls * 3 > scanned) {
        return refused(charset, Diags.of("import.input.binary", Severity.ERROR));
      }
    }
    return doc.addAllParagraphs(out).addAllDiagnostics(diags).build();
  }

  static boolean invisible(char c) {
    if (c == '\t') {
      return false;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    switch (c) {
      case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F': case '\u061C':
      case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E':
      case '\u2066': case '\u2067': case '\u2068': case '\u2069': case '\uFEFF': case '\uFFFE': case '\uFFFF':
      case '\u2060':
        return true;
      default:
        return false;
    }
  }

  private static String removeInvisible(String raw, StringBuilder clean) {
    int i = 0;
    int n = raw.length();
    for (; i < n; i++) {
      char c = raw.charAt(i);
      if (c < 0x20 && c != '\t' || c >= 0x7F && (invisible(c) || Character.isSurrogate(c))) {
        break;
      }
    }
    if (i == n) {
      return raw;
    }
    clean.setLength(0);
    clean.append(raw, 0, i);
    for (; i < n; i++) {
      char c = raw.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(raw.charAt(i + 1))) {
        clean.append(c).append(raw.charAt(++i));
      } else if (!invisible(c) && !Character.isSurrogate(c)) {
        clean.append(c);
      }
    }
    return clean.toString();
  }

  private static int firstInvisible(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (invisible(c)) {
        return i;
      }
      if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return 0;
  }

  private static SourceDocument refused(String charset, Diagnostic d) {
    SourceDocument.Builder b = SourceDocument.builder().format(FORMAT).addDiagnostics(d);
    if (charset != null) {
      b.charset(charset);
    }
    return b.build();
  }

  private static String foreignFormat(byte[] b, int n) {
    if (startsWith(b, n, '%', 'P', 'D', 'F')) {
      return "import.format.pdf";
    }
    if (startsWith(b, n, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "import.format.ole2";
    }
    if (startsWith(b, n, 'P', 'K', 0x03, 0x04) || startsWith(b, n, 'P', 'K', 0x05, 0x06)) {
      return "import.format.zip";
    }
    if (startsWith(b, n, '{', '\\', 'r', 't', 'f')) {
      return "import.format.rtf";
    }
    return null;
  }

  /** Without a byte-order mark, NUL bytes mean binary (or UTF-16 without a mark, which we refuse too). */
  private static boolean looksBinary(byte[] b, int n) {
    int len = Math.min(n, 8192);
    for (int i = 0; i < len; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] b, int n, int... prefix) {
    if (n < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] b, int off, int len, Charset cs) {
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return dec.decode(ByteBuffer.wrap(b, off, len)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] b, int off, int len, Charset cs, int[] bad) {
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) len * 2 + 16));
    while (true) {
      CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (r.isError()) {
        bad[0]++;
        out.put('\uFFFD');
        in.position(in.position() + r.length());
        continue;
      }
      if (r.isUnderflow()) {
        dec.decode(in, out, true);
        dec.flush(out);
        break;
      }
      if (r.isOverflow()) {
        break;
      }
    }
    out.flip();
    return out.toString();
  }
}
