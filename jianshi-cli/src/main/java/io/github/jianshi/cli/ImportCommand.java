package io.github.jianshi.cli;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.docx.DocxImport;
import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.ImportMode;
import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import io.github.jianshi.importer.SourceDocument;
import io.github.jianshi.model.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code jianshi import}: an existing report (plain text in any common Chinese encoding, or Word
 * .docx) to the report's canonical JSON. Word files are told from text by their content, not their
 * name. The checklist is matched among the built-in ones and those given as files, or inferred from
 * the document's headings ({@code auto}), always inferred ({@code infer}), or forced (an id). The
 * import's diagnostics go to standard error.
 */
@Command(name = "import", sortOptions = false)
final class ImportCommand implements Callable<Integer> {
  @ParentCommand
  JianshiCommand top;

  @Option(names = "--checklist", paramLabel = "auto|infer|ID|FILE", descriptionKey = "import.checklist")
  List<String> checklist = new ArrayList<>();

  @Option(names = "--charset", paramLabel = "NAME", descriptionKey = "import.charset")
  String charset;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "import.output")
  Path output;

  @Option(names = "--checklist-out", paramLabel = "FILE", descriptionKey = "import.checklist-out")
  Path checklistOut;

  @Parameters(paramLabel = "FILE", descriptionKey = "import.file")
  String file;

  @Override
  public Integer call() {
    Io io = top.io();
    Text text = top.text();
    Locale locale = text.locale();
    Path input = file.equals("-") ? null : Path.of(file);
    List<Path> inputs = new ArrayList<>();
    inputs.add(input);
    ReportImporter importer = importer(inputs, text);
    if (output != null) {
      OutputFiles.check(output, inputs, text);
    }
    if (checklistOut != null) {
      OutputFiles.check(checklistOut, inputs, text);
      if (output != null && output.toAbsolutePath().normalize().equals(checklistOut.toAbsolutePath().normalize())) {
        throw new CliException(ExitCodes.USAGE, text.get("import.same-outputs"));
      }
    }
    Charset cs = charset();
    ImportResult result;
    try {
      result = importer.importDocument(read(input, io, cs, importer));
    } catch (UncheckedIOException e) {
      throw new CliException(ExitCodes.USAGE, text.get("input.cannot-read", file, Failures.describe(e)));
    }

    String name = input == null ? "-" : file;
    List<Diagnostic> ds = result.diagnostics().diagnostics();
    for (Diagnostic d : ds) {
      io.err().println("  " + d.describe(locale));
    }
    if (!result.isImported()) {
      throw new CliException(ExitCodes.INVALID, text.get("import.failed", name));
    }
    Checklist used = result.checklist().orElseThrow();
    io.err().println(result.checklistInferred()
        ? text.get("import.checklist.inferred", name, used.title(), used.checkpoints().size())
        : text.get("import.checklist.matched", name, used.id(), used.version(),
            result.matchScore().isPresent() ? String.format(Locale.ROOT, "%.2f", result.matchScore().getAsDouble())
                : "-"));
    Sink.write(io, text, output, inputs, ReportJson.writeBytes(result.report().orElseThrow()));
    if (checklistOut != null) {
      OutputFiles.write(checklistOut, ReportJson.writeChecklistBytes(used), text);
    }
    boolean errors = ds.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    return errors ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private Charset charset() {
    if (charset == null) {
      return null;
    }
    try {
      return Charset.forName(charset);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new CliException(ExitCodes.USAGE, top.text().get("import.charset.unknown", charset));
    }
  }

  /**
   * The importer for the {@code --checklist} values: files are added to the known checklists; the
   * last of {@code auto}, {@code infer} or an id decides (default {@code auto}).
   */
  private ReportImporter importer(List<Path> inputs, Text text) {
    ChecklistRegistry registry = ChecklistRegistry.builtIn();
    String decision = "auto";
    List<Path> files = new ArrayList<>();
    for (String value : checklist) {
      if (value.equals("auto") || value.equals("infer")) {
        decision = value;
        continue;
      }
      Path p = Path.of(value);
      if (Files.isRegularFile(p)) {
        files.add(p);
        inputs.add(p);
      } else {
        decision = value;
      }
    }
    ChecklistFiles given = new ChecklistFiles();
    given.files = files;
    registry = given.registry(text, top.io().err());
    ReportImporter.Builder b = ReportImporter.builder().checklists(registry);
    if (decision.equals("infer")) {
      b.mode(ImportMode.INFER);
    } else if (!decision.equals("auto")) {
      String id = decision;
      List<Checklist> found = registry.all().stream().filter(c -> c.id().equals(id)).toList();
      if (found.isEmpty()) {
        String known = String.join(", ", registry.all().stream().map(Checklist::id).toList());
        throw new CliException(ExitCodes.USAGE, text.get("import.checklist.unknown", id, known));
      }
      b.checklist(found.get(found.size() - 1));
    } else {
      b.mode(ImportMode.AUTO);
    }
    return b.build();
  }

  /** Word (zip or OLE2 signature) or text, told by the first bytes. */
  private static SourceDocument read(Path input, Io io, Charset cs, ReportImporter importer) {
    ImportLimits limits = ImportLimits.defaults();
    if (input == null) {
      byte[] bytes;
      try {
        bytes = io.in().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (isWord(bytes)) {
        return DocxImport.read(bytes, limits);
      }
      return cs == null ? importer.readText(bytes) : importer.readText(bytes, cs);
    }
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(input)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (isWord(java.util.Arrays.copyOf(head, n))) {
      return DocxImport.read(input, limits);
    }
    return cs == null ? importer.readText(input) : importer.readText(input, cs);
  }

  private static boolean isWord(byte[] b) {
    boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    boolean ole2 = b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
        && (b[3] & 0xff) == 0xE0;
    return zip || ole2;
  }
}
