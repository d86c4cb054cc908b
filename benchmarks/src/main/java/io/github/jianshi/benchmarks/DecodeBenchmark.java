package io.github.jianshi.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.ValidationResult;
import io.github.jianshi.model.JsonSchemas;
import io.github.jianshi.model.Limits;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding the real report's JSON (12 KB, canonical form): our validated decode against the Jackson
 * baselines, all from the same bytes in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {
  byte[] json;
  byte[] invalidJson;
  ReportValidator validator;
  Report report;
  ReportValidator slowPath;
  JsonMapper mapper;
  Schema schema;

  /** Reads the document and builds the validators, the mapper and networknt's schema once. */
  @Setup
  public void setUp() {
    json = RealReportJson.bytes();
    // one error: a status the schema does not allow, in the middle of the same document
    invalidJson = new String(json, java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"status\": \"final\"", "\"status\": \"finished\"")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    validator = ReportValidator.defaults();
    report = validator.decode(json).report().orElseThrow();
    // members limit below the fast path's threshold (12): the validator takes the tree + networknt path
    slowPath = ReportValidator.builder().limits(Limits.builder().maxObjectMembers(11).build()).build();
    mapper = JsonMapper.builder().build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    schema = registry.getSchema(SchemaLocation.of(JsonSchemas.REPORT_SCHEMA_ID), JsonSchemas.reportSchema(),
        InputFormat.JSON);
  }

  /**
   * Ours: bytes to report and every diagnostic (limits, schema, dates, conformance, located).
   *
   * @return the result
   */
  @Benchmark
  public ValidatedReport validatedDecode() {
    return validator.validate(json);
  }

  /**
   * Ours on an invalid document (the same report with one bad enum value): the fast attempt, then one
   * streaming pass of the schema checker that produces the located diagnostic (no tree, no networknt).
   *
   * @return the result
   */
  @Benchmark
  public ValidatedReport validatedDecodeInvalid() {
    return validator.validate(invalidJson);
  }

  /**
   * Part of ours: decoding only (syntax, limits, schema-equivalent checks, dates), no conformance.
   *
   * @return the result
   */
  @Benchmark
  public ValidatedReport decodeOnly() {
    return validator.decode(json);
  }

  /**
   * Part of ours: the conformance rules on an already decoded report (no locating).
   *
   * @return the conformance diagnostics
   */
  @Benchmark
  public ValidationResult conformanceOnly() {
    return validator.check(report);
  }

  /**
   * Ours without the fast path: tree with limits, networknt, mapping, conformance.
   *
   * @return the result
   */
  @Benchmark
  public ValidatedReport validatedDecodeSlowPath() {
    return slowPath.validate(json);
  }

  /**
   * Baseline (a): Jackson binds the bytes to plain records, no checks.
   *
   * @return the records
   */
  @Benchmark
  public WireReport jacksonBind() {
    return mapper.readValue(json, WireReport.class);
  }

  /**
   * Baseline (b): Jackson tree, then networknt validation (no binding).
   *
   * @return the schema errors
   */
  @Benchmark
  public List<Error> jacksonTreeAndNetworknt() {
    return schema.validate(mapper.readTree(json));
  }

  /**
   * For reference, the usual pipeline: tree, networknt, then bind the tree.
   *
   * @return the records, when valid
   */
  @Benchmark
  public WireReport jacksonTreeNetworkntAndBind() {
    JsonNode tree = mapper.readTree(json);
    List<Error> errors = schema.validate(tree);
    return errors.isEmpty() ? mapper.treeToValue(tree, WireReport.class) : null;
  }
}
