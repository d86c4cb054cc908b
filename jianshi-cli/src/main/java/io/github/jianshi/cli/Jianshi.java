package io.github.jianshi.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code jianshi} command: {@code java -jar jianshi.jar --help}. Exit codes: 0 when everything is
 * valid (warnings allowed), 1 when some document is invalid or could not be imported, 2 for a usage
 * error or a path that cannot be read or written.
 */
public final class Jianshi {
  private Jianshi() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Io io = Io.system();
    int code = run(args, io);
    io.flush();
    System.exit(code);
  }

  /** Runs the tool in this JVM (tests call this) and returns the exit code. */
  static int run(String[] args, Io io) {
    Locale locale = CliLocale.decide(args, io.env());
    CommandLine cl = commandLine(io, locale, commandWord(args));
    int code;
    try {
      code = cl.execute(args);
    } finally {
      io.out().flush();
      io.err().flush();
    }
    return code;
  }

  /**
   * The subcommand the arguments name, when it is one that needs no other ({@code help} and
   * {@code generate-completion} need them all), else null. Building only that subcommand saves the
   * reflection over the others at every start.
   */
  static String commandWord(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--locale")) {
        i++;
      } else if (!a.startsWith("-")) {
        boolean alone = JianshiCommand.SUBCOMMANDS.containsKey(a) && !a.equals("help")
            && !a.equals("generate-completion");
        return alone ? a : null;
      } else if (a.equals("--")) {
        return null;
      }
    }
    return null;
  }

  /** The whole command tree with its help in the given language, writing to the given streams. */
  static CommandLine commandLine(Io io, Locale locale) {
    return commandLine(io, locale, null);
  }

  /** The command tree with all subcommands, or only the one named. */
  static CommandLine commandLine(Io io, Locale locale, String only) {
    Text text = new Text(locale);
    CommandLine cl = new CommandLine(new JianshiCommand(io, text));
    JianshiCommand.SUBCOMMANDS.forEach((name, command) -> {
      if (only == null || only.equals(name)) {
        cl.addSubcommand(name, command.get());
      }
    });
    cl.setResourceBundle(CliLocale.help(locale));
    cl.setOut(io.out());
    cl.setErr(io.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(true);
    cl.setParameterExceptionHandler((ParameterException ex, String[] args) -> {
      CommandLine cmd = ex.getCommandLine();
      io.err().println("jianshi: " + ex.getMessage());
      UnmatchedArgumentException.printSuggestions(ex, io.err());
      io.err().println(text.get("usage.try", cmd.getCommandSpec().qualifiedName()));
      return ExitCodes.USAGE;
    });
    cl.setExecutionExceptionHandler((Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) -> {
      io.out().flush();
      if (ex instanceof CliException c) {
        if (c.getMessage() != null && !c.getMessage().isEmpty()) {
          io.err().println("jianshi: " + c.getMessage());
        }
        return c.exitCode();
      }
      if (ex instanceof UncheckedIOException || ex instanceof IOException) {
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        io.err().println("jianshi: " + text.get("io.failed", Failures.describe(cause)));
        return ExitCodes.USAGE;
      }
      io.err().println("jianshi: " + text.get("internal.error", Failures.describe(ex)));
      ex.printStackTrace(io.err());
      return ExitCodes.INVALID;
    });
    return cl;
  }
}
