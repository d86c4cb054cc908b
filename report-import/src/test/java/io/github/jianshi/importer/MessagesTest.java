package io.github.jianshi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every import.* code the module emits has a zh and an en message, and every message is used. */
class MessagesTest {
  private static final Pattern CODE = Pattern.compile("\"(import\\.[a-z0-9.-]+)\"");

  static Set<String> emittedCodes() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = CODE.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }

  static Properties bundle(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/" + Diags.BUNDLE + "_" + lang + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bundlesCoverEveryCodeAndNothingElse() throws IOException {
    Set<String> codes = emittedCodes();
    assertTrue(codes.size() >= 30, codes::toString);
    for (String lang : new String[] {"zh", "en"}) {
      Set<String> keys = new TreeSet<>(bundle(lang).stringPropertyNames());
      assertEquals(codes, keys, lang);
    }
  }

  @Test
  void everyMessageFormatsInBothLanguages() throws IOException {
    for (String code : emittedCodes()) {
      Diagnostic d = Diags.of(code, Severity.INFO, "甲", "乙", "丙");
      String zh = d.message(Locale.CHINA);
      String en = d.message(Locale.ENGLISH);
      assertFalse(zh.isBlank() || en.isBlank(), code);
      assertFalse(zh.contains("{") || en.contains("{"), code + ": unfilled argument");
      assertFalse(zh.matches(".*[a-z]+\\.[a-z]+.*") && zh.contains("import."), code + ": zh message shows a code");
    }
  }

  @Test
  void diagnosticsOfAnImportUseThisBundle() {
    ImportResult r = ReportImporter.defaults().importText("一、存在的主要问题\n（一）在学习方面\n学习不够。\n");
    for (Diagnostic d : r.diagnostics().diagnostics()) {
      assertEquals(Diags.BUNDLE, d.bundle());
      assertTrue(d.code().startsWith("import."));
      d.message(Locale.CHINA);
    }
  }
}
