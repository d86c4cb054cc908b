package io.github.jianshi.core.conformance;

import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRef;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.core.numbering.ChineseDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a report conforms to the checklist it answers. Stateless and thread-safe.
 *
 * <p>Pointers name the fields of the report's JSON form ({@code /checklist/hash},
 * {@code /findings/3/verdict}, {@code /findings/0/body/0/1/text}, {@code /measures/2/due}, …).
 * Diagnostics come in a fixed order: the checklist reference, then each finding in order, then
 * missing checkpoints, then causes, then measures, then the signature.
 *
 * <p>The rules and their codes:
 *
 * <table>
 * <caption>Conformance rules</caption>
 * <tr><th>code</th><th>severity</th><th>when</th></tr>
 * <tr><td>{@code checklist.unknown}</td><td>error</td><td>the registry does not know the checklist</td></tr>
 * <tr><td>{@code checklist.id.mismatch}</td><td>error</td><td>the report names another checklist id</td></tr>
 * <tr><td>{@code checklist.version.mismatch}</td><td>error</td><td>the report names another version</td></tr>
 * <tr><td>{@code checklist.hash.mismatch}</td><td>error</td><td>the pinned hash is not the checklist's</td></tr>
 * <tr><td>{@code checklist.hash.missing}</td><td>*</td><td>the report pins no hash</td></tr>
 * <tr><td>{@code finding.checkpoint.unknown}</td><td>error</td><td>a finding answers no checkpoint of the checklist</td></tr>
 * <tr><td>{@code finding.checkpoint.duplicate}</td><td>error</td><td>a checkpoint is answered twice</td></tr>
 * <tr><td>{@code finding.checkpoint.order}</td><td>*</td><td>findings are not in the checklist's order</td></tr>
 * <tr><td>{@code finding.verdict.not-allowed}</td><td>error</td><td>the verdict does not fit the checkpoint's kind</td></tr>
 * <tr><td>{@code finding.body.empty}</td><td>*</td><td>problems are reported without any text</td></tr>
 * <tr><td>{@code finding.heading.blank}</td><td>warning</td><td>a heading is given but blank</td></tr>
 * <tr><td>{@code finding.segment.blank}</td><td>warning</td><td>a segment of a body has no text</td></tr>
 * <tr><td>{@code finding.unaddressed}</td><td>warning</td><td>measures are linked to findings, but none to this problem finding</td></tr>
 * <tr><td>{@code checkpoint.missing}</td><td>*</td><td>a checkpoint has no finding</td></tr>
 * <tr><td>{@code cause.empty}</td><td>*</td><td>a cause has neither headline nor text (nor further paragraphs)</td></tr>
 * <tr><td>{@code cause.checkpoint.unknown}</td><td>error</td><td>a cause links an unknown checkpoint</td></tr>
 * <tr><td>{@code measures.missing}</td><td>*</td><td>problems are reported but there is no measure</td></tr>
 * <tr><td>{@code measures.unlinked}</td><td>info</td><td>no measure says which findings it addresses</td></tr>
 * <tr><td>{@code measure.empty}</td><td>*</td><td>a measure has neither headline nor text (nor further paragraphs)</td></tr>
 * <tr><td>{@code measure.checkpoint.unknown}</td><td>error</td><td>a measure links an unknown checkpoint</td></tr>
 * <tr><td>{@code measure.due.before-date}</td><td>error</td><td>a measure is due before the report's date</td></tr>
 * <tr><td>{@code measure.due.missing}</td><td>warning</td><td>a time-bound (限期整改) measure has no due date</td></tr>
 * <tr><td>{@code signature.date.mismatch}</td><td>warning</td><td>the date line of the signature block (成文日期) names another day than the report's date</td></tr>
 * </table>
 *
 * <p>* Something missing: an error in a {@link ReportStatus#FINAL final} report, a warning in a draft.
 */
public final class Conformance {
  private Conformance() {}

  /**
   * Checks a report against the checklist its reference names in the registry.
   *
   * @param report the report
   * @param registry the known checklists
   * @return the diagnostics; {@code checklist.unknown} when the registry does not know the checklist
   */
  public static ValidationResult check(Report report, ChecklistRegistry registry) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(registry, "registry");
    Optional<Checklist> checklist = registry.resolve(report.checklist());
    if (checklist.isEmpty()) {
      ChecklistRef ref = report.checklist();
      return ValidationResult.of(List.of(
          Diagnostic.of("checklist.unknown", Severity.ERROR, "/checklist", ref.id(), ref.version())));
    }
    return check(report, checklist.get());
  }

  /**
   * Checks a report against a checklist.
   *
   * @param report the report
   * @param checklist the checklist it should answer
   * @return the diagnostics, in a stable order
   */
  public static ValidationResult check(Report report, Checklist checklist) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(checklist, "checklist");
    return new Run(report, checklist).run();
  }

  /** One check of one report; collects diagnostics in order. */
  private static final class Run {
    private final Report report;
    private final Checklist checklist;
    private final Severity missing;
    private final List<Diagnostic> out = new ArrayList<>();

    Run(Report report, Checklist checklist) {
      this.report = report;
      this.checklist = checklist;
      this.missing = report.status() == ReportStatus.FINAL ? Severity.ERROR : Severity.WARNING;
    }

    ValidationResult run() {
      checkReference();
      Set<String> answered = checkFindings();
      checkMissing(answered);
      checkCauses();
      checkMeasures();
      checkSignature();
      return ValidationResult.of(out);
    }

    private void add(String code, Severity severity, String pointer, String... args) {
      out.add(Diagnostic.of(code, severity, pointer, args));
    }

    /** The 1-based ordinal of the checkpoint at a 0-based position, as a message argument. */
    private static String ordinal(int position) {
      return String.valueOf(position + 1);
    }

    /**
     * How messages name the point a finding answers: its checkpoint's ordinal and title; for a finding
     * of an unknown checkpoint, the finding's own place in the report and its heading (or the id).
     */
    private String[] point(Finding f, int index) {
      int position = checklist.indexOf(f.checkpoint());
      if (position >= 0) {
        return new String[] {ordinal(position), checklist.checkpoints().get(position).title()};
      }
      String heading = f.heading().filter(h -> !h.isBlank()).orElse(f.checkpoint());
      return new String[] {ordinal(index), heading};
    }

    private void checkReference() {
      ChecklistRef ref = report.checklist();
      if (!ref.id().equals(checklist.id())) {
        add("checklist.id.mismatch", Severity.ERROR, "/checklist/id", ref.id(), checklist.id(), checklist.title());
      }
      if (!ref.version().equals(checklist.version())) {
        add("checklist.version.mismatch", Severity.ERROR, "/checklist/version", ref.version(), checklist.version(),
            checklist.title());
      }
      if (ref.hash().isEmpty()) {
        add("checklist.hash.missing", missing, "/checklist", checklist.contentHash(), checklist.title());
      } else if (!ref.hash().get().equals(checklist.contentHash())) {
        add("checklist.hash.mismatch", Severity.ERROR, "/checklist/hash", ref.hash().get(), checklist.contentHash(),
            checklist.title());
      }
    }

    private Set<String> checkFindings() {
      Map<String, Integer> firstIndex = new HashMap<>();
      int highest = -1;
      String highestId = "";
      List<Finding> findings = report.findings();
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        String at = "/findings/" + i;
        int position = checklist.indexOf(f.checkpoint());
        if (position < 0) {
          add("finding.checkpoint.unknown", Severity.ERROR, at + "/checkpoint", f.checkpoint(), checklist.id(),
              checklist.title(), String.valueOf(i + 1));
        } else if (firstIndex.containsKey(f.checkpoint())) {
          add("finding.checkpoint.duplicate", Severity.ERROR, at + "/checkpoint", f.checkpoint(),
              "/findings/" + firstIndex.get(f.checkpoint()), ordinal(position), checklist.checkpoints().get(position).title());
        } else {
          firstIndex.put(f.checkpoint(), i);
          if (position < highest) {
            add("finding.checkpoint.order", missing, at + "/checkpoint", f.checkpoint(), highestId,
                ordinal(position), checklist.checkpoints().get(position).title(), ordinal(highest),
                checklist.checkpoints().get(highest).title());
          } else {
            highest = position;
            highestId = f.checkpoint();
          }
          Checkpoint cp = checklist.checkpoints().get(position);
          if (!cp.kind().allowedVerdicts().contains(f.verdict())) {
            add("finding.verdict.not-allowed", Severity.ERROR, at + "/verdict", f.verdict().id(), cp.id(),
                cp.kind().id(), ordinal(position), cp.title(), f.verdict().label(), cp.kind().label());
          }
        }
        String[] point = point(f, i);
        if (f.heading().isPresent() && f.heading().get().isBlank()) {
          add("finding.heading.blank", Severity.WARNING, at + "/heading", f.checkpoint(), point[0], point[1]);
        }
        if (f.verdict().reportsProblems() && f.isBodyBlank()) {
          add("finding.body.empty", missing, at + "/body", f.checkpoint(), f.verdict().id(), point[0], point[1],
              f.verdict().label());
        } else {
          checkSegments(f, at, point);
        }
      }
      return firstIndex.keySet();
    }

    private void checkSegments(Finding f, String at, String[] point) {
      List<Paragraph> body = f.body();
      for (int p = 0; p < body.size(); p++) {
        for (int s = 0; s < body.get(p).segments().size(); s++) {
          if (body.get(p).segments().get(s).text().isBlank()) {
            add("finding.segment.blank", Severity.WARNING, at + "/body/" + p + "/" + s + "/text", f.checkpoint(),
                point[0], point[1]);
          }
        }
      }
    }

    private void checkMissing(Set<String> answered) {
      List<Checkpoint> all = checklist.checkpoints();
      for (int i = 0; i < all.size(); i++) {
        Checkpoint cp = all.get(i);
        if (!answered.contains(cp.id())) {
          add("checkpoint.missing", missing, "/findings", cp.id(), ordinal(i), cp.title());
        }
      }
    }

    private void checkCauses() {
      List<Cause> causes = report.causes();
      for (int i = 0; i < causes.size(); i++) {
        Cause c = causes.get(i);
        String at = "/causes/" + i;
        if (c.headline().map(String::isBlank).orElse(true) && c.text().isBlank()
            && c.moreParagraphs().stream().allMatch(String::isBlank)) {
          add("cause.empty", missing, at, String.valueOf(i + 1));
        }
        checkLinks("cause.checkpoint.unknown", at, c.checkpoints(), i);
      }
    }

    private void checkLinks(String code, String at, List<String> ids, int item) {
      for (int j = 0; j < ids.size(); j++) {
        if (checklist.indexOf(ids.get(j)) < 0) {
          add(code, Severity.ERROR, at + "/checkpoints/" + j, ids.get(j), checklist.id(), checklist.title(),
              String.valueOf(item + 1));
        }
      }
    }

    private void checkMeasures() {
      List<Measure> measures = report.measures();
      List<Finding> findings = report.findings();
      boolean problems = findings.stream().anyMatch(f -> f.verdict().reportsProblems());
      Set<String> addressed = new HashSet<>();
      measures.forEach(m -> addressed.addAll(m.checkpoints()));
      if (problems && measures.isEmpty()) {
        add("measures.missing", missing, "/measures");
      } else if (problems && addressed.isEmpty()) {
        add("measures.unlinked", Severity.INFO, "/measures");
      } else if (problems) {
        for (int i = 0; i < findings.size(); i++) {
          Finding f = findings.get(i);
          if (f.verdict().reportsProblems() && !addressed.contains(f.checkpoint())) {
            String[] point = point(f, i);
            add("finding.unaddressed", Severity.WARNING, "/findings/" + i, f.checkpoint(), point[0], point[1],
                f.verdict().label(), f.verdict().id());
          }
        }
      }
      Optional<LocalDate> date = report.date();
      for (int i = 0; i < measures.size(); i++) {
        Measure m = measures.get(i);
        String at = "/measures/" + i;
        if (m.headline().map(String::isBlank).orElse(true) && m.text().isBlank()
            && m.moreParagraphs().stream().allMatch(String::isBlank)) {
          add("measure.empty", missing, at, String.valueOf(i + 1));
        }
        checkLinks("measure.checkpoint.unknown", at, m.checkpoints(), i);
        if (m.due().isPresent() && date.isPresent() && m.due().get().isBefore(date.get())) {
          add("measure.due.before-date", Severity.ERROR, at + "/due", m.due().get().toString(),
              date.get().toString(), String.valueOf(i + 1));
        }
        if (m.kind().equals(Optional.of(MeasureKind.TIME_BOUND)) && m.due().isEmpty()) {
          add("measure.due.missing", Severity.WARNING, at, String.valueOf(i + 1));
        }
      }
    }
  
    /**
     * The 成文日期 of a signature block is its last line that reads as a date; when the report has a
     * date too, the two must name the same day (one of them was not updated).
     */
    private void checkSignature() {
      List<String> lines = report.signature();
      if (report.date().isEmpty()) {
        return;
      }
      for (int i = lines.size() - 1; i >= 0; i--) {
        Optional<LocalDate> written = ChineseDates.parse(lines.get(i));
        if (written.isPresent()) {
          if (!written.get().equals(report.date().get())) {
            add("signature.date.mismatch", Severity.WARNING, "/signature/" + i, lines.get(i).strip(),
                ChineseDates.format(report.date().get()));
          }
          return;
        }
      }
    }
}
}
