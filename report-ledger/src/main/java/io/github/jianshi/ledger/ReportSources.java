package io.github.jianshi.ledger;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Report documents from paths, lazily and in a stable order: a {@code .json} file is one report; an
 * {@code .ndjson} or {@code .jsonl} file holds one report per non-blank line; a directory holds the
 * files of these kinds below it, in the order of their paths. A path that cannot be read gives a
 * document with a {@code ledger.source.unreadable} diagnostic, never an exception.
 */
final class ReportSources {
  private ReportSources() {}

  /** One document: where it is, its bytes, or why it could not be read. */
  record Raw(String source, byte[] json, Diagnostic failure) {
    Decoded decode(ReportValidator validator) {
      if (failure != null) {
        return new Decoded(source, null, ValidationResult.of(List.of(failure)));
      }
      ValidatedReport v = validator.validate(json);
      return new Decoded(source, v.report().orElse(null), v.result());
    }
  }

  /** A decoded document: the report when decodable, and its diagnostics. */
  record Decoded(String source, io.github.jianshi.core.Report report, ValidationResult result) {}

  /**
   * The documents of the paths, lazily. (Not {@code flatMap}: a flat-mapped stream consumed through
   * its iterator buffers each inner stream whole, which for a large NDJSON file means all of it.)
   */
  static Stream<Raw> of(List<Path> paths, int maxBytes) {
    Iterator<Path> files = paths.stream().flatMap(ReportSources::expand).toList().iterator();
    List<Stream<Raw>> open = new ArrayList<>(1);
    Iterator<Raw> it = new Iterator<>() {
      private Iterator<Raw> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          closeOpen();
          if (!files.hasNext()) {
            return false;
          }
          Stream<Raw> next = documents(files.next(), maxBytes);
          open.add(next);
          current = next.iterator();
        }
        return true;
      }

      @Override
      public Raw next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }

      private void closeOpen() {
        open.forEach(Stream::close);
        open.clear();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          open.forEach(Stream::close);
          open.clear();
        });
  }

  private static Stream<Path> expand(Path p) {
    if (!Files.isDirectory(p)) {
      return Stream.of(p);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(p)) {
      walk.filter(Files::isRegularFile).filter(f -> isJson(f) || isNdjson(f)).sorted().forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      return Stream.of(p);
    }
    return files.stream();
  }

  private static boolean isJson(Path f) {
    return name(f).endsWith(".json");
  }

  private static boolean isNdjson(Path f) {
    String n = name(f);
    return n.endsWith(".ndjson") || n.endsWith(".jsonl");
  }

  private static String name(Path f) {
    Path n = f.getFileName();
    return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
  }

  private static Stream<Raw> documents(Path f, int maxBytes) {
    if (isNdjson(f)) {
      return ndjson(f, maxBytes);
    }
    try {
      if (Files.isRegularFile(f) && Files.size(f) > maxBytes) {
        return Stream.of(new Raw(f.toString(), null, LedgerDiagnostics.file("ledger.source.unreadable", Severity.ERROR,
            f.toString(), "larger than " + maxBytes + " bytes")));
      }
      return Stream.of(new Raw(f.toString(), Files.readAllBytes(f), null));
    } catch (IOException | OutOfMemoryError e) {
      return Stream.of(unreadable(f.toString(), e));
    }
  }

  private static Raw unreadable(String source, Throwable e) {
    return new Raw(source, null, LedgerDiagnostics.file("ledger.source.unreadable", Severity.ERROR, source,
        e.getClass().getSimpleName() + ": " + e.getMessage()));
  }

  /**
   * The lines of an NDJSON file as bytes, split at {@code '\n'} (a byte that never occurs inside a
   * multi-byte UTF-8 sequence), so a line goes to the validator as the bytes the file holds: no
   * decoding to characters and encoding back on the reading thread, which is the one part of a
   * roll-up that does not run in parallel, and no replacement of malformed UTF-8 before the validator
   * can name it. A line longer than the limit is skipped to its end without being held.
   */
  static final class Lines implements java.io.Closeable {
    private final java.io.InputStream in;
    private final int max;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private boolean eof;
    private byte[] line = new byte[4096];
    private int length;
    /** The array holding the line read: {@link #buf} when the line lies in it whole, else {@link #line}. */
    private byte[] array;
    /** Where the line read starts in {@link #array}. */
    private int offset;
    private boolean tooLong;

    Lines(java.io.InputStream in, int max) {
      this.in = in;
      this.max = max;
    }

    /**
     * Reads the next line (without its {@code \n} and a {@code \r} before it).
     *
     * @return false at the end of the input
     */
    boolean next() throws IOException {
      length = 0;
      tooLong = false;
      array = line;
      offset = 0;
      boolean any = false;
      while (true) {
        if (pos == end) {
          if (eof || !fill()) {
            break;
          }
        }
        any = true;
        int from = pos;
        int nl = newline(buf, from, end);
        if (nl < end && length == 0 && !tooLong) {
          // the whole line is in the buffer: no copy until the bytes are asked for
          pos = nl + 1;
          array = buf;
          offset = from;
          length = nl - from;
          ended();
          return true;
        }
        keep(from, nl - from);
        if (nl < end) {
          pos = nl + 1;
          array = line; // keep may have grown it
          ended();
          return true;
        }
        pos = end;
      }
      array = line;
      ended();
      return any;
    }

    /** Drops a {@code \r} before the line end and marks a line over the limit. */
    private void ended() {
      if (length > 0 && !tooLong && array[offset + length - 1] == '\r') {
        length--;
      }
      if (length > max) {
        tooLong = true;
      }
    }

    /** Eight bytes of an array at a time, in the order they are in the array. */
    private static final java.lang.invoke.VarHandle LONGS =
        java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The index of the first {@code '\n'} in {@code b[from, end)}, or {@code end}: eight bytes at a
     * time (a byte equal to {@code '\n'} becomes zero after an exclusive or, and the lowest zero
     * byte of a word is found exactly by the borrow trick), which makes splitting lines, the one
     * step of a roll-up that every thread waits for in turn, several times faster than a byte loop.
     */
    static int newline(byte[] b, int from, int end) {
      int i = from;
      for (; i + Long.BYTES <= end; i += Long.BYTES) {
        long x = (long) LONGS.get(b, i) ^ NEWLINES;
        long zero = (x - ONES) & ~x & HIGHS;
        if (zero != 0) {
          return i + (Long.numberOfTrailingZeros(zero) >>> 3);
        }
      }
      for (; i < end; i++) {
        if (b[i] == '\n') {
          return i;
        }
      }
      return end;
    }

    private boolean fill() throws IOException {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      end = n;
      return true;
    }

    /** Appends to the line, up to one byte more than the limit (for a {@code \r}). */
    private void keep(int from, int n) {
      if (tooLong) {
        return;
      }
      if ((long) length + n > (long) max + 1) {
        tooLong = true;
        length = 0;
        return;
      }
      if (length + n > line.length) {
        line = java.util.Arrays.copyOf(line, Math.max(length + n, Math.min(line.length * 2, max + 1)));
      }
      System.arraycopy(buf, from, line, length, n);
      length += n;
    }

    /** Whether the line read was over the limit (its bytes were not kept). */
    boolean tooLong() {
      return tooLong;
    }

    /** Whether the line read holds only white space. */
    boolean blank() {
      for (int i = offset; i < offset + length; i++) {
        byte b = array[i];
        if (b < 0) {
          // non-ASCII: white space such as U+3000 counts as blank, as String.isBlank says
          return new String(array, i, offset + length - i, StandardCharsets.UTF_8).isBlank();
        }
        if (!Character.isWhitespace(b)) {
          return false;
        }
      }
      return true;
    }

    /** The bytes of the line read. */
    byte[] bytes() {
      return java.util.Arrays.copyOfRange(array, offset, offset + length);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static Stream<Raw> ndjson(Path f, int maxBytes) {
    Lines lines;
    try {
      lines = new Lines(Files.newInputStream(f), maxBytes);
    } catch (IOException e) {
      return Stream.of(unreadable(f.toString(), e));
    }
    Iterator<Raw> it = new Iterator<>() {
      private int line;
      private Raw next;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (next == null && !done) {
          try {
            boolean more = lines.next();
            line++;
            if (!more) {
              done = true;
              lines.close();
            } else if (lines.tooLong()) {
              next = new Raw(f + ":" + line, null, LedgerDiagnostics.file("ledger.source.unreadable", Severity.ERROR,
                  f + ":" + line, "line longer than " + maxBytes + " bytes"));
            } else if (!lines.blank()) {
              next = new Raw(f + ":" + line, lines.bytes(), null);
            }
          } catch (IOException e) {
            done = true;
            next = unreadable(f + ":" + line, e);
          }
        }
        return next != null;
      }

      @Override
      public Raw next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Raw r = next;
        next = null;
        return r;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            lines.close();
          } catch (IOException e) {
            // nothing was written; a failing close of a reader loses nothing
          }
        });
  }
}
