package io.github.jianshi.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a run of the tool talks to: standard input, standard output (bytes, and text over them),
 * standard error, the environment, and whether standard error is a terminal. Tests pass their own;
 * {@link #system()} is the process's.
 */
final class Io {
  private final InputStream in;
  private final OutputStream stdout;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final boolean errIsTerminal;
  private final boolean outIsTerminal;

  Io(InputStream in, OutputStream stdout, OutputStream stderr, Charset charset, Map<String, String> env,
      boolean errIsTerminal) {
    this(in, stdout, stderr, charset, env, errIsTerminal, false);
  }

  Io(InputStream in, OutputStream stdout, OutputStream stderr, Charset charset, Map<String, String> env,
      boolean errIsTerminal, boolean outIsTerminal) {
    this.in = Objects.requireNonNull(in, "in");
    this.stdout = Objects.requireNonNull(stdout, "stdout");
    this.out = new PrintWriter(new OutputStreamWriter(stdout, charset), false);
    this.err = new PrintWriter(new OutputStreamWriter(stderr, charset), true);
    this.env = Map.copyOf(env);
    this.errIsTerminal = errIsTerminal;
    this.outIsTerminal = outIsTerminal;
  }

  /**
   * The process's streams and environment. Text is UTF-8, except on an interactive console, whose
   * own charset is used (a Windows console with code page 936 reads GBK).
   */
  static Io system() {
    java.io.Console console = System.console();
    Charset charset = console != null ? console.charset() : StandardCharsets.UTF_8;
    String term = System.getenv("TERM");
    boolean terminal = !"dumb".equals(term) && isTerminal(2, console != null);
    return new Io(System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
        charset, System.getenv(), terminal, isTerminal(1, console != null));
  }

  /**
   * Whether a file descriptor (1 or 2) is a terminal: on Linux from {@code /proc/self/fd/N}; elsewhere
   * the JDK only tells whether standard input and output are (then standard error usually is too).
   */
  private static boolean isTerminal(int descriptor, boolean consoleAttached) {
    Path fd = Path.of("/proc/self/fd/" + descriptor);
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // fall through to the JDK's view
    }
    return consoleAttached;
  }

  InputStream in() {
    return in;
  }

  /** Standard output as text; flush it before writing bytes to {@link #stdout()}. */
  PrintWriter out() {
    return out;
  }

  /** Standard output as bytes (for Word documents); flushes the text writer first. */
  OutputStream stdout() {
    out.flush();
    return stdout;
  }

  PrintWriter err() {
    return err;
  }

  Map<String, String> env() {
    return env;
  }

  boolean errIsTerminal() {
    return errIsTerminal;
  }

  /** Whether standard output is a terminal (binary output is then refused). */
  boolean outIsTerminal() {
    return outIsTerminal;
  }

  void flush() {
    out.flush();
    err.flush();
    try {
      stdout.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
