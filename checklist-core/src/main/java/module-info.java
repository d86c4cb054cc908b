/**
 * Jianshi's domain: checklists, reports, the built-in nine-point checklist, Chinese numbering,
 * conformance rules and diagnostics. Needs only the JDK at run time.
 */
@SuppressWarnings("requires-automatic") // org.immutables.value.annotations
module io.github.jianshi.core {
  // Immutables annotations: compile time only (not transitive, so consumers never need them).
  requires static org.immutables.value.annotations;

  exports io.github.jianshi.core;
  exports io.github.jianshi.core.conformance;
  exports io.github.jianshi.core.diagnostic;
  exports io.github.jianshi.core.ledger;
  exports io.github.jianshi.core.numbering;
}
