package consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
class SpringBoot4Test {

  @Test
  void theLibraryWorksBesideBootsJackson3() {
    // Boot 4 brings its own Jackson 3; report-model's relocated copy never meets it.
    assertThat(ObjectMapper.class.getName()).isEqualTo("tools.jackson.databind.ObjectMapper");
    assertThat(ConsumerChecks.run()).startsWith("ok");
  }
}
