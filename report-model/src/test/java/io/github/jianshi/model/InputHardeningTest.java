package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.core.diagnostic.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Foreign encodings, byte-order marks, unpaired surrogate escapes and paths that are not files. */
class InputHardeningTest {
  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().registry(SampleReports.registry()).build();
  private static final String TEXT = ReportJson.write(SampleReports.trackedMeasures());

  private static byte[] encode(String text, String charset, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes("\uFEFF".getBytes(Charset.forName(charset)));
    }
    out.writeBytes(text.getBytes(Charset.forName(charset)));
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  void utf16AndUtf32AreRefusedThroughEveryByteInput(String charset, @TempDir Path dir) throws IOException {
    for (boolean bom : new boolean[] {false, true}) {
      for (String text : List.of(TEXT, "{}", " {\"a\": 1}", "[")) {
        byte[] bytes = encode(text, charset, bom);
        Path file = dir.resolve("report.json");
        Files.write(file, bytes);
        for (ValidatedReport r : List.of(VALIDATOR.validate(bytes), VALIDATOR.validate(new ByteArrayInputStream(bytes)),
            VALIDATOR.validate(file), VALIDATOR.decode(bytes))) {
          assertThat(r.result().codes()).as("%s bom=%s %s", charset, bom, text.length()).containsExactly("json.encoding");
          Diagnostic d = r.diagnostics().get(0);
          assertThat(d.arguments()).containsExactly(charset);
          assertThat(d.pointer()).isEmpty();
          assertThat(d.line()).hasValue(1);
          assertThat(d.column()).hasValue(1);
          assertThat(r.report()).isEmpty();
        }
        assertThat(VALIDATOR.validateChecklist(bytes).result().codes()).containsExactly("json.encoding");
      }
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsDroppedAndPositionsCountFromTheTextAfterIt() {
    String bad = "{\"schemaVersion\": 1, \"bogus\": true}";
    ValidatedReport plain = VALIDATOR.validate(bad.getBytes(StandardCharsets.UTF_8));
    ValidatedReport withBom = VALIDATOR.validate(encode(bad, "UTF-8", true));
    assertThat(withBom).isEqualTo(plain);
    assertThat(VALIDATOR.validate("\uFEFF" + bad)).isEqualTo(plain);
    Diagnostic unknown = withBom.diagnostics().stream().filter(d -> d.code().equals("schema.additionalProperties"))
        .findFirst().orElseThrow();
    assertThat(unknown.column()).hasValue(bad.indexOf("true") + 1);
    ValidatedReport good = VALIDATOR.validate(encode(TEXT, "UTF-8", true));
    assertThat(good.isValid()).isTrue();
    assertThat(good.report()).contains(SampleReports.trackedMeasures());
  }

  @Test
  void aLoneSurrogateEscapeIsRefusedWhereItIs() {
    String doc = TEXT.replaceFirst("\"text\": \"", "\"text\": \"ab\\\\uDC00");
    ValidatedReport r = VALIDATOR.validate(doc);
    assertThat(r.result().codes()).containsExactly("json.surrogate");
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.arguments()).containsExactly("\\uDC00");
    assertThat(d.pointer()).startsWith("/findings/0/body/0/0/text");
    int line = (int) doc.substring(0, doc.indexOf("\\uDC00")).lines().count();
    assertThat(d.line()).hasValue(line);
    assertThat(d.column()).hasValue(doc.lines().toList().get(line - 1).indexOf("\"ab\\") + 1);
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).contains("\\uDC00").contains("代理项");
    assertThat(r.report()).isEmpty();
    // a high surrogate at the end of a string, in a checklist
    ValidatedChecklist c = VALIDATOR.validateChecklist("{\"id\": \"x\\uD83D\", \"title\": 1}");
    assertThat(c.result().codes()).containsExactly("json.surrogate");
    assertThat(c.diagnostics().get(0).pointer()).isEqualTo("/id");
    assertThat(c.checklist()).isEmpty();
    // in a member name, the parser itself refuses it
    assertThat(VALIDATOR.validateChecklist("{\"na\\uD83Dme\": 1}").result().codes()).containsExactly("json.syntax");
  }

  @Test
  void pairedSurrogateEscapesAndEscapedBackslashesAreFine() {
    String doc = TEXT.replaceFirst("\"text\": \"", "\"text\": \"\\\\uD840\\\\uDC00 \\\\\\\\uD800 ");
    ValidatedReport r = VALIDATOR.validate(doc);
    assertThat(r.result().codes()).isEmpty();
    assertThat(r.report().orElseThrow().findings().get(0).body().get(0).segments().get(0).text())
        .startsWith("\uD840\uDC00 \\uD800 ");
    assertThat(Surrogates.mayHaveSurrogateEscape("\"a\\\\\\\\uD800\"".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(Surrogates.mayHaveSurrogateEscape("\"a\\ud800\"".getBytes(StandardCharsets.UTF_8))).isTrue();
    // the fast path's own check of each string it reads
    assertThat(Surrogates.hasUnpaired("a\uD840\uDC00b中")).isFalse();
    assertThat(Surrogates.hasUnpaired("a\uDC00")).isTrue();
    assertThat(Surrogates.hasUnpaired("\uD83Dx")).isTrue();
    assertThat(Surrogates.hasUnpaired("x\uD83D")).isTrue();
  }

  @Test
  void theWordAtATimeScanAgreesWithAByteAtATimeOne() {
    java.util.Random random = new java.util.Random(3);
    byte[] alphabet = "\\uDd8a\"x中".getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 5_000; round++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = alphabet[random.nextInt(alphabet.length)];
      }
      for (int from = 0; from <= b.length; from++) {
        int expected = -1;
        for (int i = from; i < b.length; i++) {
          if (b[i] == '\\') {
            expected = i;
            break;
          }
        }
        assertThat(Surrogates.nextBackslash(b, from)).isEqualTo(expected);
      }
      assertThat(Surrogates.mayHaveSurrogateEscape(b)).as(new String(b, StandardCharsets.UTF_8))
          .isEqualTo(naiveMayHaveSurrogateEscape(b));
    }
  }

  private static boolean naiveMayHaveSurrogateEscape(byte[] b) {
    for (int i = 0; i < b.length - 5; i++) {
      if (b[i] == '\\') {
        if (b[i + 1] == 'u' && (b[i + 2] == 'd' || b[i + 2] == 'D') && "89abcdefABCDEF".indexOf(b[i + 3]) >= 0) {
          return true;
        }
        i++;
      }
    }
    return false;
  }

  @Test
  void aSyntaxErrorBeforeTheSurrogateIsReportedAsSuch() {
    ValidatedReport r = VALIDATOR.validate("{\"title\": tru, \"x\": \"\\uD800\"}");
    assertThat(r.result().codes()).containsExactly("json.syntax");
  }

  @Test
  void aDirectoryIsAnEnvironmentFailureThatNamesThePath(@TempDir Path dir) {
    assertThatThrownBy(() -> VALIDATOR.validate(dir)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("directory");
    assertThatThrownBy(() -> VALIDATOR.validateChecklist(dir)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(dir.toString());
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> VALIDATOR.validate(missing)).isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read " + missing + ": no such file");
  }
}
