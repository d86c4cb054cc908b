/**
 * Spring Boot auto-configuration for Jianshi: a {@link io.github.jianshi.model.ReportValidator} bean
 * ({@link io.github.jianshi.spring.JianshiAutoConfiguration}, {@code jianshi.*} properties), and in a
 * Spring MVC application the report message converter and RFC 9457 problem details for invalid
 * reports ({@link io.github.jianshi.spring.JianshiWebMvcAutoConfiguration}).
 */
package io.github.jianshi.spring;
