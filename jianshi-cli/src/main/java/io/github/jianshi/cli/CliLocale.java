package io.github.jianshi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The language of help and messages, decided explicitly: the {@code --locale} option, else the POSIX
 * variables {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG} (first one set), else the JVM's default.
 * Chinese ({@code zh}, {@code zh_CN.UTF-8}, {@code zh-Hans}, …) gives zh-CN; anything else English.
 */
final class CliLocale {
  private CliLocale() {}

  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  static final Locale ENGLISH = Locale.ENGLISH;

  /** Where the help texts of picocli live (English in the base file, Chinese in {@code _zh}). */
  static final String HELP_BUNDLE = "io.github.jianshi.cli.Help";
  /** Where the tool's own messages live. */
  static final String MESSAGES_BUNDLE = "io.github.jianshi.cli.Messages";

  private static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

  static Locale decide(String[] args, Map<String, String> env) {
    String option = fromArgs(args);
    if (option != null) {
      Locale parsed = parse(option);
      // an unsupported value is rejected by the option's converter; meanwhile English
      return parsed == null ? ENGLISH : parsed;
    }
    for (String name : VARIABLES) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        return isChinese(value) ? CHINESE : ENGLISH;
      }
    }
    return "zh".equals(Locale.getDefault().getLanguage()) ? CHINESE : ENGLISH;
  }

  /** The value of {@code --locale}, looked for before picocli parses the arguments (help needs it). */
  static String fromArgs(String[] args) {
    String found = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      if (a.equals("--locale") && i + 1 < args.length) {
        found = args[i + 1];
        i++;
      } else if (a.startsWith("--locale=")) {
        found = a.substring("--locale=".length());
      }
    }
    return found;
  }

  /**
   * A value of {@code --locale}: a language tag or POSIX locale name in Chinese or English.
   *
   * @return the locale, or null when it is neither
   */
  static Locale parse(String value) {
    if (isChinese(value)) {
      return CHINESE;
    }
    String lang = language(value);
    return lang.equals("en") || lang.equals("c") || lang.equals("posix") ? ENGLISH : null;
  }

  private static boolean isChinese(String value) {
    return language(value).equals("zh");
  }

  private static String language(String value) {
    String v = value.trim();
    int end = v.length();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '_' || c == '-' || c == '.' || c == '@') {
        end = i;
        break;
      }
    }
    return v.substring(0, end).toLowerCase(Locale.ROOT);
  }

  static ResourceBundle help(Locale locale) {
    return bundle(HELP_BUNDLE, locale);
  }

  static ResourceBundle messages(Locale locale) {
    return bundle(MESSAGES_BUNDLE, locale);
  }

  /**
   * Without falling back to the JVM's default locale: English is the base bundle, Chinese its
   * {@code _zh} child. Read from this module's own resources rather than through
   * {@code ResourceBundle.getBundle} with a {@code Control}, which a named module may not use.
   */
  private static ResourceBundle bundle(String name, Locale locale) {
    String path = "/" + name.replace('.', '/');
    ResourceBundle base = load(path + ".properties", Locale.ROOT, null);
    return "zh".equals(locale.getLanguage()) ? load(path + "_zh.properties", CHINESE, base) : base;
  }

  private static ResourceBundle load(String resource, Locale locale, ResourceBundle parent) {
    try (InputStream in = CliLocale.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), locale, parent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A properties bundle with its parent and locale. */
  private static final class Bundle extends PropertyResourceBundle {
    private final Locale locale;

    Bundle(Reader reader, Locale locale, ResourceBundle parent) throws IOException {
      super(reader);
      this.locale = locale;
      if (parent != null) {
        setParent(parent);
      }
    }

    @Override
    public Locale getLocale() {
      return locale;
    }
  }
}
