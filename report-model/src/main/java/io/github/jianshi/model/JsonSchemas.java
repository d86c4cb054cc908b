package io.github.jianshi.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled JSON Schemas (draft 2020-12) of the report and the checklist, schema version 1. Front
 * ends validate with the same files (they are portable: standard keywords only, no {@code format},
 * patterns and lengths that mean the same in JavaScript); a server can serve them from here. Copies
 * are in the repository's {@code docs/schema/v1/}.
 */
public final class JsonSchemas {
  private JsonSchemas() {}

  /** The {@code $id} of the report schema; it carries the schema version. */
  public static final String REPORT_SCHEMA_ID = "https://jianshi.github.io/schema/v1/report.schema.json";
  /** The {@code $id} of the checklist schema; it carries the schema version. */
  public static final String CHECKLIST_SCHEMA_ID = "https://jianshi.github.io/schema/v1/checklist.schema.json";
  /** The class-path resource of the report schema. */
  public static final String REPORT_SCHEMA_RESOURCE = "io/github/jianshi/model/schema/v1/report.schema.json";
  /** The class-path resource of the checklist schema. */
  public static final String CHECKLIST_SCHEMA_RESOURCE = "io/github/jianshi/model/schema/v1/checklist.schema.json";

  /**
   * The report schema's text.
   *
   * @return the JSON text of the schema
   * @throws IllegalStateException when the bundled resource is missing (a broken jar)
   */
  public static String reportSchema() {
    return resourceText(REPORT_SCHEMA_RESOURCE);
  }

  /**
   * The checklist schema's text.
   *
   * @return the JSON text of the schema
   * @throws IllegalStateException when the bundled resource is missing (a broken jar)
   */
  public static String checklistSchema() {
    return resourceText(CHECKLIST_SCHEMA_RESOURCE);
  }

  static String resourceText(String resource) {
    // Class, not ClassLoader: finds the resource in this module's own packages on the module path too.
    try (InputStream in = JsonSchemas.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
  }
}
