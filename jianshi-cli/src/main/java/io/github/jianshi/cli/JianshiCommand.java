package io.github.jianshi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The top command: its options ({@code --locale}, {@code --help}, {@code --version}) and the exit
 * codes are inherited by every subcommand. Texts are in the {@code Help} bundle. The subcommands are
 * listed in {@link #SUBCOMMANDS} and added by {@link Jianshi#commandLine}.
 */
@Command(name = "jianshi", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
    versionProvider = JianshiCommand.Version.class, sortOptions = false, usageHelpAutoWidth = true)
final class JianshiCommand implements Callable<Integer> {
  /** The subcommands, in the order help lists them. */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("validate", ValidateCommand::new);
    m.put("render", RenderCommand::new);
    m.put("import", ImportCommand::new);
    m.put("ledger", LedgerCommand::new);
    m.put("stats", StatsCommand::new);
    m.put("schema", SchemaCommand::new);
    m.put("checklist", ChecklistCommand::new);
    m.put("help", HelpCommand::new);
    m.put("generate-completion", AutoComplete.GenerateCompletion::new);
    return Collections.unmodifiableMap(m);
  }

  private final Io io;
  private final Text text;

  @Spec
  CommandSpec spec;

  @Option(names = "--locale", paramLabel = "LOCALE", descriptionKey = "locale", scope = ScopeType.INHERIT,
      converter = LocaleConverter.class, completionCandidates = LocaleConverter.Candidates.class)
  Locale locale;

  JianshiCommand(Io io, Text text) {
    this.io = io;
    this.text = text;
  }

  Io io() {
    return io;
  }

  Text text() {
    return text;
  }

  /** The language of messages and diagnostics (decided before parsing; see {@link CliLocale}). */
  Locale messageLocale() {
    return text.locale();
  }

  @Override
  public Integer call() {
    // no command given: the usage, on standard error, as a usage error
    spec.commandLine().usage(io.err());
    return ExitCodes.USAGE;
  }

  /** Accepts zh-CN, zh, zh_CN.UTF-8, en, en-US, C, …; anything else is a usage error. */
  static final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      Locale locale = CliLocale.parse(value);
      if (locale == null) {
        throw new TypeConversionException("'" + value + "' is not zh-CN or en");
      }
      return locale;
    }

    /** The values offered by completion. */
    static final class Candidates extends java.util.ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Candidates() {
        super(java.util.List.of("zh-CN", "en"));
      }
    }
  }

  /** {@code jianshi --version}: the tool's version (from the build) and the Java running it. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"jianshi " + version(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    static String version() {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties missing from the jar");
        }
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p.getProperty("version");
    }
  }

  static CommandLine root(CommandLine cl) {
    CommandLine c = cl;
    while (c.getParent() != null) {
      c = c.getParent();
    }
    return c;
  }
}
