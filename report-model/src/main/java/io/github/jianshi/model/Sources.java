package io.github.jianshi.model;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads every kind of input into UTF-8 bytes, never more than {@link Limits#maxDocumentBytes()} plus
 * one byte (or char), so memory stays bounded whatever the input.
 */
final class Sources {
  private Sources() {}

  /** The bytes of a document, or the problem that stopped reading it. */
  record Loaded(byte[] bytes, Diagnostic problem) {}

  /**
   * The document bytes as given, after two checks of the encoding. The format is UTF-8 (RFC 8259):
   * a document in UTF-16 or UTF-32, with or without a byte-order mark, gets {@code json.encoding} with
   * the detected encoding as argument (the parser would otherwise detect and accept it, with positions
   * that are wrong for the bytes). A UTF-8 byte-order mark is accepted and dropped (RFC 8259 lets
   * parsers ignore it; Windows editors write it), so positions count from the character after it.
   */
  static Loaded of(byte[] bytes, Limits limits) {
    if (bytes.length > limits.maxDocumentBytes()) {
      return tooLarge(limits);
    }
    String foreign = foreignEncoding(bytes);
    if (foreign != null) {
      return new Loaded(null, ModelDiagnostics.at("json.encoding", "", new Position(1, 1), foreign));
    }
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Loaded(Arrays.copyOfRange(bytes, 3, bytes.length), null);
    }
    return new Loaded(bytes, null);
  }

  /**
   * The UTF-16 or UTF-32 encoding the document starts in, or null. By its byte-order mark, else by
   * the zero bytes around its first character: JSON text starts with an ASCII character (white space or
   * the first token), which UTF-16 and UTF-32 pad with zero bytes, and a zero byte is never valid in a
   * UTF-8 JSON text (outside strings it is no token, inside one it is an unescaped control character).
   */
  static String foreignEncoding(byte[] b) {
    int n = b.length;
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    int b2 = n > 2 ? b[2] & 0xFF : -1;
    int b3 = n > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32BE";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
      return "UTF-32LE";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16LE";
    }
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0x00 && b3 > 0) {
      return "UTF-32BE";
    }
    if (b0 > 0 && b1 == 0x00 && b2 == 0x00 && b3 == 0x00) {
      return "UTF-32LE";
    }
    if (b0 == 0x00 && b1 > 0) {
      return "UTF-16BE";
    }
    if (b0 > 0 && b1 == 0x00) {
      return "UTF-16LE";
    }
    return null;
  }

  static Loaded of(InputStream in, Limits limits) {
    try {
      byte[] bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
      return of(bytes, limits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input stream", e);
    }
  }

  static Loaded of(Reader in, Limits limits) {
    int max = limits.maxDocumentBytes();
    StringBuilder text = new StringBuilder(Math.min(max + 1, 64 * 1024));
    char[] buffer = new char[8192];
    try {
      while (text.length() <= max) {
        int n = in.read(buffer, 0, Math.min(buffer.length, max + 1 - text.length()));
        if (n < 0) {
          break;
        }
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reader", e);
    }
    if (text.length() > max) {
      return tooLarge(limits); // every char is at least one byte of UTF-8
    }
    return of(text, limits);
  }

  static Loaded of(CharSequence text, Limits limits) {
    if (text.length() > limits.maxDocumentBytes()) {
      return tooLarge(limits);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        // an unpaired surrogate has no UTF-8 form: the text is not a well-formed document
        return new Loaded(null, ModelDiagnostics.at("json.encoding", "", Position.of(text, i)));
      }
    }
    return of(text.toString().getBytes(StandardCharsets.UTF_8), limits);
  }

  /**
   * Reads a file. A path that cannot be read (missing, a directory, no permission) is a failure of the
   * environment, not bad data: it throws, and the message names the path.
   */
  static Loaded of(Path path, Limits limits) {
    try {
      if (Files.isDirectory(path)) {
        throw new IOException("it is a directory, not a file");
      }
      if (Files.size(path) > limits.maxDocumentBytes()) {
        return tooLarge(limits);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return of(in.readNBytes(limits.maxDocumentBytes() + 1), limits);
      }
    } catch (IOException e) {
      String why = e instanceof NoSuchFileException ? "no such file"
          : e instanceof AccessDeniedException ? "access denied" : e.getMessage();
      throw new UncheckedIOException("cannot read " + path + ": " + why, e);
    }
  }

  private static Loaded tooLarge(Limits limits) {
    return new Loaded(null, ModelDiagnostics.error("limit.size", "", String.valueOf(limits.maxDocumentBytes())));
  }
}
