package io.github.jianshi.model;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Adds line and column to diagnostics that have only a pointer. Pointers the fast path recorded
 * ({@link Anchors}) are located at once; the others by one streaming pass over the document that
 * descends only into containers on the way to a wanted pointer and stops when all are found. A pointer
 * to a member that does not exist is located at its nearest existing ancestor. The columns of all the
 * anchors are then counted in one forward pass ({@link Position#atAll}), so locating is linear in the
 * document however many diagnostics there are, even when the document is a single line.
 */
final class Locator {
  private Locator() {}

  static List<Diagnostic> locate(byte[] bytes, List<Diagnostic> diagnostics) {
    return locate(bytes, diagnostics, null);
  }

  static List<Diagnostic> locate(byte[] bytes, List<Diagnostic> diagnostics, Anchors anchors) {
    Map<String, Long> found = new HashMap<>();
    Set<String> wanted = new HashSet<>();
    for (Diagnostic d : diagnostics) {
      if (d.line().isEmpty() && !found.containsKey(d.pointer())) {
        long anchor = anchors == null ? -1 : anchors.find(d.pointer());
        if (anchor >= 0) {
          found.put(d.pointer(), anchor);
        } else {
          wanted.add(d.pointer());
        }
      }
    }
    if (found.isEmpty() && wanted.isEmpty()) {
      return diagnostics;
    }
    if (!wanted.isEmpty()) {
      scan(bytes, wanted, found);
    }
    Map<Long, Position> positions = Position.atAll(bytes, found.values());
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      String at = d.line().isPresent() ? null : nearest(found, d.pointer());
      if (at == null) {
        out.add(d);
      } else {
        Position p = positions.get(found.get(at));
        out.add(Diagnostic.builder().from(d).line(p.line()).column(p.column()).build());
      }
    }
    return out;
  }

  /** Records the anchors of the values on the way to the wanted pointers. */
  private static void scan(byte[] bytes, Set<String> wanted, Map<String, Long> found) {
    Set<String> onTheWay = new HashSet<>();
    for (String pointer : wanted) {
      for (int slash = pointer.indexOf('/', 1); slash > 0; slash = pointer.indexOf('/', slash + 1)) {
        onTheWay.add(pointer.substring(0, slash));
      }
      onTheWay.add(pointer);
    }
    onTheWay.add("");
    int missing = wanted.size();
    try (JsonParser p = Json.PLAIN_READ_FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken t = p.nextToken(); t != null && missing > 0; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = p.streamReadContext().pathAsPointer().toString();
        if (onTheWay.contains(pointer)) {
          TokenStreamLocation l = p.currentTokenLocation();
          found.putIfAbsent(pointer, Anchors.pack(l.getLineNr(), l.getByteOffset()));
          if (wanted.contains(pointer)) {
            missing--;
          }
        } else if (t.isStructStart()) {
          p.skipChildren();
        }
      }
    } catch (JacksonException e) {
      // the document was parsed before; if it cannot be now, leave what was not found unlocated
    }
  }

  private static String nearest(Map<String, Long> found, String pointer) {
    String p = pointer;
    while (true) {
      if (found.containsKey(p)) {
        return p;
      }
      if (p.isEmpty()) {
        return null;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
