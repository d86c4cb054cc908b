/**
 * Import of existing reports into the report model. Needs only the JDK at run time.
 */
@SuppressWarnings("requires-automatic") // org.immutables.value.annotations
module io.github.jianshi.importer {
  requires transitive io.github.jianshi.core;
  // Immutables annotations: compile time only (not transitive, so consumers never need them).
  requires static org.immutables.value.annotations;

  exports io.github.jianshi.importer;
}
