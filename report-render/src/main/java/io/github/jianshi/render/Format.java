package io.github.jianshi.render;

/** The output formats. */
public enum Format {
  /** Plain text in the style of official documents (公文), UTF-8, LF line ends. */
  TEXT("text/plain; charset=UTF-8", "txt"),
  /** CommonMark. */
  MARKDOWN("text/markdown; charset=UTF-8", "md"),
  /** HTML5, a standalone page or a fragment. */
  HTML("text/html; charset=UTF-8", "html"),
  /** Word (Office Open XML), laid out per GB/T 9704-2012. */
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

  private final String mediaType;
  private final String extension;

  Format(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /**
   * The media type of the output.
   *
   * @return for example {@code text/markdown; charset=UTF-8}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The usual file name extension, without the dot.
   *
   * @return for example {@code md}
   */
  public String extension() {
    return extension;
  }
}
