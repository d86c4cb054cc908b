package io.github.jianshi.core.ledger;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Report;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Stable ledger entry ids: {@code <report key>#M<nn>}, where {@code nn} is the measure's 1-based
 * position in its report, written with at least two digits ({@code #M03}, {@code #M12}).
 *
 * <p>The report key is the report's {@link Report#id() id} when it has one. Otherwise it is
 * {@code h} followed by the first 12 hexadecimal digits of the SHA-256 of the UTF-8 bytes of these
 * fields, each followed by a unit separator (U+001F), absent ones as empty strings:
 * {@code jianshi-ledger-1}, the checklist id, the checklist version, the author's name, the author's
 * organisation, the report date ({@code yyyy-MM-dd}) and the title. The text of findings and measures
 * is not hashed, so editing it (in the report or in a spreadsheet) keeps the ids; changing one of the
 * hashed fields, or inserting a measure before others, changes them. Give reports an id to be safe.
 *
 * <p>Why the position and not the measure's content: a ledger goes back and forth through
 * spreadsheets, where people correct the wording of measures; the position stays. The {@code #M} part
 * keeps spreadsheets from reading an id such as {@code 2024-03} as a date or a number.
 */
public final class LedgerIds {
  private LedgerIds() {}

  /**
   * The key of a report: its id, or a hash of its stable fields (see the class description).
   *
   * @param report the report
   * @return the key
   */
  public static String reportKey(Report report) {
    Objects.requireNonNull(report, "report");
    if (report.id().isPresent() && !report.id().get().isBlank()) {
      return report.id().get();
    }
    StringBuilder s = new StringBuilder();
    field(s, "jianshi-ledger-1");
    field(s, report.checklist().id());
    field(s, report.checklist().version());
    field(s, report.author().flatMap(Author::name).orElse(""));
    field(s, report.author().flatMap(Author::organization).orElse(""));
    field(s, report.date().map(Object::toString).orElse(""));
    field(s, report.title().orElse(""));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return "h" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * The id of the entry for a measure.
   *
   * @param reportKey the report's key
   * @param ordinal the measure's 1-based position
   * @return for example {@code 2024-xz-007#M03}
   */
  public static String entryId(String reportKey, int ordinal) {
    Objects.requireNonNull(reportKey, "reportKey");
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinal must be 1 or more: " + ordinal);
    }
    // as String.format("%02d") would write it, without a Formatter per entry
    return reportKey + (ordinal < 10 ? "#M0" : "#M") + ordinal;
  }

  private static void field(StringBuilder s, String value) {
    s.append(value).append('\u001f');
  }
}
