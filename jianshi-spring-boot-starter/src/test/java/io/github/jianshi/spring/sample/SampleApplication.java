package io.github.jianshi.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A sample application: officials submit reports as JSON and download them as Word, HTML, Markdown
 * or text. All it needs from Jianshi is the starter on the class path.
 */
@SpringBootApplication
public class SampleApplication {
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
