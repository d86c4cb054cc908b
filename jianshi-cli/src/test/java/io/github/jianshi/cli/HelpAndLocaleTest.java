package io.github.jianshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

class HelpAndLocaleTest {
  /** Every command of the tree, as the words that name it. */
  static List<List<String>> commands() {
    List<List<String>> out = new ArrayList<>();
    collect(tree(CliLocale.ENGLISH), new ArrayList<>(), out);
    return out;
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
    out.add(List.copyOf(path));
    cl.getSubcommands().forEach((name, sub) -> {
      List<String> p = new ArrayList<>(path);
      p.add(name);
      collect(sub, p, out);
    });
  }

  private static CommandLine tree(Locale locale) {
    Io io = new Io(new java.io.ByteArrayInputStream(new byte[0]), new java.io.ByteArrayOutputStream(),
        new java.io.ByteArrayOutputStream(), StandardCharsets.UTF_8, Map.of(), false);
    return Jianshi.commandLine(io, locale);
  }

  static Stream<Arguments> commandsAndLocales() {
    return commands().stream().flatMap(c -> Stream.of(Arguments.of(c, "en"), Arguments.of(c, "zh")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("commandsAndLocales")
  void everyCommandHasHelpInBothLanguagesWithTheExitCodes(List<String> command, String language) {
    List<String> args = new ArrayList<>(command);
    args.add("--help");
    Cli.Result r = language.equals("zh") ? Cli.zh(args.toArray(String[]::new)) : Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    if (language.equals("zh")) {
      assertThat(r.out()).contains("用法：jianshi").contains("退出码：").contains("用法错误，或路径无法读取")
          .doesNotContain("Usage:").doesNotContain("Show this help");
    } else {
      assertThat(r.out()).contains("Usage: jianshi").contains("Exit codes:")
          .contains("2   usage error, or a path that cannot be read or written").doesNotContain("用法");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandsAndLocales")
  void everyOptionAndArgumentIsDescribed(List<String> command, String language) {
    CommandLine cl = tree(language.equals("zh") ? CliLocale.CHINESE : CliLocale.ENGLISH);
    for (String name : command) {
      cl = cl.getSubcommands().get(name);
    }
    CommandSpec spec = cl.getCommandSpec();
    assertThat(spec.usageMessage().description().length + spec.usageMessage().header().length)
        .as("description of %s", command).isPositive();
    List<ArgSpec> args = new ArrayList<>(spec.options());
    args.addAll(spec.positionalParameters());
    for (ArgSpec a : args) {
      assertThat(String.join("", a.description())).as("%s %s", command, a.paramLabel()).isNotBlank();
    }
  }

  @Test
  void bundlesHaveTheSameKeysInBothLanguages() {
    for (String bundle : List.of(CliLocale.HELP_BUNDLE, CliLocale.MESSAGES_BUNDLE)) {
      ResourceBundle en = ResourceBundle.getBundle(bundle, Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      ResourceBundle zh = ResourceBundle.getBundle(bundle, Locale.SIMPLIFIED_CHINESE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      assertThat(zh.getLocale().getLanguage()).isEqualTo("zh");
      assertThat(zh.keySet()).as(bundle).containsExactlyInAnyOrderElementsOf(en.keySet());
      for (String key : en.keySet()) {
        String value = en.getString(key);
        boolean words = value.replace("%n", "").matches(".*[A-Za-z].*");
        if (words && !value.startsWith("\u0020 jianshi")) {
          assertThat(zh.getString(key)).as("%s %s", bundle, key).isNotEqualTo(en.getString(key));
        }
      }
    }
  }

  @Test
  void theLocaleComesFromTheOptionThenLcAllLcMessagesLang() {
    assertThat(CliLocale.decide(new String[] {"--help"}, Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(CliLocale.CHINESE);
    assertThat(CliLocale.decide(new String[] {"--help"}, Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C")))
        .isEqualTo(CliLocale.ENGLISH);
    assertThat(CliLocale.decide(new String[] {}, Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "zh_TW.UTF-8")))
        .isEqualTo(CliLocale.CHINESE);
    assertThat(CliLocale.decide(new String[] {"validate", "--locale", "en", "x"}, Map.of("LANG", "zh_CN.UTF-8")))
        .isEqualTo(CliLocale.ENGLISH);
    assertThat(CliLocale.decide(new String[] {"--locale=zh-CN"}, Map.of("LANG", "C"))).isEqualTo(CliLocale.CHINESE);
    assertThat(CliLocale.decide(new String[] {"--", "--locale=zh-CN"}, Map.of("LANG", "C")))
        .isEqualTo(CliLocale.ENGLISH);
    // tests run under a Turkish default locale: without any variable, that default (not Chinese) decides
    assertThat(CliLocale.decide(new String[] {}, Map.of())).isEqualTo(CliLocale.ENGLISH);
  }

  @Test
  void localeOptionOverridesTheEnvironmentForHelpAndMessages() {
    Cli.Result zh = Cli.run(Map.of("LANG", "C"), new byte[0], "--locale", "zh-CN", "schema", "--help");
    assertThat(zh.out()).contains("用法：jianshi schema");
    Cli.Result en = Cli.run(Map.of("LANG", "zh_CN.UTF-8"), new byte[0], "schema", "--locale=en", "--help");
    assertThat(en.out()).contains("Usage: jianshi schema");
    Cli.Result bad = Cli.run("--locale", "fr", "checklist", "list");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("'fr' is not zh-CN or en");
  }

  @Test
  void versionNamesTheToolAndJava() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("jianshi " + JianshiCommand.Version.version() + "\nJava ");
    assertThat(JianshiCommand.Version.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void usageErrorsExitTwoWithAHint() {
    Cli.Result unknown = Cli.run("validate", "--fromat", "json", "x.json");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--fromat'")
        .contains("Try 'jianshi validate --help' for more information.");
    assertThat(unknown.stdout()).isEmpty();
    Cli.Result none = Cli.zh();
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("用法：jianshi");
    Cli.Result noFiles = Cli.zh("validate");
    assertThat(noFiles.exitCode()).isEqualTo(2);
    assertThat(noFiles.err()).contains("使用“jianshi validate --help”查看帮助。");
  }

  @Test
  void helpCommandShowsTheHelpOfACommand() {
    Cli.Result r = Cli.run("help", "render");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: jianshi render").contains("--ascii-parentheses");
  }

  @Test
  void theCompletionScriptKnowsEveryCommandAndOption() {
    String script = DistributionFiles.completion();
    assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_jianshi")
        .contains("validate").contains("render").contains("--ascii-parentheses").contains("--min-severity")
        .contains("sarif").contains("when-tracked");
    Cli.Result generated = Cli.run("generate-completion");
    assertThat(generated.exitCode()).isZero();
    assertThat(generated.out()).contains("_complete_jianshi");
  }
}
