package io.github.jianshi.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.PublicApi;
import org.junit.jupiter.api.Test;

/**
 * The public types of jianshi-spring-boot-starter are exactly these: a type becomes public API only by being added
 * here. Everything else stays package-private.
 */
class PublicApiTest {
  @Test
  void thePublicTypesAreExactlyTheAllowedOnes() {
    assertThat(PublicApi.typesOf(JianshiAutoConfiguration.class)).containsExactlyInAnyOrder(
        // the auto-configurations Spring Boot loads by name (AutoConfiguration.imports), and their beans
        JianshiAutoConfiguration.class,
        JianshiWebMvcAutoConfiguration.class,
        JianshiProperties.class,
        ReportHttpMessageConverter.class,
        ReportProblemHandler.class,
        InvalidReportException.class);
  }
}
