package io.github.jianshi.core.diagnostic;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The diagnostic messages of one module: UTF-8 {@code .properties} files named
 * {@code <name>_<language>.properties}, opened by the module that owns them.
 *
 * <p>A module creates one bundle and gives it to the diagnostics it makes
 * ({@link Diagnostic.Builder#messages(MessageBundle)}). The bundle opens its files through the
 * function the owning module passes, so the files load on the class path and on the module path
 * alike, without the owning module opening its packages to anyone:
 *
 * <pre>{@code
 * static final MessageBundle MESSAGES = MessageBundle.of("io/github/example/messages",
 *     name -> MyDiagnostics.class.getResourceAsStream("/" + name));
 * }</pre>
 *
 * <p>Messages are looked up for an explicit locale with a fixed fallback to English, never to the
 * machine's default locale.
 */
public final class MessageBundle {
  private final String name;
  private final Function<String, InputStream> resources;
  private final Map<String, Optional<Properties>> cache = new ConcurrentHashMap<>();

  private MessageBundle(String name, Function<String, InputStream> resources) {
    this.name = name;
    this.resources = resources;
  }

  /**
   * Creates the bundle of a module.
   *
   * @param name the resource path of the bundle without language suffix and extension, for example
   *     {@code io/github/jianshi/model/messages}
   * @param resources opens a resource of the owning module by its path (without leading slash), or
   *     returns null when there is none; typically {@code n -> Owner.class.getResourceAsStream("/" + n)}
   *     written in the owning module
   * @return the bundle
   */
  public static MessageBundle of(String name, Function<String, InputStream> resources) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resources, "resources");
    if (name.isBlank() || name.startsWith("/")) {
      throw new IllegalArgumentException("bundle name must be a relative resource path: " + name);
    }
    return new MessageBundle(name, resources);
  }

  /**
   * The resource path of the bundle, as {@link Diagnostic#bundle()} reports it.
   *
   * @return the name
   */
  String name() {
    return name;
  }

  String format(String code, Locale locale, List<String> arguments) {
    return Messages.format(name, resources, cache, code, locale, arguments);
  }

  @Override
  public String toString() {
    return "MessageBundle[" + name + "]";
  }
}
