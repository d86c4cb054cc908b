package io.github.jianshi.model;

import com.networknt.schema.Schema;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.conformance.Conformance;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.ValidationResult;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * The validation facade: from JSON (bytes, stream, reader, string or file) to a
 * {@link ValidatedReport} holding the decoded report, when decodable, and every diagnostic in a
 * stable order:
 *
 * <ol>
 *   <li>reading: {@code limit.size}; {@code json.encoding} for a document in UTF-16 or UTF-32 (a
 *       UTF-8 byte-order mark is dropped); {@code json.surrogate} for a string or member name with an
 *       unpaired surrogate escape; JSON syntax ({@code json.*}, with line, column and pointer as far
 *       as known) and the other {@link Limits} ({@code limit.*}), enforced while streaming — the first
 *       of these ends validation;</li>
 *   <li>{@code schema.version} when the document is of another schema version (the schema is then not
 *       applied), else the JSON Schema's violations ({@code schema.*});</li>
 *   <li>mapping: dates that match {@code yyyy-MM-dd} but are not real dates ({@code date.invalid});</li>
 *   <li>conformance to the checklist the report names, resolved in the {@linkplain #registry()
 *       registry} by id and version (see {@link Conformance}): unknown checklist, wrong content hash,
 *       missing or extra checkpoints, and so on.</li>
 * </ol>
 *
 * <p>Diagnostics carry a JSON Pointer and, whenever the document could be parsed, a line and column
 * (columns count UTF-16 code units). Bad data never throws; only a null argument, an unreadable
 * stream or file ({@link java.io.UncheckedIOException}, whose message names the file: a missing file,
 * a directory, no permission) or a broken bundled resource does.
 *
 * <p>Immutable and thread-safe: build one and share it. All validators share one compiled JSON Schema.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.defaults();
 * ValidatedReport result = validator.validate(Path.of("report.json"));
 * result.diagnostics().forEach(d -> System.out.println(d.describe(Locale.CHINA)));
 * }</pre>
 */
public final class ReportValidator {
  private static final ReportValidator DEFAULTS = builder().build();

  private final ChecklistRegistry registry;
  private final Limits limits;
  private final JsonFactory factory;
  private final boolean fastPath;
  private final Schema reportSchema;
  private final SchemaRules reportRules;
  private final Schema checklistSchema;
  private final SchemaRules checklistRules;
  /** How many invalid documents the one-pass checker reported without the slow path (for tests). */
  private final java.util.concurrent.atomic.LongAdder checkerReports = new java.util.concurrent.atomic.LongAdder();

  private ReportValidator(Builder b) {
    this.registry = b.registry;
    this.reportSchema = b.reportSchema;
    this.reportRules = b.reportRules;
    this.checklistSchema = b.checklistSchema;
    this.checklistRules = b.checklistRules;
    this.limits = b.limits;
    this.factory = Json.readFactory(b.limits);
    this.fastPath = b.fastPath && limits.maxDepth() >= WireReader.REPORT_DEPTH
        && limits.maxObjectMembers() >= WireReader.MAX_MEMBERS;
  }

  /**
   * The validator with the built-in checklists and the default limits.
   *
   * @return a shared instance
   */
  public static ReportValidator defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder: built-in checklists, default limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The checklists reports are checked against.
   *
   * @return the registry
   */
  public ChecklistRegistry registry() {
    return registry;
  }

  /**
   * The limits enforced while reading.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  // ---------------------------------------------------------------------------------------------
  // reports: validate (all checks) and decode (no conformance)

  /**
   * Validates a report: syntax, limits, schema, dates, and conformance to its checklist.
   *
   * @param json the document in UTF-8
   * @return the result
   */
  public ValidatedReport validate(byte[] json) {
    return report(Sources.of(Objects.requireNonNull(json, "json"), limits), true);
  }

  /**
   * Validates a report read from a stream (read to its end or to one byte past the size limit; not
   * closed).
   *
   * @param json the document in UTF-8
   * @return the result
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public ValidatedReport validate(InputStream json) {
    return report(Sources.of(Objects.requireNonNull(json, "json"), limits), true);
  }

  /**
   * Validates a report read from a reader (read to its end or past the size limit; not closed).
   *
   * @param json the document
   * @return the result
   * @throws java.io.UncheckedIOException when the reader cannot be read
   */
  public ValidatedReport validate(Reader json) {
    return report(Sources.of(Objects.requireNonNull(json, "json"), limits), true);
  }

  /**
   * Validates a report given as a string.
   *
   * @param json the document
   * @return the result
   */
  public ValidatedReport validate(String json) {
    return report(Sources.of(Objects.requireNonNull(json, "json"), limits), true);
  }

  /**
   * Validates a report file (UTF-8).
   *
   * @param json the file
   * @return the result
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public ValidatedReport validate(Path json) {
    return report(Sources.of(Objects.requireNonNull(json, "json"), limits), true);
  }

  /**
   * Decodes a report without checking its conformance to the checklist: syntax, limits, schema and
   * dates only. The registry is not used.
   *
   * @param json the document in UTF-8
   * @return the result
   */
  public ValidatedReport decode(byte[] json) {
    return report(Sources.of(Objects.requireNonNull(json, "json"), limits), false);
  }

  /**
   * Decodes a report given as a string without checking its conformance; see {@link #decode(byte[])}.
   *
   * @param json the document
   * @return the result
   */
  public ValidatedReport decode(String json) {
    return report(Sources.of(Objects.requireNonNull(json, "json"), limits), false);
  }

  /**
   * Checks the conformance of a report (built in code or decoded) to the checklist it names in this
   * validator's registry.
   *
   * @param report the report
   * @return the conformance diagnostics (pointers only: there is no document to locate them in)
   */
  public ValidationResult check(Report report) {
    return Conformance.check(Objects.requireNonNull(report, "report"), registry);
  }

  // ---------------------------------------------------------------------------------------------
  // checklists

  /**
   * Reads and validates a checklist: syntax, limits, schema, unique checkpoint ids, and the stated
   * content hash ({@code checklist.content-hash.mismatch} when it is not the computed one).
   *
   * @param json the document in UTF-8
   * @return the result
   */
  public ValidatedChecklist validateChecklist(byte[] json) {
    return checklist(Sources.of(Objects.requireNonNull(json, "json"), limits));
  }

  /**
   * Reads and validates a checklist from a stream (not closed); see {@link #validateChecklist(byte[])}.
   *
   * @param json the document in UTF-8
   * @return the result
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public ValidatedChecklist validateChecklist(InputStream json) {
    return checklist(Sources.of(Objects.requireNonNull(json, "json"), limits));
  }

  /**
   * Reads and validates a checklist from a reader (not closed); see {@link #validateChecklist(byte[])}.
   *
   * @param json the document
   * @return the result
   * @throws java.io.UncheckedIOException when the reader cannot be read
   */
  public ValidatedChecklist validateChecklist(Reader json) {
    return checklist(Sources.of(Objects.requireNonNull(json, "json"), limits));
  }

  /**
   * Reads and validates a checklist given as a string; see {@link #validateChecklist(byte[])}.
   *
   * @param json the document
   * @return the result
   */
  public ValidatedChecklist validateChecklist(String json) {
    return checklist(Sources.of(Objects.requireNonNull(json, "json"), limits));
  }

  /**
   * Reads and validates a checklist file; see {@link #validateChecklist(byte[])}.
   *
   * @param json the file (UTF-8)
   * @return the result
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public ValidatedChecklist validateChecklist(Path json) {
    return checklist(Sources.of(Objects.requireNonNull(json, "json"), limits));
  }

  // ---------------------------------------------------------------------------------------------

  private ValidatedReport report(Sources.Loaded in, boolean conformance) {
    if (in.problem() != null) {
      return ValidatedReport.create(Optional.empty(), ValidationResult.of(List.of(in.problem())));
    }
    byte[] bytes = in.bytes();
    Anchors[] anchors = new Anchors[1];
    // the fast path checks every string it reads for unpaired surrogates; the pre-scan runs only
    // when it gives up
    Report report = fastPath ? fast(bytes, reportRules, r -> {
      Report decoded = r.report();
      anchors[0] = r.anchors();
      return decoded;
    }) : null;
    if (report == null) {
      Diagnostic surrogate = Surrogates.check(bytes, factory);
      if (surrogate != null) {
        return ValidatedReport.create(Optional.empty(), ValidationResult.of(List.of(surrogate)));
      }
      List<Diagnostic> schema = schemaViolations(bytes, reportRules, FieldLabels::report);
      if (schema != null) {
        return ValidatedReport.create(Optional.empty(), ValidationResult.of(schema));
      }
      Decoded<Report> slow = slow(bytes, reportSchema, reportRules, WireReader::report, FieldLabels::report);
      if (slow.value == null) {
        return ValidatedReport.create(Optional.empty(), ValidationResult.of(slow.diagnostics));
      }
      report = slow.value;
    }
    if (!conformance) {
      return ValidatedReport.create(Optional.of(report), ValidationResult.empty());
    }
    List<Diagnostic> checked = Conformance.check(report, registry).diagnostics();
    return ValidatedReport.create(Optional.of(report),
        ValidationResult.of(Locator.locate(bytes, checked, anchors[0])));
  }

  private ValidatedChecklist checklist(Sources.Loaded in) {
    if (in.problem() != null) {
      return ValidatedChecklist.create(Optional.empty(), ValidationResult.of(List.of(in.problem())));
    }
    byte[] bytes = in.bytes();
    WireReader.StatedChecklist read = fastPath ? fast(bytes, checklistRules, WireReader::checklist) : null;
    if (read == null) {
      Diagnostic surrogate = Surrogates.check(bytes, factory);
      if (surrogate != null) {
        return ValidatedChecklist.create(Optional.empty(), ValidationResult.of(List.of(surrogate)));
      }
      List<Diagnostic> schema = schemaViolations(bytes, checklistRules, FieldLabels::checklist);
      if (schema != null) {
        return ValidatedChecklist.create(Optional.empty(), ValidationResult.of(schema));
      }
      Decoded<WireReader.StatedChecklist> slow = slow(bytes, checklistSchema, checklistRules, WireReader::checklist,
          FieldLabels::checklist);
      if (slow.value == null) {
        return ValidatedChecklist.create(Optional.empty(), ValidationResult.of(slow.diagnostics));
      }
      read = slow.value;
    }
    Checklist checklist = read.checklist();
    List<Diagnostic> out = new ArrayList<>(1);
    if (read.statedHash() != null && !read.statedHash().equals(checklist.contentHash())) {
      out.add(ModelDiagnostics.error("checklist.content-hash.mismatch", "/hash", read.statedHash(),
          checklist.contentHash()));
    }
    return ValidatedChecklist.create(Optional.of(checklist), ValidationResult.of(Locator.locate(bytes, out)));
  }

  /** The fast path: null when it gives up (then the slow path decides). */
  private <T> T fast(byte[] bytes, SchemaRules rules, Function<WireReader, T> read) {
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      return read.apply(new WireReader(p, true, limits.maxArrayLength(), rules));
    } catch (WireReader.Bail e) {
      // the fast path's only signal (syntax and limits included): the slow path reports the problem
      return null;
    }
  }

  /**
   * The schema's diagnostics from one streaming pass over the compiled rules ({@link SchemaChecker}),
   * when the fast path gave up on a document the schema rejects; null when the checker finds none or
   * cannot tell them exactly (then the slow path decides). Off with the fast path.
   */
  private List<Diagnostic> schemaViolations(byte[] bytes, SchemaRules rules,
      java.util.function.UnaryOperator<String> labels) {
    if (!fastPath) {
      return null;
    }
    List<Diagnostic> found = rules.checker().check(bytes, factory, limits, labels);
    if (found != null) {
      checkerReports.increment();
    }
    return found;
  }

  /** How many documents the one-pass checker has reported on (a hook for tests). */
  long checkerReports() {
    return checkerReports.sum();
  }

  private record Decoded<T>(T value, List<Diagnostic> diagnostics) {}

  /** The slow path: tree with limits, schema version, schema, then mapping. */
  private <T> Decoded<T> slow(byte[] bytes, Schema schema, SchemaRules rules, Function<WireReader, T> read,
      java.util.function.UnaryOperator<String> labels) {
    TreeParser.Parsed parsed = TreeParser.parse(bytes, factory, limits);
    if (parsed.problem() != null) {
      return new Decoded<>(null, List.of(parsed.problem()));
    }
    JsonNode root = parsed.root();
    Diagnostic version = SchemaValidation.versionProblem(root);
    if (version != null) {
      return new Decoded<>(null, Locator.locate(bytes, List.of(version)));
    }
    List<Diagnostic> violations = SchemaValidation.validate(schema, root, limits.maxDiagnostics(), labels);
    if (!violations.isEmpty()) {
      return new Decoded<>(null, Locator.locate(bytes, violations));
    }
    WireReader reader;
    T value;
    try (JsonParser p = root.traverse(ObjectReadContext.empty())) {
      reader = new WireReader(p, false, Integer.MAX_VALUE, rules);
      value = read.apply(reader);
    } catch (RuntimeException e) {
      // the schema accepted what the mapping cannot take: a bug, reported rather than thrown
      String what = e instanceof WireReader.Bail ? "unexpected structure" : String.valueOf(e.getMessage());
      return new Decoded<>(null, List.of(ModelDiagnostics.error("model.invalid", "", ModelDiagnostics.excerpt(what))));
    }
    if (value == null) {
      return new Decoded<>(null, Locator.locate(bytes, reader.problems()));
    }
    return new Decoded<>(value, List.of());
  }

  /** Builds a {@link ReportValidator}. */
  public static final class Builder {
    private ChecklistRegistry registry = ChecklistRegistry.builtIn();
    private Limits limits = Limits.defaults();
    private boolean fastPath = true;
    private Schema reportSchema = SchemaValidation.REPORT;
    private SchemaRules reportRules = SchemaRules.REPORT;
    private Schema checklistSchema = SchemaValidation.CHECKLIST;
    private SchemaRules checklistRules = SchemaRules.CHECKLIST;

    private Builder() {}

    /** Replaces the bundled schemas on both paths, for tests that change a schema. */
    Builder schemas(String reportSchemaText, String checklistSchemaText) {
      return schemas(reportSchemaText, SchemaRules.compile(reportSchemaText), checklistSchemaText,
          SchemaRules.compile(checklistSchemaText));
    }

    /** Replaces the schemas, the fast path's rules apart, for tests that make the two disagree. */
    Builder schemas(String reportSchemaText, SchemaRules reportRules, String checklistSchemaText,
        SchemaRules checklistRules) {
      this.reportSchema = SchemaValidation.compile(JsonSchemas.REPORT_SCHEMA_ID, reportSchemaText);
      this.reportRules = reportRules;
      this.checklistSchema = SchemaValidation.compile(JsonSchemas.CHECKLIST_SCHEMA_ID, checklistSchemaText);
      this.checklistRules = checklistRules;
      return this;
    }

    /**
     * Sets the known checklists (the built-in ones are always there).
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(ChecklistRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Adds a checklist to the registry.
     *
     * @param checklist the checklist
     * @return this builder
     * @throws IllegalArgumentException when a different checklist with the same id and version is known
     */
    public Builder addChecklist(Checklist checklist) {
      this.registry = registry.with(Objects.requireNonNull(checklist, "checklist"));
      return this;
    }

    /**
     * Sets the limits.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Turns the fast path off, for tests that compare both paths. */
    Builder fastPath(boolean enabled) {
      this.fastPath = enabled;
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     */
    public ReportValidator build() {
      return new ReportValidator(this);
    }
  }
}
