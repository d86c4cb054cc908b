package io.github.jianshi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ChecklistTest {

  private static final Checkpoint A = Checkpoint.of("a", CheckpointKind.DUTY, "在甲方面", "是否甲");
  private static final Checkpoint B = Checkpoint.of("b", CheckpointKind.WHETHER_EXISTS, "在是否存在乙方面", "是否存在乙");

  private static Checklist.Builder small() {
    return Checklist.builder().id("small").version("1").title("小清单").addCheckpoints(A, B);
  }

  @Test
  void ninePointChecklistHasTheRealReportsHeadingsAndKinds() {
    Checklist nine = Checklists.ninePoint();
    assertThat(nine.id()).isEqualTo(Checklists.NINE_POINT_ID);
    assertThat(nine.version()).isEqualTo("1");
    assertThat(nine.checkpoints()).hasSize(9);
    assertThat(nine.checkpoints().subList(0, 4)).allMatch(c -> c.kind() == CheckpointKind.DUTY);
    assertThat(nine.checkpoints().subList(4, 9)).allMatch(c -> c.kind() == CheckpointKind.WHETHER_EXISTS);
    assertThat(nine.checkpoints().get(0).title())
        .isEqualTo("在学深悟透习近平总书记关于法治化营商环境重要论述精神、及时更新思想观念方面");
    assertThat(nine.checkpoints().get(8).title()).isEqualTo("在是否存在趋利性跨区域执法方面");
    assertThat(nine.checkpoints()).allMatch(c -> c.question().startsWith("是否"));
  }

  @Test
  void ninePointContentHashIsStable() {
    // Pinned (computed independently from the documented canonical form with Python hashlib):
    // if this changes, the checklist text changed and needs a new version.
    assertThat(Checklists.ninePoint().contentHash())
        .isEqualTo("sha256:" + NINE_POINT_HASH_HEX);
    assertThat(Checklists.ninePoint().ref().hash()).contains(Checklists.ninePoint().contentHash());
  }

  static final String NINE_POINT_HASH_HEX = "ab20a56403748f181d9f805f9e45a5c8e36d620606841a42235c778302ad85d3";

  @Test
  void contentHashHasTheDocumentedForm() {
    assertThat(small().build().contentHash()).matches("sha256:[0-9a-f]{64}");
    assertThat(ChecklistHash.canonicalForm(small().description("说明\t含\\制表\n换行").build()))
        .isEqualTo("jianshi-checklist\t1\n"
            + "checklist\tsmall\t1\t小清单\t说明\\t含\\\\制表\\n换行\n"
            + "checkpoint\ta\tduty\t在甲方面\t是否甲\n"
            + "checkpoint\tb\twhether-exists\t在是否存在乙方面\t是否存在乙\n");
  }

  @Test
  void contentHashChangesWithEveryPartOfTheContent() {
    String base = small().build().contentHash();
    List<UnaryOperator<Checklist.Builder>> changes = List.of(
        b -> b.id("small2"),
        b -> b.version("2"),
        b -> b.title("小清单2"),
        b -> b.description("说明"),
        b -> b.checkpoints(List.of(B, A)),
        b -> b.checkpoints(List.of(A, Checkpoint.builder().from(B).kind(CheckpointKind.DUTY).build())),
        b -> b.checkpoints(List.of(A, Checkpoint.builder().from(B).question("是否存在丙").build())),
        b -> b.checkpoints(List.of(A, Checkpoint.builder().from(B).title("在丙方面").build())),
        // A field boundary moved: escaping keeps these apart.
        b -> b.title("小清单\t1"));
    for (UnaryOperator<Checklist.Builder> change : changes) {
      assertThat(change.apply(small()).build().contentHash()).isNotEqualTo(base);
    }
    assertThat(small().build().contentHash()).isEqualTo(base);
  }

  @Test
  void invariantsNameTheField() {
    assertThatThrownBy(() -> small().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Checklist.id");
    assertThatThrownBy(() -> small().version("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Checklist.version");
    assertThatThrownBy(() -> small().title("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Checklist.title");
    assertThatThrownBy(() -> Checklist.builder().id("x").version("1").title("t").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Checklist.checkpoints");
    assertThatThrownBy(() -> small().addCheckpoint(Checkpoint.of("a", CheckpointKind.DUTY, "t", "q")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate checkpoint id 'a'");
    assertThatThrownBy(() -> Checkpoint.of(" ", CheckpointKind.DUTY, "t", "q"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Checkpoint.id");
    assertThatThrownBy(() -> Checkpoint.of("x", CheckpointKind.DUTY, "", "q"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Checkpoint.title");
    assertThatThrownBy(() -> Checkpoint.of("x", CheckpointKind.DUTY, "t", "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Checkpoint.question");
    assertThatThrownBy(() -> ChecklistRef.of("", "1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ChecklistRef.id");
    assertThatThrownBy(() -> Finding.builder().checkpoint("").verdict(Verdict.NOT_PRESENT).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Finding.checkpoint");
    assertThatThrownBy(() -> SectionHeadings.builder().causes(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SectionHeadings.causes");
  }

  @Test
  void missingRequiredAttributesAreReportedByName() {
    assertThatThrownBy(() -> Checkpoint.builder().id("x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("kind");
    assertThatThrownBy(() -> Checkpoint.of(null, CheckpointKind.DUTY, "t", "q"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
  }

  @Test
  void lookupAndIndex() {
    Checklist c = small().build();
    assertThat(c.checkpoint("b")).contains(B);
    assertThat(c.checkpoint("z")).isEmpty();
    assertThat(c.indexOf("b")).isEqualTo(1);
    assertThat(c.indexOf("z")).isEqualTo(-1);
  }

  @Test
  void registryResolvesByIdAndVersionAndRefusesConflicts() {
    Checklist c = small().build();
    ChecklistRegistry reg = ChecklistRegistry.builtIn().with(c);
    assertThat(ChecklistRegistry.builtIn().all()).containsExactly(Checklists.ninePoint());
    assertThat(reg.all()).containsExactly(Checklists.ninePoint(), c);
    assertThat(reg.resolve(ChecklistRef.of("small", "1"))).contains(c);
    assertThat(reg.resolve(ChecklistRef.of("small", "2"))).isEmpty();
    assertThat(reg.find(Checklists.NINE_POINT_ID, "1")).contains(Checklists.ninePoint());
    assertThat(reg.with(c)).isSameAs(reg);
    assertThatThrownBy(() -> reg.with(small().title("别的").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
  }

  @Test
  void verdictsAllowedPerKind() {
    assertThat(CheckpointKind.DUTY.allowedVerdicts())
        .containsExactlyInAnyOrder(Verdict.PROBLEMS_FOUND, Verdict.NOT_APPLICABLE);
    assertThat(CheckpointKind.WHETHER_EXISTS.allowedVerdicts()).containsExactlyInAnyOrder(Verdict.values());
    for (Verdict v : Verdict.values()) {
      assertThat(Verdict.fromId(v.id())).contains(v);
    }
    assertThat(Verdict.fromId("PROBLEMS_FOUND")).isEmpty();
  }
}
