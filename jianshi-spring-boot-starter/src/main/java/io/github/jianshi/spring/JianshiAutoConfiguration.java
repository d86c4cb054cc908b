package io.github.jianshi.spring;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.model.ReportJson;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedChecklist;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configures a shared, thread-safe {@link ReportValidator}: it knows the built-in checklists,
 * every checklist of the application's {@link ChecklistRegistry} beans, and the JSON checklists named
 * by {@code jianshi.checklists}; its limits come from {@code jianshi.*}. An application's own
 * {@code ReportValidator} bean replaces it.
 */
@AutoConfiguration
@EnableConfigurationProperties(JianshiProperties.class)
public class JianshiAutoConfiguration {

  /** Creates the auto-configuration (Spring does). */
  public JianshiAutoConfiguration() {}

  /**
   * The validator.
   *
   * @param properties the {@code jianshi.*} properties
   * @param registries the application's checklist registries
   * @param resources loads the {@code jianshi.checklists} resources
   * @return the validator
   * @throws IllegalStateException when a {@code jianshi.checklists} resource is missing or not a valid
   *     checklist (the application does not start, with the checklist's diagnostics in the message)
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportValidator reportValidator(JianshiProperties properties,
      ObjectProvider<ChecklistRegistry> registries, ResourceLoader resources) {
    ChecklistRegistry registry = ChecklistRegistry.builtIn();
    for (ChecklistRegistry r : registries.orderedStream().toList()) {
      for (Checklist c : r.all()) {
        registry = registry.with(c);
      }
    }
    for (String location : properties.getChecklists()) {
      registry = registry.with(load(resources.getResource(location), location));
    }
    return ReportValidator.builder().registry(registry).limits(properties.limits()).build();
  }

  private static Checklist load(Resource resource, String location) {
    if (!resource.exists()) {
      throw new IllegalStateException("jianshi.checklists: no resource " + location);
    }
    byte[] json;
    try (InputStream in = resource.getInputStream()) {
      json = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("jianshi.checklists: cannot read " + location, e);
    }
    ValidatedChecklist read = ReportJson.readChecklist(json);
    return read.checklist().orElseThrow(() -> new IllegalStateException(
        "jianshi.checklists: " + location + " is not a valid checklist:\n"
            + read.result().describe(Locale.ENGLISH)));
  }
}
