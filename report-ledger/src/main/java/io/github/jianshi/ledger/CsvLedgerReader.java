package io.github.jianshi.ledger;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.jianshi.core.diagnostic.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV ledger with FastCSV. UTF-8 with or without a byte-order mark; a file that is not valid
 * UTF-8 is read as GB18030 (what Excel and WPS on Chinese Windows write as "CSV"), with an info
 * diagnostic.
 */
final class CsvLedgerReader implements LedgerReader {
  private static final Charset GB18030 = Charset.forName("GB18030");

  @Override
  public LedgerSheet read(byte[] content, String name) {
    SheetBuilder sheet = new SheetBuilder(name);
    String text = decode(content, name, sheet);
    try (CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
        .skipEmptyLines(true).ofCsvRecord(text)) {
      int number = 0;
      for (CsvRecord r : csv) {
        number++;
        List<String> fields = r.getFields();
        if (!sheet.hasHeader()) {
          if (!sheet.header(number, fields)) {
            break;
          }
          continue;
        }
        Map<Integer, Object> cells = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
          cells.put(i, fields.get(i));
        }
        if (!sheet.row(number, cells)) {
          break;
        }
      }
    } catch (CsvParseException e) {
      sheet.fail(LedgerDiagnostics.file("ledger.file.unreadable", Severity.ERROR, name, String.valueOf(e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      sheet.fail(LedgerDiagnostics.file("ledger.file.unreadable", Severity.ERROR, name, String.valueOf(e.getMessage())));
    }
    return sheet.build();
  }

  private static String decode(byte[] content, String name, SheetBuilder sheet) {
    int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
    } catch (CharacterCodingException e) {
      sheet.note(LedgerDiagnostics.file("ledger.file.encoding", Severity.INFO, name));
      return new String(content, GB18030);
    }
  }
}
