package io.github.jianshi.spring;

import io.github.jianshi.core.Report;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import io.github.jianshi.render.Format;
import io.github.jianshi.render.ReportRenderer;
import io.github.jianshi.render.Renderers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads a {@link Report} from a JSON request body through the {@link ReportValidator} (an invalid
 * body throws {@link InvalidReportException}), and writes one as JSON, Word ({@code .docx}), HTML,
 * Markdown or plain text, chosen by the request's {@code Accept} header.
 */
public class ReportHttpMessageConverter extends AbstractHttpMessageConverter<Report> {
  /** The Word media type. */
  public static final MediaType DOCX = MediaType.parseMediaType(Format.DOCX.mediaType());

  private final ReportValidator validator;

  /**
   * Creates the converter.
   *
   * @param validator validates every report read
   */
  public ReportHttpMessageConverter(ReportValidator validator) {
    super(MediaType.APPLICATION_JSON, DOCX, MediaType.TEXT_HTML, MediaType.TEXT_MARKDOWN, MediaType.TEXT_PLAIN);
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    return Report.class.isAssignableFrom(clazz);
  }

  @Override
  protected boolean canRead(MediaType mediaType) {
    return mediaType == null || MediaType.APPLICATION_JSON.includes(mediaType);
  }

  @Override
  protected Report readInternal(Class<? extends Report> clazz, HttpInputMessage input) throws IOException {
    ValidatedReport validated = validator.validate(input.getBody());
    if (!validated.isValid() || validated.report().isEmpty()) {
      throw new InvalidReportException(validated, input);
    }
    return validated.report().get();
  }

  @Override
  protected MediaType getDefaultContentType(Report report) {
    return MediaType.APPLICATION_JSON;
  }

  @Override
  protected void writeInternal(Report report, HttpOutputMessage output) throws IOException {
    MediaType type = output.getHeaders().getContentType();
    OutputStream out = output.getBody();
    if (type == null || MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
      ReportJson.write(report, out);
      return;
    }
    renderer(type).render(report, out);
  }

  private static ReportRenderer renderer(MediaType type) {
    for (ReportRenderer r : List.of(DocxRenderers.docx(), Renderers.html(), Renderers.markdown(), Renderers.text())) {
      if (MediaType.parseMediaType(r.format().mediaType()).isCompatibleWith(type)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no renderer for " + type);
  }
}
