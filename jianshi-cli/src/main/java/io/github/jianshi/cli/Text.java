package io.github.jianshi.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The tool's own messages in the chosen language ({@code Messages.properties}, {@code _zh}). */
final class Text {
  private final Locale locale;
  private final ResourceBundle bundle;

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
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
