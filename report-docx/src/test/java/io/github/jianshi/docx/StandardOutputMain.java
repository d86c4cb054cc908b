package io.github.jianshi.docx;

import io.github.jianshi.core.testing.SampleReports;
import java.io.PrintStream;

/**
 * Run in a separate JVM by {@link StandardOutputTest}: renders a sample report as Word to standard
 * output, as a command-line tool does. With the argument {@code guarded} it first points
 * {@code System.out} at standard error, so that whatever logs to {@code System.out} while the
 * document is built cannot reach the document's stream.
 */
final class StandardOutputMain {
  private StandardOutputMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream stdout = System.out;
    if (args.length > 0 && args[0].equals("guarded")) {
      System.setOut(System.err);
    }
    DocxRenderers.docx().render(SampleReports.elevenPoints(), stdout);
    stdout.flush();
  }
}
