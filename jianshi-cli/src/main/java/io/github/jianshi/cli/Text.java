package io.github.jianshi.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The tool's own messages in the chosen language ({@code Messages.properties}, {@code _zh}); thread-safe. */
final class Text {
  private final Locale locale;
  private final ResourceBundle bundle;
  /** Parsed patterns; a clone is formatted (MessageFormat is not thread-safe, workers format too). */
  private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

  Text(Locale locale) {
    this.locale = locale;
    this.bundle = CliLocale.messages(locale);
  }

  Locale locale() {
    return locale;
  }

  /**
   * A message with its arguments, formatted with {@link MessageFormat} in the root locale (patterns
   * write numbers as {@code {0,number,#}} or in a {@code choice}, so that no grouping or digits of the
   * machine's locale creep in).
   */
  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, Locale.ROOT));
    return ((MessageFormat) format.clone()).format(args);
  }
}
