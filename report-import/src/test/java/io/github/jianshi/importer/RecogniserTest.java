package io.github.jianshi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.PointStyle;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.SegmentKind;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.core.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the recogniser reads in the ways real reports write, one trait at a time. */
class RecogniserTest {
  private static final ReportImporter IMPORTER = ReportImporter.defaults();

  private static ImportResult imported(String text) {
    ImportResult r = IMPORTER.importText(text);
    assertTrue(r.isImported(), () -> r.diagnostics().describe(Locale.ROOT));
    NothingLost.check(r);
    return r;
  }

  private static Report report(String text) {
    return imported(text).report().orElseThrow();
  }

  private static List<SegmentKind> kinds(Finding f) {
    return f.segments().map(Segment::kind).toList();
  }

  @Test
  void titleOnTwoLinesBylineAddresseeAndPreamble() {
    Report r = report("关于开展作风建设专项整治的\n个人对照检查材料\n县委办公室：王某某\n县委：\n"
        + "按照要求，结合思想和工作实际，认真进行了对照检查。现将有关情况汇报如下：\n"
        + "一、存在的突出问题\n（一）在学习方面\n学习不够深入。\n");
    assertEquals("关于开展作风建设专项整治的\n个人对照检查材料", r.title().orElseThrow());
    assertEquals("县委办公室：王某某", r.byline().orElseThrow());
    assertEquals("县委：", r.addressee().orElseThrow());
    assertEquals(1, r.preamble().size());
    assertEquals("存在的突出问题", r.headings().problems());
  }

  @Test
  void bylineWithSpacesBetweenPositionAndName() {
    Report r = report("个人对照检查材料\n党组书记、局长  张某某\n一、存在的问题\n（一）在学习方面\n学习不够深入。\n");
    assertEquals("党组书记、局长  张某某", r.byline().orElseThrow());
  }

  @Test
  void subsectionHeadingRunsInWithItsBodyAsciiParenthesesAndTraditional() {
    ImportResult result = imported("一、存在的問題\n(一)帶頭強化政治忠誠方面。一是 理論學習不夠。二是 學用結合不緊。\n"
        + "(二)工作作風不夠扎實,一是工作不實。\n");
    Report r = result.report().orElseThrow();
    assertEquals("存在的問題", r.headings().problems());
    Finding f = r.findings().get(0);
    assertEquals("帶頭強化政治忠誠方面。", f.heading().orElseThrow());
    assertEquals(List.of(SegmentKind.POINT, SegmentKind.POINT), kinds(f));
    assertEquals("理論學習不夠。", f.points().get(0).text());
    assertEquals("工作作風不夠扎實,一是工作不實。", r.findings().get(1).heading().orElseThrow());
    assertTrue(result.diagnostics().codes().contains("import.text.traditional"));
  }

  @Test
  void arabicPointsOfEachKind() {
    for (String[] style : new String[][] {{"1.", "2."}, {"1、", "2、"}, {"（1）", "（2）"}, {"(1)", "(2)"}}) {
      Report r = report("一、存在的主要问题\n（一）在学习方面\n学习不够深入。\n" + style[0] + "学习时间不够。\n" + style[1]
          + "学用结合不紧。比如，自学仅六次。\n");
      Finding f = r.findings().get(0);
      assertEquals(List.of(SegmentKind.LEAD, SegmentKind.POINT, SegmentKind.POINT, SegmentKind.CASE), kinds(f),
          style[0]);
      PointStyle expected = style[0].endsWith(".") ? PointStyle.ARABIC_DOT
          : style[0].endsWith("、") ? PointStyle.ARABIC_COMMA : PointStyle.PAREN_ARABIC;
      assertEquals(expected, r.numbering().points());
    }
  }

  @Test
  void verdictsOfWhetherExistsFindings() {
    StringBuilder text = new StringBuilder("一、存在的主要问题\n");
    String[] cues = {"学习不够。", "工作不够。", "担当不够。", "办案不够。",
        "经对照检查，不存在重打击、轻保护等问题，但在保护民营企业上还需加强。",
        "经对照检查，不存在此类问题。",
        "深入对照检视，不存在以刑事手段干预经济纠纷问题。但是监督还不够。",
        "在部分案件化解工作中，推动力度有待加强。", "不存在趋利性跨区域执法问题。"};
    for (int i = 0; i < 9; i++) {
      text.append(Checklists.ninePoint().checkpoints().get(i).title().isEmpty() ? "" : "（"
          + io.github.jianshi.core.numbering.ChineseNumerals.format(i + 1) + "）"
          + Checklists.ninePoint().checkpoints().get(i).title() + "\n" + cues[i] + "\n");
    }
    ImportResult result = imported(text.toString());
    Report r = result.report().orElseThrow();
    assertFalse(result.checklistInferred());
    assertEquals(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS, r.findings().get(4).verdict());
    assertEquals("经对照检查，不存在重打击、轻保护等问题，", r.findings().get(4).segments().findFirst().orElseThrow().text());
    assertEquals(Verdict.NOT_PRESENT, r.findings().get(5).verdict());
    assertEquals(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS, r.findings().get(6).verdict());
    assertEquals(Verdict.PROBLEMS_FOUND, r.findings().get(7).verdict());
    assertEquals(Verdict.NOT_PRESENT, r.findings().get(8).verdict());
    assertEquals(Verdict.PROBLEMS_FOUND, r.findings().get(0).verdict());
  }

  @Test
  void reportWithoutHeadings() {
    ImportResult result = imported("个人对照检查材料\n"
        + "今年以来，本人在理论学习上下功夫不够，工作作风不够扎实，联系群众不够紧密。\n"
        + "原因，一是理论学习不够深入。二是宗旨意识有所淡化。三是纪律要求有所放松。\n"
        + "整改：一是加强理论学习。二是改进工作作风。三是密切联系群众。四是严守纪律规矩。\n");
    Report r = result.report().orElseThrow();
    assertEquals("个人对照检查材料", r.title().orElseThrow());
    assertEquals(1, r.findings().size());
    assertEquals(3, r.causes().size());
    assertEquals(4, r.measures().size());
    assertEquals("原因，", r.headings().causes());
    assertEquals("理论学习不够深入。", r.causes().get(0).headline().orElse(r.causes().get(0).text()));
    assertTrue(result.diagnostics().codes().contains("import.section.headingless"));
  }

  @Test
  void causesAndMeasuresWithHeadlinesOnTheirOwnLine() {
    Report r = report("一、存在的主要问题\n（一）在学习方面\n学习不够深入。\n二、原因剖析\n（一）思想认识方面\n"
        + "对学习的重要性认识不足，存在重业务轻学习的倾向。\n重视程度不够。\n（二）工作作风方面\n"
        + "深入基层调查研究少，了解情况不全面。\n三、整改措施\n1.加强学习。制定个人学习计划，每月集中学习两次。\n"
        + "2.提高审判效率，压缩涉企案件审理周期。\n以上材料，请同志们批评指正。\n");
    Cause c = r.causes().get(0);
    assertEquals("思想认识方面", c.headline().orElseThrow());
    assertEquals("", c.text());
    assertEquals(2, c.moreParagraphs().size());
    assertEquals(PointStyle.PAREN_CHINESE, r.numbering().causes());
    Measure m = r.measures().get(0);
    assertEquals("加强学习。", m.headline().orElseThrow());
    assertEquals(PointStyle.ARABIC_DOT, r.numbering().measures());
    assertTrue(r.measures().get(1).headline().isEmpty());
    assertEquals(List.of("以上材料，请同志们批评指正。"), r.closing());
  }

  @Test
  void pageNumbersBlankLinesIndentsAndLineEnds() {
    String text = "\u3000\u3000一、存在的主要问题\r\n\r\n（一）在学习方面\r\n\u3000\u3000学习不够深入。\r\n— 3 —\r\n"
        + "-4-\r第5页\r\n二、整改措施\n一是加强学习。\n";
    ImportResult result = imported(text);
    Report r = result.report().orElseThrow();
    assertEquals("学习不够深入。", r.findings().get(0).segments().findFirst().orElseThrow().text());
    List<Diagnostic> removed = result.diagnostics().diagnostics().stream()
        .filter(d -> d.code().equals("import.page-number.removed")).toList();
    assertEquals(3, removed.size());
    assertEquals(List.of(5, 6, 7), removed.stream().map(d -> d.line().getAsInt()).toList());
    assertEquals("— 3 —", removed.get(0).arguments().get(0));
    assertEquals(1, r.measures().size());
  }

  @Test
  void hardWrappedPdfCopyIsJoined() {
    String text = "一、存在的主要问题\n（一）在学习方面\n理论武装抓得不深，政治判断力存在偏差。虽然能够坚持\n"
        + "学习党的创新理论，但在学懂弄通做实上存在差距，运用党的\n创新理论指导实践、推动工作的能力不强。\n"
        + "一是理论学习的转化效果不彻底。班子在组织学习党的二十届\n四中全会精神时，能够认识到全会对于“十五五”开局起步的\n"
        + "重大意义，但在实际工作中，对于如何将全会提出的要求与我\n镇具体实践相结合，思考不深、谋划不细。\n";
    ImportResult result = imported(text);
    Finding f = result.report().orElseThrow().findings().get(0);
    assertEquals(2, f.body().size());
    assertEquals(List.of(SegmentKind.LEAD, SegmentKind.DETAIL, SegmentKind.POINT), kinds(f));
    assertTrue(f.points().get(0).text().contains("班子在组织学习党的二十届四中全会精神时"));
    assertTrue(result.diagnostics().codes().contains("import.lines.joined"));
  }

  @Test
  void placeholdersAreKeptAndReported() {
    ImportResult result = imported("一、存在的主要问题\n（一）在学习方面\n20**年以来，xx同志学习不够深入。\n");
    assertTrue(result.report().orElseThrow().findings().get(0).segments().findFirst().orElseThrow().text()
        .startsWith("20**年以来，xx同志"));
    assertTrue(result.diagnostics().codes().contains("import.text.placeholder"));
  }

  @Test
  void signatureAndDate() {
    Report r = report("一、存在的主要问题\n（一）在学习方面\n学习不够深入。\n二、整改措施\n一是加强学习。\n"
        + "中共某某县委政法委员会\n2022年8月15日\n");
    assertEquals(List.of("中共某某县委政法委员会", "2022年8月15日"), r.signature());
    assertEquals(LocalDate.of(2022, 8, 15), r.date().orElseThrow());
    Report chinese = report("一、存在的主要问题\n（一）在学习方面\n学习不够深入。\n二〇二二年八月十五日\n");
    assertEquals(LocalDate.of(2022, 8, 15), chinese.date().orElseThrow());
  }

  @Test
  void otherSectionsAreKeptNotForced() {
    ImportResult result = imported("一、会前准备情况\n认真学习了规定篇目，广泛征求了意见。\n二、存在的主要问题\n（一）在学习方面\n"
        + "学习不够深入。\n");
    Report r = result.report().orElseThrow();
    assertEquals("会前准备情况", r.extraSections().get(0).heading());
    assertEquals(1, r.findings().size());
    assertTrue(result.diagnostics().codes().contains("import.section.other"));
  }

  @Test
  void wordHintsCountAsWrittenMarkers() {
    SourceDocument doc = SourceDocument.builder().format("docx")
        .addParagraphs(SourceParagraph.builder().text("个人对照检查材料").alignment(SourceParagraph.Alignment.CENTER)
            .paragraph(1).build())
        .addParagraphs(SourceParagraph.builder().text("存在的主要问题").numberingMarker("一、").outlineLevel(0)
            .paragraph(2).build())
        .addParagraphs(SourceParagraph.builder().text("在学习方面").numberingMarker("（一）").outlineLevel(1)
            .paragraph(3).build())
        .addParagraphs(SourceParagraph.builder().text("学习不够深入。xx同志").paragraph(4).build())
        .addParagraphs(SourceParagraph.builder().text("学习时间不够。").numberingMarker("1.").paragraph(5).build())
        .addParagraphs(SourceParagraph.builder().text("2022年8月15日").alignment(SourceParagraph.Alignment.RIGHT)
            .paragraph(6).build())
        .build();
    ImportResult result = IMPORTER.importDocument(doc);
    Report r = result.report().orElseThrow();
    assertEquals("个人对照检查材料", r.title().orElseThrow());
    assertEquals("在学习方面", r.findings().get(0).heading().orElseThrow());
    assertEquals(List.of(SegmentKind.LEAD, SegmentKind.DETAIL, SegmentKind.POINT), kinds(r.findings().get(0)));
    assertEquals(PointStyle.ARABIC_DOT, r.numbering().points());
    assertEquals(LocalDate.of(2022, 8, 15), r.date().orElseThrow());
    Diagnostic d = result.diagnostics().diagnostics().stream().filter(x -> x.paragraph().isPresent()).findFirst()
        .orElseThrow();
    assertEquals("import.text.placeholder", d.code());
    assertEquals(4, d.paragraph().getAsInt());
    assertEquals("xx同志", d.excerpt().orElseThrow());
    assertTrue(d.line().isEmpty());
  }

  @Test
  void explicitCharsetIsSaid() {
    ImportResult r = IMPORTER.importText("一、存在的主要问题\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertEquals("UTF-8", r.source().charset().orElseThrow());
    assertTrue(r.diagnostics().codes().contains("import.charset.given"));
  }

  @Test
  void modesAndForcedChecklist() {
    byte[] real = RealText.bytes();
    ImportResult inferred = ReportImporter.builder().mode(ImportMode.INFER).build().importText(real);
    assertTrue(inferred.checklistInferred());
    assertEquals(9, inferred.checklist().orElseThrow().checkpoints().size());
    assertTrue(inferred.checklist().orElseThrow().id().startsWith("imported-"));
    assertEquals(inferred.checklist().orElseThrow().id(),
        ReportImporter.builder().mode(ImportMode.INFER).build().importText(real).checklist().orElseThrow().id());
    assertEquals(io.github.jianshi.core.CheckpointKind.WHETHER_EXISTS,
        inferred.checklist().orElseThrow().checkpoints().get(4).kind());
    ImportResult forced = ReportImporter.builder().checklist(Checklists.ninePoint()).build().importText(real);
    assertFalse(forced.checklistInferred());
    assertTrue(forced.matchScore().isEmpty());
    assertEquals(Checklists.ninePoint(), forced.checklist().orElseThrow());
  }

  // ------------------------------------------------------------- whole texts flattened onto one line

  /** A PDF page copied onto one line: line ends became spaces, also inside words, at about the same width. */
  private static final String FLAT_WRAPPED = "关于会议过多问题的自查报告 按照县委要求,我单位对近一年召开的会议进行了全面自查,现将"
      + "有关情 况报告如下。 一、存在的问题 1.会议数量过多:今年全单位召开的会议数量偏多,各科室之间的协调沟通不够高"
      + "效,导致重 复开会、会议时间紧张等问题。 2.会议内容重复:部分会议内容存在重复,相同议题在不同会议中多次讨论,"
      + "造成资源浪费 和工作效率低下。 3.会议形式陈旧:部分会议形式过于陈旧,缺乏活力和创造性,无法引起与会人员的积"
      + "极参与和思 考。 二、原因分析 第1 页共 3页";

  @Test
  void wholePdfPageOnOneLineIsSplitAtTitleHeadingsItemsAndPageFooter() {
    ImportResult result = imported(FLAT_WRAPPED);
    Report r = result.report().orElseThrow();
    assertEquals("关于会议过多问题的自查报告", r.title().orElseThrow());
    assertEquals(1, r.preamble().size());
    assertTrue(r.preamble().get(0).endsWith("现将有关情况报告如下。"), r.preamble().get(0));
    assertEquals("存在的问题", r.headings().problems());
    assertEquals(List.of("会议数量过多:", "会议内容重复:", "会议形式陈旧:"),
        r.findings().stream().map(f -> f.heading().orElseThrow()).toList());
    // the spaces left by the PDF's line ends are gone from the text
    assertTrue(r.findings().get(0).segments().anyMatch(s -> s.text().contains("导致重复开会")));
    assertEquals("原因分析", r.headings().causes());
    List<String> codes = result.diagnostics().codes();
    assertTrue(codes.contains("import.lines.flattened"), codes::toString);
    Diagnostic page = result.diagnostics().diagnostics().stream()
        .filter(d -> d.code().equals("import.page-number.removed")).findFirst().orElseThrow();
    assertEquals(List.of("第1 页共 3页"), page.arguments());
    assertEquals(FLAT_WRAPPED.indexOf("第1") + 1, page.column().getAsInt());
  }

  @Test
  void wholeTextWithOnlySpacesBetweenParagraphsSplitsAtEverySpaceAndDropsARepeatedTitle() {
    String text = "县委理论学习中心组学习情况调研报告 县委理论学习中心组学习情况调研报告 市委宣传部: "
        + "按照文件精神安排,我们就县委理论学习中心组近年来在理论学习中的经验、做法、存在的问题等进行了讨论和总结,"
        + "并深入全县基层党委进行了专题调研,听取了意见和建议。 通过调研,我们认为,党委中心组的理论学习对于加强领导干部"
        + "理论学习,促进领导班子思想政治建设有着非常重要的意义,更有利于提高各级领导班子的领导水平和决策能力。 一、基本经验及取得的成效";
    assertTrue(text.length() >= Recogniser.FLAT_MIN);
    ImportResult result = imported(text);
    Report r = result.report().orElseThrow();
    assertEquals("县委理论学习中心组学习情况调研报告", r.title().orElseThrow());
    assertEquals("市委宣传部:", r.addressee().orElseThrow());
    assertEquals(2, r.preamble().size());
    assertEquals("基本经验及取得的成效", r.extraSections().get(0).heading());
    List<String> codes = result.diagnostics().codes();
    assertTrue(codes.contains("import.lines.flattened-paragraphs"), codes::toString);
    assertTrue(codes.contains("import.title.repeated"), codes::toString);
  }

  @Test
  void aLongParagraphWithSpacesAroundNumbersIsNotAFlattenedText() {
    String para = "根据县委关于召开 2025 年度民主生活会的统一部署,我在会前认真学习了有关文件,广泛征求了意见,"
        + "深入开展了谈心谈话,紧密联系思想和工作实际,认真查摆问题,深刻剖析原因,明确整改方向,"
        + "力求做到问题找得准、原因析得透、措施定得实,以更好地推动各项工作落地见效,同时对照 2024 年度民主生活会"
        + "查摆问题的整改情况逐项进行了回头看,对 3 项尚未完成的整改任务明确了完成时限,现将有关情况报告如下: "
        + "请予审阅。";
    assertTrue(para.length() >= Recogniser.FLAT_MIN);
    ImportResult result = imported("对照检查材料\n" + para + "\n一、存在的问题\n（一）在学习方面\n学习不够深入。\n");
    assertEquals(1, result.report().orElseThrow().preamble().size());
    assertFalse(result.diagnostics().codes().stream().anyMatch(c -> c.startsWith("import.lines.flattened")));
  }

  @Test
  void spacesTypedAfterFullStopsDoNotSplitAParagraph() {
    String para = "对照检查发现，我在以下几个方面还存在差距。 一是理论学习不够深入，满足于读原文、记笔记，"
        + "没有做到学思用贯通、知信行统一，运用党的创新理论指导实践的能力还不强。 二是担当作为不够有力，"
        + "面对矛盾困难有时存在畏难情绪，抓落实的韧劲不足，工作标准有时不高。 三是联系群众不够紧密，"
        + "深入基层调查研究的次数不多，听取群众意见不够全面，解决群众急难愁盼问题的办法不多。 四是自我要求不够严格，"
        + "有时以事务繁忙为由放松了学习，对身边同志的提醒帮助不够及时，批评与自我批评的辣味不足，落实制度有时打折扣。";
    assertTrue(para.length() >= Recogniser.FLAT_MIN);
    ImportResult result = imported(para);
    assertFalse(result.diagnostics().codes().stream().anyMatch(c -> c.startsWith("import.lines.flattened")));
    assertEquals(1, result.report().orElseThrow().findings().get(0).body().size());
  }

  // ------------------------------------------------------------- sections decided from their content

  @Test
  void aSituationSectionOfWhetherExistsVerdictsIsReadAsProblems() {
    ImportResult result = imported("办公用房自查报告\n现将自查情况汇报如下:\n一、现有办公用房情况\n办公楼建于七十年代。\n"
        + "二、自查情况\n(一)我单位不存在新建楼堂馆所的问题。\n(二)多年来只做过必要的修缮。近两年没有进行维修改造。\n"
        + "(三)我单位办公用房面积全部符合标准。\n");
    Report r = result.report().orElseThrow();
    assertEquals("自查情况", r.headings().problems());
    assertEquals(3, r.findings().size());
    for (Finding f : r.findings()) {
      assertEquals(Verdict.NOT_PRESENT, f.verdict(), f::toString);
    }
    assertEquals(1, r.extraSections().size());
    assertTrue(result.diagnostics().codes().contains("import.section.verdicts"));
  }

  @Test
  void aSituationSectionOfWorkDoneStaysAnotherSection() {
    ImportResult result = imported("自查报告\n一、自查工作情况\n(一)成立了领导小组。\n(二)制定了工作方案。\n"
        + "(三)开展了全面排查,未发现违规问题。\n");
    Report r = result.report().orElseThrow();
    assertTrue(r.findings().isEmpty());
    assertEquals("自查工作情况", r.extraSections().get(0).heading());
    assertFalse(result.diagnostics().codes().contains("import.section.verdicts"));
  }

  @Test
  void aListBeforeAProblemAnalysisIsReadAsProblems() {
    ImportResult result = imported("一、会议工作的现状\n1.会议过多:会议数量偏多。\n2.会议过长:会议时间偏长。\n"
        + "二、问题分析\n1.思想认识不到位。\n");
    Report r = result.report().orElseThrow();
    assertEquals("会议工作的现状", r.headings().problems());
    assertEquals(2, r.findings().size());
    assertEquals("问题分析", r.headings().causes());
    assertEquals(1, r.causes().size());
    assertTrue(result.diagnostics().codes().contains("import.section.guessed"));
  }

  @Test
  void aProblemsSectionWithOnlyItsOpeningIsFlagged() {
    ImportResult result = imported("一、存在的主要问题\n认真总结以往工作,深刻剖析自身不足,主要存在以下问题:\n");
    Report r = result.report().orElseThrow();
    assertEquals(0, r.findings().size());
    assertEquals(List.of("认真总结以往工作,深刻剖析自身不足,主要存在以下问题:"), r.problemsOpening());
    assertTrue(result.diagnostics().diagnostics().stream().anyMatch(
        d -> d.code().equals("import.section.intro-only") && d.pointer().equals("/problemsOpening/0")));
  }

  @Test
  void paragraphsBeforeTheFirstSubsectionOrItemAreTheSectionsOpening() {
    ImportResult result = imported("一、存在的主要问题\n对照检视，主要存在以下问题：\n（一）在理论学习方面\n学习不够深入。\n"
        + "二、产生问题的原因\n究其原因，主要有以下几点。\n一是思想认识不到位。\n二是工作标准不高。\n"
        + "三、整改措施\n针对以上问题，我将认真整改。\n具体措施如下：一是加强学习。二是狠抓落实。\n");
    Report r = result.report().orElseThrow();
    assertEquals(List.of("对照检视，主要存在以下问题："), r.problemsOpening());
    assertEquals(1, r.findings().size());
    assertEquals("学习不够深入。", r.findings().get(0).body().get(0).segments().get(0).text());
    assertEquals(List.of("究其原因，主要有以下几点。"), r.causesOpening());
    assertEquals(2, r.causes().size());
    assertEquals(List.of("针对以上问题，我将认真整改。", "具体措施如下："), r.measuresOpening());
    assertEquals(2, r.measures().size());
    assertFalse(result.diagnostics().codes().contains("import.section.intro-only"));
  }
}
