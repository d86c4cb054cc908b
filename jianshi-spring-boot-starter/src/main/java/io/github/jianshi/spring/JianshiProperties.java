package io.github.jianshi.spring;

import io.github.jianshi.model.Limits;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code jianshi.*} properties: extra checklists and the limits of the {@code ReportValidator}.
 */
@ConfigurationProperties(prefix = "jianshi")
public class JianshiProperties {
  /**
   * Checklists, as JSON resources (for example {@code classpath:checklists/eleven-topics.json}), known
   * to the validator besides the built-in nine-point checklist and any ChecklistRegistry bean.
   */
  private List<String> checklists = new ArrayList<>();

  /** Largest JSON document accepted, in bytes. */
  private int maxDocumentBytes = Limits.DEFAULT_MAX_DOCUMENT_BYTES;

  /** Deepest nesting of JSON arrays and objects. */
  private int maxDepth = Limits.DEFAULT_MAX_DEPTH;

  /** Longest JSON string, in characters. */
  private int maxStringLength = Limits.DEFAULT_MAX_STRING_LENGTH;

  /** Most elements in one JSON array. */
  private int maxArrayLength = Limits.DEFAULT_MAX_ARRAY_LENGTH;

  /** Most members in one JSON object. */
  private int maxObjectMembers = Limits.DEFAULT_MAX_OBJECT_MEMBERS;

  /** Most diagnostics reported for one document. */
  private int maxDiagnostics = Limits.DEFAULT_MAX_DIAGNOSTICS;

  /** Creates the properties with the library's defaults. */
  public JianshiProperties() {}

  /** @return the checklist resources */
  public List<String> getChecklists() {
    return checklists;
  }

  /** @param checklists the checklist resources */
  public void setChecklists(List<String> checklists) {
    this.checklists = new ArrayList<>(checklists);
  }

  /** @return the largest document, in bytes */
  public int getMaxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** @param maxDocumentBytes the largest document, in bytes */
  public void setMaxDocumentBytes(int maxDocumentBytes) {
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** @return the deepest nesting */
  public int getMaxDepth() {
    return maxDepth;
  }

  /** @param maxDepth the deepest nesting */
  public void setMaxDepth(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** @return the longest string */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /** @param maxStringLength the longest string */
  public void setMaxStringLength(int maxStringLength) {
    this.maxStringLength = maxStringLength;
  }

  /** @return the most array elements */
  public int getMaxArrayLength() {
    return maxArrayLength;
  }

  /** @param maxArrayLength the most array elements */
  public void setMaxArrayLength(int maxArrayLength) {
    this.maxArrayLength = maxArrayLength;
  }

  /** @return the most object members */
  public int getMaxObjectMembers() {
    return maxObjectMembers;
  }

  /** @param maxObjectMembers the most object members */
  public void setMaxObjectMembers(int maxObjectMembers) {
    this.maxObjectMembers = maxObjectMembers;
  }

  /** @return the most diagnostics */
  public int getMaxDiagnostics() {
    return maxDiagnostics;
  }

  /** @param maxDiagnostics the most diagnostics */
  public void setMaxDiagnostics(int maxDiagnostics) {
    this.maxDiagnostics = maxDiagnostics;
  }

  Limits limits() {
    return Limits.builder().maxDocumentBytes(maxDocumentBytes).maxDepth(maxDepth)
        .maxStringLength(maxStringLength).maxArrayLength(maxArrayLength).maxObjectMembers(maxObjectMembers)
        .maxDiagnostics(maxDiagnostics).build();
  }
}
