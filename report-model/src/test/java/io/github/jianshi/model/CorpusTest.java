package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every corpus document through the validator and compares the diagnostics with the expected
 * ones beside it: codes, pointers, severities and, where given, line and column.
 */
class CorpusTest {

  static Stream<Corpus.Document> valid() {
    return Corpus.documents("valid");
  }

  static Stream<Corpus.Document> invalid() {
    return Corpus.documents("invalid");
  }

  static Stream<Corpus.Document> all() {
    return Corpus.all();
  }

  @Test
  void theCorpusIsLargeEnough() {
    assertThat(invalid().count()).isGreaterThanOrEqualTo(40);
    assertThat(valid().count()).isGreaterThanOrEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void invalidDocumentsGiveTheirExpectedDiagnostics(Corpus.Document doc) {
    ValidationResult result = validate(doc, true);
    assertMatches(doc, result);
    assertThat(result.isValid()).as("valid?").isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void validDocumentsDecodeWithTheirExpectedDiagnostics(Corpus.Document doc) {
    ReportValidator validator = Corpus.validator(doc.limits(), true);
    if (doc.isChecklist()) {
      ValidatedChecklist read = validator.validateChecklist(doc.bytes());
      assertMatches(doc, read.result());
      assertThat(read.isValid()).isTrue();
      Checklist checklist = read.checklist().orElseThrow();
      assertThat(ReportJson.readChecklist(ReportJson.writeChecklistBytes(checklist)).checklist()).contains(checklist);
      if (doc.canonical()) {
        assertThat(new String(ReportJson.writeChecklistBytes(checklist), java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo(new String(doc.bytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    } else {
      ValidatedReport read = validator.validate(doc.bytes());
      assertMatches(doc, read.result());
      assertThat(read.isValid()).isTrue();
      Report report = read.report().orElseThrow();
      // read(write(r)) equals r
      assertThat(ReportJson.read(ReportJson.writeBytes(report)).report()).contains(report);
      // write(read(b)) equals b, for canonical bytes
      if (doc.canonical()) {
        assertThat(ReportJson.write(report))
            .isEqualTo(new String(doc.bytes(), java.nio.charset.StandardCharsets.UTF_8));
      } else {
        assertThat(ReportJson.writeBytes(report)).isNotEqualTo(doc.bytes());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void theFastPathAndTheSlowPathAgree(Corpus.Document doc) {
    ReportValidator fast = Corpus.validator(doc.limits(), true);
    ReportValidator slow = Corpus.validator(doc.limits(), false);
    if (doc.isChecklist()) {
      assertThat(fast.validateChecklist(doc.bytes())).isEqualTo(slow.validateChecklist(doc.bytes()));
    } else {
      assertThat(fast.validate(doc.bytes())).isEqualTo(slow.validate(doc.bytes()));
      assertThat(fast.decode(doc.bytes())).isEqualTo(slow.decode(doc.bytes()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void everyMessageRendersInBothLanguages(Corpus.Document doc) {
    for (Diagnostic d : validate(doc, true).diagnostics()) {
      assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isNotBlank().doesNotContain("{");
      assertThat(d.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
    }
  }

  private static ValidationResult validate(Corpus.Document doc, boolean fastPath) {
    ReportValidator validator = Corpus.validator(doc.limits(), fastPath);
    return doc.isChecklist() ? validator.validateChecklist(doc.bytes()).result()
        : validator.validate(doc.bytes()).result();
  }

  private static void assertMatches(Corpus.Document doc, ValidationResult result) {
    List<Diagnostic> actual = result.diagnostics();
    List<String> expected = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (int i = 0; i < Math.max(actual.size(), doc.expected().size()); i++) {
      Corpus.Expected e = i < doc.expected().size() ? doc.expected().get(i) : null;
      expected.add(e == null ? "(none)" : e.toString());
      described.add(i >= actual.size() ? "(none)"
          : e == null ? new Corpus.Expected("", "", "", "").describe(actual.get(i))
          : e.describe(actual.get(i)));
    }
    assertThat(described).as("diagnostics of %s:%n%s", doc, result.describe(Locale.ENGLISH))
        .containsExactlyElementsOf(expected);
  }
}
