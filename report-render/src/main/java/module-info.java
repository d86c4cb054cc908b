/**
 * The renderer interface and the plain-text (公文), Markdown and HTML renderers.
 */
// requires-automatic: org.immutables.value.annotations; module: io.github.jianshi.docx, to which the spi
// package is exported, is built after this module
@SuppressWarnings({"requires-automatic", "module"})
module io.github.jianshi.render {
  requires transitive io.github.jianshi.core;
  // Immutables annotations: compile time only (not transitive, so consumers never need them).
  requires static org.immutables.value.annotations;
  requires owasp.encoder; // the OWASP Java Encoder's module name (its module-info, not its manifest)

  exports io.github.jianshi.render;
  // The layout the renderers share, for report-docx's Word renderer only: not for applications.
  exports io.github.jianshi.render.spi to io.github.jianshi.docx;
}
