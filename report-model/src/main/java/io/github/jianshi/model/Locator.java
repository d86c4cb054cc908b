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

/**
 * Adds line and column to diagnostics that have only a pointer, by one streaming pass over the
 * document that descends only into containers on the way to a wanted pointer. A pointer to a member
 * that does not exist is located at its nearest existing ancestor.
 */
final class Locator {
  private Locator() {}

  static List<Diagnostic> locate(byte[] bytes, List<Diagnostic> diagnostics) {
    Set<String> wanted = new HashSet<>();
    for (Diagnostic d : diagnostics) {
      if (d.line().isEmpty()) {
        wanted.add(d.pointer());
      }
    }
    if (wanted.isEmpty()) {
      return diagnostics;
    }
    Set<String> onTheWay = new HashSet<>();
    for (String pointer : wanted) {
      for (int slash = pointer.indexOf('/', 1); slash > 0; slash = pointer.indexOf('/', slash + 1)) {
        onTheWay.add(pointer.substring(0, slash));
      }
      onTheWay.add(pointer);
    }
    onTheWay.add("");
    Map<String, Position> found = new HashMap<>();
    try (JsonParser p = Json.PLAIN_READ_FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = p.streamReadContext().pathAsPointer().toString();
        if (onTheWay.contains(pointer)) {
          found.put(pointer, Position.of(bytes, p.currentTokenLocation().getByteOffset()));
        }
        if (t.isStructStart() && !onTheWay.contains(pointer)) {
          p.skipChildren();
        }
      }
    } catch (JacksonException e) {
      // the document was parsed before; if it cannot be now, leave the diagnostics unlocated
    }
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      Position at = d.line().isPresent() ? null : nearest(found, d.pointer());
      out.add(at == null ? d : Diagnostic.builder().from(d).line(at.line()).column(at.column()).build());
    }
    return out;
  }

  private static Position nearest(Map<String, Position> found, String pointer) {
    String p = pointer;
    while (true) {
      Position at = found.get(p);
      if (at != null || p.isEmpty()) {
        return at;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
