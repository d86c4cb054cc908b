/**
 * The JSON wire format of reports and checklists, their JSON Schemas, and the validation facade.
 *
 * <p>Jackson 3 and networknt are relocated into this module's jar (packages under
 * {@code io.github.jianshi.model.internal.shaded}, not exported); they are required here only
 * {@code static}, for compiling. networknt logs through SLF4J, which stays a real dependency.
 */
@SuppressWarnings("requires-automatic") // org.immutables.value.annotations
module io.github.jianshi.model {
  requires transitive io.github.jianshi.core;
  // Immutables annotations: compile time only (not transitive, so consumers never need them).
  requires static org.immutables.value.annotations;
  requires static tools.jackson.core;
  requires static tools.jackson.databind;
  requires static com.networknt.schema;
  requires org.slf4j;
  // What the relocated jackson-databind requires of the JDK (as its own module-info says).
  requires java.xml;
  requires static java.desktop;
  requires static java.sql;
  requires static java.sql.rowset;

  exports io.github.jianshi.model;
}
