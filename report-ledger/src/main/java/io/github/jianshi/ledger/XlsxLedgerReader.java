package io.github.jianshi.ledger;

import io.github.jianshi.core.diagnostic.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an XLSX ledger with fastexcel-reader: the sheet named 整改台账, else the first. Dates come from
 * date cells (any date format) or from text; formulas are not evaluated (their cached value is read as
 * text). Before parsing, the archive is inflated once with a cap, so that a zip bomb is refused in
 * bounded time and memory.
 */
final class XlsxLedgerReader implements LedgerReader {
  /** Inflated bytes allowed per compressed byte of the file, and in all. */
  private static final long RATIO = 100;
  private static final long MAX_INFLATED = 512L * 1024 * 1024;

  @Override
  public LedgerSheet read(byte[] content, String name) {
    SheetBuilder sheet = new SheetBuilder(name);
    String bomb = checkInflatedSize(content);
    if (bomb != null) {
      sheet.fail(LedgerDiagnostics.file("ledger.file.unreadable", Severity.ERROR, name, bomb));
      return sheet.build();
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false))) {
      Sheet s = wb.findSheet(XlsxLedgerWriter.SHEET).orElseGet(wb::getFirstSheet);
      try (Stream<Row> rows = s.openStream()) {
        Iterator<Row> it = rows.iterator();
        while (it.hasNext()) {
          Row row = it.next();
          int number = row.getRowNum();
          if (!sheet.hasHeader()) {
            List<String> header = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
              Cell c = row.getCell(i);
              header.add(c == null ? "" : text(c));
            }
            if (header.stream().allMatch(String::isBlank)) {
              continue;
            }
            if (!sheet.header(number, header)) {
              break;
            }
            continue;
          }
          Map<Integer, Object> cells = new HashMap<>();
          for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            if (c != null) {
              cells.put(i, value(c));
            }
          }
          if (!sheet.row(number, cells)) {
            break;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // fastexcel-reader reports malformed workbooks with unchecked exceptions of its own and of StAX
      sheet.fail(LedgerDiagnostics.file("ledger.file.unreadable", Severity.ERROR, name,
          e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    return sheet.build();
  }

  private static Object value(Cell c) {
    switch (c.getType()) {
      case NUMBER -> {
        String format = c.getDataFormatString();
        if (format != null && isDateFormat(format)) {
          return c.asDate().toLocalDate();
        }
        BigDecimal n = c.asNumber();
        return n == null ? null : n.stripTrailingZeros().toPlainString();
      }
      case EMPTY -> {
        return null;
      }
      default -> {
        return text(c);
      }
    }
  }

  private static String text(Cell c) {
    String raw = c.getType() == org.dhatim.fastexcel.reader.CellType.STRING ? c.asString() : c.getRawValue();
    return raw == null ? "" : raw;
  }

  static boolean isDateFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
    return (f.contains("y") || f.contains("d")) && !f.contains("h") && !f.contains("s")
        || f.contains("年") || f.contains("月");
  }

  /** Inflates every entry once, counting; returns why the archive is refused, or null. */
  private static String checkInflatedSize(byte[] content) {
    long cap = Math.min(MAX_INFLATED, Math.max(1, content.length) * RATIO);
    long total = 0;
    byte[] buf = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry e;
      int entries = 0;
      while ((e = zip.getNextEntry()) != null) {
        if (++entries > 10_000) {
          return "too many entries";
        }
        InputStream in = zip;
        int n;
        while ((n = in.read(buf)) > 0) {
          total += n;
          if (total > cap) {
            return "inflates to more than " + cap + " bytes (" + e.getName() + ")";
          }
        }
      }
      return entries == 0 ? "not an XLSX (zip) file" : null;
    } catch (IOException | IllegalArgumentException ex) {
      return "not an XLSX (zip) file: " + ex.getMessage();
    }
  }
}
