/**
 * The {@code jianshi} command-line tool: {@code validate}, {@code render}, {@code import},
 * {@code ledger} ({@code ledger apply}), {@code stats}, {@code schema} and {@code checklist}, built with
 * picocli on the library's modules. The entry point is
 * {@link io.github.jianshi.cli.Jianshi#main(String[])}; everything else is internal.
 *
 * <p>Exit codes: 0 when every document is valid, rendered, imported or written (warnings allowed), 1
 * when some document is invalid or could not be imported or decoded, 2 for a usage error or a path
 * that cannot be read or written. Standard output carries only the command's output;
 * diagnostics, progress and summaries go to standard error.
 */
package io.github.jianshi.cli;
