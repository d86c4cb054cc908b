package io.github.jianshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.model.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NDJSON files split into documents as bytes: line ends, blank lines, the size limit, bad UTF-8. */
class ReportSourcesTest {
  @TempDir
  Path dir;

  private List<ReportSources.Raw> read(byte[] file, int max) throws IOException {
    Path f = dir.resolve("reports.ndjson");
    Files.write(f, file);
    try (Stream<ReportSources.Raw> raw = ReportSources.of(List.of(f), max)) {
      return raw.toList();
    }
  }

  private static String text(ReportSources.Raw r) {
    return r.json() == null ? "!" + r.failure().code() : new String(r.json(), StandardCharsets.UTF_8);
  }

  private static String line(ReportSources.Raw r) {
    return r.source().substring(r.source().lastIndexOf(':') + 1);
  }

  @Test
  void linesEndsAndBlankLines() throws IOException {
    // CRLF and LF, a line of spaces and U+3000 (blank), a last line without its line end
    byte[] file = "{\"a\":1}\r\n\n  \u3000 \r\n{\"b\":\"中文\"}\n{\"c\":3}".getBytes(StandardCharsets.UTF_8);
    List<ReportSources.Raw> raw = read(file, 100);
    assertThat(raw).extracting(ReportSourcesTest::text).containsExactly("{\"a\":1}", "{\"b\":\"中文\"}", "{\"c\":3}");
    assertThat(raw).extracting(ReportSourcesTest::line).containsExactly("1", "4", "5");
  }

  @Test
  void theLimitCountsBytesOfALineWithoutItsLineEnd() throws IOException {
    String at = "\"" + "中".repeat(3) + "\""; // 11 bytes
    String over = "\"" + "中".repeat(3) + "x\""; // 12 bytes
    byte[] file = (at + "\r\n" + over + "\n" + at + "\n" + over + "\r\n" + at).getBytes(StandardCharsets.UTF_8);
    List<ReportSources.Raw> raw = read(file, 11);
    assertThat(raw).extracting(ReportSourcesTest::text).containsExactly(at, "!ledger.source.unreadable", at,
        "!ledger.source.unreadable", at);
    assertThat(raw.get(1).failure().message(java.util.Locale.ENGLISH)).contains("line longer than 11 bytes");
  }

  @Test
  void linesLongerThanTheReadBufferAreKeptWhole() throws IOException {
    String longLine = "\"" + "整改".repeat(40_000) + "\""; // 240 002 bytes, several reads
    byte[] file = (longLine + "\n" + longLine + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(read(file, 300_000)).extracting(ReportSourcesTest::text).containsExactly(longLine, longLine);
    assertThat(read(file, 200_000)).extracting(ReportSourcesTest::text)
        .containsExactly("!ledger.source.unreadable", "!ledger.source.unreadable");
  }

  @Test
  void malformedUtf8ReachesTheValidatorAsItIsAndFailsTheReport() throws IOException {
    String json = ReportJson.write(Fixtures.county()).replaceAll("\n\\s*", "");
    byte[] good = json.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(good);
    file.write('\n');
    // the same report with one character of a heading replaced by a byte that is not UTF-8
    byte[] bad = json.replace("学习不够深入", "学习\u0001够深入").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bad.length; i++) {
      if (bad[i] == 1) {
        bad[i] = (byte) 0xFF;
      }
    }
    file.write(bad);
    file.write('\n');
    List<ReportSources.Raw> raw = read(file.toByteArray(), 1_000_000);
    assertThat(raw.get(1).json()).isEqualTo(bad);
    Path f = dir.resolve("reports.ndjson");
    RollUp r = Ledgers.rollUp(List.of(f), Fixtures.options(), 2);
    assertThat(r.reports()).isEqualTo(2);
    assertThat(r.decoded()).as("not decoded with a replacement character").isEqualTo(1);
    assertThat(r.failed()).singleElement().satisfies(x -> {
      assertThat(x.source()).endsWith(":2");
      assertThat(x.diagnostics()).isNotEmpty();
    });
  }

  /** The word-at-a-time search for a line feed finds what a byte loop finds, at every offset. */
  @Test
  void newlineSearchAgreesWithAByteLoop() {
    java.util.Random random = new java.util.Random(20261127L);
    for (int round = 0; round < 2_000; round++) {
      byte[] b = new byte[random.nextInt(80)];
      for (int i = 0; i < b.length; i++) {
        // mostly bytes next to '\n' and high bytes of UTF-8, which break a wrong borrow trick
        int pick = random.nextInt(8);
        b[i] = (byte) (pick == 0 ? '\n' : pick == 1 ? 0x0B : pick == 2 ? 0x09 : pick == 3 ? 0x8A : random.nextInt(256));
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      int end = from + random.nextInt(b.length - from + 1);
      int expected = end;
      for (int i = from; i < end; i++) {
        if (b[i] == '\n') {
          expected = i;
          break;
        }
      }
      assertThat(ReportSources.Lines.newline(b, from, end)).as("round %d", round).isEqualTo(expected);
    }
  }
}
