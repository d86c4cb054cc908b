package io.github.jianshi.importer;

import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.CheckpointKind;
import io.github.jianshi.core.ExtraSection;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Numbering;
import io.github.jianshi.core.Paragraph;
import io.github.jianshi.core.PointStyle;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.SectionHeadings;
import io.github.jianshi.core.Segment;
import io.github.jianshi.core.Verdict;
import io.github.jianshi.core.numbering.ChineseDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates reports whose text is unambiguous under the recogniser's documented rules (docs/import.md):
 * a lead is a first sentence of at most 40 characters, a detail that opens a finding has a longer
 * first sentence, a headline is a short first sentence, cases start with 比如/例如/又如 at a sentence
 * start, closing paragraphs start with their customary words.
 */
final class RandomReports {
  private static final String[] TOPICS = {"政治理论学习", "联系服务群众", "执行民主集中制", "落实意识形态责任",
    "安全生产监管", "干部队伍建设", "基层党组织建设", "财务资金管理", "公务接待管理", "信访矛盾化解", "优化营商环境",
    "生态环境保护", "乡村振兴衔接", "教育培训实效", "机关作风效能", "调查研究质量"};
  private static final String[] LEADS = {"理论学习还不够深入。", "贯彻落实上级部署有差距。", "担当作为意识还不够强。",
    "工作作风还不够扎实：", "统筹推进能力有待提高。", "制度执行还不够严格。"};
  private static final String[] POINTS = {"学习时间保障不够，存在以干代学现象。", "贯彻落实有温差、落差，跟踪问效不到位。",
    "调查研究不够深入，了解情况不全面；", "对新情况新问题研究不够，办法不多。",
    "工作标准不够高，满足于过得去。有时存在畏难情绪。", "督促检查不够经常，压力传导层层递减。"};
  private static final String[] LONG_DETAILS = {
    "在推动重点工作落实过程中，有时满足于开会部署、印发文件，深入一线督促检查、跟踪问效做得不够，导致个别工作推进缓慢。",
    "面对繁重的改革发展稳定任务，有时习惯于用老办法解决新问题，运用新思维新方法破解难题的能力还有欠缺，创新意识不够强。"};
  private static final String[] DETAILS = {"工作中有时满足于完成任务，标准不够高。", "另外，运用法治思维解决实际问题的能力还需提高。",
    "对基层反映的困难回应不够及时。"};
  private static final String[] CASES = {"比如，今年以来个人自学仅安排了六次。", "例如在一起合同纠纷中，调解方案考虑不周。",
    "又如，专题研讨发言准备不充分。", "比如在落实帮扶责任时，走访次数偏少。"};
  private static final String[] HEADLINES = {"思想政治不够坚定。", "理论学习认识不到位。", "宗旨意识不够牢固。", "强化理论武装。",
    "狠抓工作落实。", "严守纪律规矩。"};
  private static final String[] ALONE = {"思想认识方面", "能力素质方面", "工作作风方面", "强化理论武装"};
  private static final String[] ITEM_TEXTS = {"对学习的重要性认识不足，存在重业务轻学习的倾向。",
    "没有把理论学习放在重要位置，以事务工作代替政治理论学习，理论中心组学习虽然按照计划开展了一系列学习活动。但在强化学习效果方面还有待加强。",
    "制定个人学习计划，每月至少集中学习两次。", "建立问题清单、责任清单、整改清单，逐项销号。"};
  private static final String[] MORE = {"坚持每周集中学习一次，做到学思用贯通。", "建立健全长效机制，确保整改不反弹。",
    "对照问题清单逐项整改，按时办结。"};
  private static final String[] PREAMBLES = {"按照上级统一部署，结合工作实际，认真开展了对照检视。",
    "现将对照检视情况报告如下：", "根据通知要求，我认真学习规定篇目，广泛征求意见建议，紧扣检视内容进行对照检查。现报告如下。"};
  private static final String[] CLOSINGS = {"以上对照检视，如有不当之处，请同志们批评指正。", "我将以此次对照检视为契机，切实抓好整改落实。"};
  private static final String[] PROBLEMS_OPENINGS = {"对照检视，主要存在以下问题：", "经过认真查摆，梳理出以下几个方面的问题。",
    "对照党章党规，结合征求到的意见建议，深入查找了自身存在的差距和不足。"};
  private static final String[] CAUSES_OPENINGS = {"究其原因，主要有以下几点：", "深刻反思，问题产生的原因主要有："};
  private static final String[] MEASURES_OPENINGS = {"针对查摆出的问题，提出如下整改措施：", "坚持立行立改、持续整改，确保取得实效。"};
  private static final String[][] HEADINGS = {
    {"存在的主要问题", "存在的问题", "存在的突出问题", "查摆出的主要问题"},
    {"产生问题原因剖析", "问题产生的原因", "原因剖析", "问题产生的根源"},
    {"今后努力方向及整改措施", "整改措施", "下一步整改方向", "今后努力方向"}};
  private static final PointStyle[] POINT_STYLES = {PointStyle.RUN_IN, PointStyle.RUN_IN, PointStyle.ARABIC_DOT,
    PointStyle.ARABIC_COMMA, PointStyle.PAREN_ARABIC};
  private static final PointStyle[] ITEM_STYLES = {PointStyle.RUN_IN, PointStyle.RUN_IN, PointStyle.ARABIC_DOT,
    PointStyle.ARABIC_COMMA, PointStyle.PAREN_ARABIC, PointStyle.PAREN_CHINESE};

  private final Random random;

  RandomReports(long seed) {
    this.random = new Random(seed);
  }

  private <T> T pick(T[] a) {
    return a[random.nextInt(a.length)];
  }

  /** A checklist: the nine-point one, or one of 1 to 12 distinct topics. */
  Checklist checklist(int index) {
    if (random.nextInt(10) < 3) {
      return Checklists.ninePoint();
    }
    int n = 1 + random.nextInt(12);
    List<String> topics = new ArrayList<>(List.of(TOPICS));
    java.util.Collections.shuffle(topics, random);
    Checklist.Builder b = Checklist.builder().id("generated-" + index).version("1").title("随机生成的检视清单" + index);
    for (int i = 0; i < n; i++) {
      boolean exists = random.nextBoolean();
      String t = topics.get(i);
      b.addCheckpoint(Checkpoint.of("g" + (i + 1), exists ? CheckpointKind.WHETHER_EXISTS : CheckpointKind.DUTY,
          exists ? "在是否存在" + t + "不到位问题方面" : "在" + t + "方面", exists ? "是否存在" + t + "不到位问题" : "是否做好" + t));
    }
    return b.build();
  }

  Report report(Checklist c) {
    Report.Builder r = Report.builder().answering(c);
    boolean title = random.nextInt(3) > 0;
    if (title) {
      r.title(random.nextBoolean() ? "个人对照检查材料" : "关于开展" + pick(TOPICS) + "专项整治的\n个人对照检视剖析材料");
      if (random.nextInt(3) == 0) {
        r.byline(random.nextBoolean() ? "某某县应急管理局：王某某" : "党组书记、局长  张某某");
      }
    }
    if (random.nextInt(4) == 0) {
      r.addressee("县委：");
    }
    int pre = random.nextInt(3);
    for (int i = 0; i < pre; i++) {
      r.addPreamble(PREAMBLES[(i + random.nextInt(2)) % PREAMBLES.length]);
    }
    int nc = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(6);
    int nm = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(6);
    // a section's opening paragraphs, sometimes; a section with an opening is written without items too
    List<String> causesOpening = openings(CAUSES_OPENINGS);
    List<String> measuresOpening = openings(MEASURES_OPENINGS);
    r.causesOpening(causesOpening).measuresOpening(measuresOpening);
    // a section without items or opening is not written, so its heading and numbering cannot be read back
    SectionHeadings.Builder h = SectionHeadings.builder().problems(pick(HEADINGS[0]));
    String causesHeading = pick(HEADINGS[1]);
    String measuresHeading = pick(HEADINGS[2]);
    if (nc > 0 || !causesOpening.isEmpty()) {
      h.causes(causesHeading);
    }
    if (nm > 0 || !measuresOpening.isEmpty()) {
      h.measures(measuresHeading);
    }
    r.headings(h.build());
    PointStyle points = pick(POINT_STYLES);
    PointStyle causes = nc > 0 ? pick(ITEM_STYLES) : PointStyle.RUN_IN;
    PointStyle measures = nm > 0 ? pick(ITEM_STYLES) : PointStyle.RUN_IN;
    r.numbering(Numbering.builder().points(points).causes(causes).measures(measures).build());
    int findings = 0;
    for (Checkpoint cp : c.checkpoints()) {
      if (random.nextInt(12) == 0 && c.checkpoints().size() > 2) {
        continue;
      }
      r.addFindings(finding(cp, points));
      findings++;
    }
    List<String> problemsOpening = openings(PROBLEMS_OPENINGS);
    if (findings > 0) {
      // without findings, an opening that does not announce a list reads as a finding of prose
      r.problemsOpening(problemsOpening);
    }
    for (int i = 0; i < nc; i++) {
      Item it = item();
      Cause.Builder b = Cause.builder().text(it.text).addAllMoreParagraphs(it.more);
      if (it.headline != null) {
        b.headline(it.headline);
      }
      r.addCauses(b.build());
    }
    for (int i = 0; i < nm; i++) {
      Item it = item();
      Measure.Builder b = Measure.builder().text(it.text).addAllMoreParagraphs(it.more);
      if (it.headline != null) {
        b.headline(it.headline);
      }
      r.addMeasures(b.build());
    }
    int closing = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
    for (int i = 0; i < closing; i++) {
      r.addClosing(CLOSINGS[i]);
    }
    if (random.nextInt(4) == 0) {
      List<ExtraSection.Placement> ok = new ArrayList<>(List.of(ExtraSection.Placement.BEFORE_PROBLEMS,
          ExtraSection.Placement.AFTER_PROBLEMS));
      if (nc > 0) {
        ok.add(ExtraSection.Placement.AFTER_CAUSES);
      }
      if (nm > 0 && closing == 0) {
        ok.add(ExtraSection.Placement.AFTER_MEASURES);
      }
      r.addExtraSections(ExtraSection.of(random.nextBoolean() ? "上年度整改落实情况" : "会前准备情况",
          ok.get(random.nextInt(ok.size())), List.of("按照要求，认真梳理了上年度查摆问题的整改情况，各项整改措施均已落实。")));
    }
    if (random.nextInt(3) == 0) {
      LocalDate d = LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
      r.date(d);
      if (random.nextBoolean()) {
        r.addSignature("中共某某县委政法委员会");
      }
      r.addSignature(ChineseDates.format(d));
    }
    Report built = r.build();
    if (built.findings().stream().allMatch(f -> f.points().isEmpty())) {
      // no point is written, so the points' numbering cannot be read back
      built = Report.builder().from(built)
          .numbering(Numbering.builder().from(built.numbering()).points(PointStyle.RUN_IN).build()).build();
    }
    return built;
  }

  /** None (three times in four), one or two opening paragraphs. */
  private List<String> openings(String[] from) {
    if (random.nextInt(4) > 0) {
      return List.of();
    }
    int first = random.nextInt(from.length);
    return random.nextBoolean() ? List.of(from[first]) : List.of(from[first], from[(first + 1) % from.length]);
  }

  private record Item(String headline, String text, List<String> more) {}

  private Item item() {
    switch (random.nextInt(4)) {
      case 0:
        return new Item(pick(HEADLINES), pick(ITEM_TEXTS), List.of());
      case 1:
        return new Item(null, pick(ITEM_TEXTS), List.of());
      case 2:
        return new Item(pick(HEADLINES), "", List.of());
      default:
        List<String> more = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
          more.add(pick(MORE));
        }
        return new Item(pick(ALONE), "", more);
    }
  }

  private Finding finding(Checkpoint cp, PointStyle style) {
    Finding.Builder f = Finding.builder().answering(cp);
    if (random.nextInt(5) == 0) {
      f.heading(cp.title().substring(1, cp.title().length() - 2));
    }
    boolean exists = cp.kind() == CheckpointKind.WHETHER_EXISTS;
    int v = random.nextInt(exists ? 4 : 12);
    if (!exists && v == 0) {
      return f.heading(cp.title() + "（本人不分管此项工作）").verdict(Verdict.NOT_APPLICABLE).build();
    }
    if (exists && v == 1) {
      return f.verdict(Verdict.NOT_PRESENT)
          .addParagraph(Segment.lead("经认真对照检查，不存在" + cp.question().replace("是否存在", "") + "。")).build();
    }
    if (exists && v == 2) {
      boolean comma = random.nextBoolean();
      return f.verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS)
          .addParagraph(Segment.lead(comma ? "经对照检查，不存在此类问题，" : "深入对照检视，不存在此类问题。"),
              Segment.detail((comma ? "但" : "但是") + "相关制度机制还需健全。"))
          .build();
    }
    f.verdict(Verdict.PROBLEMS_FOUND);
    int npoints = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(random.nextInt(8) == 0 ? 12 : 4);
    boolean lead = random.nextBoolean();
    List<Segment> first = new ArrayList<>();
    if (lead) {
      first.add(Segment.lead(pick(LEADS)));
      if (random.nextInt(3) == 0) {
        first.add(Segment.detail(pick(DETAILS)));
      }
    } else if (npoints == 0 || !style.runsIn() && random.nextBoolean()) {
      first.add(Segment.detail(pick(LONG_DETAILS)));
    }
    if (npoints == 0) {
      if (first.isEmpty()) {
        first.add(Segment.detail(pick(LONG_DETAILS)));
      }
      addCases(first);
      f.addBody(Paragraph.of(first));
    } else if (style.runsIn()) {
      List<Segment> cur = first;
      for (int i = 0; i < npoints; i++) {
        if (i > 0 && random.nextInt(6) == 0) {
          f.addBody(Paragraph.of(cur));
          cur = new ArrayList<>();
          if (random.nextBoolean()) {
            cur.add(Segment.detail(pick(DETAILS)));
          }
        }
        cur.add(Segment.point(pick(POINTS)));
        addCases(cur);
      }
      f.addBody(Paragraph.of(cur));
    } else {
      if (!first.isEmpty()) {
        f.addBody(Paragraph.of(first));
      }
      for (int i = 0; i < npoints; i++) {
        List<Segment> p = new ArrayList<>();
        p.add(Segment.point(pick(POINTS)));
        addCases(p);
        f.addBody(Paragraph.of(p));
      }
    }
    return f.build();
  }

  private void addCases(List<Segment> segs) {
    int n = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0;
    for (int i = 0; i < n; i++) {
      segs.add(Segment.example(pick(CASES)));
    }
  }
}
