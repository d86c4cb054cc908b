package io.github.jianshi.importer;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document read into source paragraphs, ready for the recogniser: the paragraphs in reading order,
 * what its reader found on the way (tracked changes, tables, skipped text boxes, removed page
 * numbers, the charset used), and a description of the format.
 *
 * <p>When the reader could not read the document at all (not a Word file, encrypted, over a limit),
 * it gives no paragraphs and an error diagnostic saying why; the import then has no report.
 */
@Value.Immutable
public abstract class SourceDocument {
  SourceDocument() {}

  /**
   * The format read, for example {@code text} or {@code docx}.
   *
   * @return the format name
   */
  public abstract String format();

  /**
   * The charset a text source was decoded with (given, from a byte-order mark, or detected).
   *
   * @return the charset name, or empty for formats that carry their own encoding
   */
  public abstract Optional<String> charset();

  /**
   * The paragraphs in reading order.
   *
   * @return an unmodifiable list
   */
  public abstract List<SourceParagraph> paragraphs();

  /**
   * What the reader found: located diagnostics with {@code import.*} codes.
   *
   * @return an unmodifiable list
   */
  public abstract List<Diagnostic> diagnostics();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceDocument}. */
  public static final class Builder extends ImmutableSourceDocument.Builder {
    Builder() {}
  }
}
