package io.github.jianshi.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden files: the one helper of every module's tests. Output is compared with a committed file
 * (paths relative to the module, usually under {@code src/test/resources/golden/}); a text difference
 * is reported at its first differing line.
 *
 * <p>Run the tests with {@code -Djianshi.updateGolden=true} to rewrite the files that differ from the
 * current output. A test that rewrote a file then <em>fails</em>, naming the file, so that an update
 * run never passes: review the diff ({@code git diff}) and run the tests again without the property.
 */
public final class Golden {
  /** The system property that turns on rewriting: {@value}. */
  public static final String UPDATE_PROPERTY = "jianshi.updateGolden";

  private Golden() {}

  /**
   * Whether this run rewrites golden files.
   *
   * @return whether {@value #UPDATE_PROPERTY} is {@code true}
   */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /**
   * Asserts that a text equals the golden file (UTF-8), or rewrites the file and fails.
   *
   * @param file the golden file
   * @param actual the current output
   */
  public static void assertText(Path file, String actual) {
    assertBytes(file, actual.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Asserts that bytes equal the golden file, or rewrites the file and fails. A file that holds UTF-8
   * text is compared line by line, so that a failure names the first differing line.
   *
   * @param file the golden file
   * @param actual the current output
   */
  public static void assertBytes(Path file, byte[] actual) {
    byte[] expected = read(file);
    if (expected != null && Arrays.equals(expected, actual)) {
      return;
    }
    if (updating()) {
      write(file, actual);
      fail("rewrote golden file " + file + " (-D" + UPDATE_PROPERTY
          + "=true): review the diff, then run the tests again without the property");
    }
    if (expected == null) {
      fail("missing golden file " + file + " (create it with -D" + UPDATE_PROPERTY + "=true)");
    }
    fail(file + ": " + firstDifference(expected, actual) + " (if the change is intended, regenerate with -D"
        + UPDATE_PROPERTY + "=true and review the diff)");
  }

  /**
   * Asserts that a directory holds exactly the given text files (UTF-8), or replaces the directory's
   * content with them and fails: a file no longer written does not linger.
   *
   * @param dir the golden directory
   * @param files the current output: path relative to {@code dir}, and text
   */
  public static void assertDirectory(Path dir, Map<String, String> files) {
    Set<String> present = listFiles(dir);
    Set<String> wanted = new TreeSet<>(files.keySet());
    if (updating()) {
      List<String> changed = new ArrayList<>();
      for (String stale : present) {
        if (!wanted.contains(stale)) {
          delete(dir.resolve(stale));
          changed.add(stale + " (deleted)");
        }
      }
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = dir.resolve(f.getKey());
        byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(read(file), bytes)) {
          write(file, bytes);
          changed.add(f.getKey());
        }
      }
      if (!changed.isEmpty()) {
        fail("rewrote golden files in " + dir + " (-D" + UPDATE_PROPERTY + "=true): " + changed
            + "; review the diff, then run the tests again without the property");
      }
      return;
    }
    if (!present.equals(wanted)) {
      fail("golden directory " + dir + " holds " + present + " but the output is " + wanted
          + " (regenerate with -D" + UPDATE_PROPERTY + "=true and review the diff)");
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      assertText(dir.resolve(f.getKey()), f.getValue());
    }
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    String e = new String(expected, StandardCharsets.UTF_8);
    String a = new String(actual, StandardCharsets.UTF_8);
    List<String> el = e.lines().toList();
    List<String> al = a.lines().toList();
    for (int i = 0; i < Math.min(el.size(), al.size()); i++) {
      if (!el.get(i).equals(al.get(i))) {
        return "line " + (i + 1) + " differs:\n  expected: " + el.get(i) + "\n  actual:   " + al.get(i);
      }
    }
    if (el.size() != al.size()) {
      return "expected " + el.size() + " lines but the output has " + al.size();
    }
    return "expected " + expected.length + " bytes but the output has " + actual.length
        + " (line endings or binary content differ)";
  }

  private static byte[] read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> listFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return new TreeSet<>();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder())
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
