package io.github.jianshi.cli;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.CheckpointKind;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.model.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test documents: the real report (JSON and original text) and small variants. */
final class Fixtures {
  private Fixtures() {}

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The real report's canonical JSON. */
  static String realReport() {
    return new String(resource("real-report.json"), StandardCharsets.UTF_8);
  }

  /** The real report's original text, which its plain-text rendering equals byte for byte. */
  static byte[] realReportText() {
    return resource("nine-point-self-inspection.txt");
  }

  /** The real report with an author and a date (for the closing block). */
  static String realReportSigned() {
    return realReport().replaceFirst("\"status\": \"final\",",
        "\"author\": {\"name\": \"王某某\", \"organization\": \"中共某某旗委政法委员会\"},\n"
            + "  \"date\": \"2022-08-05\",\n  \"status\": \"final\",");
  }

  /** {@link #realReportSigned()} as written canonically. */
  static String realReportSignedCanonical() {
    return ReportJson.write(ReportJson.read(realReportSigned()).report().orElseThrow());
  }

  /** Valid JSON and schema, but the first finding is removed: a final report with a missing finding. */
  static String realReportMissingFinding() {
    String json = realReport();
    int start = json.indexOf("\"findings\": [") + "\"findings\": [".length();
    int second = json.indexOf("\n    {", json.indexOf("\n    {", start) + 1);
    return json.substring(0, start) + json.substring(second);
  }

  /** Not JSON at all. */
  static String broken() {
    return "{\"schemaVersion\": 1, \"checklist\": ";
  }

  static Path write(Path dir, String name, String content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A checklist of two points, not built in. */
  static Checklist twoPoint() {
    return Checklist.builder().id("demo-two").version("1").title("两个是否")
        .addCheckpoint(Checkpoint.of("study", CheckpointKind.DUTY, "在理论学习方面", "是否学深悟透"))
        .addCheckpoint(Checkpoint.of("abuse", CheckpointKind.WHETHER_EXISTS,
            "在是否存在滥用职权问题方面", "是否存在滥用职权问题"))
        .build();
  }

  /** A complete draft report against {@link #twoPoint()}. */
  static String twoPointReport() {
    Checklist c = twoPoint();
    Report report = Report.builder().answering(c)
        .addFinding(Finding.builder().answering(c.checkpoints().get(0)).verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(Segment.lead("学习不够深入。"), Segment.point("学习时间不够。")).build())
        .addFinding(Finding.builder().answering(c.checkpoints().get(1)).verdict(Verdict.NOT_PRESENT).build())
        .build();
    return ReportJson.write(report);
  }
}
