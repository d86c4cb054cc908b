package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.importer.ImportLimits;
import io.github.jianshi.importer.SourceDocument;
import io.github.jianshi.importer.SourceParagraph;
import io.github.jianshi.importer.SourceParagraph.Alignment;
import io.github.jianshi.importer.SourceParagraph.Origin;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading hand-written Word documents (src/test/resources/import/*) into source paragraphs. */
class DocxImportTest {

  private static SourceDocument read(String name) {
    return DocxImport.read(WordPackages.fromResources(name), ImportLimits.defaults());
  }

  /** Each paragraph as "marker|text", the marker empty when there is none. */
  private static List<String> lines(SourceDocument doc) {
    return doc.paragraphs().stream().map(p -> p.numberingMarker().orElse("") + "|" + p.text())
        .collect(Collectors.toList());
  }

  private static List<String> codes(SourceDocument doc) {
    return doc.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  @Test
  void automaticNumberingGivesTheMarkersWordShows() {
    SourceDocument doc = read("numbering");
    assertThat(doc.format()).isEqualTo("docx");
    assertThat(lines(doc)).containsExactly(
        "|关于自查情况的报告",
        "|现将有关情况报告如下。",
        "一、|存在的主要问题",
        "（一）|在理论学习方面",
        "1.|学习不够深入。",
        "（1）|第一小点。",
        "2.|联系实际不够。",
        "（2）|不因 1. 重新编号。",
        "（二）|在工作作风方面",
        "1.|重新从 1 编号。",
        "（3）|（一）之后重新编号。",
        "|没有编号的正文段落。",
        "二、|问题产生的原因",
        "（一）|理想信念方面",
        "三、|整改措施",
        "（一）|标题样式带来的编号",
        "|取消了编号的标题",
        "一、|重新开始的列表",
        "(3)|改写了级别的列表",
        "九是|从九开始",
        "十是|第十",
        "十一是|第十一",
        "甲、|天干",
        "①|圈码",
        "１．|全角数字",
        "A)|大写字母",
        "iv.|小写罗马数字",
        "|项目符号",
        "11.1|法律编号",
        "I.|经编号样式链接的列表",
        "|未定义的列表",
        "|某某单位");
    assertThat(doc.paragraphs()).extracting(p -> p.paragraph().getAsInt())
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 32).boxed().collect(Collectors.toList()));
    assertThat(doc.paragraphs()).allSatisfy(p -> assertThat(p.origin()).isEqualTo(Origin.BODY));
    assertThat(codes(doc)).containsExactly(DocxDiagnostics.NUMBERING_MISSING);
    assertThat(doc.diagnostics().get(0).paragraph()).hasValue(31);
    assertThat(doc.diagnostics().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void stylesGiveNamesOutlineLevelsAndAlignment() {
    List<SourceParagraph> ps = read("numbering").paragraphs();
    SourceParagraph title = ps.get(0);
    assertThat(title.styleName()).hasValue("Title");
    assertThat(title.alignment()).hasValue(Alignment.CENTER);
    assertThat(title.outlineLevel()).isEmpty();
    assertThat(ps.get(1).styleName()).isEmpty();
    assertThat(ps.get(1).alignment()).isEmpty();
    SourceParagraph heading1 = ps.get(14);
    assertThat(heading1.styleName()).hasValue("heading 1");
    assertThat(heading1.outlineLevel()).hasValue(0);
    SourceParagraph heading2 = ps.get(15);
    assertThat(heading2.styleName()).hasValue("heading 2");
    assertThat(heading2.outlineLevel()).hasValue(1);
    SourceParagraph signature = ps.get(31);
    assertThat(signature.styleName()).hasValue("落款");
    assertThat(signature.alignment()).hasValue(Alignment.RIGHT);
  }

  @Test
  void textOfSplitRunsBreaksFieldsAndControls() {
    SourceDocument doc = read("text");
    assertThat(doc.paragraphs()).extracting(SourceParagraph::text).containsExactly(
        "关于对照检视的报告",
        "第一行\n第二行\t制表\u2713A-BC\nD分页后",
        "见第3页，共9页",
        "链接文字2022年8月张三。",
        "控件中的第一段",
        "控件中的第二段",
        "",
        "2022年8月15日");
    assertThat(doc.paragraphs().get(0).alignment()).hasValue(Alignment.CENTER);
    assertThat(doc.paragraphs().get(7).alignment()).hasValue(Alignment.RIGHT);
    assertThat(doc.paragraphs()).allSatisfy(p -> assertThat(p.numberingMarker()).isEmpty());
    assertThat(codes(doc)).containsExactly(DocxDiagnostics.COMMENTS);
    assertThat(doc.diagnostics().get(0).arguments()).containsExactly("1");
    assertThat(doc.diagnostics().get(0).message(Locale.CHINA)).contains("1 条批注");
  }

  @Test
  void trackedChangesReadAsAccepted() {
    SourceDocument doc = read("revisions");
    assertThat(doc.paragraphs()).extracting(SourceParagraph::text).containsExactly(
        "一是学习不够系统。",
        "格式修订",
        "原地",
        "目的地：被移走的话",
        "前半句后半句。",
        "末段");
    assertThat(doc.paragraphs().get(5).alignment()).isEmpty();
    assertThat(doc.paragraphs()).extracting(p -> p.paragraph().getAsInt()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(codes(doc)).containsExactly(DocxDiagnostics.TRACKED_CHANGES);
    Diagnostic d = doc.diagnostics().get(0);
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.paragraph()).hasValue(1);
    assertThat(d.excerpt()).hasValue("一是学习不够系统。");
    assertThat(d.arguments()).containsExactly("2", "3");
    assertThat(d.message(Locale.CHINA)).isEqualTo("文档中有未处理的修订（插入 2 处、删除 3 处）。已按“接受全部修订”后的文字导入，请核对。");
  }

  @Test
  void tablesTextBoxesAndNotes() {
    SourceDocument doc = read("blocks");
    assertThat(doc.paragraphs()).extracting(p -> p.paragraph().getAsInt() + " " + p.origin() + " " + p.text())
        .containsExactly(
            "1 BODY 表格前的段落",
            "2 TABLE 序号",
            "3 TABLE 问题",
            "4 TABLE 1",
            "5 TABLE 学习不深入",
            "6 TABLE 嵌套表格",
            "7 TABLE ",
            "8 BODY 文本框所在段（续）",
            "9 TEXT_BOX 文本框第一段",
            "10 TEXT_BOX 文本框第二段",
            "11 BODY 尾注所在段");
    // table, row and cell from 0; the nested table's paragraphs stand in the outer cell
    assertThat(doc.paragraphs()).extracting(p -> p.tableCell().map(c -> c.table() + "," + c.row() + "," + c.cell())
        .orElse("-")).containsExactly("-", "0,0,0", "0,0,1", "0,1,0", "0,1,1", "0,1,1", "0,1,1", "-", "-", "-", "-");
    assertThat(doc.diagnostics()).extracting(d -> d.code() + " ¶" + d.paragraph().orElse(0) + " "
        + d.excerpt().orElse("") + " " + d.arguments()).containsExactly(
            "import.docx.footnote-skipped ¶1 脚注：依据某某文件。 [1]",
            "import.docx.table ¶2 序号 [6]",
            "import.docx.text-box ¶9 文本框第一段 [2]",
            "import.docx.endnote-skipped ¶11 尾注的文字 [1]");
    for (Diagnostic d : doc.diagnostics()) {
      assertThat(d.message(Locale.CHINA)).isNotBlank();
      assertThat(d.message(Locale.ENGLISH)).isNotBlank();
      assertThat(d.describe(Locale.CHINA)).contains("¶");
    }
  }

  @Test
  void theSameBytesGiveTheSameDocument() {
    byte[] docx = WordPackages.fromResources("numbering");
    assertThat(DocxImport.read(docx, ImportLimits.defaults())).isEqualTo(DocxImport.read(docx, ImportLimits.defaults()));
    assertThat(DocxImport.read(new java.io.ByteArrayInputStream(docx), ImportLimits.defaults()))
        .isEqualTo(DocxImport.read(docx, ImportLimits.defaults()));
  }

  @Test
  void strictOoxmlNamespacesAreRead() {
    String xml = "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"
        + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>严格模式</w:t></w:r></w:p></w:body></w:document>";
    SourceDocument doc = DocxImport.read(WordPackages.ofDocument(xml), ImportLimits.defaults());
    assertThat(doc.paragraphs()).extracting(SourceParagraph::text).containsExactly("严格模式");
    assertThat(doc.paragraphs().get(0).alignment()).hasValue(Alignment.CENTER);
  }

  @Test
  void embeddedChunksOfOtherFormatsAreReported() {
    String xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
        + "<w:p><w:r><w:t>前文</w:t></w:r></w:p><w:altChunk r:id=\"rId5\"/><w:p><w:r><w:t>后文</w:t></w:r></w:p>"
        + "<w:altChunk r:id=\"rId6\"/></w:body></w:document>";
    SourceDocument doc = DocxImport.read(WordPackages.ofDocument(xml), ImportLimits.defaults());
    assertThat(doc.paragraphs()).extracting(SourceParagraph::text).containsExactly("前文", "后文");
    assertThat(doc.diagnostics()).extracting(d -> d.code() + " " + d.paragraph()).containsExactly(
        "import.docx.alt-chunk-skipped OptionalInt[2]", "import.docx.alt-chunk-skipped OptionalInt.empty");
    assertThat(doc.diagnostics().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(doc.diagnostics().get(0).message(Locale.CHINA)).contains("未能导入");
  }

  @Test
  void threadsReadTheSameDocument() throws Exception {
    byte[] docx = WordPackages.fromResources("blocks");
    SourceDocument expected = DocxImport.read(docx, ImportLimits.defaults());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<SourceDocument>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> DocxImport.read(docx, ImportLimits.defaults())));
      }
      for (java.util.concurrent.Future<SourceDocument> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anEmptyFirstTableParagraphIsNotQuoted() {
    String xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        + "</w:body></w:document>";
    SourceDocument doc = DocxImport.read(WordPackages.ofDocument(xml), ImportLimits.defaults());
    assertThat(doc.diagnostics()).hasSize(1);
    assertThat(doc.diagnostics().get(0).paragraph()).hasValue(1);
    assertThat(doc.diagnostics().get(0).excerpt()).isEmpty();
  }
}
