package io.github.jianshi.core.testing;

import static io.github.jianshi.core.Segment.detail;
import static io.github.jianshi.core.Segment.example;
import static io.github.jianshi.core.Segment.lead;
import static io.github.jianshi.core.Segment.point;

import io.github.jianshi.core.Author;
import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.CheckpointKind;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.MeasureKind;
import io.github.jianshi.core.MeasureStatus;
import io.github.jianshi.core.Numbering;
import io.github.jianshi.core.PointStyle;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.SectionHeadings;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.core.numbering.ChineseNumerals;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test reports of other shapes than the real one, shared with the other modules' tests through the
 * test-jar. Each is built through the public API only.
 *
 * <ul>
 *   <li>{@code eleven-points}: a custom checklist of eleven checkpoints (so （十一） appears), a finding
 *       with eleven run-in points (十一是), eleven measures, title, author and date;</li>
 *   <li>{@code several-cases}: the nine-point checklist, findings of several paragraphs with several
 *       cases each, every verdict, custom section headings, closing paragraphs;</li>
 *   <li>{@code no-causes}: no causes section, so the measures section is 二、;</li>
 *   <li>{@code tracked-measures}: a 民主生活会 checklist; measures with owners, due dates, kinds,
 *       statuses and links to findings (the 整改台账), causes linked to findings;</li>
 *   <li>{@code life-meeting}: a 民主生活会 report as imported reports are written: an id, a title on two
 *       lines, a byline, an addressee, an extra section before the problems (上年度整改落实情况), points
 *       numbered 1. in paragraphs of their own, causes whose headline stands on its own line with
 *       further paragraphs, measures numbered （一） with further paragraphs, closing paragraphs and a
 *       signature with a date line;</li>
 *   <li>{@code other-numbering}: the other numbering styles (points （1）, causes 一、, measures 1、),
 *       an addressee without title, extra sections after the problems (two), after the causes and after
 *       the measures, and a signature without a date line;</li>
 *   <li>{@code section-openings}: the opening paragraphs of the three sections (对照检视，主要存在以下问题：
 *       under the problems heading before （一）, one before the causes, two before the measures).</li>
 * </ul>
 */
public final class SampleReports {
  private SampleReports() {}

  /**
   * All sample reports by name, in a fixed order.
   *
   * @return name to report
   */
  public static Map<String, Report> all() {
    Map<String, Report> all = new LinkedHashMap<>();
    all.put("eleven-points", elevenPoints());
    all.put("several-cases", severalCases());
    all.put("no-causes", noCauses());
    all.put("tracked-measures", trackedMeasures());
    all.put("life-meeting", lifeMeeting());
    all.put("other-numbering", otherNumbering());
    all.put("section-openings", sectionOpenings());
    return all;
  }

  /**
   * The built-in checklists and the custom ones of these samples.
   *
   * @return the registry
   */
  public static ChecklistRegistry registry() {
    return ChecklistRegistry.builtIn().with(elevenPointChecklist()).with(lifeMeetingChecklist());
  }

  private static final String[] ELEVEN_TOPICS = {
    "政治理论学习", "贯彻落实上级决策部署", "履行全面从严治党责任", "联系服务群众", "执行民主集中制",
    "落实中央八项规定精神", "廉洁自律", "依法行政", "意识形态工作", "安全生产监管", "干部队伍建设"
  };

  /**
   * A custom checklist of eleven checkpoints: the first seven duties, the last four whether-exists.
   *
   * @return the checklist
   */
  public static Checklist elevenPointChecklist() {
    Checklist.Builder b = Checklist.builder()
        .id("eleven-topics")
        .version("2023.1")
        .title("机关作风建设十一项对照检查清单")
        .description("用于测试：十一个检视点，使（十一）出现。");
    for (int i = 0; i < ELEVEN_TOPICS.length; i++) {
      String topic = ELEVEN_TOPICS[i];
      boolean exists = i >= 7;
      b.addCheckpoint(Checkpoint.of("t" + (i + 1),
          exists ? CheckpointKind.WHETHER_EXISTS : CheckpointKind.DUTY,
          exists ? "在是否存在" + topic + "不到位问题方面" : "在" + topic + "方面",
          exists ? "是否存在" + topic + "不到位问题" : "是否做好" + topic));
    }
    return b.build();
  }

  /**
   * A 民主生活会 checklist of six topics ("六个方面"), all duties.
   *
   * @return the checklist
   */
  public static Checklist lifeMeetingChecklist() {
    return Checklist.builder()
        .id("life-meeting-six")
        .version("1")
        .title("民主生活会六个方面对照检查")
        .addCheckpoint(Checkpoint.of("theory", CheckpointKind.DUTY, "在加强理论武装方面", "是否加强理论武装"))
        .addCheckpoint(Checkpoint.of("loyalty", CheckpointKind.DUTY, "在对党忠诚方面", "是否对党忠诚"))
        .addCheckpoint(Checkpoint.of("development", CheckpointKind.DUTY, "在推动高质量发展方面", "是否推动高质量发展"))
        .addCheckpoint(Checkpoint.of("people", CheckpointKind.DUTY, "在践行以人民为中心的发展思想方面",
            "是否践行以人民为中心的发展思想"))
        .addCheckpoint(Checkpoint.of("integrity", CheckpointKind.DUTY, "在落实全面从严治党责任方面",
            "是否落实全面从严治党责任"))
        .addCheckpoint(Checkpoint.of("remediation", CheckpointKind.WHETHER_EXISTS, "在是否存在整改落实不到位问题方面",
            "是否存在整改落实不到位问题"))
        .build();
  }

  /**
   * Eleven checkpoints, eleven run-in points in the first finding, eleven measures.
   *
   * @return the report
   */
  public static Report elevenPoints() {
    Checklist list = elevenPointChecklist();
    Report.Builder r = Report.builder()
        .answering(list)
        .title("局领导班子成员作风建设对照检查材料")
        .author(Author.builder().name("王某某").position("副局长").organization("某某市应急管理局").build())
        .date(LocalDate.of(2023, 3, 9))
        .status(ReportStatus.FINAL)
        .addPreamble("按照市委统一部署，我紧扣十一项检查内容，逐项对照查摆，现将有关情况报告如下。");
    Finding.Builder first = Finding.builder().answering(list.checkpoints().get(0))
        .verdict(Verdict.PROBLEMS_FOUND);
    Segment[] points = new Segment[12];
    points[0] = lead("理论学习还存在十一个方面的差距。");
    for (int i = 1; i <= 11; i++) {
      points[i] = point("第" + ChineseNumerals.format(i) + "个方面的差距有待弥补" + (i == 11 ? "。" : "；"));
    }
    r.addFinding(first.addParagraph(points).build());
    for (int i = 1; i < 11; i++) {
      Checkpoint cp = list.checkpoints().get(i);
      boolean exists = cp.kind() == CheckpointKind.WHETHER_EXISTS;
      r.addFinding(Finding.builder().answering(cp)
          .verdict(exists ? (i % 2 == 0 ? Verdict.NOT_PRESENT : Verdict.NOT_PRESENT_WITH_SHORTCOMINGS)
              : Verdict.PROBLEMS_FOUND)
          .addParagraph(exists && i % 2 == 0
              ? new Segment[] {lead("经认真对照检查，不存在" + ELEVEN_TOPICS[i] + "不到位问题。")}
              : new Segment[] {lead(ELEVEN_TOPICS[i] + "还有差距。"),
                  detail("工作中有时满足于完成任务，标准不够高。")})
          .build());
    }
    for (int i = 1; i <= 11; i++) {
      r.addMeasure(Measure.of("第" + ChineseNumerals.format(i) + "项整改措施。", "抓好落实，久久为功。"));
    }
    r.addCause(Cause.of("理论学习不够深入。", "没有做到学以致用。"));
    return r.build();
  }

  /**
   * Findings with several paragraphs and cases, every verdict, custom headings, closing paragraphs.
   *
   * @return the report
   */
  public static Report severalCases() {
    Checklist nine = Checklists.ninePoint();
    List<Checkpoint> cp = nine.checkpoints();
    Report.Builder r = Report.builder()
        .answering(nine)
        .title("个人对照检视剖析材料")
        .author(Author.builder().name("李某").organization("某某县人民法院").build())
        .date(LocalDate.of(2022, 8, 5))
        .status(ReportStatus.DRAFT)
        .headings(SectionHeadings.builder().problems("查摆出的主要问题").causes("问题产生的根源")
            .measures("下一步整改方向").build())
        .addPreamble("根据县委政法委通知要求，结合审判执行工作实际，对照“九个是否”逐项查摆。")
        .addPreamble("现将对照检视情况报告如下：");
    r.addFinding(Finding.builder().answering(cp.get(0)).verdict(Verdict.PROBLEMS_FOUND)
        .addParagraph(lead("学习不够系统。"), point("学习时间保障不够。"),
            example("比如，今年以来个人自学仅安排了六次。"), example("又如，专题研讨发言准备不充分。"),
            point("学用结合不够紧密。"))
        .addParagraph(detail("另外，运用法治思维解决实际问题的能力还需提高。"),
            example("比如在一起买卖合同纠纷中，调解方案考虑不周。"))
        .build());
    r.addFinding(Finding.builder().answering(cp.get(1)).verdict(Verdict.PROBLEMS_FOUND)
        .addParagraph(point("传达学习不及时。"), point("贯彻落实有温差、落差。"), point("跟踪问效不到位。"))
        .build());
    r.addFinding(Finding.builder().answering(cp.get(2)).verdict(Verdict.NOT_APPLICABLE)
        .heading("在助企纾困方面（本人不分管此项工作）")
        .build());
    r.addFinding(Finding.builder().answering(cp.get(3)).verdict(Verdict.PROBLEMS_FOUND)
        .addParagraph(lead("涉企案件审理周期偏长。"))
        .addParagraph(example("比如，某建材公司诉某开发公司一案，审理用时超过六个月。"))
        .addParagraph(example("再如，部分执行案件财产查控不及时。"))
        .build());
    r.addFinding(Finding.builder().answering(cp.get(4)).verdict(Verdict.NOT_PRESENT)
        .addParagraph(lead("经认真对照，不存在重打击、轻保护等问题。"))
        .build());
    for (int i = 5; i < 9; i++) {
      r.addFinding(Finding.builder().answering(cp.get(i)).verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS)
          .addParagraph(lead("不存在此类问题，"), detail("但相关制度机制还需健全。"))
          .build());
    }
    r.addCause(Cause.builder().text("对学习的重要性认识不足，存在重业务轻学习的倾向。").build());
    r.addCause(Cause.of("服务意识不强。", ""));
    r.addMeasure(Measure.of("加强学习。", "制定个人学习计划，每月至少集中学习两次。"));
    r.addMeasure(Measure.builder().text("提高审判效率，压缩涉企案件审理周期。").build());
    r.addClosing("以上对照检视，如有不当之处，请同志们批评指正。");
    r.addClosing("我将以此次对照检视为契机，切实抓好整改落实。");
    return r.build();
  }

  /**
   * No causes section: the measures section becomes 二、.
   *
   * @return the report
   */
  public static Report noCauses() {
    Checklist nine = Checklists.ninePoint();
    Report.Builder r = Report.builder().answering(nine).status(ReportStatus.DRAFT)
        .addPreamble("按照要求，现将对照检视情况报告如下。");
    for (Checkpoint c : nine.checkpoints()) {
      boolean duty = c.kind() == CheckpointKind.DUTY;
      r.addFinding(Finding.builder().answering(c)
          .verdict(duty ? Verdict.PROBLEMS_FOUND : Verdict.NOT_PRESENT)
          .addParagraph(duty
              ? lead("在这方面还有差距，需要进一步加强。")
              : lead("经对照检查，不存在此类问题。"))
          .build());
    }
    r.addMeasure(Measure.of("加强理论学习。", "做到学思用贯通、知信行统一。"));
    r.addMeasure(Measure.of("狠抓工作落实。", "对查摆出的问题逐项整改。"));
    return r.build();
  }

  /**
   * A 民主生活会 report whose measures carry the ledger fields and link to findings.
   *
   * @return the report
   */
  public static Report trackedMeasures() {
    Checklist six = lifeMeetingChecklist();
    List<Checkpoint> cp = six.checkpoints();
    Report.Builder r = Report.builder()
        .answering(six)
        .title("2023年度民主生活会个人对照检查材料")
        .author(Author.builder().name("张某某").position("党组书记、局长").organization("某某县市场监督管理局").build())
        .date(LocalDate.of(2024, 1, 18))
        .status(ReportStatus.FINAL)
        .addPreamble("按照县委关于开好2023年度民主生活会的通知要求，我认真学习规定篇目，广泛征求意见建议，"
            + "紧扣六个方面进行对照检查。现报告如下。");
    for (int i = 0; i < 5; i++) {
      r.addFinding(Finding.builder().answering(cp.get(i)).verdict(Verdict.PROBLEMS_FOUND)
          .addParagraph(lead("有差距。"), point("思想上重视不够。"), point("行动上落实不够。"))
          .build());
    }
    r.addFinding(Finding.builder().answering(cp.get(5)).verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS)
        .addParagraph(lead("不存在整改落实不到位问题，"), detail("但个别整改事项销号时间滞后。"))
        .build());
    r.addCause(Cause.builder().headline("理想信念有所松懈。").text("放松了世界观、人生观、价值观的改造。")
        .addCheckpoints("theory", "loyalty").build());
    r.addCause(Cause.builder().headline("宗旨意识有所淡化。").text("深入基层调查研究少。")
        .addCheckpoint("people").build());
    r.addMeasure(Measure.builder().headline("强化理论武装。").text("每季度开展一次专题读书班。")
        .addCheckpoints("theory", "loyalty").owner("张某某").due(LocalDate.of(2024, 6, 30))
        .kind(MeasureKind.LONG_TERM).status(MeasureStatus.IN_PROGRESS).build());
    r.addMeasure(Measure.builder().headline("推动高质量发展。").text("优化营商环境，开展涉企检查“双随机”全覆盖。")
        .addCheckpoint("development").owner("局办公室").due(LocalDate.of(2024, 3, 31))
        .kind(MeasureKind.TIME_BOUND).status(MeasureStatus.DONE).build());
    r.addMeasure(Measure.builder().headline("践行为民宗旨。").text("建立局领导包联企业制度。")
        .addCheckpoints("people", "integrity", "remediation").owner("各分管领导")
        .kind(MeasureKind.IMMEDIATE).status(MeasureStatus.VERIFIED).build());
    return r.build();
  }

  /**
   * A 民主生活会 report with every part an imported report can carry.
   *
   * @return the report
   */
  public static Report lifeMeeting() {
    Checklist six = lifeMeetingChecklist();
    List<Checkpoint> cp = six.checkpoints();
    Report.Builder r = Report.builder()
        .answering(six)
        .id("minzhu-2023-zhao")
        .title("2023年度民主生活会\n个人对照检查材料")
        .byline("县委常委、县委办公室主任  赵某某")
        .addressee("县委：")
        .author(Author.builder().name("赵某某").position("县委常委、县委办公室主任").organization("中共某某县委办公室")
            .build())
        .date(LocalDate.of(2024, 1, 22))
        .status(ReportStatus.FINAL)
        .numbering(Numbering.builder().points(PointStyle.ARABIC_DOT).measures(PointStyle.PAREN_CHINESE).build())
        .addPreamble("根据县委《关于召开2023年度县委常委班子民主生活会的通知》要求，会前我认真学习规定篇目，"
            + "广泛征求意见建议，紧扣六个方面深入查摆问题。现将个人对照检查情况报告如下。")
        .addExtraSections(ExtraSection.of("上年度民主生活会整改措施落实情况", ExtraSection.Placement.BEFORE_PROBLEMS,
            List.of("上年度民主生活会查摆的4个方面问题，已整改完成3个，1个正在持续推进。",
                "对照检查中提出的整改措施，已全部建立台账、明确时限、跟踪问效。")));
    r.addFinding(Finding.builder().answering(cp.get(0)).verdict(Verdict.PROBLEMS_FOUND)
        .addParagraph(lead("理论学习的系统性、深入性还不够。"))
        .addParagraph(point("学习不够系统。"), example("比如，对新修订的条例原文学得不够深入。"))
        .addParagraph(point("学用结合不够紧密。"), detail("运用党的创新理论指导实践的能力还需提高。"))
        .build());
    r.addFinding(Finding.builder().answering(cp.get(1)).verdict(Verdict.PROBLEMS_FOUND)
        .addParagraph(point("请示报告不够及时。"))
        .addParagraph(point("贯彻落实上级部署有时存在温差。"))
        .build());
    for (int i = 2; i < 5; i++) {
      r.addFinding(Finding.builder().answering(cp.get(i)).verdict(Verdict.PROBLEMS_FOUND)
          .addParagraph(lead("工作标准还不够高。"), detail("有时满足于完成任务。"))
          .build());
    }
    r.addFinding(Finding.builder().answering(cp.get(5)).verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS)
        .addParagraph(lead("不存在整改落实不到位问题，"), detail("但个别整改事项销号时间滞后。"))
        .build());
    r.addCause(Cause.builder().headline("理想信念有所松懈。")
        .addMoreParagraphs("对理论学习的重要性认识不足，满足于一般性了解。", "放松了世界观、人生观、价值观的改造。")
        .addCheckpoints("theory", "loyalty").build());
    r.addCause(Cause.builder().headline("宗旨意识有所淡化。")
        .addMoreParagraphs("深入基层调查研究少，联系服务群众不够经常。")
        .addCheckpoint("people").build());
    r.addMeasure(Measure.builder().headline("强化理论武装。").text("坚持把学习贯彻党的创新理论作为首要政治任务。")
        .addMoreParagraphs("每季度开展一次专题读书班，做到学思用贯通。")
        .addCheckpoints("theory", "loyalty").build());
    r.addMeasure(Measure.builder().headline("改进工作作风。").text("带头深入基层调查研究，每季度不少于一次。")
        .addCheckpoints("development", "people", "integrity", "remediation").build());
    r.addClosing("以上对照检查，如有不妥之处，请同志们批评指正。");
    r.addSignature("赵某某", "2024年1月22日");
    return r.build();
  }

  /**
   * The other numbering styles and placements of extra sections; an addressee without title, a
   * signature without a date line.
   *
   * @return the report
   */
  public static Report otherNumbering() {
    Checklist nine = Checklists.ninePoint();
    Report.Builder r = Report.builder()
        .answering(nine)
        .addressee("县委政法委：")
        .status(ReportStatus.DRAFT)
        .numbering(Numbering.builder().points(PointStyle.PAREN_ARABIC).causes(PointStyle.CHINESE_COMMA)
            .measures(PointStyle.ARABIC_COMMA).build())
        .addPreamble("现将对照检视情况报告如下。")
        .addExtraSections(ExtraSection.of("需要说明的情况", ExtraSection.Placement.AFTER_PROBLEMS,
            List.of("本人自2022年5月起分管执法监督工作。")))
        .addExtraSections(ExtraSection.of("会前征求意见情况", ExtraSection.Placement.AFTER_PROBLEMS,
            List.of("共征求到意见建议12条。", "已逐条梳理，纳入整改清单。")))
        .addExtraSections(ExtraSection.of("上年度整改情况", ExtraSection.Placement.AFTER_CAUSES, List.of()))
        .addExtraSections(ExtraSection.of("个人有关事项报告情况", ExtraSection.Placement.AFTER_MEASURES,
            List.of("本人如实报告了个人有关事项，无应报未报情况。")));
    for (Checkpoint c : nine.checkpoints()) {
      boolean duty = c.kind() == CheckpointKind.DUTY;
      r.addFinding(Finding.builder().answering(c)
          .verdict(duty ? Verdict.PROBLEMS_FOUND : Verdict.NOT_PRESENT)
          .addParagraph(duty
              ? new Segment[] {lead("还有差距。"), point("学习不深。"), point("落实不力。")}
              : new Segment[] {lead("经对照检查，不存在此类问题。")})
          .build());
    }
    r.addCause(Cause.of("思想认识不到位。", "对法治化营商环境建设的重要性认识不足。"));
    r.addCause(Cause.builder().text("工作标准不高，满足于过得去。").build());
    r.addMeasure(Measure.builder().headline("加强学习。").text("制定学习计划。")
        .addMoreParagraphs("每月集中学习两次，撰写心得体会。").build());
    r.addMeasure(Measure.of("狠抓落实。", "对查摆出的问题逐项整改。"));
    r.addSignature("中共某某县人民检察院党组");
    return r.build();
  }

  /**
   * A report whose three sections open with paragraphs of their own before their first finding,
   * cause and measure.
   *
   * @return the report
   */
  public static Report sectionOpenings() {
    Checklist nine = Checklists.ninePoint();
    Report.Builder r = Report.builder()
        .answering(nine)
        .title("个人对照检视材料")
        .status(ReportStatus.DRAFT)
        .addPreamble("按照县委统一部署，我认真对照九个方面进行了检视。现将有关情况报告如下。")
        .addProblemsOpening("对照检视，主要存在以下问题：")
        .addCausesOpening("究其原因，主要有以下几点：")
        .addMeasuresOpening("针对查摆出的问题，我将立行立改、持续整改。", "具体措施如下：");
    for (Checkpoint c : nine.checkpoints()) {
      boolean duty = c.kind() == CheckpointKind.DUTY;
      r.addFinding(Finding.builder().answering(c)
          .verdict(duty ? Verdict.PROBLEMS_FOUND : Verdict.NOT_PRESENT)
          .addParagraph(duty
              ? new Segment[] {lead("还有差距。"), point("学习不够深入。"), point("落实不够有力。")}
              : new Segment[] {lead("经对照检查，不存在此类问题。")})
          .build());
    }
    r.addCause(Cause.of("思想认识不到位。", "对优化法治化营商环境的重要性认识不足。"));
    r.addCause(Cause.of("工作标准不高。", "满足于完成任务，缺乏精益求精的劲头。"));
    r.addMeasure(Measure.of("加强理论学习。", "每月集中学习两次，撰写心得体会。"));
    r.addMeasure(Measure.of("狠抓工作落实。", "对查摆出的问题建立清单，逐项销号。"));
    r.addClosing("以上对照检视，如有不妥之处，请批评指正。");
    return r.build();
  }
}
