package io.github.jianshi.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.testing.SampleReports;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** checklist-core needs only the JDK at run time, and its packages form no cycle. */
class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jianshi.core");

  @Test
  void theImportHoldsTheCorePackagesAndNoTests() {
    for (String pkg : new String[] {"io.github.jianshi.core", "io.github.jianshi.core.numbering",
        "io.github.jianshi.core.diagnostic", "io.github.jianshi.core.conformance",
        "io.github.jianshi.core.ledger"}) {
      assertThat(CORE.containPackage(pkg)).as(pkg).isTrue();
    }
    assertThat(CORE.contain(SampleReports.class)).isFalse();
  }

  @Test
  void coreDependsOnTheJdkOnly() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.github.jianshi.core..", "org.immutables.value..")
        .check(CORE);
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..", "com.networknt..", "org.apache.poi..")
        .check(CORE);
  }

  @Test
  void corePackagesFormNoCycle() {
    slices().matching("io.github.jianshi.core.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void generatedImplementationsAreHidden() {
    classes().that().haveSimpleNameStartingWith("Immutable").should().notHaveModifier(JavaModifier.PUBLIC)
        .check(CORE);
  }
}
