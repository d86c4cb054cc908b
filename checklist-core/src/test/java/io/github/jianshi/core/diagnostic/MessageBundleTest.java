package io.github.jianshi.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A module hands its own messages to its diagnostics; they load through the module's own function. */
class MessageBundleTest {
  private final List<String> opened = new ArrayList<>();
  private final Map<String, String> files = Map.of(
      "x/msgs_zh.properties", "demo.code=第 {0} 项有误。\n",
      "x/msgs_en.properties", "demo.code=Item {0} is wrong.\n");
  private final MessageBundle bundle = MessageBundle.of("x/msgs", name -> {
    opened.add(name);
    String text = files.get(name);
    return text == null ? null : (InputStream) new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  });

  private Diagnostic diagnostic() {
    return Diagnostic.builder().code("demo.code").severity(Severity.ERROR).pointer("/a").addArguments("3")
        .messages(bundle).build();
  }

  @Test
  void messagesComeFromTheModulesOwnFiles() {
    Diagnostic d = diagnostic();
    assertThat(d.bundle()).isEqualTo("x/msgs");
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 3 项有误。");
    assertThat(d.message(Locale.ENGLISH)).isEqualTo("Item 3 is wrong.");
    assertThat(d.message(Locale.FRENCH)).isEqualTo("Item 3 is wrong.");
    assertThat(opened).contains("x/msgs_zh_CN.properties", "x/msgs_zh.properties", "x/msgs_en.properties");
  }

  @Test
  void theBundleIsNotPartOfEquality() {
    Diagnostic byName = Diagnostic.builder().code("demo.code").severity(Severity.ERROR).pointer("/a")
        .addArguments("3").bundle("x/msgs").build();
    assertThat(diagnostic()).isEqualTo(byName).hasSameHashCodeAs(byName);
  }

  @Test
  void checklistCoreMessagesNeedNoBundle() {
    Diagnostic d = Diagnostic.of("checkpoint.missing", Severity.WARNING, "/findings", "abuse", "2", "在…方面");
    assertThat(d.bundle()).isEqualTo(Diagnostic.CORE_BUNDLE);
    assertThat(d.messages()).isEmpty();
    // the Chinese message speaks of the ordinal and title, never the id
    assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).contains("在…方面").doesNotContain("abuse");
  }

  @Test
  void aMissingMessageIsABrokenResource() {
    Diagnostic d = Diagnostic.builder().code("no.such").severity(Severity.ERROR).pointer("").messages(bundle)
        .build();
    assertThatThrownBy(() -> d.message(Locale.ENGLISH)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such");
  }

  @Test
  void aBundleNameIsARelativeResourcePath() {
    assertThatThrownBy(() -> MessageBundle.of("/x/msgs", n -> null)).isInstanceOf(IllegalArgumentException.class);
  }
}
