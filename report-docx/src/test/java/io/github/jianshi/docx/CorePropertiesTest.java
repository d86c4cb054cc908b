package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * {@code docProps/core.xml} as written directly is the text POI writes for the same properties (how
 * it was written before), for every character and for the dates a report holds.
 */
class CorePropertiesTest {
  /** What POI 5.5.1 writes, with the properties set as the renderer used to set them. */
  private static String poi(String title, Optional<String> creator, Optional<LocalDate> date) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setTitle(title);
      core.setCreator(creator.orElse(null));
      Optional<Date> when = date.map(d -> Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
      core.setCreated(when);
      core.setModified(when);
      core.setLastModifiedByUser(null);
      core.setRevision(null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          if (e.getName().equals(CoreProperties.PART)) {
            // POI's transformer writes a line feed as the platform's line separator; ours is a line feed.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
          }
        }
      }
    }
    throw new AssertionError("no core properties");
  }

  private static String ours(String title, Optional<String> creator, Optional<LocalDate> date) {
    return new String(CoreProperties.xml(title, creator, date), StandardCharsets.UTF_8);
  }

  @Test
  void everyCharacterIsWrittenAsPoiWritesIt() throws IOException {
    StringBuilder all = new StringBuilder();
    for (int c = 1; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      if (DocxText.xmlSafe(s).equals(s) && !Character.isSurrogate((char) c)) {
        all.append((char) c);
      }
    }
    all.appendCodePoint(0x1F600).appendCodePoint(0x10000).appendCodePoint(0x10FFFF).appendCodePoint(0x2A6D6);
    String text = all.toString();
    assertThat(ours(text, Optional.of(text), Optional.empty())).isEqualTo(poi(text, Optional.of(text), Optional.empty()));
  }

  @Test
  void theRenderedTitleEscapesAsPoiDoes() throws IOException {
    String title = DocxText.xmlSafe("A & B <c> \"d\" 'e'\r\nf\tg\u0001h \uD83D\uDE00 i\uD800 \u00A0end  ");
    assertThat(ours(title, Optional.empty(), Optional.empty())).isEqualTo(poi(title, Optional.empty(), Optional.empty()));
  }

  @Test
  void datesAndCreatorAsPoiWritesThem() throws IOException {
    for (LocalDate date : new LocalDate[] {
        LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31), LocalDate.of(2023, 3, 9), LocalDate.of(2024, 2, 29),
        LocalDate.of(9999, 12, 31)}) {
      assertThat(ours("局领导班子对照检查材料", Optional.of("王某某"), Optional.of(date)))
          .as(date.toString())
          .isEqualTo(poi("局领导班子对照检查材料", Optional.of("王某某"), Optional.of(date)))
          .contains(date + "T00:00:00Z");
    }
    assertThat(ours("标题", Optional.empty(), Optional.of(LocalDate.of(2023, 3, 9))))
        .isEqualTo(poi("标题", Optional.empty(), Optional.of(LocalDate.of(2023, 3, 9))));
  }
}
