package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsTest {

  /** An endless-looking document: {@code {"title": "aaaa…} of the given size, produced lazily. */
  private static final class HugeString extends InputStream {
    private final byte[] head = "{\"schemaVersion\": 1, \"title\": \"".getBytes(StandardCharsets.UTF_8);
    private final long size;
    long consumed;

    HugeString(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (consumed >= size) {
        return -1;
      }
      int b = consumed < head.length ? head[(int) consumed] : 'a';
      consumed++;
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
      if (consumed >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - consumed);
      for (int i = 0; i < n; i++) {
        buffer[off + i] = (byte) read();
      }
      return n;
    }
  }

  @Test
  void aHundredMegabyteStringIsRefusedAfterReadingOnlyTheSizeLimit() {
    HugeString in = new HugeString(100L * 1024 * 1024);
    long start = System.nanoTime();
    ValidatedReport r = ReportValidator.defaults().validate(in);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(r.result().codes()).containsExactly("limit.size");
    assertThat(r.diagnostics().get(0).arguments()).containsExactly(String.valueOf(Limits.DEFAULT_MAX_DOCUMENT_BYTES));
    assertThat(in.consumed).isEqualTo(Limits.DEFAULT_MAX_DOCUMENT_BYTES + 1L);
  }

  @Test
  void aHundredMegabyteReaderIsRefusedToo() {
    Reader endless = new Reader() {
      long left = 100L * 1024 * 1024;

      @Override
      public int read(char[] buffer, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(buffer, off, off + n, 'a');
        left -= n;
        return n;
      }

      @Override
      public void close() {}
    };
    assertThat(ReportValidator.defaults().validate(endless).result().codes()).containsExactly("limit.size");
  }

  @Test
  void aLongStringWithinTheSizeLimitIsRefusedWhileItIsRead() {
    int length = 3 * 1024 * 1024;
    byte[] doc = new byte[length + 40];
    byte[] head = "{\"schemaVersion\": 1, \"title\": \"".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, doc, 0, head.length);
    java.util.Arrays.fill(doc, head.length, doc.length - 2, (byte) 'a');
    doc[doc.length - 2] = '"';
    doc[doc.length - 1] = '}';
    ValidatedReport r = ReportValidator.defaults().validate(doc);
    assertThat(r.result().codes()).containsExactly("limit.string");
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.pointer()).isEqualTo("/title");
    assertThat(d.arguments()).containsExactly(String.valueOf(Limits.DEFAULT_MAX_STRING_LENGTH));
  }

  @Test
  void tenThousandNestedArraysAreRefusedAtTheDepthLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    long start = System.nanoTime();
    ValidatedReport r = ReportValidator.defaults().validate(deep);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(r.result().codes()).containsExactly("limit.depth");
    assertThat(r.diagnostics().get(0).column()).hasValue(Limits.DEFAULT_MAX_DEPTH + 1);
    String inReport = "{\"schemaVersion\": 1, \"preamble\": " + deep + "}";
    assertThat(ReportValidator.defaults().validate(inReport).result().codes()).containsExactly("limit.depth");
  }

  @Test
  void evenWithoutADepthLimitDeepNestingDoesNotOverflowTheStack() {
    ReportValidator lax = ReportValidator.builder().limits(Limits.builder().maxDepth(200_000).build()).build();
    String deep = "{\"schemaVersion\": 1, \"preamble\": [" + "[".repeat(50_000) + "]".repeat(50_000) + "]}";
    ValidatedReport r = lax.validate(deep);
    assertThat(r.report()).isEmpty();
    assertThat(r.result().codes()).contains("schema.type");
  }

  @Test
  void longArraysAndObjectsWithManyMembersAreRefused() {
    String array = "{\"preamble\": [" + "\"\",".repeat(Limits.DEFAULT_MAX_ARRAY_LENGTH) + "\"\"]}";
    ValidatedReport a = ReportValidator.defaults().validate(array);
    assertThat(a.result().codes()).containsExactly("limit.array");
    assertThat(a.diagnostics().get(0).pointer()).isEqualTo("/preamble/" + Limits.DEFAULT_MAX_ARRAY_LENGTH);

    StringBuilder members = new StringBuilder("{");
    for (int i = 0; i <= Limits.DEFAULT_MAX_OBJECT_MEMBERS; i++) {
      members.append(i == 0 ? "" : ",").append("\"m").append(i).append("\": 0");
    }
    ValidatedReport m = ReportValidator.defaults().validate(members.append('}').toString());
    assertThat(m.result().codes()).containsExactly("limit.members");
    assertThat(m.diagnostics().get(0).pointer()).isEqualTo("/m" + Limits.DEFAULT_MAX_OBJECT_MEMBERS);
  }

  @Test
  void limitsAreCheckedWhenBuilt() {
    assertThatThrownBy(() -> Limits.builder().maxDepth(0).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxDocumentBytes(Limits.MAX_DOCUMENT_BYTES_CEILING + 1).build())
        .isInstanceOf(IllegalArgumentException.class);
    Limits l = Limits.defaults();
    assertThat(l.maxDocumentBytes()).isEqualTo(4 * 1024 * 1024);
    assertThat(l.maxDepth()).isEqualTo(32);
    assertThat(l.maxStringLength()).isEqualTo(65_536);
    assertThat(l.maxArrayLength()).isEqualTo(10_000);
    assertThat(ReportValidator.builder().limits(Limits.builder().maxDepth(3).build()).build().limits().maxDepth())
        .isEqualTo(3);
  }

  @Test
  void smallLimitsStillGiveTheSameAnswersAsTheSchema() {
    // a depth below the format's own depth turns the fast path off; results must not change
    Limits tight = Limits.builder().maxDepth(6).maxObjectMembers(12).build();
    ReportValidator v = ReportValidator.builder().registry(Corpus.registry()).limits(tight).build();
    ReportValidator slow = Corpus.validator(tight, false);
    Corpus.documents("valid").filter(d -> !d.isChecklist()).forEach(d ->
        assertThat(v.validate(d.bytes())).as(d.toString()).isEqualTo(slow.validate(d.bytes())));
    Limits tighter = Limits.builder().maxDepth(5).build();
    byte[] doc = Corpus.documents("valid").filter(d -> d.name().equals("minimal-final")).findFirst()
        .orElseThrow().bytes();
    ValidatedReport r = ReportValidator.builder().limits(tighter).build().validate(doc);
    assertThat(r.result().codes()).containsExactly("limit.depth");
  }

  /** Validates with the fast path on and off; both must give the same single diagnostic. */
  private static Diagnostic onlyDiagnostic(String doc, Limits limits) {
    ValidatedReport fast = ReportValidator.builder().limits(limits).build().validate(doc);
    ValidatedReport slow = Corpus.validator(limits, false).validate(doc);
    assertThat(fast).isEqualTo(slow);
    assertThat(fast.result().codes()).containsExactly("limit.string");
    return fast.diagnostics().get(0);
  }

  @Test
  void anOverlongMemberNamePointsAtTheNameItself() {
    Limits limits = Limits.builder().maxStringLength(100).build();
    String name = "n".repeat(150);

    // at the root, after another member and a line break: the object is the root, the name starts on line 2
    Diagnostic root = onlyDiagnostic("{\"schemaVersion\": 1,\n  \"" + name + "\": 1}", limits);
    assertThat(root.pointer()).isEqualTo("");
    assertThat(root.line()).hasValue(2);
    assertThat(root.column()).hasValue(3);
    assertThat(root.arguments()).containsExactly("100");

    // the first member of a nested object: the pointer is the object's, the column the name's quote
    Diagnostic first = onlyDiagnostic("{\"author\": {\"" + name + "\": 1}}", limits);
    assertThat(first.pointer()).isEqualTo("/author");
    assertThat(first.line()).hasValue(1);
    assertThat(first.column()).hasValue(13);

    // after a string value holding an escaped quote, inside an array element, with CR LF line ends;
    // non-ASCII before the name counts one column per UTF-16 unit
    String doc = "{\"findings\": [{\"heading\": \"查\\\"摆\",\r\n\t \"" + "é\\\"".repeat(60) + "\": 1}]}";
    Diagnostic inArray = onlyDiagnostic(doc, limits);
    assertThat(inArray.pointer()).isEqualTo("/findings/0");
    assertThat(inArray.line()).hasValue(2);
    assertThat(inArray.column()).hasValue(3);

    // a name just one character too long, the parser stopping just after its closing quote
    Diagnostic exact = onlyDiagnostic("{\"title\": \"x\", \"" + "n".repeat(101) + "\": 1}", limits);
    assertThat(exact.pointer()).isEqualTo("");
    assertThat(exact.column()).hasValue(16);

    // a value that is too long still points at its member
    Diagnostic value = onlyDiagnostic("{\"author\": {\"name\": \"" + name + "\"}}", limits);
    assertThat(value.pointer()).isEqualTo("/author/name");
  }
}
