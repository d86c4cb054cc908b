package consumer;

/** Runs the shared checks as a named module; fails (exit status 1) on the first failed check. */
public final class Main {
  private Main() {}

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
  }
}
