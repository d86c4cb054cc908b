package io.github.jianshi.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook written by fastexcel deterministic: fastexcel stamps {@code docProps/core.xml} with
 * the current time ({@code dcterms:created}); this copies the archive entry by entry, drops that
 * element (it is optional) and gives every entry the same fixed time, so that the same ledger gives
 * the same bytes whatever the clock and the time zone.
 */
final class StableZip {
  private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

  private StableZip() {}

  /**
   * Writes a workbook through {@code writer} to a temporary file, then copies it to {@code out} made
   * stable. (The archive is read through its central directory: fastexcel writes sizes only there.)
   */
  static void write(WorkbookWriter writer, OutputStream out) throws IOException {
    Path temp = Files.createTempFile("jianshi-ledger", ".xlsx");
    try {
      try (OutputStream file = Files.newOutputStream(temp)) {
        writer.write(file);
      }
      copy(temp, out);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes a workbook to a stream. */
  interface WorkbookWriter {
    void write(OutputStream out) throws IOException;
  }

  static void copy(Path zipFile, OutputStream out) throws IOException {
    try (ZipFile in = new ZipFile(zipFile.toFile())) {
      ZipOutputStream z = new ZipOutputStream(new CsvLedgerWriter.NonClosing(out));
      byte[] buf = new byte[16 * 1024];
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED);
        z.putNextEntry(copy);
        try (InputStream data = in.getInputStream(e)) {
          if (e.getName().equals("docProps/core.xml")) {
            String xml = new String(data.readAllBytes(), StandardCharsets.UTF_8);
            z.write(xml.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
                .getBytes(StandardCharsets.UTF_8));
          } else {
            int n;
            while ((n = data.read(buf)) > 0) {
              z.write(buf, 0, n);
            }
          }
        }
        z.closeEntry();
      }
      z.finish();
      z.flush();
    }
  }
}
