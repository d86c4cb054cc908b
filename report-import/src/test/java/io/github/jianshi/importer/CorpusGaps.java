package io.github.jianshi.importer;

import java.util.List;
import java.util.Map;

/**
 * Where the importer reads a corpus file differently from its hand labels: "- " a labelled fact the
 * import does not give, "+ " what it gives instead. Each entry is a known limitation (see
 * docs/import.md), or a label that looks wrong (said in the entry's comment).
 */
final class CorpusGaps {
  private CorpusGaps() {}

  /** None at present; add an entry (file name to its differences) with a comment saying why. */
  private static final Map<String, List<String>> GAPS = Map.of();

  static List<String> of(String file) {
    return GAPS.getOrDefault(file, List.of());
  }
}
