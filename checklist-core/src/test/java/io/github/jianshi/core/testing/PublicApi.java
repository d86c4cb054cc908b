package io.github.jianshi.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public API of a module as its class files say: for each module's {@code PublicApiTest}, which
 * asserts that these types equal an allowed list, so that a type becomes public only by a decision
 * written in that list.
 */
public final class PublicApi {
  private PublicApi() {}

  /**
   * The types that code outside their package can name, of the classes directory or jar that holds
   * {@code anchor} (a module's main classes, never its tests): public top-level types, and public or
   * protected member types of such types, recursively.
   *
   * @param anchor any class of the module
   * @return the types, ordered by name
   */
  public static Set<Class<?>> typesOf(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the location of " + anchor, e);
    }
    List<String> names = Files.isDirectory(location) ? classNamesInDirectory(location) : classNamesInJar(location);
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      Class<?> c;
      try {
        c = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("listed but not loadable: " + name, e);
      }
      if (visible(c)) {
        types.add(c);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return Collections.unmodifiableSet(new LinkedHashSet<>(types));
  }

  private static boolean visible(Class<?> c) {
    if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
      return false;
    }
    int modifiers = c.getModifiers();
    Class<?> outer = c.getDeclaringClass();
    if (outer == null) {
      return Modifier.isPublic(modifiers);
    }
    return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && visible(outer);
  }

  private static List<String> classNamesInDirectory(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".class"))
          .map(f -> root.relativize(f).toString().replace(root.getFileSystem().getSeparator(), "/"))
          .map(PublicApi::className)
          .filter(n -> n != null)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> classNamesInJar(Path jar) {
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        String entry = entries.nextElement().getName();
        if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
          String name = className(entry);
          if (name != null) {
            names.add(name);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(names);
    return names;
  }

  /** The binary name of a class file's path, or null for module and package descriptors. */
  private static String className(String path) {
    String name = path.substring(0, path.length() - ".class".length());
    if (name.equals("module-info") || name.endsWith("/package-info")) {
      return null;
    }
    return name.replace('/', '.');
  }
}
