package io.github.jianshi.cli;

/** The exit codes, documented in every command's help. */
final class ExitCodes {
  private ExitCodes() {}

  /** Everything valid, rendered or written (warnings allowed). */
  static final int OK = 0;
  /** Some document is invalid or could not be processed. */
  static final int INVALID = 1;
  /** A usage error, or a path that cannot be read or written. */
  static final int USAGE = 2;
}
