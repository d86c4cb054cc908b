package io.github.jianshi.model;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads every kind of input into UTF-8 bytes, never more than {@link Limits#maxDocumentBytes()} plus
 * one byte (or char), so memory stays bounded whatever the input.
 */
final class Sources {
  private Sources() {}

  /** The bytes of a document, or the problem that stopped reading it. */
  record Loaded(byte[] bytes, Diagnostic problem) {}

  static Loaded of(byte[] bytes, Limits limits) {
    if (bytes.length > limits.maxDocumentBytes()) {
      return tooLarge(limits);
    }
    return new Loaded(bytes, null);
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

  static Loaded of(Path path, Limits limits) {
    try {
      if (Files.size(path) > limits.maxDocumentBytes()) {
        return tooLarge(limits);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return of(in, limits);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static Loaded tooLarge(Limits limits) {
    return new Loaded(null, ModelDiagnostics.error("limit.size", "", String.valueOf(limits.maxDocumentBytes())));
  }
}
