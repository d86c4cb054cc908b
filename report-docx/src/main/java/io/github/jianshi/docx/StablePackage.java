package io.github.jianshi.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Office Open XML package (a zip) so that the same parts always give the same bytes.
 *
 * <p>Apache POI stamps every zip entry with the current time. This class copies the entries in a
 * fixed order ({@code [Content_Types].xml} first, then {@code _rels/.rels}, then the other parts by
 * name) and gives each the same local date and time, {@link #ENTRY_TIME}. A local date-time (not an
 * instant) is what the zip format stores, so the result does not depend on the default time zone.
 */
final class StablePackage {
  private StablePackage() {}

  /**
   * The time stamp of every entry: 2000-01-01 00:00. Not 1980-01-01 00:00: {@link ZipEntry} treats
   * that value as "before 1980" and adds an extended time stamp computed in the default time zone.
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

  private record Entry(String name, byte[] data) {}

  /**
   * Copies a package with fixed entry order and times.
   *
   * @param zip the package as written by POI
   * @param out where to write the stable package; not closed
   * @throws IOException when writing fails
   */
  static void rewrite(byte[] zip, OutputStream out) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.add(new Entry(e.getName(), in.readAllBytes()));
        }
      }
    }
    entries.sort(Comparator.comparing(Entry::name, ENTRY_ORDER));
    try (ZipOutputStream zipOut = new ZipOutputStream(new NonClosing(out))) {
      zipOut.setMethod(ZipOutputStream.DEFLATED);
      for (Entry e : entries) {
        ZipEntry entry = new ZipEntry(e.name());
        entry.setTimeLocal(ENTRY_TIME);
        zipOut.putNextEntry(entry);
        zipOut.write(e.data());
        zipOut.closeEntry();
      }
    }
  }

  /** Lets the zip stream be closed (which finishes it) without closing the caller's stream. */
  private static final class NonClosing extends OutputStream {
    private final OutputStream out;

    NonClosing(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {
      // the caller closes its own stream
    }
  }
}
