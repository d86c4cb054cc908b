package io.github.jianshi.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the values that conformance diagnostics point at begin, recorded by the fast path while it
 * decodes, so that those diagnostics get a line and column without a second pass over the document.
 * Each anchor packs the 1-based line (high 32 bits) and the byte offset (low 32 bits); -1 when not
 * recorded. Pointers that are not covered (deeper ones) are left to {@link Locator}'s scan.
 */
final class Anchors {
  /** The root members in the order of the fast path's bits. */
  private static final List<String> MEMBERS = List.of("schemaVersion", "checklist", "title", "author", "date",
      "status", "headings", "preamble", "findings", "causes", "measures", "closing", "id", "byline", "addressee", "numbering", "extraSections",
      "signature");
  private static final List<String> REF = List.of("id", "version", "hash");
  /** Finding fields after the finding's own start (index 0). */
  static final List<String> FINDING = List.of("", "checkpoint", "verdict", "heading", "body");
  /** Measure fields after the measure's own start (index 0). */
  static final List<String> MEASURE = List.of("", "due");

  long root = -1;
  final long[] members = filled(MEMBERS.size());
  final long[] ref = filled(REF.size());
  final List<long[]> findings = new ArrayList<>();
  final List<long[]> causes = new ArrayList<>();
  final List<long[]> measures = new ArrayList<>();

  static long[] filled(int size) {
    long[] a = new long[size];
    Arrays.fill(a, -1);
    return a;
  }

  static long pack(int line, long offset) {
    return ((long) line << 32) | (offset & 0xFFFFFFFFL);
  }

  static int line(long anchor) {
    return (int) (anchor >>> 32);
  }

  static long offset(long anchor) {
    return anchor & 0xFFFFFFFFL;
  }

  /**
   * The anchor of a pointer.
   *
   * @param pointer a JSON Pointer
   * @return the anchor, or -1 when this pointer is not recorded
   */
  long find(String pointer) {
    if (pointer.isEmpty()) {
      return root;
    }
    String[] parts = pointer.split("/", -1);
    int member = MEMBERS.indexOf(parts[1]);
    if (member < 0) {
      return -1;
    }
    if (parts.length == 2) {
      return members[member];
    }
    if (parts[1].equals("checklist") && parts.length == 3) {
      int field = REF.indexOf(parts[2]);
      return field < 0 ? -1 : ref[field];
    }
    List<long[]> items = switch (parts[1]) {
      case "findings" -> findings;
      case "causes" -> causes;
      case "measures" -> measures;
      default -> null;
    };
    if (items == null || parts.length > 4 || !parts[2].matches("0|[1-9][0-9]{0,8}")) {
      return -1;
    }
    int index = Integer.parseInt(parts[2]);
    if (index >= items.size()) {
      return -1;
    }
    long[] item = items.get(index);
    if (parts.length == 3) {
      return item[0];
    }
    List<String> fields = parts[1].equals("findings") ? FINDING : parts[1].equals("measures") ? MEASURE : List.of("");
    int field = fields.indexOf(parts[3]);
    return field <= 0 ? -1 : item[field];
  }
}
