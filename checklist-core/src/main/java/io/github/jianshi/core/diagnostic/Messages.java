package io.github.jianshi.core.diagnostic;

import io.github.jianshi.core.numbering.ChineseNumerals;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads diagnostic message bundles: UTF-8 {@code .properties} files named
 * {@code <base>_<language>.properties} (and {@code <base>_<language>_<COUNTRY>.properties}), looked up
 * for an explicit locale with a fixed fallback to English. Unlike {@link java.util.ResourceBundle} it
 * never falls back to the machine's default locale, so messages do not depend on where they are made.
 *
 * <p>Patterns are {@link MessageFormat} patterns with one addition: {@code {n,chinese}} writes argument
 * n, a number from 1 to 99, in Chinese numerals ({@code 第{1,chinese}项} gives 第六项 for {@code 6}).
 */
final class Messages {
  private static final Map<String, Optional<Properties>> CACHE = new ConcurrentHashMap<>();

  private Messages() {}

  static String format(String base, String code, Locale locale, List<String> arguments) {
    for (String candidate : candidates(base, locale)) {
      Optional<Properties> props = CACHE.computeIfAbsent(candidate, Messages::load);
      if (props.isPresent()) {
        String pattern = props.get().getProperty(code);
        if (pattern != null) {
          List<String> args = new ArrayList<>(arguments);
          MessageFormat format = new MessageFormat(chineseNumerals(pattern, args), Locale.ROOT);
          return format.format(args.toArray());
        }
      }
    }
    throw new IllegalStateException("no message for diagnostic code '" + code + "' in bundle " + base
        + " (a broken bundled resource)");
  }

  private static final Pattern CHINESE = Pattern.compile("\\{(\\d+),chinese\\}");

  /**
   * Rewrites each {@code {n,chinese}} of a pattern to a new argument that holds argument n written in
   * Chinese numerals (一 to 九十九; other values as they are), so that zh messages say 第六项 while
   * the arguments stay language-neutral ({@code 6}).
   */
  static String chineseNumerals(String pattern, List<String> args) {
    if (pattern.indexOf(",chinese}") < 0) {
      return pattern;
    }
    Matcher m = CHINESE.matcher(pattern);
    StringBuilder out = new StringBuilder(pattern.length());
    int base = args.size();
    List<String> added = new ArrayList<>();
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      String value = n < base ? args.get(n) : "";
      int number = value.matches("[1-9][0-9]?") ? Integer.parseInt(value) : 0;
      added.add(number > 0 ? ChineseNumerals.format(number) : value);
      m.appendReplacement(out, "{" + (base + added.size() - 1) + "}");
    }
    m.appendTail(out);
    args.addAll(added);
    return out.toString();
  }

  private static List<String> candidates(String base, Locale locale) {
    List<String> names = new ArrayList<>(3);
    String lang = locale.getLanguage();
    String country = locale.getCountry();
    if (!lang.isEmpty() && !country.isEmpty()) {
      names.add(base + "_" + lang + "_" + country + ".properties");
    }
    if (!lang.isEmpty()) {
      names.add(base + "_" + lang + ".properties");
    }
    names.add(base + "_en.properties");
    return names;
  }

  private static Optional<Properties> load(String resource) {
    InputStream in = open(resource);
    if (in == null) {
      return Optional.empty();
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Properties props = new Properties();
      props.load(reader);
      return Optional.of(props);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + resource, e);
    }
  }

  private static InputStream open(String resource) {
    ClassLoader own = Messages.class.getClassLoader();
    InputStream in = own == null ? null : own.getResourceAsStream(resource);
    if (in == null) {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      if (context != null) {
        in = context.getResourceAsStream(resource);
      }
    }
    return in;
  }
}
