package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.ChecklistRef;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.render.RenderOptions;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/** Text is written as the author wrote it; what XML cannot hold never corrupts the document. */
class DocxTextTest {

  private static String rendered(String text) throws Exception {
    Report report = Report.builder().answering(Checklists.ninePoint()).addPreamble(text).build();
    try (XWPFDocument doc = Docx.read(DocxRenderers.docx().renderToBytes(report))) {
      return doc.getParagraphs().get(0).getText();
    }
  }

  @Test
  void textIsKeptCharacterForCharacter() throws Exception {
    // The real report's half-width comma among full-width ones, quotes, an ASCII ampersand and angle
    // brackets, a supplementary-plane character.
    String text = "不够细化与人性化,在保护“两个维护”<依法> & 𠀀字。";
    assertThat(rendered(text)).isEqualTo(text);
  }

  @Test
  void spacesAtTheEdgesAreKept() throws Exception {
    assertThat(rendered("  两个空格开头，结尾一个 ")).isEqualTo("  两个空格开头，结尾一个 ");
  }

  @Test
  void lineBreaksAndTabsBecomeWordBreaksAndTabs() throws Exception {
    Report report = Report.builder().answering(Checklists.ninePoint()).addPreamble("第一行\n第二行\r\n第三行\r第四\t行").build();
    try (XWPFDocument doc = Docx.read(DocxRenderers.docx().renderToBytes(report))) {
      XWPFParagraph p = doc.getParagraphs().get(0);
      CTR run = p.getRuns().get(0).getCTR();
      assertThat(run.sizeOfBrArray()).isEqualTo(3);
      assertThat(run.sizeOfTabArray()).isEqualTo(1);
      assertThat(run.getTList()).extracting(t -> t.getStringValue()).containsExactly("第一行", "第二行", "第三行", "第四", "行");
      // In document order: text, break, text, break, text, break, text, tab, text.
      String xml = run.xmlText();
      assertThat(xml.indexOf("第一行")).isLessThan(xml.indexOf("<w:br/>"));
      assertThat(xml.lastIndexOf("<w:br/>")).isLessThan(xml.indexOf("第三行") + 100).isGreaterThan(xml.indexOf("第三行"));
      assertThat(xml.indexOf("<w:tab/>")).isGreaterThan(xml.indexOf("第四")).isLessThan(xml.lastIndexOf("行"));
    }
  }

  @Test
  void charactersXmlCannotHoldBecomeReplacementCharacters() throws Exception {
    String text = "控制\u0000字符\u0007与\u001F孤立代理\uD800和\uDC00及\uFFFE\uFFFF。";
    String expected = "控制\uFFFD字符\uFFFD与\uFFFD孤立代理\uFFFD和\uFFFD及\uFFFD\uFFFD。";
    assertThat(rendered(text)).isEqualTo(expected);
  }

  @Test
  void badTextEverywhereStillGivesAValidDocument() {
    String bad = "\u0001\uD800 <&> \"'\u0000";
    Report report = Report.builder()
        .checklist(ChecklistRef.of("no-such-checklist", "9"))
        .title(bad)
        .addPreamble(bad, "", "   ")
        .addFinding(Finding.builder().checkpoint("unknown").verdict(Verdict.PROBLEMS_FOUND).heading(bad)
            .addParagraph(Segment.lead(bad), Segment.point(""), Segment.example(bad)).build())
        .addFinding(Finding.builder().checkpoint("empty").verdict(Verdict.NOT_APPLICABLE).build())
        .addMeasure(Measure.builder().text(bad).owner(bad).addCheckpoint("unknown").addCheckpoint("missing").build())
        .addClosing(bad)
        .build();
    RenderOptions options = RenderOptions.builder().closingBlock(true)
        .measureTable(RenderOptions.MeasureTable.ALWAYS).build();
    assertThatCode(() -> {
      byte[] docx = DocxRenderers.docx(options).renderToBytes(report);
      try (XWPFDocument doc = Docx.read(docx)) {
        assertThat(doc.getParagraphs()).isNotEmpty();
        assertThat(doc.getTables()).hasSize(1);
        assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("\uFFFD\uFFFD <&> \"'\uFFFD");
      }
    }).doesNotThrowAnyException();
  }

  @Test
  void emptyReportRenders() throws Exception {
    Report report = Report.builder().checklist(ChecklistRef.of("x", "1")).build();
    try (XWPFDocument doc = Docx.read(DocxRenderers.docx().renderToBytes(report))) {
      assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("一、存在的主要问题");
    }
  }

  @Test
  void isXmlChar() {
    assertThat(List.of('\t', '\n', '\r', ' ', '中', '\uFFFD')).allMatch(DocxText::isXmlChar);
    assertThat(List.of('\u0000', '\u0008', '\u000B', '\u001F', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF'))
        .noneMatch(DocxText::isXmlChar);
  }
}
