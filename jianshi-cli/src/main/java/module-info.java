/**
 * The {@code jianshi} command-line tool. It exports nothing: run it with
 * {@code java -m io.github.jianshi.cli/io.github.jianshi.cli.Jianshi} or as the self-contained
 * {@code jianshi.jar}. picocli reads the commands' annotated fields by reflection, hence the
 * qualified {@code opens}.
 */
@SuppressWarnings("requires-automatic") // org.immutables.value.annotations
module io.github.jianshi.cli {
  requires io.github.jianshi.core;
  requires io.github.jianshi.model;
  requires io.github.jianshi.render;
  requires io.github.jianshi.docx;
  requires io.github.jianshi.importer;
  requires io.github.jianshi.ledger;
  requires info.picocli;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  // Immutables annotations: compile time only.
  requires static org.immutables.value.annotations;

  opens io.github.jianshi.cli to info.picocli;
}
