package io.github.jianshi.spring.sample;

import io.github.jianshi.core.Report;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Submission and download of reports (kept in memory: a sample). */
@RestController
class ReportController {
  private final Map<Long, Report> reports = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** A validated report, or a 422 problem+json response with the diagnostics (by the starter). */
  @PostMapping(path = "/reports", consumes = "application/json")
  ResponseEntity<Void> submit(@RequestBody Report report) {
    long id = ids.incrementAndGet();
    reports.put(id, report);
    return ResponseEntity.created(URI.create("/reports/" + id)).build();
  }

  /** The report in the format of the Accept header; {@code ?file=name} makes it a download. */
  @GetMapping("/reports/{id}")
  ResponseEntity<Report> download(@PathVariable("id") long id, @RequestParam(name = "file", required = false) String file) {
    Report report = reports.get(id);
    if (report == null) {
      return ResponseEntity.notFound().build();
    }
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
    if (file != null) {
      ok.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file,
          java.nio.charset.StandardCharsets.UTF_8).build().toString());
    }
    return ok.body(report);
  }
}
