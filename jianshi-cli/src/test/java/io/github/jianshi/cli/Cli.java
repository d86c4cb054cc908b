package io.github.jianshi.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the tool in-process through picocli, with its own streams and environment. */
final class Cli {
  /** What a run gave: exit code, standard output (bytes and text), standard error. */
  record Result(int exitCode, byte[] stdout, String err) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  private Cli() {}

  /** English: LANG=C. */
  static Result run(String... args) {
    return run(Map.of("LANG", "C"), new byte[0], args);
  }

  static Result zh(String... args) {
    return run(Map.of("LANG", "zh_CN.UTF-8"), new byte[0], args);
  }

  static Result withStdin(byte[] stdin, String... args) {
    return run(Map.of("LANG", "C"), stdin, args);
  }

  static Result run(Map<String, String> env, byte[] stdin, String... args) {
    return run(false, env, stdin, args);
  }

  /** As if standard output were a terminal. */
  static Result onTerminal(String... args) {
    return run(true, Map.of("LANG", "C"), new byte[0], args);
  }

  private static Result run(boolean terminal, Map<String, String> env, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(stdin), out, err, StandardCharsets.UTF_8, env, false, terminal);
    int code = Jianshi.run(args, io);
    io.flush();
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
