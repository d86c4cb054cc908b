package io.github.jianshi.core.diagnostic;

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
import java.util.function.Function;

/**
 * Loads diagnostic message bundles: UTF-8 {@code .properties} files named
 * {@code <base>_<language>.properties} (and {@code <base>_<language>_<COUNTRY>.properties}), looked up
 * for an explicit locale with a fixed fallback to English. Unlike {@link java.util.ResourceBundle} it
 * never falls back to the machine's default locale, so messages do not depend on where they are made.
 */
final class Messages {
  private static final Map<String, Optional<Properties>> CACHE = new ConcurrentHashMap<>();

  /** checklist-core's own messages, opened from this module (works on the module path too). */
  static final MessageBundle CORE = MessageBundle.of(Diagnostic.CORE_BUNDLE,
      name -> Messages.class.getResourceAsStream("/" + name));

  private Messages() {}

  /**
   * Formats with a bundle given by its resource path only: found through this class's loader or the
   * context class loader, which on the module path sees only packages their module opens. Modules
   * give a {@link MessageBundle} instead.
   */
  static String format(String base, String code, Locale locale, List<String> arguments) {
    if (base.equals(Diagnostic.CORE_BUNDLE)) {
      return CORE.format(code, locale, arguments);
    }
    return format(base, Messages::open, CACHE, code, locale, arguments);
  }

  static String format(String base, Function<String, InputStream> resources,
      Map<String, Optional<Properties>> cache, String code, Locale locale, List<String> arguments) {
    for (String candidate : candidates(base, locale)) {
      Optional<Properties> props = cache.computeIfAbsent(candidate, c -> load(c, resources));
      if (props.isPresent()) {
        String pattern = props.get().getProperty(code);
        if (pattern != null) {
          MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
          return format.format(arguments.toArray());
        }
      }
    }
    throw new IllegalStateException("no message for diagnostic code '" + code + "' in bundle " + base
        + " (a broken bundled resource)");
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

  private static Optional<Properties> load(String resource, Function<String, InputStream> resources) {
    InputStream in = resources.apply(resource);
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
