/**
 * The renderer interface and the plain-text (公文), Markdown and HTML renderers.
 */
@SuppressWarnings("requires-automatic") // org.immutables.value.annotations
module io.github.jianshi.render {
  requires transitive io.github.jianshi.core;
  // Immutables annotations: compile time only (not transitive, so consumers never need them).
  requires static org.immutables.value.annotations;
  requires owasp.encoder; // the OWASP Java Encoder's module name (its module-info, not its manifest)

  exports io.github.jianshi.render;
}
