package io.github.jianshi.importer;

/** How an import chooses the checklist that the imported report answers. */
public enum ImportMode {
  /**
   * Match the document's subsection headings against the checklists of the registry and take the
   * best one when the match is clear; otherwise infer an ad-hoc checklist from the document.
   */
  AUTO,
  /** Always infer an ad-hoc checklist from the document's own headings. */
  INFER
}
