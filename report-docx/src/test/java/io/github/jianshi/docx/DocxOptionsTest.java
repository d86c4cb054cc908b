package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.RenderOptions.MeasureTable;
import io.github.jianshi.render.spi.ReportLayout;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/** The render options Word reads: title, parentheses, closing block, measure table. */
class DocxOptionsTest {

  private static RenderOptions.Builder options() {
    return RenderOptions.builder().checklists(SampleReports.registry());
  }

  private static XWPFDocument render(RenderOptions options, Report report) {
    return Docx.read(DocxRenderers.docx(options).renderToBytes(report));
  }

  private static List<String> texts(XWPFDocument doc, String styleId) {
    return doc.getParagraphs().stream().filter(p -> styleId.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
  }

  @Test
  void closingBlockIsOrganisationNameAndDateRightAligned() throws Exception {
    try (XWPFDocument doc = render(options().closingBlock(true).build(), SampleReports.severalCases())) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      List<String> last = ps.subList(ps.size() - 4, ps.size()).stream()
          .map(p -> p.getStyle() + "|" + p.getText()).toList();
      // One empty line, then the organisation, the name and the date as 2022年8月5日.
      assertThat(last).containsExactly("JianshiSignature|", "JianshiSignature|某某县人民法院",
          "JianshiSignature|李某", "JianshiSignatureDate|2022年8月5日");
    }
    try (XWPFDocument doc = render(options().build(), SampleReports.severalCases())) {
      assertThat(texts(doc, "JianshiSignature")).isEmpty();
    }
  }

  @Test
  void titleCanBeLeftOut() throws Exception {
    try (XWPFDocument doc = render(options().build(), SampleReports.severalCases())) {
      assertThat(texts(doc, "JianshiTitle")).containsExactly("个人对照检视剖析材料");
      assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("JianshiTitle");
    }
    try (XWPFDocument doc = render(options().includeTitle(false).build(), SampleReports.severalCases())) {
      assertThat(texts(doc, "JianshiTitle")).isEmpty();
      assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("JianshiBody");
    }
  }

  @Test
  void asciiParenthesesInSubsectionHeadings() throws Exception {
    try (XWPFDocument doc = render(options().asciiParentheses(true).build(), SampleReports.noCauses())) {
      assertThat(texts(doc, "JianshiHeading2")).first().asString().startsWith("(一)");
    }
    try (XWPFDocument doc = render(options().build(), SampleReports.noCauses())) {
      assertThat(texts(doc, "JianshiHeading2")).first().asString().startsWith("（一）");
      assertThat(texts(doc, "JianshiHeading1")).containsExactly("一、存在的主要问题", "二、今后努力方向及整改措施");
    }
  }

  @Test
  void trackedMeasuresGetAnAppendixTableOnANewPage() throws Exception {
    Report report = SampleReports.trackedMeasures();
    RenderOptions opts = options().build();
    ReportLayout.MeasureList expected = ReportLayout.of(report, opts).measureTable().orElseThrow();
    try (XWPFDocument doc = render(opts, report)) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      XWPFParagraph label = ps.get(ps.size() - 2);
      assertThat(label.getText()).isEqualTo("附件");
      assertThat(label.getStyle()).isEqualTo("JianshiAppendixLabel");
      assertThat(Docx.paragraphProperty(doc, "JianshiAppendixLabel", p -> p.getPageBreakBefore())).isPresent();
      assertThat(ps.get(ps.size() - 1).getText()).isEqualTo("整改清单");
      assertThat(ps.get(ps.size() - 1).getStyle()).isEqualTo("JianshiTitle");

      assertThat(doc.getTables()).hasSize(1);
      XWPFTable table = doc.getTables().get(0);
      // The table comes after the paragraphs, just before the section properties.
      assertThat(doc.getBodyElements().get(doc.getBodyElements().size() - 1)).isSameAs(table);
      assertThat(table.getRows()).hasSize(1 + expected.rows().size());
      XWPFTableRow header = table.getRow(0);
      assertThat(header.isRepeatHeader()).isTrue();
      assertThat(header.getTableCells()).extracting(XWPFTableCell::getText)
          .containsExactly("序号", "问题", "整改措施", "责任人/单位", "完成时限", "状态");
      assertThat(header.getCell(0).getParagraphs().get(0).getStyle()).isEqualTo("JianshiTableHeader");
      for (int r = 0; r < expected.rows().size(); r++) {
        assertThat(table.getRow(r + 1).getTableCells()).extracting(XWPFTableCell::getText)
            .containsExactlyElementsOf(expected.rows().get(r));
      }
      assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getStyle()).isEqualTo("JianshiTableText");
      assertThat(table.getRow(1).getCell(4).getParagraphs().get(0).getStyle()).isEqualTo("JianshiTableTextCentered");
      assertThat(table.getRow(1).getCell(4).getText()).isEqualTo("长期坚持，2024年6月30日");
      assertThat(table.getRow(1).getCell(5).getText()).isEqualTo("整改中");
      // Full width of the text block, every cell bordered.
      int width = table.getCTTbl().getTblGrid().getGridColList().stream()
          .mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum();
      assertThat(width).isEqualTo(GbT9704.TEXT_WIDTH);
      assertThat(table.getCTTbl().getTblGrid().getGridColList()).extracting(CTTblGridCol::getW)
          .allMatch(w -> ((BigInteger) w).intValue() >= 720);
      assertThat(table.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal()).isEqualTo(STBorder.SINGLE);
      assertThat(table.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal()).isEqualTo(STBorder.SINGLE);
      assertThat(table.getCTTbl().getTblPr().getTblBorders().getBottom().getVal()).isEqualTo(STBorder.SINGLE);
    }
  }

  @Test
  void measureTableOption() throws Exception {
    // Untracked measures: no table unless asked for.
    try (XWPFDocument doc = render(options().build(), SampleReports.noCauses())) {
      assertThat(doc.getTables()).isEmpty();
      assertThat(texts(doc, "JianshiAppendixLabel")).isEmpty();
    }
    try (XWPFDocument doc = render(options().measureTable(MeasureTable.ALWAYS).build(), SampleReports.noCauses())) {
      assertThat(doc.getTables()).hasSize(1);
      assertThat(doc.getTables().get(0).getRows()).hasSize(3);
      assertThat(doc.getTables().get(0).getRow(1).getCell(2).getText()).isEqualTo("加强理论学习。");
      assertThat(doc.getTables().get(0).getRow(1).getCell(3).getText()).isEmpty();
    }
    try (XWPFDocument doc = render(options().measureTable(MeasureTable.NEVER).build(), SampleReports.trackedMeasures())) {
      assertThat(doc.getTables()).isEmpty();
      assertThat(texts(doc, "JianshiAppendixLabel")).isEmpty();
    }
  }

  @Test
  void nullIsMisuse() {
    assertThatNullPointerException().isThrownBy(() -> DocxRenderers.docx(null));
    assertThatNullPointerException().isThrownBy(() -> DocxRenderers.docx().renderToBytes(null));
    assertThatNullPointerException().isThrownBy(() -> DocxRenderers.docx().render(SampleReports.noCauses(), null));
  }

  @Test
  void renderWritesToTheStreamAndLeavesItOpen() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the renderer closed the caller's stream");
      }
    };
    out.write('x');
    DocxRenderers.docx().render(SampleReports.noCauses(), out);
    byte[] written = out.toByteArray();
    assertThat(written[0]).isEqualTo((byte) 'x');
    assertThat(java.util.Arrays.copyOfRange(written, 1, written.length))
        .isEqualTo(DocxRenderers.docx().renderToBytes(SampleReports.noCauses()));
  }
}
