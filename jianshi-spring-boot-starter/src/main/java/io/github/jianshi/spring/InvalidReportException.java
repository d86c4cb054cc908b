package io.github.jianshi.spring;

import io.github.jianshi.model.ValidatedReport;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A request body that is not a valid report: thrown by the report message converter, turned into an
 * RFC 9457 {@code application/problem+json} response by {@link ReportProblemHandler}.
 */
public class InvalidReportException extends HttpMessageNotReadableException {
  private static final long serialVersionUID = 1L;

  /** Not serialized: the exception travels within one request. */
  private final transient ValidatedReport validated;

  /**
   * Creates the exception.
   *
   * @param validated the validation outcome, with its diagnostics
   * @param input the request body
   */
  public InvalidReportException(ValidatedReport validated, HttpInputMessage input) {
    super("not a valid report: " + validated.diagnostics().size() + " diagnostics", input);
    this.validated = validated;
  }

  /**
   * The validation outcome.
   *
   * @return the outcome, with its diagnostics
   */
  public ValidatedReport validated() {
    return validated;
  }
}
