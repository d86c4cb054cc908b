package io.github.jianshi.ledger;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import java.io.BufferedReader;
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
  static Stream<Raw> of(List<Path> paths) {
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
          Stream<Raw> next = documents(files.next());
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

  private static Stream<Raw> documents(Path f) {
    if (isNdjson(f)) {
      return ndjson(f);
    }
    try {
      return Stream.of(new Raw(f.toString(), Files.readAllBytes(f), null));
    } catch (IOException | OutOfMemoryError e) {
      return Stream.of(unreadable(f.toString(), e));
    }
  }

  private static Raw unreadable(String source, Throwable e) {
    return new Raw(source, null, LedgerDiagnostics.file("ledger.source.unreadable", Severity.ERROR, source,
        e.getClass().getSimpleName() + ": " + e.getMessage()));
  }

  private static Stream<Raw> ndjson(Path f) {
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(f, StandardCharsets.UTF_8);
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
            String s = reader.readLine();
            line++;
            if (s == null) {
              done = true;
              reader.close();
            } else if (!s.isBlank()) {
              next = new Raw(f + ":" + line, s.getBytes(StandardCharsets.UTF_8), null);
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
            reader.close();
          } catch (IOException e) {
            // nothing was written; a failing close of a reader loses nothing
          }
        });
  }
}
