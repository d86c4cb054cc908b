package consumer;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.model.DiagnosticExport;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import io.github.jianshi.render.Renderers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What every consumer project checks, through the public API only (copied into each project by
 * integration-tests/src/it/common/copy-common.groovy): the real report's JSON validates; an invalid
 * document takes the tree + JSON Schema path and gives located, localized diagnostics; diagnostics
 * export as JSON; a report round-trips through JSON; Word and HTML render. Throws AssertionError on
 * the first failure.
 */
public final class ConsumerChecks {
  private ConsumerChecks() {}

  /** Runs every check. @return a one-line summary */
  public static String run() {
    ReportValidator validator = ReportValidator.defaults();

    ValidatedReport real = validator.validate(resource("/real-report.json"));
    check(real.isValid(), "the real report validates: " + real.describe(Locale.ENGLISH));
    Report report = real.report().orElseThrow(() -> new AssertionError("no report"));

    // An invalid document: wrong types and a missing member take the slow path (tree + networknt).
    String invalid = "{\n  \"schemaVersion\": 1,\n  \"status\": \"final\",\n  \"findings\": 7\n}\n";
    ValidatedReport bad = validator.validate(invalid.getBytes(StandardCharsets.UTF_8));
    check(!bad.isValid(), "the invalid document is invalid");
    check(bad.report().isEmpty(), "no report from an invalid document");
    Diagnostic findings = bad.diagnostics().stream().filter(d -> d.pointer().equals("/findings"))
        .findFirst().orElseThrow(() -> new AssertionError("a diagnostic at /findings: "
            + bad.describe(Locale.ENGLISH)));
    check(findings.line().orElse(-1) == 4, "line of /findings: " + findings.describe(Locale.ENGLISH));
    String zh = findings.message(Locale.SIMPLIFIED_CHINESE);
    String en = findings.message(Locale.ENGLISH);
    check(!zh.equals(en) && zh.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
        "a Chinese message: " + zh);

    String exported = DiagnosticExport.toJson(bad.result(), Locale.SIMPLIFIED_CHINESE);
    check(exported.contains("\"/findings\"") && exported.contains(findings.code()) && exported.contains(zh),
        "diagnostics export as JSON: " + exported);

    // A conformance diagnostic of checklist-core (its own bundle) on the module path too.
    String core = Diagnostic.of("checkpoint.missing", io.github.jianshi.core.diagnostic.Severity.WARNING,
        "/findings", "abuse", "2", "在是否存在滥用职权问题方面").message(Locale.SIMPLIFIED_CHINESE);
    // Chinese messages speak of the ordinal and title, never the checkpoint's id
    check(core.contains("在是否存在滥用职权问题方面") && !core.contains("abuse"), "checklist-core's message: " + core);

    String json = ReportJson.write(report);
    ValidatedReport again = ReportJson.read(json);
    check(again.report().isPresent() && again.report().get().equals(report), "round trip through JSON");

    byte[] docx = DocxRenderers.docx().renderToBytes(report);
    String document = zipEntry(docx, "word/document.xml");
    check(document.contains("存在的主要问题"), "Word document.xml holds the section heading");

    String html = Renderers.html().renderToString(report);
    check(html.startsWith("<!DOCTYPE html>") && html.contains("存在的主要问题"), "HTML page");

    String text = Renderers.text().renderToString(report);
    String original = new String(resource("/nine-point-self-inspection.txt"), StandardCharsets.UTF_8);
    check(text.equals(original), "plain text gives back the original file");

    return "ok: " + report.findings().size() + " findings, " + bad.diagnostics().size()
        + " diagnostics on the invalid document, " + docx.length + " bytes of Word";
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("failed: " + what);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = ConsumerChecks.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String zipEntry(byte[] zip, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no " + name + " in the Word file");
  }
}
