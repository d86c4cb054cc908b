package io.github.jianshi.examples;

import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.conformance.Conformance;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.render.Renderers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The main job: builds the real report, checks its conformance to the nine-point checklist and
 * prints the diagnostics in Chinese, writes its plain-text rendering to a file, and says whether that
 * text equals the original byte for byte.
 *
 * <p>Usage: {@code Demo [output-directory]} (default {@code target/jianshi-demo}).
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args optional output directory
   * @throws IOException when the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/jianshi-demo");
    int status = run(dir, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo, writing into {@code dir} and reporting to {@code out}.
   *
   * @param dir the output directory
   * @param out where to report
   * @return 0 when the rendering equals the original, 1 otherwise
   * @throws IOException when the output cannot be written
   */
  public static int run(Path dir, PrintStream out) throws IOException {
    Report report = RealReport.report();
    out.println("报告：对照“九个是否”的个人对照检视情况（" + report.findings().size() + " 个检视点，"
        + report.causes().size() + " 条原因，" + report.measures().size() + " 条整改措施）");

    ValidationResult result = Conformance.check(report, Checklists.ninePoint());
    out.println("符合性检查：" + (result.isValid() ? "通过" : "未通过") + "，共 "
        + result.diagnostics().size() + " 条提示");
    for (Diagnostic d : result.diagnostics()) {
      out.println("  " + d.describe(Locale.SIMPLIFIED_CHINESE));
    }

    Files.createDirectories(dir);
    byte[] text = Renderers.text().renderToBytes(report);
    Path textFile = dir.resolve("nine-point-self-inspection.txt");
    Files.write(textFile, text);
    out.println("纯文本：" + textFile.toAbsolutePath());

    boolean same = Arrays.equals(text, RealReport.originalText());
    out.println(same ? "纯文本与原文逐字节一致。" : "纯文本与原文不一致！");
    return same ? 0 : 1;
  }
}
