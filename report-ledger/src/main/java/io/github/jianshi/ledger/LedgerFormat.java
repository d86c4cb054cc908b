package io.github.jianshi.ledger;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of a ledger. */
public enum LedgerFormat {
  /** Comma-separated values (RFC 4180), UTF-8, by default with a byte-order mark. */
  CSV("csv"),
  /** An Office Open XML workbook. */
  XLSX("xlsx");

  private final String extension;

  LedgerFormat(String extension) {
    this.extension = extension;
  }

  /**
   * The file name extension, without the dot.
   *
   * @return {@code csv} or {@code xlsx}
   */
  public String extension() {
    return extension;
  }

  /**
   * The format a file name's extension names, case-insensitively.
   *
   * @param file the file
   * @return the format, or empty for another extension
   */
  public static Optional<LedgerFormat> of(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (LedgerFormat f : values()) {
      if (n.endsWith("." + f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
