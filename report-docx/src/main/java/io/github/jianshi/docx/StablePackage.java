package io.github.jianshi.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an Office Open XML package (a zip) so that the same parts always give the same bytes, in
 * one pass.
 *
 * <p>The entries come in a fixed order ({@code [Content_Types].xml} first, then {@code _rels/.rels},
 * then the other parts by name), each with the same local date and time, {@link #ENTRY_TIME}, and no
 * extra fields. A local date-time (not an instant) is what the zip format stores, so the result does
 * not depend on the default time zone.
 *
 * <p>Each part is compressed on its own ({@link #deflate(String, byte[])}), so that the parts that are
 * the same in every document are compressed once per JVM ({@link DocxTemplate}) and copied as they
 * are. The layout is the one {@link java.util.zip.ZipOutputStream} writes for deflated entries of
 * unknown size (a local header with the UTF-8 flag and a data descriptor after the data; version
 * 2.0; no zip64 below 4 GiB), byte for byte: a package written here is the package the JDK's zip
 * stream would write from the same parts ({@code StablePackageTest}).
 */
final class StablePackage {
  private StablePackage() {}

  /**
   * The time stamp of every entry: 2000-01-01 00:00. Not 1980-01-01 00:00: {@link java.util.zip.ZipEntry}
   * treats that value as "before 1980" and adds an extended time stamp computed in the default time
   * zone.
   */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";

  /** The order of the entries: content types, package relationships, then by name. */
  static final Comparator<String> ENTRY_ORDER = Comparator.comparingInt(StablePackage::rank)
      .thenComparing(Comparator.naturalOrder());

  private static int rank(String name) {
    if (CONTENT_TYPES.equals(name)) {
      return 0;
    }
    return PACKAGE_RELATIONSHIPS.equals(name) ? 1 : 2;
  }

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int DATA_DESCRIPTOR = 0x08074b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  /** Version 2.0: what deflate needs, and what the JDK writes. */
  private static final int VERSION = 20;
  /** General purpose flags: bit 3, sizes in the data descriptor; bit 11, names in UTF-8. */
  private static final int FLAGS = 0x0808;
  private static final int DEFLATED = 8;
  private static final int DOS_TIME = ENTRY_TIME.getHour() << 11 | ENTRY_TIME.getMinute() << 5
      | ENTRY_TIME.getSecond() >> 1;
  private static final int DOS_DATE = (ENTRY_TIME.getYear() - 1980) << 9 | ENTRY_TIME.getMonthValue() << 5
      | ENTRY_TIME.getDayOfMonth();
  private static final long MAX_32 = 0xFFFF_FFFFL;

  /**
   * A part, compressed.
   *
   * @param name the entry name
   * @param deflated the part's bytes, deflated (raw deflate, no zlib header)
   * @param crc the CRC-32 of the part's bytes
   * @param size the number of the part's bytes
   */
  record Part(String name, byte[] deflated, int crc, int size) {}

  /**
   * Compresses a part as the JDK's zip stream does (default level, raw deflate).
   *
   * @param name the entry name
   * @param data the part's bytes
   * @return the part, compressed
   */
  static Part deflate(String name, byte[] data) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      return deflate(deflater, name, data);
    } finally {
      deflater.end();
    }
  }

  /**
   * Compresses a part with a deflater of the default level and raw deflate, which is reset first.
   *
   * @param deflater the deflater, reused across the parts of one package
   * @param name the entry name
   * @param data the part's bytes
   * @return the part, compressed
   */
  static Part deflate(Deflater deflater, String name, byte[] data) {
    deflater.reset();
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
    byte[] buffer = new byte[Math.min(64 * 1024, Math.max(512, data.length / 2))];
    while (!deflater.finished()) {
      int n = deflater.deflate(buffer);
      out.write(buffer, 0, n);
    }
    CRC32 crc = new CRC32();
    crc.update(data);
    return new Part(name, out.toByteArray(), (int) crc.getValue(), data.length);
  }

  /**
   * Writes a package with the parts in the fixed order, each with the fixed time.
   *
   * @param parts the parts, in any order; their names differ
   * @param out where to write the package; not closed
   * @throws IOException when writing fails, or when the package would need zip64
   */
  static void write(List<Part> parts, OutputStream out) throws IOException {
    List<Part> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparing(Part::name, ENTRY_ORDER));
    Sink sink = new Sink(out);
    long[] offsets = new long[sorted.size()];
    byte[][] names = new byte[sorted.size()][];
    for (int i = 0; i < sorted.size(); i++) {
      Part p = sorted.get(i);
      names[i] = p.name().getBytes(StandardCharsets.UTF_8);
      offsets[i] = sink.written;
      sink.int32(LOCAL_HEADER);
      sink.int16(VERSION);
      sink.int16(FLAGS);
      sink.int16(DEFLATED);
      sink.int16(DOS_TIME);
      sink.int16(DOS_DATE);
      sink.int32(0); // CRC and sizes follow the data (flag bit 3)
      sink.int32(0);
      sink.int32(0);
      sink.int16(names[i].length);
      sink.int16(0);
      sink.bytes(names[i]);
      sink.bytes(p.deflated());
      sink.int32(DATA_DESCRIPTOR);
      sink.int32(p.crc());
      sink.int32(p.deflated().length);
      sink.int32(p.size());
    }
    long directory = sink.written;
    for (int i = 0; i < sorted.size(); i++) {
      Part p = sorted.get(i);
      sink.int32(CENTRAL_HEADER);
      sink.int16(VERSION); // made by
      sink.int16(VERSION); // needed to extract
      sink.int16(FLAGS);
      sink.int16(DEFLATED);
      sink.int16(DOS_TIME);
      sink.int16(DOS_DATE);
      sink.int32(p.crc());
      sink.int32(p.deflated().length);
      sink.int32(p.size());
      sink.int16(names[i].length);
      sink.int16(0); // extra field
      sink.int16(0); // comment
      sink.int16(0); // disk
      sink.int16(0); // internal attributes
      sink.int32(0); // external attributes
      sink.offset(offsets[i]);
      sink.bytes(names[i]);
    }
    long directorySize = sink.written - directory;
    sink.int32(END_OF_CENTRAL_DIRECTORY);
    sink.int16(0);
    sink.int16(0);
    sink.int16(sorted.size());
    sink.int16(sorted.size());
    sink.offset(directorySize);
    sink.offset(directory);
    sink.int16(0);
    sink.flush();
  }

  /** Little-endian writing through a small buffer, counting the bytes written. */
  private static final class Sink {
    private final OutputStream out;
    private final byte[] buffer = new byte[8 * 1024];
    private int used;
    long written;

    Sink(OutputStream out) {
      this.out = out;
    }

    void int16(int v) throws IOException {
      ensure(2);
      buffer[used++] = (byte) v;
      buffer[used++] = (byte) (v >>> 8);
      written += 2;
    }

    void int32(int v) throws IOException {
      ensure(4);
      buffer[used++] = (byte) v;
      buffer[used++] = (byte) (v >>> 8);
      buffer[used++] = (byte) (v >>> 16);
      buffer[used++] = (byte) (v >>> 24);
      written += 4;
    }

    void offset(long v) throws IOException {
      if (v > MAX_32) {
        throw new IOException("package larger than 4 GiB");
      }
      int32((int) v);
    }

    void bytes(byte[] b) throws IOException {
      if (b.length > buffer.length - used) {
        drain();
        out.write(b);
      } else {
        System.arraycopy(b, 0, buffer, used, b.length);
        used += b.length;
      }
      written += b.length;
    }

    private void ensure(int n) throws IOException {
      if (buffer.length - used < n) {
        drain();
      }
    }

    private void drain() throws IOException {
      out.write(buffer, 0, used);
      used = 0;
    }

    /** Writes what is buffered and flushes the caller's stream (which stays open). */
    void flush() throws IOException {
      drain();
      out.flush();
    }
  }
}
