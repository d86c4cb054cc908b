package io.github.jianshi.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  private static Properties bundle(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in = DiagnosticTest.class.getResourceAsStream("/" + Diagnostic.CORE_BUNDLE + "_" + lang + ".properties")) {
      assertThat(in).as(lang).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameCodes() throws IOException {
    assertThat(bundle("zh").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
  }

  @Test
  void everyCodeTheRulesEmitHasAMessage() throws IOException {
    // The codes are the string literals passed to add(...) in Conformance.
    String source = Files.readString(Path.of("src/main/java/io/github/jianshi/core/conformance/Conformance.java"));
    Matcher m = Pattern.compile("\"([a-z]+(?:\\.[a-z-]+)+)\"").matcher(source);
    Set<String> codes = new TreeSet<>();
    while (m.find()) {
      codes.add(m.group(1));
    }
    assertThat(codes).hasSizeGreaterThan(15);
    assertThat(bundle("zh").stringPropertyNames()).containsAll(codes);
  }

  @Test
  void messagesAreChosenByTheExplicitLocaleOnly() {
    Diagnostic d = Diagnostic.of("measures.missing", Severity.ERROR, "/measures");
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("查摆出了问题或不足，但没有提出整改措施。");
    assertThat(d.message(Locale.CHINESE)).isEqualTo("查摆出了问题或不足，但没有提出整改措施。");
    assertThat(d.message(Locale.TRADITIONAL_CHINESE)).isEqualTo("查摆出了问题或不足，但没有提出整改措施。");
    assertThat(d.message(Locale.ENGLISH)).isEqualTo("Problems or shortcomings are reported, but no rectification measure is given.");
    // Any other language gets English, never the machine's default locale.
    assertThat(d.message(Locale.FRENCH)).isEqualTo(d.message(Locale.ENGLISH));
    assertThat(d.message(Locale.ROOT)).isEqualTo(d.message(Locale.ENGLISH));
  }

  @Test
  void argumentsAreInsertedVerbatim() {
    Diagnostic d = Diagnostic.of("finding.checkpoint.unknown", Severity.ERROR, "/findings/0/checkpoint",
        "{0}'x'", "1234567", "清单", "3");
    assertThat(d.message(Locale.ENGLISH)).isEqualTo("Finding 3 of the report answers \"{0}'x'\", which is not a point of \"清单\".");
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("报告中第三项检视对照的“{0}'x'”不是《清单》的检视内容。");
  }

  @Test
  void chinesePatternsWriteOrdinalsInChineseNumerals() {
    for (String[] c : new String[][] {{"1", "第一项"}, {"10", "第十项"}, {"21", "第二十一项"}, {"99", "第九十九项"},
        {"100", "第100项"}, {"x", "第x项"}}) {
      Diagnostic d = Diagnostic.of("checkpoint.missing", Severity.WARNING, "/findings", "id", c[0], "在某方面");
      assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(c[1] + "“在某方面”未对照检视。");
      assertThat(d.message(Locale.ENGLISH)).isEqualTo("Point " + c[0] + " \"在某方面\" is not answered.");
      assertThat(d.arguments()).containsExactly("id", c[0], "在某方面");
    }
  }

  @Test
  void describeGivesOneLine() {
    Diagnostic d = Diagnostic.builder().code("measures.missing").severity(Severity.WARNING).pointer("")
        .line(3).column(7).build();
    assertThat(d.describe(Locale.ENGLISH))
        .isEqualTo("warning / (3:7) [measures.missing] Problems or shortcomings are reported, but no rectification measure is given.");
  }

  @Test
  void describeEscapesWhatCouldForgeALogLine() {
    // an unknown member name, as a pointer, and an excerpt, both from a hostile document
    Diagnostic d = Diagnostic.builder().code("finding.checkpoint.unknown").severity(Severity.ERROR)
        .pointer("/x\nerror / [json.ok] forged\r\u001B[31m")
        .excerpt("a\u0085b\u202Ec\u2028d\u2066e\\n\tf")
        .addArguments("id\nnext", "list", "title\u009B", "3").build();
    String line = d.describe(Locale.ENGLISH);
    assertThat(line).doesNotContain("\n", "\r", "\u001B", "\u0085", "\u202E", "\u2028", "\u2066",
        "\u009B", "\t");
    assertThat(line).isEqualTo("error /x\\nerror / [json.ok] forged\\r\\u001B[31m"
        + " \u00ABa\\u0085b\\u202Ec\\u2028d\\u2066e\\\\n\\tf\u00BB [finding.checkpoint.unknown]"
        + " Finding 3 of the report answers \"id\\nnext\", which is not a point of \"title\\u009B\".");
    // the message itself keeps the text as given
    assertThat(d.message(Locale.ENGLISH)).contains("id\nnext");
  }

  @Test
  void describeKeepsOrdinaryTextAndSupplementaryCharacters() {
    Diagnostic d = Diagnostic.builder().code("finding.heading.blank").severity(Severity.WARNING)
        .pointer("/findings/0/heading").excerpt("𠀀在“是否”方面").addArguments("𠀀", "1", "𠀀").build();
    assertThat(d.describe(Locale.ENGLISH)).contains("«𠀀在“是否”方面»").contains("\"𠀀\"");
    Diagnostic lone = Diagnostic.builder().code("finding.heading.blank").severity(Severity.WARNING)
        .pointer("").addArguments("\uD800x", "1", "\uD800x").build();
    assertThat(lone.describe(Locale.ENGLISH)).contains("\\uD800x");
  }

  @Test
  void unknownCodeIsABrokenResource() {
    Diagnostic d = Diagnostic.of("no.such.code", Severity.INFO, "");
    assertThatThrownBy(() -> d.message(Locale.ENGLISH)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.code");
  }

  @Test
  void pointerMustBeAJsonPointer() {
    assertThatThrownBy(() -> Diagnostic.of("x", Severity.INFO, "findings/0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pointer");
  }

  @Test
  void resultSummarises() {
    Diagnostic info = Diagnostic.of("measures.unlinked", Severity.INFO, "/measures");
    Diagnostic error = Diagnostic.of("measures.missing", Severity.ERROR, "/measures");
    ValidationResult r = ValidationResult.of(List.of(info)).plus(ValidationResult.of(List.of(error)));
    assertThat(r.diagnostics()).containsExactly(info, error);
    assertThat(r.isValid()).isFalse();
    assertThat(r.highestSeverity()).contains(Severity.ERROR);
    assertThat(r.withSeverity(Severity.INFO)).containsExactly(info);
    assertThat(ValidationResult.empty().isValid()).isTrue();
    assertThat(ValidationResult.of(List.of(info)).isValid()).isTrue();
    assertThat(r.describe(Locale.ENGLISH).split("\n")).hasSize(2);
  }
}
