package io.github.jianshi.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A zip archive held in memory, read from its central directory, whose entries are inflated through
 * streams that count what they produce: the total against {@link Budget}, and the ratio of each
 * entry's output to its compressed size. Nothing is inflated before it is asked for, and nothing is
 * trusted from the declared sizes, so a zip bomb stops after at most the budget's bytes.
 */
final class ZipArchive {
  /** Output below this size is never refused for its ratio (POI's ZipSecureFile has the same grace). */
  static final long RATIO_GRACE_BYTES = 100 * 1024;

  private static final int EOCD = 0x06054b50;
  private static final int ZIP64_EOCD = 0x06064b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;

  private final byte[] data;
  private final Map<String, Entry> entries;

  private ZipArchive(byte[] data, Map<String, Entry> entries) {
    this.data = data;
    this.entries = entries;
  }

  /** One entry as the central directory describes it. */
  record Entry(String name, int method, boolean encrypted, long compressedSize, long size, long localOffset) {}

  /** The archive is not a zip, or is damaged. */
  static final class BadZipException extends Exception {
    private static final long serialVersionUID = 1L;

    BadZipException(String message) {
      super(message, null, false, false);
    }
  }

  /** Too much output: a limit of {@link Budget} was reached. */
  static final class ExpansionException extends IOException {
    private static final long serialVersionUID = 1L;
    final String entry;
    final boolean ratio;

    ExpansionException(String entry, boolean ratio) {
      super("zip entry " + entry + (ratio ? " expands too much" : " exceeds the expanded bytes limit"));
      this.entry = entry;
      this.ratio = ratio;
    }
  }

  /** How many bytes may still be inflated, over all entries, and the highest ratio per entry. */
  static final class Budget {
    private long remaining;
    private final long maxRatio;
    /** The entry that went over a limit (the XML parser does not keep the exception as a cause). */
    private String exceededBy;

    Budget(long maxExpandedBytes, long maxRatio) {
      this.remaining = maxExpandedBytes;
      this.maxRatio = maxRatio;
    }

    /** The name of the entry that went over a limit, or null. */
    String exceededBy() {
      return exceededBy;
    }

    private ExpansionException exceeded(String entry, boolean ratio) {
      exceededBy = entry;
      return new ExpansionException(entry, ratio);
    }
  }

  static ZipArchive read(byte[] data) throws BadZipException {
    int eocd = findEndOfCentralDirectory(data);
    if (eocd < 0) {
      throw new BadZipException("no end of central directory");
    }
    long count = u16(data, eocd + 10);
    long cdOffset = u32(data, eocd + 16);
    if (count == 0xFFFF || cdOffset == 0xFFFFFFFFL) {
      int locator = eocd - 20;
      if (locator < 0 || i32(data, locator) != ZIP64_LOCATOR) {
        throw new BadZipException("zip64 locator missing");
      }
      long z64 = u64(data, locator + 8);
      if (z64 < 0 || z64 > data.length - 56 || i32(data, (int) z64) != ZIP64_EOCD) {
        throw new BadZipException("zip64 end of central directory missing");
      }
      count = u64(data, (int) z64 + 32);
      cdOffset = u64(data, (int) z64 + 48);
    }
    if (cdOffset < 0 || cdOffset > data.length || count < 0 || count > data.length / 46) {
      throw new BadZipException("bad central directory");
    }
    Map<String, Entry> entries = new HashMap<>();
    int p = (int) cdOffset;
    for (long i = 0; i < count; i++) {
      if (p + 46 > data.length || i32(data, p) != CENTRAL) {
        throw new BadZipException("bad central directory entry");
      }
      int flags = u16(data, p + 8);
      int method = u16(data, p + 10);
      long csize = u32(data, p + 20);
      long usize = u32(data, p + 24);
      int nameLen = u16(data, p + 28);
      int extraLen = u16(data, p + 30);
      int commentLen = u16(data, p + 32);
      long local = u32(data, p + 42);
      int end = p + 46 + nameLen + extraLen + commentLen;
      if (end > data.length) {
        throw new BadZipException("truncated central directory");
      }
      String name = new String(data, p + 46, nameLen, StandardCharsets.UTF_8);
      if (usize == 0xFFFFFFFFL || csize == 0xFFFFFFFFL || local == 0xFFFFFFFFL) {
        int x = p + 46 + nameLen;
        int xEnd = x + extraLen;
        while (x + 4 <= xEnd) {
          int id = u16(data, x);
          int len = u16(data, x + 2);
          int q = x + 4;
          if (id == 0x0001) {
            if (usize == 0xFFFFFFFFL && q + 8 <= xEnd) {
              usize = u64(data, q);
              q += 8;
            }
            if (csize == 0xFFFFFFFFL && q + 8 <= xEnd) {
              csize = u64(data, q);
              q += 8;
            }
            if (local == 0xFFFFFFFFL && q + 8 <= xEnd) {
              local = u64(data, q);
            }
            break;
          }
          x = q + len;
        }
      }
      if (csize < 0 || local < 0 || local > data.length || csize > data.length) {
        throw new BadZipException("bad entry " + name);
      }
      String key = normalise(name);
      entries.putIfAbsent(key, new Entry(name, method, (flags & 1) != 0, csize, usize, local));
      p = end;
    }
    return new ZipArchive(data, entries);
  }

  /** Part names of OPC are case-insensitive and have no leading slash. */
  static String normalise(String name) {
    String n = name.replace('\\', '/');
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    return n.toLowerCase(Locale.ROOT);
  }

  Optional<Entry> entry(String name) {
    return Optional.ofNullable(entries.get(normalise(name)));
  }

  boolean hasEntryStartingWith(String prefix) {
    String p = normalise(prefix);
    return entries.keySet().stream().anyMatch(k -> k.startsWith(p));
  }

  int size() {
    return entries.size();
  }

  /**
   * The bytes of an entry, inflated while counting against the budget.
   *
   * @throws BadZipException when the entry cannot be read (unknown method, encrypted, out of bounds)
   * @throws ExpansionException (from reads) when the budget or the ratio is exceeded
   */
  InputStream open(Entry e, Budget budget) throws BadZipException {
    if (e.encrypted()) {
      throw new BadZipException("encrypted entry " + e.name());
    }
    if (e.size() > budget.remaining) {
      // declared larger than what may still be read: refuse before inflating anything
      budget.remaining = -1;
      return new InputStream() {
        @Override
        public int read() throws IOException {
          throw budget.exceeded(e.name(), false);
        }
      };
    }
    int p = (int) e.localOffset();
    if (p + 30 > data.length || i32(data, p) != LOCAL) {
      throw new BadZipException("bad local header " + e.name());
    }
    long start = (long) p + 30 + u16(data, p + 26) + u16(data, p + 28);
    if (start + e.compressedSize() > data.length) {
      throw new BadZipException("truncated entry " + e.name());
    }
    InputStream raw = new ByteArrayInputStream(data, (int) start, (int) e.compressedSize());
    InputStream in;
    if (e.method() == 0) {
      in = raw;
    } else if (e.method() == 8) {
      Inflater inflater = new Inflater(true);
      in = new InflaterInputStream(raw, inflater, 8192) {
        private boolean ended;

        @Override
        public void close() throws IOException {
          if (!ended) {
            ended = true;
            inflater.end();
          }
          super.close();
        }
      };
    } else {
      throw new BadZipException("unsupported compression method " + e.method() + " of " + e.name());
    }
    return new Counting(in, e, budget);
  }

  /** Counts inflated bytes against the budget and the entry's ratio. */
  private static final class Counting extends FilterInputStream {
    private final Entry entry;
    private final Budget budget;
    private long produced;

    Counting(InputStream in, Entry entry, Budget budget) {
      super(in);
      this.entry = entry;
      this.budget = budget;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws ExpansionException {
      produced += n;
      budget.remaining -= n;
      if (budget.remaining < 0) {
        throw budget.exceeded(entry.name(), false);
      }
      if (produced > RATIO_GRACE_BYTES && produced > budget.maxRatio * Math.max(1, entry.compressedSize())) {
        throw budget.exceeded(entry.name(), true);
      }
    }
  }

  private static int findEndOfCentralDirectory(byte[] d) {
    int min = Math.max(0, d.length - 22 - 0xFFFF);
    for (int i = d.length - 22; i >= min; i--) {
      if (i32(d, i) == EOCD) {
        return i;
      }
    }
    return -1;
  }

  private static int u16(byte[] d, int i) {
    return (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8;
  }

  private static int i32(byte[] d, int i) {
    return (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8 | (d[i + 2] & 0xFF) << 16 | (d[i + 3] & 0xFF) << 24;
  }

  private static long u32(byte[] d, int i) {
    return i32(d, i) & 0xFFFFFFFFL;
  }

  private static long u64(byte[] d, int i) {
    if (i + 8 > d.length) {
      return -1;
    }
    return u32(d, i) | u32(d, i + 4) << 32;
  }
}
