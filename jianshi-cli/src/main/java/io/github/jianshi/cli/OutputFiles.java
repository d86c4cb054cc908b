package io.github.jianshi.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Writes output files atomically: into a temporary file in the target's folder, then moved over the
 * target in one step, so that a reader never sees half a file and a failure leaves the old file as it
 * was. An output that is one of the command's inputs is refused (exit 2) before any work.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Refuses an output path that is an input, a directory, or in a folder that does not exist.
   *
   * @param target the output file
   * @param inputs the command's input files (null entries, standard input, are ignored)
   */
  static void check(Path target, Collection<Path> inputs, Text text) {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new CliException(ExitCodes.USAGE, text.get("output.is-directory", target));
    }
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliException(ExitCodes.USAGE, text.get("output.no-folder", target));
    }
    for (Path input : inputs) {
      if (input != null && same(abs, input)) {
        throw new CliException(ExitCodes.USAGE, text.get("output.is-input", target));
      }
    }
  }

  private static boolean same(Path output, Path input) {
    if (output.equals(input.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Writes the bytes to the target atomically (check it first with {@link #check}).
   *
   * @throws CliException (exit 2) when the file cannot be written
   */
  static void write(Path target, byte[] bytes, Text text) {
    Path abs = target.toAbsolutePath().normalize();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE, text.get("output.failed", target, Failures.describe(e)));
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file stays; nothing else to do
        }
      }
    }
  }
}
