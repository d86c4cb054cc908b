package io.github.jianshi.model;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The policy for unpaired surrogates: a JSON string may spell one with an escape
 * (<code>"&#92;uD800"</code>), but it stands for no character, has no UTF-8 form and comes out of
 * every renderer differently ({@code ?}, a space, U+FFFD). So a document that contains one gets {@code json.surrogate}
 * when it is read, at the string or member name that holds it, and is not decoded.
 *
 * <p>The fast path checks every string it reads ({@link #hasUnpaired}) and gives up on an unpaired
 * surrogate, so a document it accepts is not scanned again. When it gives up, {@link #check} runs before
 * the slow path: a first pass looks only for backslash escapes of the form <code>&#92;uD800</code> to
 * <code>&#92;uDFFF</code> in the bytes (a few per megabyte at most in real documents); only when it finds
 * one does a second pass parse the strings and check their pairs.
 */
final class Surrogates {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Surrogates() {}

  /**
   * The diagnostic of the first unpaired surrogate, or null when there is none or the document cannot
   * be parsed as far (then the ordinary reading reports why).
   */
  static Diagnostic check(byte[] bytes, JsonFactory factory) {
    if (!mayHaveSurrogateEscape(bytes)) {
      return null;
    }
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        String text = t == JsonToken.PROPERTY_NAME ? p.currentName() : t == JsonToken.VALUE_STRING ? p.getString() : null;
        int at = text == null ? -1 : unpaired(text);
        if (at >= 0) {
          TokenStreamLocation l = p.currentTokenLocation();
          Position position = Position.at(bytes, l.getLineNr(), l.getByteOffset());
          String escape = String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(at));
          return ModelDiagnostics.at("json.surrogate", p.streamReadContext().pathAsPointer().toString(),
              position, escape);
        }
      }
    } catch (JacksonException e) {
      return null;
    }
    return null;
  }

  /** Whether the bytes contain a backslash escape <code>&#92;uD800</code> … <code>&#92;uDFFF</code>. */
  static boolean mayHaveSurrogateEscape(byte[] b) {
    for (int i = nextBackslash(b, 0); i >= 0 && i + 5 < b.length; i = nextBackslash(b, i + 2)) {
      if (b[i + 1] == 'u' && (b[i + 2] == 'd' || b[i + 2] == 'D') && isHighHex(b[i + 3])) {
        return true;
      }
      // else i + 1 is the escaped character, which may itself be a backslash: go on after it
    }
    return false;
  }

  /**
   * The index of the first backslash at or after from, or -1. Eight bytes at a time: a word that
   * holds no backslash is skipped with one test (XOR with the backslash in every byte, then the
   * classic "has a zero byte" test, which is exact), so valid documents pay little for this check.
   */
  static int nextBackslash(byte[] b, int from) {
    int i = from;
    for (; i + Long.BYTES <= b.length; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i) ^ 0x5C5C5C5C5C5C5C5CL;
      if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
        break;
      }
    }
    for (; i < b.length; i++) {
      if (b[i] == '\\') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isHighHex(byte c) {
    return c >= '8' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /**
   * Whether the text holds an unpaired surrogate: the fast path's check of every string it reads, so
   * that a document it accepts needs no pre-scan. Surrogates are rare (only characters beyond the BMP),
   * so the loop looks for any first.
   */
  static boolean hasUnpaired(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return unpaired(text) >= 0;
      }
    }
    return false;
  }

  /** The index of the first unpaired surrogate in the text, or -1. */
  static int unpaired(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
