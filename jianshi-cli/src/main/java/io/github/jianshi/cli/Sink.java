package io.github.jianshi.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Writing a command's whole output: to a file atomically (never an input), or to standard output. */
final class Sink {
  private Sink() {}

  static void write(Io io, Text text, Path output, List<Path> inputs, byte[] bytes) {
    if (output != null) {
      OutputFiles.check(output, inputs, text);
      OutputFiles.write(output, bytes, text);
      return;
    }
    try {
      io.stdout().write(bytes);
      io.stdout().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
