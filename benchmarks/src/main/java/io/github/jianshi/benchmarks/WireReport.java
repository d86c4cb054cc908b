package io.github.jianshi.benchmarks;

import java.time.LocalDate;
import java.util.List;

/**
 * The baseline's target: plain records that mirror the JSON form, bound by Jackson without any check
 * (no schema, no conformance, enum ids kept as strings, no immutable domain objects).
 *
 * @param schemaVersion the format version
 * @param checklist the checklist reference
 * @param title the title
 * @param author the author
 * @param date the date
 * @param status the status id
 * @param headings the section headings
 * @param preamble the preamble paragraphs
 * @param findings the findings
 * @param causes the causes
 * @param measures the measures
 * @param closing the closing paragraphs
 */
public record WireReport(int schemaVersion, Ref checklist, String title, Author author, LocalDate date,
    String status, Headings headings, List<String> preamble, List<Finding> findings, List<Item> causes,
    List<Item> measures, List<String> closing) {

  /**
   * The checklist reference.
   *
   * @param id the id
   * @param version the version
   * @param hash the content hash
   */
  public record Ref(String id, String version, String hash) {}

  /**
   * The author.
   *
   * @param name the name
   * @param position the position
   * @param organization the organisation
   */
  public record Author(String name, String position, String organization) {}

  /**
   * The section headings.
   *
   * @param problems the problems heading
   * @param causes the causes heading
   * @param measures the measures heading
   */
  public record Headings(String problems, String causes, String measures) {}

  /**
   * A finding.
   *
   * @param checkpoint the checkpoint id
   * @param verdict the verdict id
   * @param heading the heading
   * @param body paragraphs of segments
   */
  public record Finding(String checkpoint, String verdict, String heading, List<List<Segment>> body) {}

  /**
   * A segment.
   *
   * @param kind the kind id
   * @param text the text
   */
  public record Segment(String kind, String text) {}

  /**
   * A cause or a measure.
   *
   * @param headline the headline
   * @param text the text
   * @param checkpoints linked checkpoint ids
   * @param owner the owner
   * @param due the due date
   * @param kind the kind id
   * @param status the status id
   */
  public record Item(String headline, String text, List<String> checkpoints, String owner, LocalDate due,
      String kind, String status) {}
}
