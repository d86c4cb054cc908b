package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The one-pass package writer gives the bytes the JDK's zip stream gives for the same entries (in
 * the fixed order, with the fixed time), which is how the package was written before: a rendered
 * document did not change when the writer did.
 */
class StablePackageTest {
  /** Entries of every kind: empty, small, compressible and not, larger than the buffers, out of order. */
  private static Map<String, byte[]> entries() {
    Random random = new Random(42);
    byte[] noise = new byte[150_000];
    random.nextBytes(noise);
    StringBuilder xml = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      xml.append("<w:p><w:r><w:t>第").append(i).append("段，对照检查。</w:t></w:r></w:p>");
    }
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("word/document.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
    entries.put("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8));
    entries.put("word/media/noise.bin", noise);
    entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
    entries.put("docProps/empty.xml", new byte[0]);
    entries.put("word/附件.xml", "<x>附件</x>".getBytes(StandardCharsets.UTF_8));
    return entries;
  }

  /** What the JDK's zip stream writes: entries sorted, deflated, each with the fixed local time. */
  private static byte[] jdk(Map<String, byte[]> entries) throws IOException {
    List<String> names = new ArrayList<>(entries.keySet());
    names.sort(StablePackage.ENTRY_ORDER);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setMethod(ZipOutputStream.DEFLATED);
      for (String name : names) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(StablePackage.ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(entries.get(name));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] ours(Map<String, byte[]> entries) throws IOException {
    List<StablePackage.Part> parts = new ArrayList<>();
    entries.forEach((name, data) -> parts.add(StablePackage.deflate(name, data)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StablePackage.write(parts, out);
    return out.toByteArray();
  }

  @Test
  void sameBytesAsTheJdkZipStream() throws IOException {
    Map<String, byte[]> entries = entries();
    byte[] ours = ours(entries);
    assertThat(ours).isEqualTo(jdk(entries));
  }

  @Test
  void readsBackWithTheFixedOrderAndTime() throws IOException {
    Map<String, byte[]> entries = entries();
    Map<String, byte[]> read = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ours(entries)))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertThat(e.getTimeLocal()).isEqualTo(StablePackage.ENTRY_TIME);
        assertThat(e.getExtra()).isNull();
        read.put(e.getName(), in.readAllBytes());
      }
    }
    List<String> expectedOrder = new ArrayList<>(entries.keySet());
    expectedOrder.sort(StablePackage.ENTRY_ORDER);
    assertThat(read.keySet()).containsExactlyElementsOf(expectedOrder);
    entries.forEach((name, data) -> assertThat(read.get(name)).as(name).isEqualTo(data));
  }

  @Test
  void aReusedDeflaterGivesWhatAFreshOneGives() {
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
    try {
      entries().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.reverseOrder())).forEach(e -> {
        StablePackage.Part reused = StablePackage.deflate(deflater, e.getKey(), e.getValue());
        StablePackage.Part fresh = StablePackage.deflate(e.getKey(), e.getValue());
        assertThat(reused.deflated()).as(e.getKey()).isEqualTo(fresh.deflated());
        assertThat(reused.crc()).isEqualTo(fresh.crc());
        assertThat(reused.size()).isEqualTo(e.getValue().length);
      });
    } finally {
      deflater.end();
    }
  }
}
