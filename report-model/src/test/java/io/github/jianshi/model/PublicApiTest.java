package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.PublicApi;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public API is exactly the allowed types, and Jackson and networknt stay out of it. */
class PublicApiTest {
  private static final List<Class<?>> PUBLIC = List.of(ReportJson.class, ReportValidator.class,
      ReportValidator.Builder.class, ValidatedReport.class, ValidatedChecklist.class, Limits.class,
      Limits.Builder.class, DiagnosticExport.class, JsonSchemas.class);

  @Test
  void noJacksonOrNetworkntTypeInAnyPublicSignature() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : PUBLIC) {
      for (Method m : c.getMethods()) {
        if (m.getDeclaringClass() == Object.class) {
          continue;
        }
        List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
        types.add(m.getGenericReturnType());
        types.addAll(List.of(m.getGenericExceptionTypes()));
        for (Type t : types) {
          if (t.getTypeName().startsWith("tools.jackson") || t.getTypeName().contains("networknt")
              || t.getTypeName().contains("com.fasterxml")) {
            leaks.add(c.getSimpleName() + "." + m.getName() + ": " + t.getTypeName());
          }
        }
      }
      for (Constructor<?> k : c.getConstructors()) {
        leaks.add("public constructor " + k);
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void thePublicTypesAreExactlyTheAllowedOnes() {
    // A type becomes public API only by being added to PUBLIC.
    assertThat(PublicApi.typesOf(ReportJson.class)).containsExactlyInAnyOrderElementsOf(PUBLIC);
  }
}
