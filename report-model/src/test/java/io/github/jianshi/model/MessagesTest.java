package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message bundles are complete, agree with each other, and every code is documented. */
class MessagesTest {

  private static Properties bundle(String language) throws IOException {
    try (InputStream in = MessagesTest.class.getClassLoader()
        .getResourceAsStream(ModelDiagnostics.BUNDLE + "_" + language + ".properties")) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @Test
  void bothLanguagesHaveTheSameCodes() throws IOException {
    assertThat(bundle("zh").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    assertThat(bundle("zh").stringPropertyNames()).hasSizeGreaterThan(25);
  }

  @Test
  void everyCodeTheSourcesMentionHasAMessage() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern literal = Pattern.compile("\"((json|limit|schema|date|checklist|model)\\.[a-zA-Z.-]+)\"");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(source));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    // "schema." + keyword for these keywords
    for (String keyword : new String[] {"maxLength", "minLength", "maxItems", "minItems"}) {
      used.add("schema." + keyword);
    }
    used.remove("schema.");
    assertThat(used).hasSizeGreaterThan(20);
    assertThat(bundle("zh").stringPropertyNames()).containsAll(used);
    assertThat(bundle("en").stringPropertyNames()).containsAll(used);
  }

  @Test
  void everyCodeIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "diagnostics.md"));
    for (String code : bundle("en").stringPropertyNames()) {
      assertThat(doc).as(code).contains("`" + code + "`");
    }
  }

  @Test
  void chineseMessagesAreChinese() throws IOException {
    Properties zh = bundle("zh");
    for (String code : zh.stringPropertyNames()) {
      assertThat(zh.getProperty(code)).as(code).containsPattern("[\\u4e00-\\u9fff]");
    }
  }
}
