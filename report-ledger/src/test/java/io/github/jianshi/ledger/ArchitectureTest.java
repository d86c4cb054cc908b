package io.github.jianshi.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** report-ledger uses fastexcel, not POI; its generated classes are hidden; it never reads the clock. */
class ArchitectureTest {
  private static final JavaClasses LEDGER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jianshi.ledger");

  @Test
  void theImportHoldsTheModule() {
    assertThat(LEDGER.contain(Ledgers.class)).isTrue();
    assertThat(LEDGER.contain(RollUpTest.class)).isFalse();
  }

  @Test
  void noPoiAndNoRenderersAtRunTime() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "io.github.jianshi.render..", "io.github.jianshi.docx..")
        .check(LEDGER);
  }

  @Test
  void theClockIsNeverRead() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(LEDGER);
  }

  @Test
  void generatedImplementationsAreHidden() {
    classes().that().haveSimpleNameStartingWith("Immutable").should().notHaveModifier(JavaModifier.PUBLIC)
        .check(LEDGER);
  }
}
