package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.testing.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus documents written from checklist-core's sample reports and checklists
 * ({@code valid/sample-*.json}, {@code valid/checklist-*.json}) must be the canonical JSON of those
 * samples. When the samples change, regenerate them with
 * {@code ./mvnw -pl report-model test -Dtest=SampleCorpusTest -Djianshi.regenerate=true} and review the
 * diff (the {@code .expected} files beside them are written by hand).
 */
class SampleCorpusTest {
  private static final boolean REGENERATE = Boolean.getBoolean("jianshi.regenerate");

  static Stream<Arguments> samples() {
    Map<String, byte[]> all = new LinkedHashMap<>();
    SampleReports.all().forEach((name, report) -> all.put("sample-" + name, ReportJson.writeBytes(report)));
    for (Checklist c : new Checklist[] {Checklists.ninePoint(), SampleReports.elevenPointChecklist(),
        SampleReports.lifeMeetingChecklist()}) {
      all.put("checklist-" + c.id(), ReportJson.writeChecklistBytes(c));
    }
    return all.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void corpusFileIsTheCanonicalJsonOfTheSample(String name, byte[] canonical) throws IOException {
    Path file = Corpus.ROOT.resolve("valid").resolve(name + ".json");
    if (REGENERATE) {
      Files.write(file, canonical);
    }
    assertThat(file).exists();
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
        .as("%s is stale; see this test's Javadoc to regenerate it", file)
        .isEqualTo(new String(canonical, StandardCharsets.UTF_8));
    assertThat(Corpus.ROOT.resolve("valid").resolve(name + ".expected")).exists();
  }
}
