package io.github.jianshi.core;

import static io.github.jianshi.core.CheckpointKind.DUTY;
import static io.github.jianshi.core.CheckpointKind.WHETHER_EXISTS;

/** The checklists built into the library. */
public final class Checklists {
  private Checklists() {}

  /** The id of the nine-point checklist. */
  public static final String NINE_POINT_ID = "rule-of-law-business-environment-nine-whethers";

  private static final Checklist NINE_POINT = Checklist.builder()
      .id(NINE_POINT_ID)
      .version("1")
      .title("优化法治化营商环境“九个是否”对照检视清单")
      .description("政法机关“迎接二十大、优化法治化营商环境、服务保障高质量发展”大讨论活动中，"
          + "领导干部对照“九个是否”查找问题、剖析原因、提出整改措施。")
      .addCheckpoint(Checkpoint.of("study", DUTY,
          "在学深悟透习近平总书记关于法治化营商环境重要论述精神、及时更新思想观念方面",
          "是否学深悟透习近平总书记关于法治化营商环境重要论述精神、及时更新思想观念"))
      .addCheckpoint(Checkpoint.of("implement", DUTY,
          "在认真贯彻落实中央和自治区党委关于优化法治化营商环境的决策部署方面",
          "是否认真贯彻落实中央和自治区党委关于优化法治化营商环境的决策部署"))
      .addCheckpoint(Checkpoint.of("relieve-enterprises", DUTY,
          "在主动担当、积极作为，切实做好助企纾困方面",
          "是否主动担当、积极作为，切实做好助企纾困"))
      .addCheckpoint(Checkpoint.of("case-handling", DUTY,
          "在办理涉企具体案件中落实营造法治化营商环境政策方面",
          "是否在办理涉企具体案件中落实营造法治化营商环境政策"))
      .addCheckpoint(Checkpoint.of("punish-over-protect", WHETHER_EXISTS,
          "在是否存在重打击、轻保护等问题方面",
          "是否存在重打击、轻保护等问题"))
      .addCheckpoint(Checkpoint.of("coercive-measures", WHETHER_EXISTS,
          "在是否存在因滥用强制措施导致企业正常运营受到影响方面",
          "是否存在因滥用强制措施导致企业正常运营受到影响"))
      .addCheckpoint(Checkpoint.of("criminal-interference", WHETHER_EXISTS,
          "在是否存在以刑事手段干预经济纠纷方面",
          "是否存在以刑事手段干预经济纠纷"))
      .addCheckpoint(Checkpoint.of("protracted-cases", WHETHER_EXISTS,
          "在是否存在涉企案件久拖不决、久结未执方面",
          "是否存在涉企案件久拖不决、久结未执"))
      .addCheckpoint(Checkpoint.of("profit-driven-enforcement", WHETHER_EXISTS,
          "在是否存在趋利性跨区域执法方面",
          "是否存在趋利性跨区域执法"))
      .build();

  /**
   * The nine-point checklist ("九个是否") of the rule-of-law business environment campaign, version 1.
   * Points 一 to 四 are duties, 五 to 九 whether-exists checks.
   *
   * @return the checklist
   */
  public static Checklist ninePoint() {
    return NINE_POINT;
  }
}
