package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportValidatorTest {
  private static final Report TRACKED = SampleReports.trackedMeasures();
  private static final byte[] TRACKED_JSON = ReportJson.writeBytes(TRACKED);

  @Test
  void everyKindOfInputGivesTheSameResult(@TempDir Path dir) throws IOException {
    ReportValidator v = ReportValidator.builder().registry(SampleReports.registry()).build();
    byte[] bad = Corpus.ROOT.resolve("invalid/enum-verdict.json").toFile().exists()
        ? Files.readAllBytes(Corpus.ROOT.resolve("invalid/enum-verdict.json")) : new byte[0];
    for (byte[] json : List.of(TRACKED_JSON, bad)) {
      ValidatedReport fromBytes = v.validate(json);
      String text = new String(json, StandardCharsets.UTF_8);
      Path file = dir.resolve("report.json");
      Files.write(file, json);
      assertThat(v.validate(new ByteArrayInputStream(json))).isEqualTo(fromBytes);
      assertThat(v.validate(new StringReader(text))).isEqualTo(fromBytes);
      assertThat(v.validate(text)).isEqualTo(fromBytes);
      assertThat(v.validate(file)).isEqualTo(fromBytes);
    }
    assertThat(v.validate(TRACKED_JSON).report()).contains(TRACKED);
    assertThat(v.validate(TRACKED_JSON).isValid()).isTrue();
    assertThat(v.validate(bad).isValid()).isFalse();
  }

  @Test
  void misuseThrowsBadDataDoesNot() {
    ReportValidator v = ReportValidator.defaults();
    assertThatThrownBy(() -> v.validate((byte[]) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> v.validate((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> v.validate((InputStream) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> v.validate((Path) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> v.validateChecklist((byte[]) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> v.check(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReportValidator.builder().registry(null)).isInstanceOf(NullPointerException.class);
    byte[][] garbage = {new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0}, {(byte) 0xFF, (byte) 0xFE, 0, 0},
        "\"just a string\"".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8),
        "{\"schemaVersion\": 1e999999}".getBytes(StandardCharsets.UTF_8),
        "{\"schemaVersion\": 123456789012345678901234567890}".getBytes(StandardCharsets.UTF_8),
        "{\"findings\": [{\"body\": [[{\"kind\": 1}]]}]}".getBytes(StandardCharsets.UTF_8)};
    for (byte[] g : garbage) {
      ValidatedReport r = v.validate(g);
      assertThat(r.isValid()).isFalse();
      assertThat(r.report()).isEmpty();
      assertThat(r.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.severity()).isNotNull());
      assertThat(v.validateChecklist(g).isValid()).isFalse();
    }
  }

  @Test
  void anUnreadableStreamIsAnIoErrorNotADiagnostic() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    assertThatThrownBy(() -> ReportValidator.defaults().validate(broken)).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> ReportValidator.defaults().validate(Path.of("no/such/file.json")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no/such/file.json");
  }

  @Test
  void anUnknownChecklistIsReportedUntilTheRegistryKnowsIt() {
    ValidatedReport unknown = ReportValidator.defaults().validate(TRACKED_JSON);
    assertThat(unknown.report()).contains(TRACKED);
    assertThat(unknown.result().codes()).containsExactly("checklist.unknown");
    assertThat(unknown.diagnostics().get(0).pointer()).isEqualTo("/checklist");
    assertThat(unknown.diagnostics().get(0).line()).hasValue(3);

    ReportValidator knowing = ReportValidator.builder().addChecklist(SampleReports.lifeMeetingChecklist()).build();
    assertThat(knowing.validate(TRACKED_JSON).diagnostics()).isEmpty();
    assertThat(knowing.registry().find("life-meeting-six", "1")).isPresent();
    assertThat(knowing.registry().find(Checklists.NINE_POINT_ID, "1")).isPresent();
  }

  @Test
  void aCustomChecklistReadFromJsonChecksReportsAndAChangedOneIsCaughtByItsHash() {
    Checklist six = SampleReports.lifeMeetingChecklist();
    ValidatedChecklist read = ReportValidator.defaults().validateChecklist(ReportJson.writeChecklist(six));
    assertThat(read.isValid()).isTrue();
    assertThat(read.checklist()).contains(six);
    ReportValidator v = ReportValidator.builder().registry(ChecklistRegistry.builtIn().with(read.checklist().get()))
        .build();
    assertThat(v.validate(TRACKED_JSON).isValid()).isTrue();

    // someone edits a question but keeps version and hash: the checklist document says so ...
    String edited = ReportJson.writeChecklist(six).replace("是否对党忠诚\"", "是否对党绝对忠诚\"");
    ValidatedChecklist tampered = ReportValidator.defaults().validateChecklist(edited);
    assertThat(tampered.result().codes()).containsExactly("checklist.content-hash.mismatch");
    assertThat(tampered.isValid()).isFalse();
    assertThat(tampered.diagnostics().get(0).pointer()).isEqualTo("/hash");
    // ... and a report pinned to the original hash, checked against the edited checklist, too
    String withoutHash = edited.replaceAll("  \"hash\": \"sha256:[0-9a-f]{64}\",\n", "");
    Checklist changed = ReportValidator.defaults().validateChecklist(withoutHash).checklist().orElseThrow();
    ValidatedReport report = ReportValidator.builder().addChecklist(changed).build().validate(TRACKED_JSON);
    assertThat(report.result().codes()).containsExactly("checklist.hash.mismatch");
    assertThat(report.diagnostics().get(0).pointer()).isEqualTo("/checklist/hash");
  }

  @Test
  void decodeSkipsConformanceValidateDoesNot() {
    byte[] json = ReportJson.writeBytes(SampleReports.noCauses());
    assertThat(ReportValidator.defaults().decode(json).diagnostics()).isEmpty();
    assertThat(ReportValidator.defaults().validate(json).result().codes()).containsExactly("measures.unlinked");
    assertThat(ReportJson.read(json).report()).contains(SampleReports.noCauses());
  }

  @Test
  void checkGivesConformanceOfAReportBuiltInCode() {
    ReportValidator v = ReportValidator.builder().registry(SampleReports.registry()).build();
    assertThat(v.check(SampleReports.severalCases()).codes()).containsExactly("measures.unlinked");
    assertThat(v.check(SampleReports.severalCases()).diagnostics().get(0).line()).isEmpty();
  }

  @Test
  void diagnosticsComeInTheDocumentedOrderAndAreLocated() {
    String json = ReportJson.write(SampleReports.elevenPoints())
        .replace("\"status\": \"final\"", "\"status\": \"final\",\n  \"remark\": 1")
        .replace("\"kind\": \"lead\"", "\"kind\": \"intro\"");
    ValidatedReport r = ReportValidator.builder().registry(SampleReports.registry()).build().validate(json);
    assertThat(r.report()).isEmpty();
    assertThat(r.result().codes()).isNotEmpty().allMatch(c -> c.startsWith("schema."));
    assertThat(r.diagnostics()).allSatisfy(d -> {
      assertThat(d.line()).isPresent();
      assertThat(d.column()).isPresent();
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
    });
    List<String> lines = json.lines().toList();
    for (Diagnostic d : r.diagnostics()) {
      String line = lines.get(d.line().getAsInt() - 1);
      String leaf = d.pointer().substring(d.pointer().lastIndexOf('/') + 1);
      if (!leaf.matches("[0-9]+")) {
        assertThat(line).contains("\"" + leaf + "\"");
      }
    }
  }

  @Test
  void columnsCountCharactersNotBytes() {
    String json = "{\n  \"title\": \"中文标题\", \"schemaVersion\": 1, \"oops\": tru }";
    Diagnostic d = ReportValidator.defaults().validate(json).diagnostics().get(0);
    assertThat(d.code()).isEqualTo("json.syntax");
    assertThat(d.line()).hasValue(2);
    assertThat(d.column()).hasValue(json.lines().toList().get(1).indexOf("tru") + 1);
  }

  @Test
  void anUnpairedSurrogateInAStringIsAnEncodingError() {
    ValidatedReport r = ReportValidator.defaults().validate("{\n \"title\": \"a\uD800b\"}");
    assertThat(r.result().codes()).containsExactly("json.encoding");
    assertThat(r.diagnostics().get(0).line()).hasValue(2);
    assertThat(r.diagnostics().get(0).column()).hasValue(13);
    // escaped in JSON it is no better: json.surrogate at the string, and nothing is decoded
    ValidatedReport escaped = ReportValidator.defaults().decode(ReportJson.write(TRACKED)
        .replace("\"title\": \"", "\"title\": \"\\uD800"));
    assertThat(escaped.result().codes()).containsExactly("json.surrogate");
    assertThat(escaped.diagnostics().get(0).pointer()).isEqualTo("/title");
    assertThat(escaped.report()).isEmpty();
  }

  @Test
  void aValidatorIsSafeToShareBetweenThreads() throws Exception {
    ReportValidator v = ReportValidator.builder().registry(SampleReports.registry()).build();
    List<byte[]> docs = new ArrayList<>();
    SampleReports.all().values().forEach(r -> docs.add(ReportJson.writeBytes(r)));
    Corpus.documents("invalid").filter(d -> !d.isChecklist()).limit(20).forEach(d -> docs.add(d.bytes()));
    List<ValidatedReport> expected = docs.stream().map(v::validate).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          for (int round = 0; round < 10; round++) {
            for (int i = 0; i < docs.size(); i++) {
              if (!v.validate(docs.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void messagesDoNotDependOnTheDefaultLocale() {
    ValidatedReport r = ReportValidator.defaults().validate("{\"schemaVersion\": 1, \"status\": \"DRAFT\"}");
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String tr = r.describe(Locale.SIMPLIFIED_CHINESE);
      Locale.setDefault(Locale.US);
      assertThat(r.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(tr).contains("没有填写对照的检视清单，这一项必须填写。");
      assertThat(r.describe(Locale.ENGLISH)).contains("The required member \"checklist\" is missing.");
    } finally {
      Locale.setDefault(before);
    }
  }
}
