package io.github.jianshi.cli;

/**
 * Ends a command with an exit code and a message for standard error (already localized). Thrown for
 * usage errors found after parsing (exit 2: unreadable path, output that would overwrite an input,
 * invalid checklist file) and for documents that cannot be processed (exit 1).
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
