package io.github.jianshi.examples;

import static io.github.jianshi.core.Segment.detail;
import static io.github.jianshi.core.Segment.example;
import static io.github.jianshi.core.Segment.lead;
import static io.github.jianshi.core.Segment.point;

import io.github.jianshi.core.Cause;
import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.Finding;
import io.github.jianshi.core.Measure;
import io.github.jianshi.core.Report;
import io.github.jianshi.core.ReportStatus;
import io.github.jianshi.core.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A real report, written against the nine-point checklist ("九个是否"), built through the public API.
 *
 * <p>The text is that of {@code nine-point-self-inspection.txt} (bundled as a resource): a political
 * and legal committee secretary's self-inspection in the rule-of-law business environment campaign.
 * Each finding's body says what its sentences mean: lead sentence, enumerated point (一是…), detail,
 * case (比如…). Rendered as plain text, it gives back the original file byte for byte.
 */
public final class RealReport {
  /** The resource holding the original text. */
  public static final String ORIGINAL_TEXT_RESOURCE = "/nine-point-self-inspection.txt";

  private RealReport() {}

  /**
   * Builds the report.
   *
   * @return the report
   */
  public static Report report() {
    Checklist nine = Checklists.ninePoint();
    List<Checkpoint> cp = nine.checkpoints();
    return Report.builder()
        .answering(nine)
        .status(ReportStatus.FINAL)
        .addPreamble("全旗政法机关“迎接二十大、优化法治化营商环境、服务保障高质量发展”大讨论活动开展以来，"
            + "我坚持以习近平法治思想为指引，深入贯彻落实全区优化营商环境大会精神，带头扎实学习贯彻习近平总书记"
            + "关于优化法治化营商重要论述和党中央、自治区党委关于优化法治化营商环境的决策部署，全面对照“九个是否”，"
            + "积极开门纳谏，通过走访进企业、召开座谈会等方式广泛听取企业家、行业协会、个体工商户的意见建议，"
            + "紧密结合工作实际，认真查找问题，深刻剖析原因，综合施策整改，以“以案促改”成果运用和整改的实际成效践行"
            + "“两个维护”。现将个人对照检视情况报告如下。")
        .addFinding(Finding.builder()
            .answering(cp.get(0))
            .verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(
                point("思想认识有差距。对习近平总书记关于法治化营商环境重要论述的理解不到位不透彻。"),
                example("比如，作为政法系统主要责任人，有时把优化法治化营商环境片面理解为依法保障企业顺畅运转，"
                    + "在如何帮助企业快速摆脱困境，实现高质量发展方面没有认真思考，深入研究。"),
                point("学习不全面不深入，作为政法委机关主要负责人，主持中心组学习尤其是对习近平总书记关于法治化"
                    + "营商环境重要论述的学习次数不多，并且对学习内容领会不深刻、不系统，带头开展理论学习深入研讨交流"
                    + "次数不多，推动习近平法治思想深入人心、落地生根的效果不明显。"))
            .build())
        .addFinding(Finding.builder()
            .answering(cp.get(1))
            .verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(
                lead("聚焦聚力优化法治化营商环境不够。"),
                point("因北京信访值班原因，大讨论活动未能全程直接参与，更多是通过安排部署实现，在亲力亲为抓好"
                    + "政法系统大讨论活动上力度不够。"),
                point("对目前全旗优化法治化营商环境现状，以及面临的艰巨性、紧迫性认识上还不到位，在为民营企业"
                    + "健康发展提供有力法治保障和优质法律服务方面措施不够有力，办法还不够精准。"))
            .build())
        .addFinding(Finding.builder()
            .answering(cp.get(2))
            .verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(
                lead("履行优化法治化营商环境主体责任上不够到位。"),
                detail("作为政法系统主要责任人，领导全旗政法系统积极为企业纾困解难的核心作用发挥不够，在发挥"
                    + "政法委的统筹协调作用上推动不够有力，责任压的不实，指导班子成员把优化法治化营商环境工作拿在"
                    + "手上主抓，亲力亲为上还有欠缺。"))
            .build())
        .addFinding(Finding.builder()
            .answering(cp.get(3))
            .verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(
                lead("营造敢打、敢拼、敢破冰的法治化营商环境上还有不足。"),
                detail("在办理一些涉企的具体案件中，虽然能够做到主动靠前，亲自指挥，但是在推动全旗执法队伍建设上"
                    + "还有不足，部分政法单位和干警在处理比较复杂的涉企案件中，畏首畏尾，缺乏担当精神。"),
                example("比如在办理大板电厂涉非法占用草原案件中，经积极与自治区、市相关部门沟通，屡次召开公检法"
                    + "协调会议，按照依法依规、实事求是、尊重历史、照顾现实、公平公正、稳妥解决的工作原则，最终妥善"
                    + "处置解决了此项涉企案件，但是对照此类案件，进行深入反思案件处置中存在的问题，有的干警还存在"
                    + "办案效率不高、能力不强的现象。"))
            .build())
        .addFinding(Finding.builder()
            .answering(cp.get(4))
            .verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS)
            .addParagraph(
                lead("深入对照检视自身工作及全旗政法系统，能够做到依法保护民营企业创新创业行为，不存在重打击、"
                    + "轻保护等行为。"),
                // The author's text has one half-width comma ("人性化,在"); it is kept as written.
                detail("但是在带头贯彻落实《中央政法委关于依法保障和服务民营企业健康发展的指导意见》上具体举措"
                    + "还不够有力，对民营企业经营者在正当生产、经营、融资活动中发生的失误的查办上，与右旗实际相适应"
                    + "的惩戒、惩罚措施的配套出台上还不够细化与人性化,在保护民营企业创新创业积极性上还需要出实招、"
                    + "出新招。"))
            .build())
        .addFinding(Finding.builder()
            .answering(cp.get(5))
            .verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS)
            .addParagraph(
                lead("深入对照检视自身工作，不存在因滥用强制措施导致企业正常运营受到影响问题，始终能够做到按照"
                    + "党中央以及最高法、最高检关于审慎采取强制措施的相关文件精神妥善处理涉企案件，"),
                detail("但在引导全旗政法干警学法用法上还存在不足，还没有真正将“依法慎用拘留、查封、冻结等强制措施，"
                    + "尽量减少对企业正常生产经营活动可能造成的不当影响，最大限度降低对企业正常生产经营活动的不利"
                    + "影响”这个理念深入到执法各个层面。"))
            .build())
        .addFinding(Finding.builder()
            .answering(cp.get(6))
            .verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS)
            .addParagraph(
                lead("深入对照检视自身工作，不存在以刑事手段干预经济纠纷问题，"),
                detail("但是在监督法院、检察院和公安机关方面还存在监管手段单一，监管力度不大的现象。"))
            .build())
        .addFinding(Finding.builder()
            .answering(cp.get(7))
            .verdict(Verdict.PROBLEMS_FOUND)
            .addParagraph(
                detail("在部分涉法涉诉案件化解工作中，推动法院和公安系统对现存的涉法涉诉案件化解力度有待进一步"
                    + "加强，在营造政法系统强化服务意识、增强时效观念的执法氛围上不够浓厚，针对有的长期未结执行案件"
                    + "的专项清理力度还不够，推动法院系统在个别案件执行效率上还不够有力。"),
                example("比如，在解决个别历史遗留案件中联动各政法单位发挥政法委统筹、协调、调度和监督的作用还存在"
                    + "不足。"))
            .build())
        .addFinding(Finding.builder()
            .answering(cp.get(8))
            .verdict(Verdict.NOT_PRESENT_WITH_SHORTCOMINGS)
            .addParagraph(
                lead("深入对照检视自身工作，不存在趋利性跨区域执法问题，"),
                detail("但在带头部署政法各单位主动接受社会监督方面还存在不足，向社会公示执法不规范、不文明的典型"
                    + "案例还不够透明，面向企业法治化营商环境宣传的工作还不够到位。"))
            .build())
        .addCause(Cause.of("思想政治不够坚定。",
            "对“法治是最好的营商环境”这一基本原则和根本遵循认识不够，思想政治学习不深入，对习近平法治思想"
                + "理解不透彻，没有入脑入心、学深悟透。"))
        .addCause(Cause.of("理论学习认识不到位。",
            "没有把理论学习放在重要位置，以事务工作代替政治理论学习。理论中心组学习虽然按照计划开展了一系列"
                + "学习活动，但在强化学习效果方面还有待加强。"))
        .addCause(Cause.of("宗旨意识不够牢固。",
            "在工作上群众观念相对淡薄，对有的涉企案件掌握情况不精准，没有真正做到查实情、重实际、求实效，"
                + "思想深处对“为了谁、依靠谁、我是谁”等问题认识还不到位。"))
        .addCause(Cause.of("以钉钉子精神抓落实的自我要求还不够严。",
            "面对疑难复杂问题，缺乏“逢山开路、遇河架桥”的闯劲。面对一些难啃的硬骨头和烫手的山红芋，缺乏"
                + "“向困难叫板、向矛盾挑战”的勇气。"))
        .addMeasure(Measure.of("坚定不移贯彻党中央方针政策和上级党委决策部署。",
            "带头学习贯彻习近平法治思想，深刻学习领会习近平总书记关于优化法治化营商环境的重要论述，坚持用"
                + "习近平新时代中国特色社会主义思想武装头脑、指导实践、推动工作，带头真学、真信、真懂、真用，"
                + "更加自觉地在思想上政治上行动上与党中央保持高度一致。坚定不移为全旗企业提供优质法治保障，"
                + "服务推动地区经济高质量发展。"))
        .addMeasure(Measure.of("强化责任落实，主动担当作为。",
            "坚持党的事业第一、人民的利益第一，在工作作风上，坚持深入基层，直面企业，倾听企业意见，想企业之"
                + "所想，忙企业之所需，努力做到善于克服消极思维、模糊认识所造成的各种束缚，破除懈怠情绪，迎难而上，"
                + "积极工作。善于从政治、全局的高度认识事物，脚踏实地的投入到工作中去，努力提高工作能力和服务"
                + "水平。"))
        .addMeasure(Measure.of("强化政治生态，严肃政治规矩。",
            "切实履行优化法治化营商环境主体责任，严格落实党风廉政建设“两个责任”，切实加强对党风廉政建设的"
                + "组织领导和监督检查，做到廉政建设和反腐败工作与各项工作同部署、同落实，营造“干净干事”的良好"
                + "氛围。带头整治工作中“庸懒散浮拖”等问题，切实增强攻坚克难的精神、抓落实的力度、破难题的勇气，"
                + "切实把抓落实作为履职尽责的本分、把重实干作为成就事业的基础、把办实事作为造福于职工群众的追求、"
                + "把求实效作为一切工作的目标，努力形成精神更加振奋、作风更加清新、工作更加务实的政治生态，"
                + "着力营造全旗良好的法治化营商环境。"))
        .build();
  }

  /**
   * The original text of the report, as bundled.
   *
   * @return the UTF-8 bytes of {@code nine-point-self-inspection.txt}
   */
  public static byte[] originalText() {
    try (InputStream in = RealReport.class.getResourceAsStream(ORIGINAL_TEXT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + ORIGINAL_TEXT_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
