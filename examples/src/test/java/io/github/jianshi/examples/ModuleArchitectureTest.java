package io.github.jianshi.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.jianshi.render.RenderOptions;
import org.junit.jupiter.api.Test;

/**
 * The architecture of DESIGN.md across all modules: dependencies point one way (core ← model, render
 * ← docx; nothing depends on examples), Jackson and networknt only in report-model, POI only in
 * report-docx, and no package cycles anywhere.
 */
class ModuleArchitectureTest {

  private static final JavaClasses ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // Jackson and networknt, relocated into report-model's jar: third-party code, not our packages
      .withImportOption(location -> !location.contains("/io/github/jianshi/model/internal/shaded/"))
      .importPackages("io.github.jianshi");

  private static final String CORE = "io.github.jianshi.core..";
  private static final String MODEL = "io.github.jianshi.model..";
  private static final String RENDER = "io.github.jianshi.render..";
  private static final String DOCX = "io.github.jianshi.docx..";
  private static final String EXAMPLES = "io.github.jianshi.examples..";
  private static final String[] JSON = {"tools.jackson..", "com.fasterxml.jackson..", "com.networknt.."};

  @Test
  void everyModuleIsImported() {
    // The rules below are only as good as the import: every module's packages must be in it.
    for (String pkg : new String[] {"io.github.jianshi.core", "io.github.jianshi.model", "io.github.jianshi.render",
        "io.github.jianshi.docx", "io.github.jianshi.examples"}) {
      assertThat(ALL.containPackage(pkg)).as(pkg).isTrue();
    }
  }

  @Test
  void coreDependsOnNoOtherModuleAndNoJsonOrWordLibrary() {
    noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat()
        .resideInAnyPackage(MODEL, RENDER, DOCX, EXAMPLES, "tools.jackson..", "com.fasterxml.jackson..",
            "com.networknt..", "org.apache.poi..")
        .check(ALL);
  }

  @Test
  void jacksonAndNetworkntOnlyInReportModel() {
    noClasses().that().resideOutsideOfPackages(MODEL, EXAMPLES).should().dependOnClassesThat()
        .resideInAnyPackage(JSON).check(ALL);
  }

  @Test
  void poiOnlyInReportDocx() {
    noClasses().that().resideOutsideOfPackages(DOCX, EXAMPLES).should().dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "org.openxmlformats..").check(ALL);
  }

  @Test
  void modulesDependOneWay() {
    noClasses().that().resideInAPackage(MODEL).should().dependOnClassesThat()
        .resideInAnyPackage(RENDER, DOCX, EXAMPLES).check(ALL);
    noClasses().that().resideInAPackage(RENDER).should().dependOnClassesThat()
        .resideInAnyPackage(MODEL, DOCX, EXAMPLES).check(ALL);
    noClasses().that().resideInAPackage(DOCX).should().dependOnClassesThat()
        .resideInAnyPackage(MODEL, EXAMPLES).check(ALL);
  }

  @Test
  void noPackageCycles() {
    // One exception: the layout that the renderers share (io.github.jianshi.render.spi, for
    // report-docx) is built from the options users give, RenderOptions; an SPI package and its API
    // package refer to each other, as java.nio.channels.spi and java.nio.channels do. Any other
    // dependency of the SPI on the render package is still a cycle.
    slices().matching("io.github.jianshi.(**)").should().beFreeOfCycles()
        .ignoreDependency(resideInAPackage("io.github.jianshi.render.spi"), belongToAnyOf(RenderOptions.class))
        .check(ALL);
  }
}
