package io.github.jianshi.model;

import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus of {@code src/test/resources/corpus}: documents with the diagnostics expected of them
 * (see the corpus README for the format of the {@code .expected} files).
 */
final class Corpus {
  static final Path ROOT = Path.of("src/test/resources/corpus");

  private Corpus() {}

  /** One document and what is expected of it. */
  record Document(String folder, String name, byte[] bytes, Limits limits, boolean canonical,
      List<Expected> expected) {
    boolean isChecklist() {
      return name.startsWith("checklist-");
    }

    @Override
    public String toString() {
      return folder + "/" + name;
    }
  }

  /** One expected diagnostic: code, pointer, and optionally position and severity (default error). */
  record Expected(String code, String pointer, String position, String severity) {
    static Expected parse(String line) {
      String[] parts = line.split(" ", -1);
      String position = null;
      String severity = "error";
      for (int i = 2; i < parts.length; i++) {
        if (parts[i].contains(":")) {
          position = parts[i];
        } else if (!parts[i].isEmpty()) {
          severity = parts[i];
        }
      }
      return new Expected(parts[0], parts.length > 1 ? parts[1] : "", position, severity);
    }

    /** The actual diagnostic described with the same parts as this expectation. */
    String describe(Diagnostic d) {
      String s = d.code() + " " + d.pointer() + " " + d.severity().id();
      if (position != null) {
        s += " " + (d.line().isPresent() ? d.line().getAsInt() + ":" + d.column().orElse(0) : "-");
      }
      return s;
    }

    @Override
    public String toString() {
      return code + " " + pointer + " " + severity + (position == null ? "" : " " + position);
    }
  }

  static Stream<Document> documents(String folder) {
    Path dir = ROOT.resolve(folder);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
          .map(p -> load(folder, p)).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Document> all() {
    return Stream.concat(documents("valid"), documents("invalid"));
  }

  private static Document load(String folder, Path json) {
    String file = json.getFileName().toString();
    String name = file.substring(0, file.length() - ".json".length());
    try {
      byte[] bytes = Files.readAllBytes(json);
      Limits.Builder limits = Limits.builder();
      boolean canonical = true;
      List<Expected> expected = new ArrayList<>();
      for (String line : Files.readAllLines(json.resolveSibling(name + ".expected"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.equals("!noncanonical")) {
          canonical = false;
        } else if (line.startsWith("!limits ")) {
          for (String setting : line.substring("!limits ".length()).split(" ")) {
            String[] kv = setting.split("=");
            int value = Integer.parseInt(kv[1]);
            switch (kv[0]) {
              case "maxDocumentBytes" -> limits.maxDocumentBytes(value);
              case "maxDepth" -> limits.maxDepth(value);
              case "maxStringLength" -> limits.maxStringLength(value);
              case "maxArrayLength" -> limits.maxArrayLength(value);
              case "maxObjectMembers" -> limits.maxObjectMembers(value);
              case "maxDiagnostics" -> limits.maxDiagnostics(value);
              default -> throw new IllegalArgumentException("unknown limit " + kv[0] + " in " + name);
            }
          }
        } else {
          expected.add(Expected.parse(line));
        }
      }
      return new Document(folder, name, bytes, limits.build(), canonical, expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The registry of the corpus: the built-in checklist and those of the sample reports. */
  static ChecklistRegistry registry() {
    return SampleReports.registry();
  }

  static ReportValidator validator(Limits limits, boolean fastPath) {
    return ReportValidator.builder().registry(registry()).limits(limits).fastPath(fastPath).build();
  }
}
