package io.github.jianshi.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.jianshi.core.Report;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The sample application with nothing but the starter: submit, reject with problem details, download. */
@SpringBootTest
class SampleApplicationTest {
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Autowired
  WebApplicationContext context;

  @Autowired
  ReportValidator validator;

  MockMvc mvc;
  byte[] realJson;
  Report real;

  @BeforeEach
  void setUp() throws IOException {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
    try (InputStream in = SampleApplicationTest.class.getResourceAsStream("/real-report.json")) {
      realJson = in.readAllBytes();
    }
    real = ReportJson.read(realJson).report().orElseThrow();
  }

  private String submitReal() throws Exception {
    return mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).content(realJson))
        .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
  }

  @Test
  void aValidReportIsAcceptedAndDownloadedInEveryFormat() throws Exception {
    String location = submitReal();
    assertThat(location).startsWith("/reports/");

    mvc.perform(get(location).accept(MediaType.TEXT_PLAIN))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
        .andExpect(content().bytes(Renderers.text().renderToBytes(real)));
    mvc.perform(get(location).accept(MediaType.TEXT_MARKDOWN))
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_MARKDOWN))
        .andExpect(content().bytes(Renderers.markdown().renderToBytes(real)));
    mvc.perform(get(location).accept(MediaType.TEXT_HTML))
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().bytes(Renderers.html().renderToBytes(real)));
    mvc.perform(get(location + "?file=报告.docx").accept(MediaType.parseMediaType(DOCX)))
        .andExpect(content().contentType(DOCX))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
        .andExpect(content().bytes(DocxRenderers.docx().renderToBytes(real)));
    MvcResult json = mvc.perform(get(location).accept(MediaType.APPLICATION_JSON))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)).andReturn();
    assertThat(ReportJson.read(json.getResponse().getContentAsByteArray()).report()).contains(real);
  }

  @Test
  void anInvalidReportGetsProblemDetailsInTheRequestedLanguage() throws Exception {
    String invalid = "{\n  \"schemaVersion\": 1,\n  \"status\": \"final\",\n  \"findings\": 7\n}\n";
    mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN,en;q=0.5")
            .content(invalid.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().is(422))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(422))
        .andExpect(jsonPath("$.title").value("报告未通过校验"))
        .andExpect(jsonPath("$.type").value("https://github.com/jianshi/jianshi/blob/main/docs/diagnostics.md"))
        .andExpect(jsonPath("$.diagnostics[?(@.pointer == '/findings')].line").value(4))
        .andExpect(jsonPath("$.diagnostics[?(@.pointer == '/findings')].column").exists())
        .andExpect(jsonPath("$.diagnostics[?(@.pointer == '/findings')].message").value(
            validator.validate(invalid.getBytes(StandardCharsets.UTF_8)).diagnostics().stream()
                .filter(d -> d.pointer().equals("/findings")).findFirst().orElseThrow()
                .message(java.util.Locale.SIMPLIFIED_CHINESE)));

    mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en-US")
            .content(invalid.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().is(422))
        .andExpect(header().string("Content-Language", "en"))
        .andExpect(jsonPath("$.title").value("Invalid report"));
  }

  @Test
  void malformedJsonIsAProblemWithALocationToo() throws Exception {
    mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).content("{\"schemaVersion\": 1,\n  oops"))
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.diagnostics[0].line").value(2));
  }

  @Test
  void theValidatorKnowsTheChecklistsOfThePropertiesAndTheBuiltInOnes() {
    assertThat(validator.registry().all()).extracting(c -> c.id())
        .contains("rule-of-law-business-environment-nine-whethers", "eleven-topics");
  }
}
