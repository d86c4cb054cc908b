package io.github.jianshi.cli;

import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.model.ReportValidator;
import io.github.jianshi.model.ValidatedReport;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.Renderers;
import io.github.jianshi.render.ReportRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code jianshi render}: one report's JSON as plain text, Markdown, HTML or Word, to a file (written
 * atomically) or to standard output (only the document's bytes). The report is validated first: a
 * document that cannot be decoded is not rendered (exit 1); errors and warnings of a decodable one
 * go to standard error, and with {@code --strict} an invalid report is not rendered.
 */
@Command(name = "render", sortOptions = false)
final class RenderCommand implements Callable<Integer> {
  /** The formats. */
  enum To {
    TEXT("txt"), MARKDOWN("md"), HTML("html"), DOCX("docx");

    final String extension;

    To(String extension) {
      this.extension = extension;
    }

    /** The format a file name's extension asks for, or null. */
    static To ofFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".txt") || lower.endsWith(".text")) {
        return TEXT;
      }
      if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
        return MARKDOWN;
      }
      if (lower.endsWith(".html") || lower.endsWith(".htm")) {
        return HTML;
      }
      return lower.endsWith(".docx") ? DOCX : null;
    }
  }

  @ParentCommand
  JianshiCommand top;

  @Option(names = "--to", paramLabel = "FORMAT", descriptionKey = "render.to",
      completionCandidates = Candidates.RenderFormats.class)
  To to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "render.output")
  Path output;

  @Mixin
  ChecklistFiles checklists;

  @Option(names = "--ascii-parentheses", descriptionKey = "render.ascii-parentheses")
  boolean asciiParentheses;

  @Option(names = "--closing-block", descriptionKey = "render.closing-block")
  boolean closingBlock;

  @Option(names = "--measure-table", paramLabel = "WHEN", descriptionKey = "render.measure-table",
      converter = MeasureTableConverter.class, completionCandidates = Candidates.MeasureTables.class)
  RenderOptions.MeasureTable measureTable;

  @Option(names = "--fragment", descriptionKey = "render.fragment")
  boolean fragment;

  @Option(names = "--no-title", descriptionKey = "render.no-title")
  boolean noTitle;

  @Option(names = "--no-final-blank-line", descriptionKey = "render.no-final-blank-line")
  boolean noFinalBlankLine;

  @Option(names = "--strict", descriptionKey = "render.strict")
  boolean strict;

  @Parameters(paramLabel = "FILE", descriptionKey = "render.file")
  String file;

  @Override
  public Integer call() {
    Io io = top.io();
    Text text = top.text();
    To format = to != null ? to : output != null ? To.ofFileName(output.getFileName().toString()) : null;
    if (format == null) {
      throw new CliException(ExitCodes.USAGE, text.get("render.no-format"));
    }
    if (format == To.DOCX && output == null && io.outIsTerminal()) {
      throw new CliException(ExitCodes.USAGE, text.get("output.binary-terminal"));
    }
    Path input = file.equals("-") ? null : Path.of(file);
    if (output != null) {
      List<Path> inputs = new ArrayList<>(checklists.paths());
      inputs.add(input);
      OutputFiles.check(output, inputs, text);
    }
    ChecklistRegistry registry = checklists.registry(text, io.err());
    ValidatedReport read = read(ReportValidator.builder().registry(registry).build(), input, io, text);
    String name = input == null ? "-" : file;
    List<Diagnostic> shown = read.diagnostics().stream()
        .filter(d -> Severities.atLeast(d, Severity.WARNING)).toList();
    if (!shown.isEmpty()) {
      io.err().println(text.get(read.isValid() ? "validate.valid.with" : "validate.invalid", name,
          Severities.counts(shown, text)));
      shown.forEach(d -> io.err().println("  " + d.describe(text.locale())));
    }
    if (read.report().isEmpty()) {
      throw new CliException(ExitCodes.INVALID, text.get("render.undecodable", name));
    }
    if (strict && !read.isValid()) {
      throw new CliException(ExitCodes.INVALID, text.get("render.strict.refused", name));
    }
    byte[] bytes = renderer(format, registry).renderToBytes(read.report().orElseThrow());
    if (output != null) {
      OutputFiles.write(output, bytes, text);
    } else {
      try {
        io.stdout().write(bytes);
        io.stdout().flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return ExitCodes.OK;
  }

  private static ValidatedReport read(ReportValidator validator, Path input, Io io, Text text) {
    try {
      return input == null ? validator.validate(io.in()) : validator.validate(input);
    } catch (UncheckedIOException e) {
      throw new CliException(ExitCodes.USAGE, text.get("input.cannot-read", input, Failures.describe(e)));
    }
  }

  private ReportRenderer renderer(To format, ChecklistRegistry registry) {
    RenderOptions.Builder b = RenderOptions.builder()
        .asciiParentheses(asciiParentheses)
        .closingBlock(closingBlock)
        .htmlFragment(fragment)
        .includeTitle(!noTitle)
        .finalBlankLine(!noFinalBlankLine)
        .checklists(registry);
    if (measureTable != null) {
      b.measureTable(measureTable);
    }
    RenderOptions options = b.build();
    return switch (format) {
      case TEXT -> Renderers.text(options);
      case MARKDOWN -> Renderers.markdown(options);
      case HTML -> Renderers.html(options);
      case DOCX -> DocxRenderers.docx(options);
    };
  }

  /** {@code never}, {@code when-tracked}, {@code always}. */
  static final class MeasureTableConverter implements ITypeConverter<RenderOptions.MeasureTable> {
    @Override
    public RenderOptions.MeasureTable convert(String value) {
      for (RenderOptions.MeasureTable m : RenderOptions.MeasureTable.values()) {
        if (m.name().replace('_', '-').equalsIgnoreCase(value.trim())) {
          return m;
        }
      }
      throw new TypeConversionException("'" + value + "' is not never, when-tracked or always");
    }
  }
}
