package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlainConsumerTest {

  @Test
  void theLibraryWorks() {
    assertTrue(ConsumerChecks.run().startsWith("ok"));
  }

  @Test
  void theBomGivesTheVersionsTheBuildTestsWith() {
    List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(p -> new File(p).getName()).collect(Collectors.toList());
    String expected = System.getProperty("jianshi.expectedVersions");
    assertTrue(expected != null && !expected.isBlank(), "expected versions passed by the build");
    for (String artifact : expected.split(",")) {
      assertTrue(jars.contains(artifact + ".jar"), artifact + ".jar on the class path: " + jars);
    }
  }

  @Test
  void noJacksonOrNetworkntOnTheClassPath() {
    // report-model carries them relocated; a JSON-only consumer gets neither them nor YAML.
    String path = System.getProperty("java.class.path");
    for (String name : new String[] {"jackson", "json-schema-validator", "snakeyaml", "itu-"}) {
      assertEquals(-1, path.indexOf(name), name + " in " + path);
    }
  }
}
