package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.Checklists;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.numbering.ChineseNumerals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The nine-point checklist's JSON through the API, and its table in docs/json-format.md. */
class BuiltInChecklistTest {
  private static final Checklist NINE = Checklists.ninePoint();

  @Test
  void theBuiltInChecklistIsCanonicalValidJsonWithItsHash() {
    String json = ReportJson.builtInChecklist(Checklists.NINE_POINT_ID, "1").orElseThrow();
    assertThat(json).isEqualTo(ReportJson.writeChecklist(NINE)).endsWith("}\n")
        .contains("\"hash\": \"" + NINE.contentHash() + "\"");
    ValidatedChecklist read = ReportValidator.defaults().validateChecklist(json);
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.checklist()).contains(NINE);
    assertThat(ReportJson.builtInChecklist(Checklists.NINE_POINT_ID, "2")).isEmpty();
    assertThat(ReportJson.builtInChecklist("no-such-checklist", "1")).isEmpty();
    assertThatThrownBy(() -> ReportJson.builtInChecklist(null, "1")).isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void theDocumentedTableIsTheChecklist() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "json-format.md"));
    String section = doc.substring(doc.indexOf("## The built-in nine-point checklist"));
    assertThat(section).contains("| `checklist.id` | `" + NINE.id() + "` (`Checklists.NINE_POINT_ID`) |")
        .contains("| `checklist.version` | `" + NINE.version() + "` |")
        .contains("| `checklist.hash` | `" + NINE.contentHash() + "` |")
        .contains("Its title is " + NINE.title() + ".");
    Matcher row = Pattern.compile("\\| (\\S+) \\| `([a-z-]+)` \\| `([a-z-]+)` \\((\\S+)\\) \\| (\\S+) \\|").matcher(section);
    List<Checkpoint> cps = NINE.checkpoints();
    int n = 0;
    while (row.find()) {
      Checkpoint cp = cps.get(n);
      assertThat(row.group(1)).isEqualTo(ChineseNumerals.format(n + 1));
      assertThat(row.group(2)).isEqualTo(cp.id());
      assertThat(row.group(3)).isEqualTo(cp.kind().id());
      assertThat(row.group(4)).isEqualTo(cp.kind().label());
      assertThat(row.group(5)).isEqualTo(cp.title());
      n++;
    }
    assertThat(n).isEqualTo(cps.size());
  }
}
