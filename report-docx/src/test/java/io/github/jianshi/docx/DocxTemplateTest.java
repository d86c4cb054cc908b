package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The parts that are the same for every report: built once per grid, by POI. */
class DocxTemplateTest {
  private static Map<String, StablePackage.Part> parts(PageGrid grid) {
    Map<String, StablePackage.Part> parts = new TreeMap<>();
    DocxTemplate.of(grid).parts().forEach(p -> parts.put(p.name(), p));
    return parts;
  }

  @Test
  void holdsEveryPartButTheMainPartAndTheCoreProperties() {
    assertThat(parts(PageGrid.LINES).keySet()).containsExactly("[Content_Types].xml", "_rels/.rels",
        "docProps/app.xml", "word/_rels/document.xml.rels", "word/fontTable.xml", "word/footer1.xml",
        "word/footer2.xml", "word/settings.xml", "word/styles.xml");
    assertThat(DocxTemplate.of(PageGrid.LINES).oddFooterId()).isEqualTo("rId3");
    assertThat(DocxTemplate.of(PageGrid.LINES).evenFooterId()).isEqualTo("rId4");
  }

  @Test
  void builtOncePerGridAndTheGridsDifferOnlyInTheStyleSheet() {
    assertThat(DocxTemplate.of(PageGrid.LINES)).isSameAs(DocxTemplate.of(PageGrid.LINES));
    Map<String, StablePackage.Part> lines = parts(PageGrid.LINES);
    Map<String, StablePackage.Part> characters = parts(PageGrid.CHARACTERS);
    assertThat(characters.keySet()).isEqualTo(lines.keySet());
    lines.forEach((name, part) -> {
      boolean same = part.crc() == characters.get(name).crc() && part.size() == characters.get(name).size();
      assertThat(same).as(name).isEqualTo(!name.equals("word/styles.xml"));
    });
  }

  @Test
  void aSecondBuildGivesTheSameBytes() {
    DocxTemplate again = DocxTemplate.build(PageGrid.LINES);
    Map<String, StablePackage.Part> first = parts(PageGrid.LINES);
    again.parts().forEach(p -> assertThat(p.deflated()).as(p.name()).isEqualTo(first.get(p.name()).deflated()));
  }
}
