package io.github.jianshi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.model.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark method once (not JMH: nothing is measured here) so that a broken benchmark
 * fails the build instead of the next measurement.
 */
class BenchmarkSetupTest {

  @Test
  void decodeBenchmarksComputeWhatTheyClaim() {
    DecodeBenchmark b = new DecodeBenchmark();
    b.setUp();
    assertThat(b.json.length).isGreaterThan(10_000);
    assertThat(b.validatedDecode().report()).isPresent();
    assertThat(b.validatedDecode().result().codes()).containsExactly("measures.unlinked");
    assertThat(b.validatedDecodeSlowPath()).isEqualTo(b.validatedDecode());
    assertThat(b.validatedDecodeInvalid().report()).isEmpty();
    assertThat(b.validatedDecodeInvalid().result().codes()).containsExactly("schema.enum");
    WireReport wire = b.jacksonBind();
    assertThat(wire.findings()).hasSize(9);
    assertThat(wire.findings().get(0).body().get(0).get(0).kind()).isEqualTo("point");
    assertThat(b.jacksonTreeAndNetworknt()).isEmpty();
    assertThat(b.jacksonTreeNetworkntAndBind()).isEqualTo(wire);
  }

  @Test
  void encodeBenchmarksWriteTheSameReport() {
    EncodeBenchmark b = new EncodeBenchmark();
    b.setUp();
    byte[] ours = b.canonicalEncode();
    assertThat(ours).isEqualTo(RealReportJson.bytes());
    // plain Jackson writes absent optionals as null (the format reads them as absent): it is only a
    // speed baseline, but it must carry the same content
    assertThat(b.mapper.readValue(b.jacksonWrite(), WireReport.class)).isEqualTo(b.wire);
    assertThat(ReportJson.read(ours).report()).contains(b.report);
    assertThat(b.jacksonWritePretty().length).isGreaterThan(b.jacksonWrite().length);
  }
}
