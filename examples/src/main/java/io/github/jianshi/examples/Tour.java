package io.github.jianshi.examples;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.CheckpointKind;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.core.conformance.Conformance;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.Renderers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The API tour of the README, as code that compiles and runs: a checklist as data, a report written
 * against it, its conformance diagnostics, and its plain-text rendering.
 */
public final class Tour {
  private Tour() {}

  /**
   * Runs the tour and returns what it printed.
   *
   * @return the diagnostics and the rendered text
   */
  public static String run() {
    // README-TOUR-START
    // A checklist is data: any campaign's questions, without code changes.
    Checklist checklist = Checklist.builder()
        .id("demo-two").version("1").title("两个是否")
        .addCheckpoint(Checkpoint.of("study", CheckpointKind.DUTY, "在理论学习方面", "是否学深悟透"))
        .addCheckpoint(Checkpoint.of("abuse", CheckpointKind.WHETHER_EXISTS,
            "在是否存在滥用职权问题方面", "是否存在滥用职权问题"))
        .build();

    // A report answers it: one finding per checkpoint, then causes and measures.
    Report report = Report.builder()
        .answering(checklist)                       // pins id, version and content hash
        .date(LocalDate.of(2024, 1, 18))
        .addPreamble("现将个人对照检视情况报告如下。")
        .addFinding(Finding.builder()
            .answering(checklist.checkpoints().get(0))
            .verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(Segment.lead("学习不够深入。"), Segment.point("学习时间不够。"),
                Segment.example("比如，全年自学仅六次。"), Segment.point("学用结合不紧。"))
            .build())
        .addMeasure(Measure.builder().headline("加强学习。").text("每月集中学习两次。")
            .addCheckpoint("study").owner("本人").due(LocalDate.of(2024, 6, 30))
            .kind(MeasureKind.TIME_BOUND).build())
        .build();

    // Conformance: diagnostics with stable codes, JSON Pointers and messages in zh-CN or en.
    ValidationResult result = Conformance.check(report, checklist);
    String diagnostics = result.describe(Locale.SIMPLIFIED_CHINESE);
    // warning /findings [checkpoint.missing] 第二项“在是否存在滥用职权问题方面”未对照检视。

    // Rendering: 公文-style plain text; the points run in as 一是…二是….
    String text = Renderers.text().renderToString(report);
    // README-TOUR-END
    return diagnostics + "\n" + text;
  }

  /**
   * The README's validation snippet.
   *
   * @param file a JSON report
   * @return the report when valid, else null
   */
  static Report validate(Path file) {
    Report valid = null;
    // README-VALIDATE-START
    ValidatedReport result = ReportValidator.defaults().validate(file);
    result.diagnostics().forEach(d -> System.out.println(d.describe(Locale.CHINA)));
    if (result.isValid()) {
      Report report = result.report().orElseThrow();
    // README-VALIDATE-END
      valid = report;
    }
    return valid;
  }

  /**
   * The README's rendering snippet.
   *
   * @param report the report
   * @return the four renderings' sizes, in bytes
   */
  static int[] renderAll(Report report) {
    // README-RENDER-START
    String text = Renderers.text().renderToString(report);          // 公文 plain text
    String md   = Renderers.markdown().renderToString(report);      // CommonMark
    String html = Renderers.html(RenderOptions.builder()            // a standalone page, or a fragment
        .htmlFragment(true).build()).renderToString(report);
    byte[] docx = DocxRenderers.docx().renderToBytes(report);       // Word, GB/T 9704-2012 layout
    // README-RENDER-END
    return new int[] {text.length(), md.length(), html.length(), docx.length};
  }

  /**
   * Prints the tour's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new java.io.PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8).print(run());
  }
}
