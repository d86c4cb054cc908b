package consumer;

/** Runs the shared checks as a named module; fails (exit status 1) on the first failed check. */
public final class Main {
  private Main() {}

  /**
   * Imports the real report's text and gives the message of its first diagnostic in Chinese: report-import's
   * bundle must load from its own module.
   */
  private static String importDiagnostic() {
    byte[] text;
    try (java.io.InputStream in = Main.class.getResourceAsStream("/nine-point-self-inspection.txt")) {
      if (in == null) {
        throw new AssertionError("missing resource nine-point-self-inspection.txt");
      }
      text = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    io.github.jianshi.importer.ImportResult result =
        io.github.jianshi.importer.ReportImporter.defaults().importText(text);
    if (!result.isImported() || result.diagnostics().diagnostics().isEmpty()) {
      throw new AssertionError("the real report was not imported with diagnostics: " + result);
    }
    io.github.jianshi.core.diagnostic.Diagnostic first = result.diagnostics().diagnostics().get(0);
    if (!first.bundle().equals("io/github/jianshi/importer/messages")) {
      throw new AssertionError("not a diagnostic of report-import: " + first);
    }
    String zh = first.message(java.util.Locale.SIMPLIFIED_CHINESE);
    if (!zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      throw new AssertionError("not a Chinese message: " + zh);
    }
    return first.code() + " " + zh;
  }

  /**
   * Runs the checks.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Module own = Main.class.getModule();
    if (!own.isNamed() || !ConsumerChecks.class.getModule().isNamed()) {
      throw new AssertionError("not on the module path");
    }
    Module model = io.github.jianshi.model.ReportValidator.class.getModule();
    if (!"io.github.jianshi.model".equals(model.getName()) || model.getDescriptor().isAutomatic()) {
      throw new AssertionError("report-model is not an explicit module: " + model);
    }
    if (ModuleLayer.boot().findModule("tools.jackson.databind").isPresent()) {
      throw new AssertionError("Jackson is a module of the application; report-model should carry it");
    }
    System.out.println("module path: " + ConsumerChecks.run());
    System.out.println("import diagnostic: " + importDiagnostic());
  }
}
