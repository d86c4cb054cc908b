package io.github.jianshi.spring;

import io.github.jianshi.model.ReportValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * In a Spring MVC application: the {@link ReportHttpMessageConverter} (a converter bean, which Spring
 * Boot puts before its own converters) and the {@link ReportProblemHandler}.
 */
@AutoConfiguration(after = JianshiAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class JianshiWebMvcAutoConfiguration {

  /** Creates the auto-configuration (Spring does). */
  public JianshiWebMvcAutoConfiguration() {}

  /**
   * The report converter.
   *
   * @param validator the validator
   * @return the converter
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportHttpMessageConverter reportHttpMessageConverter(ReportValidator validator) {
    return new ReportHttpMessageConverter(validator);
  }

  /**
   * The problem-details handler.
   *
   * @return the handler
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportProblemHandler reportProblemHandler() {
    return new ReportProblemHandler();
  }
}
