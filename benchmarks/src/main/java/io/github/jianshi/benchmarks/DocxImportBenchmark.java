package io.github.jianshi.benchmarks;

import io.github.jianshi.core.Report;
import io.github.jianshi.docx.DocxImport;
import io.github.jianshi.docx.DocxRenderers;
import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.ImportResult;
import io.github.jianshi.importer.ReportImporter;
import io.github.jianshi.importer.SourceDocument;
import io.github.jianshi.model.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Word import of the real report's .docx (as {@code DocxRenderers.docx()} writes it) against the
 * baseline: Apache POI opening the same bytes and listing its paragraphs' text. All from the same
 * bytes in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocxImportBenchmark {
  byte[] docx;
  ReportImporter importer;
  Report report;
  SourceDocument source;

  /** Renders the real report (decoded from its JSON) to Word once, and reads it once for {@link #recogniseOnly()}. */
  @Setup
  public void setUp() {
    report = ReportValidator.defaults().decode(RealReportJson.bytes()).report().orElseThrow();
    docx = DocxRenderers.docx().renderToBytes(report);
    importer = ReportImporter.defaults();
    source = DocxImport.read(docx, ImportLimits.defaults());
  }

  /**
   * Baseline: POI's {@code XWPFDocument} opens the bytes, and the text of each body paragraph is
   * listed.
   *
   * @return the texts
   */
  @Benchmark
  public List<String> poiOpenAndListParagraphs() {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFParagraph> paragraphs = doc.getParagraphs();
      List<String> texts = new ArrayList<>(paragraphs.size());
      for (XWPFParagraph p : paragraphs) {
        texts.add(p.getText());
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ours, the whole Word import: read the .docx into source paragraphs (with numbering, styles and
   * the other hints), recognise the report, match the checklist.
   *
   * @return the result
   */
  @Benchmark
  public ImportResult docxImport() {
    return DocxImport.importReport(docx, importer);
  }

  /**
   * Part of ours: reading the .docx into source paragraphs only.
   *
   * @return the source document
   */
  @Benchmark
  public SourceDocument docxReadOnly() {
    return DocxImport.read(docx, ImportLimits.defaults());
  }

  /**
   * Part of ours: recognising already-read paragraphs.
   *
   * @return the result
   */
  @Benchmark
  public ImportResult recogniseOnly() {
    return importer.importDocument(source);
  }
}
