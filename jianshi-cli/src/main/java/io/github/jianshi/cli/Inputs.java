package io.github.jianshi.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The files a batch command works on: the paths given, directories searched (recursively, in
 * name order, hidden entries skipped) for files with an extension, and {@code -} for standard input
 * (at most once). Paths that do not exist or cannot be listed are kept as problems, so that the
 * batch goes on and the command can report them.
 */
final class Inputs {
  /**
   * One entry of the batch, in the order given: a file to process with its name as shown to the user
   * and its path (null for standard input), or a path that could not be used, with the reason.
   */
  record Input(String name, Path path, String problem) {
    boolean isStdin() {
      return path == null && problem == null;
    }

    boolean isProblem() {
      return problem != null;
    }
  }

  private final List<Input> inputs;

  private Inputs(List<Input> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  /** Every entry, problems included, in the order given. */
  List<Input> inputs() {
    return inputs;
  }

  /** The paths of the files (for checking that an output is not one of them). */
  List<Path> paths() {
    return inputs.stream().map(Input::path).filter(p -> p != null).toList();
  }

  /**
   * Expands the arguments.
   *
   * @param args paths as given
   * @param extension what files in directories must end with, for example {@code .json}
   * @param text for the reasons
   */
  static Inputs expand(List<String> args, String extension, Text text) {
    List<Input> inputs = new ArrayList<>();
    boolean stdin = false;
    for (String arg : args) {
      if (arg.equals("-")) {
        if (stdin) {
          throw new CliException(ExitCodes.USAGE, text.get("input.stdin.twice"));
        }
        stdin = true;
        inputs.add(new Input("-", null, null));
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        inputs.add(new Input(arg, null, text.get("input.missing")));
        continue;
      }
      if (Files.isDirectory(path)) {
        walk(arg, path, extension, inputs, text);
      } else if (Files.isRegularFile(path)) {
        if (Files.isReadable(path)) {
          inputs.add(new Input(arg, path, null));
        } else {
          inputs.add(new Input(arg, null, text.get("input.unreadable")));
        }
      } else if (Files.exists(path)) {
        inputs.add(new Input(arg, null, text.get("input.not-a-file")));
      } else {
        inputs.add(new Input(arg, null, text.get("input.missing")));
      }
    }
    return new Inputs(inputs);
  }

  private static void walk(String arg, Path dir, String extension, List<Input> inputs, Text text) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (attrs.isRegularFile() && !hidden(file)
              && name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          inputs.add(new Input(file.toString(), null, text.get("input.unlistable", Failures.describe(e))));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      inputs.add(new Input(arg, null, text.get("input.unlistable", Failures.describe(e))));
    }
    // a stable order whatever the file system: by the names of the relative path, compared as strings
    record Keyed(Path file, String[] names) {}
    List<Keyed> keyed = new ArrayList<>(found.size());
    for (Path file : found) {
      Path rel = dir.relativize(file);
      String[] names = new String[rel.getNameCount()];
      for (int i = 0; i < names.length; i++) {
        names[i] = rel.getName(i).toString();
      }
      keyed.add(new Keyed(file, names));
    }
    keyed.sort((a, b) -> Arrays.compare(a.names(), b.names()));
    for (Keyed k : keyed) {
      inputs.add(new Input(k.file().toString(), k.file(), null));
    }
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
