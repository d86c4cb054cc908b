package io.github.jianshi.examples;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import io.github.jianshi.render.Format;
import io.github.jianshi.render.ReportRenderer;
import io.github.jianshi.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The main job, on the bundled real report:
 *
 * <ol>
 *   <li>reads {@code real-report.json} through the validation facade (JSON syntax, JSON Schema,
 *       conformance to the nine-point checklist) and prints the diagnostics in Chinese;</li>
 *   <li>checks that the report read from JSON equals the one built in code ({@link RealReport});</li>
 *   <li>writes the report as plain text, Markdown, HTML and Word beside each other, printing their
 *       paths;</li>
 *   <li>says whether the plain text equals the original file byte for byte;</li>
 *   <li>imports the original text (as an office would import an old report) and says whether the
 *       import equals the report built in code, as a draft.</li>
 * </ol>
 *
 * <p>Usage: {@code Demo [output-directory]} (default {@code target/jianshi-demo}). Exits with 1 when
 * the report is invalid or the text differs from the original.
 */
public final class Demo {
  /** The bundled real report in its canonical JSON form. */
  public static final String REPORT_JSON_RESOURCE = "/real-report.json";

  private static final String BASE_NAME = "nine-point-self-inspection";

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
   * @return 0 when the report is valid, its text equals the original and the original imports to
   *     the same report; 1 otherwise
   * @throws IOException when the output cannot be written
   */
  public static int run(Path dir, PrintStream out) throws IOException {
    ValidatedReport validated = ReportValidator.defaults().validate(reportJson());
    out.println("校验 real-report.json（JSON 语法、JSON Schema、对照“九个是否”的符合性）："
        + (validated.isValid() ? "通过" : "未通过") + "，共 " + validated.diagnostics().size() + " 条提示");
    for (Diagnostic d : validated.diagnostics()) {
      out.println("  " + d.describe(Locale.SIMPLIFIED_CHINESE));
    }
    if (validated.report().isEmpty()) {
      out.println("报告无法解码。");
      return 1;
    }
    Report report = validated.report().get();
    out.println("报告：" + report.findings().size() + " 个检视点，" + report.causes().size() + " 条原因剖析，"
        + report.measures().size() + " 条整改措施");
    out.println("JSON 解码结果与代码构建的报告" + (report.equals(RealReport.report()) ? "相同。" : "不同！"));

    Files.createDirectories(dir);
    byte[] text = null;
    for (ReportRenderer renderer : List.of(Renderers.text(), Renderers.markdown(), Renderers.html(),
        DocxRenderers.docx())) {
      byte[] bytes = renderer.renderToBytes(report);
      if (renderer.format() == Format.TEXT) {
        text = bytes;
      }
      Path file = dir.resolve(BASE_NAME + "." + renderer.format().extension());
      Files.write(file, bytes);
      out.println(label(renderer) + "：" + file.toAbsolutePath());
    }

    boolean same = Arrays.equals(text, RealReport.originalText());
    out.println(same ? "纯文本与原文逐字节一致。" : "纯文本与原文不一致！");

    ImportResult imported = ReportImporter.defaults().importText(RealReport.originalText());
    Report expected = Report.builder().from(RealReport.report()).status(ReportStatus.DRAFT).build();
    boolean importedSame = imported.report().map(expected::equals).orElse(false);
    out.println("导入原文：" + imported.checklist().map(c -> "对照“" + c.title() + "”，").orElse("")
        + (importedSame ? "结果与代码构建的报告相同（草稿）。" : "结果与代码构建的报告不同！"));
    for (Diagnostic d : imported.diagnostics().diagnostics()) {
      out.println("  " + d.describe(Locale.SIMPLIFIED_CHINESE));
    }
    return same && importedSame && validated.isValid() ? 0 : 1;
  }

  private static String label(ReportRenderer renderer) {
    return switch (renderer.format()) {
      case TEXT -> "纯文本";
      case MARKDOWN -> "Markdown";
      case HTML -> "HTML";
      case DOCX -> "Word";
    };
  }

  /**
   * The bundled real report as JSON.
   *
   * @return the bytes of {@code real-report.json}
   */
  public static byte[] reportJson() {
    try (InputStream in = Demo.class.getResourceAsStream(REPORT_JSON_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + REPORT_JSON_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
