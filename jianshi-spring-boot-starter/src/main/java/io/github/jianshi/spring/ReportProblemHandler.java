package io.github.jianshi.spring;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.model.DiagnosticExport;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Turns an {@link InvalidReportException} into an RFC 9457 {@code application/problem+json} response
 * (status 422) whose {@code diagnostics} member lists each diagnostic's code, severity, JSON Pointer,
 * line, column and message. Messages are in Chinese (zh-CN) or English, as the request's
 * {@code Accept-Language} prefers; Chinese when it names neither (never the server's default locale).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReportProblemHandler {
  /** 422 Unprocessable Content (RFC 9110), named differently by Spring 6 and 7. */
  private static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);

  /** Creates the handler (the auto-configuration does). */
  public ReportProblemHandler() {}

  /**
   * The problem details of an invalid report.
   *
   * @param e the exception
   * @param request the request, for its {@code Accept-Language}
   * @return the response
   */
  @ExceptionHandler(InvalidReportException.class)
  public ResponseEntity<ProblemDetail> invalidReport(InvalidReportException e, WebRequest request) {
    Locale locale = locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    boolean zh = locale.getLanguage().equals("zh");
    List<Diagnostic> diagnostics = e.validated().diagnostics();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(UNPROCESSABLE,
        zh ? "报告未通过校验：" + diagnostics.size() + " 条问题。"
            : "The report is not valid: " + diagnostics.size() + " diagnostics.");
    problem.setType(URI.create(DiagnosticExport.HELP_URI));
    problem.setTitle(zh ? "报告未通过校验" : "Invalid report");
    problem.setProperty("diagnostics", diagnostics.stream().map(d -> describe(d, locale)).toList());
    return ResponseEntity.status(UNPROCESSABLE)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static Map<String, Object> describe(Diagnostic d, Locale locale) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", d.code());
    out.put("severity", d.severity().id());
    out.put("pointer", d.pointer());
    d.line().ifPresent(l -> out.put("line", l));
    d.column().ifPresent(c -> out.put("column", c));
    out.put("message", d.message(locale));
    return out;
  }

  /** The first of zh and en in the header's preference order; zh-CN when neither or no header. */
  static Locale locale(String acceptLanguage) {
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          String tag = range.getRange();
          if (tag.equals("en") || tag.startsWith("en-")) {
            return Locale.ENGLISH;
          }
          if (tag.equals("zh") || tag.startsWith("zh-")) {
            return Locale.SIMPLIFIED_CHINESE;
          }
        }
      } catch (IllegalArgumentException malformed) {
        // a malformed header is no preference
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }
}
