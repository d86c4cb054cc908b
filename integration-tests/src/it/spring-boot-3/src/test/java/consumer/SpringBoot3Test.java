package consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SpringBoot3Test {

  @Test
  void theLibraryWorksBesideBootsJackson2() {
    // The situation of issue 12: Boot 3.5 manages jackson-annotations 2.19, which lacks what Jackson 3
    // needs (JsonSerializeAs). report-model must not use these annotations.
    assertThat(JsonInclude.class.getPackage().getImplementationVersion()).startsWith("2.19");
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(ConsumerChecks.run()).startsWith("ok");
  }
}
