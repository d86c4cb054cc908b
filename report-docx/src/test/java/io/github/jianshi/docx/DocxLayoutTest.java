package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jianshi.core.Report;
import io.github.jianshi.core.testing.SampleReports;
import io.github.jianshi.render.Format;
import io.github.jianshi.render.RenderOptions;
import io.github.jianshi.render.spi.ReportLayout;
import io.github.jianshi.render.spi.ReportTitles;
import io.github.jianshi.render.Renderers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/** Reads the Word output back with POI and checks the GB/T 9704 layout facts. */
class DocxLayoutTest {
  private static final RenderOptions OPTIONS =
      RenderOptions.builder().checklists(SampleReports.registry()).closingBlock(true).build();
  private static final Report ELEVEN = SampleReports.elevenPoints();
  private static final byte[] ELEVEN_DOCX = DocxRenderers.docx(OPTIONS).renderToBytes(ELEVEN);

  private static int twips(Object measure) {
    return ((BigInteger) measure).intValue();
  }

  private static double mm(int twips) {
    return twips * 25.4 / 1440;
  }

  @Test
  void rendererWritesWord() {
    assertThat(DocxRenderers.docx().format()).isEqualTo(Format.DOCX);
    assertThat(DocxRenderers.docx()).isSameAs(DocxRenderers.docx());
    // A .docx is a zip: "PK" and the content types first.
    assertThat(Arrays.copyOf(ELEVEN_DOCX, 2)).containsExactly('P', 'K');
    assertThat(Docx.parts(ELEVEN_DOCX).keySet()).first().isEqualTo("[Content_Types].xml");
  }

  @Test
  void pageIsA4WithTheStandardMargins() throws Exception {
    try (XWPFDocument doc = Docx.read(ELEVEN_DOCX)) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      CTPageSz size = sect.getPgSz();
      assertThat(twips(size.getW())).isEqualTo(11906);
      assertThat(twips(size.getH())).isEqualTo(16838);
      assertThat(mm(twips(size.getW()))).isCloseTo(210, org.assertj.core.data.Offset.offset(0.05));
      assertThat(mm(twips(size.getH()))).isCloseTo(297, org.assertj.core.data.Offset.offset(0.05));
      CTPageMar mar = sect.getPgMar();
      assertThat(twips(mar.getTop())).isEqualTo(2098);
      assertThat(twips(mar.getBottom())).isEqualTo(1984);
      assertThat(twips(mar.getLeft())).isEqualTo(1587);
      assertThat(twips(mar.getRight())).isEqualTo(1474);
      assertThat(twips(mar.getGutter())).isZero();
      assertThat(mm(twips(mar.getTop()))).isCloseTo(37, org.assertj.core.data.Offset.offset(0.05));
      assertThat(mm(twips(mar.getBottom()))).isCloseTo(35, org.assertj.core.data.Offset.offset(0.05));
      assertThat(mm(twips(mar.getLeft()))).isCloseTo(28, org.assertj.core.data.Offset.offset(0.05));
      assertThat(mm(twips(mar.getRight()))).isCloseTo(26, org.assertj.core.data.Offset.offset(0.05));
      // The text block of GB/T 9704: 156 × 225 mm.
      assertThat(mm(11906 - twips(mar.getLeft()) - twips(mar.getRight()))).isCloseTo(156, org.assertj.core.data.Offset.offset(0.05));
      assertThat(mm(16838 - twips(mar.getTop()) - twips(mar.getBottom()))).isCloseTo(225, org.assertj.core.data.Offset.offset(0.05));
      // The footer sits below the text block, not inside the bottom margin's upper part.
      assertThat(twips(mar.getFooter())).isLessThan(twips(mar.getBottom()) - 14 * 20);
    }
  }

  @Test
  void lineGridHas22LinesAndTheBodyCondensedTo28Characters() throws Exception {
    try (XWPFDocument doc = Docx.read(ELEVEN_DOCX)) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      CTDocGrid grid = sect.getDocGrid();
      assertThat(grid.getType()).isEqualTo(STDocGrid.LINES);
      assertThat(grid.getLinePitch()).isEqualTo(BigInteger.valueOf(579));
      assertThat(grid.isSetCharSpace()).isFalse();
      int textWidth = 11906 - twips(sect.getPgMar().getLeft()) - twips(sect.getPgMar().getRight());
      int textHeight = 16838 - twips(sect.getPgMar().getTop()) - twips(sect.getPgMar().getBottom());
      assertThat(textHeight / grid.getLinePitch().intValue()).isEqualTo(22);
      // The Normal style condenses every run by 0.25 pt (w:spacing in twentieths of a point): each
      // 16 pt character advances 315 twips, 28 fit in the line and 29 do not.
      CTRPr normal = doc.getStyles().getStyle("Normal").getCTStyle().getRPr();
      int spacing = ((BigInteger) normal.getSpacingArray(0).getVal()).intValue();
      assertThat(spacing).isEqualTo(-5);
      int advance = Docx.halfPoints(doc, "JianshiBody") * 10 + spacing;
      assertThat(advance).isEqualTo(315);
      assertThat(textWidth / advance).isEqualTo(28);
      // Punctuation: w:overflowPunct 1, which LibreOffice reads as "no hanging punctuation" (see
      // DocxStyles.overflowPunct).
      assertThat(Docx.paragraphProperty(doc, "Normal", p -> p.getOverflowPunct()).orElseThrow().getVal())
          .isIn("1", true, "true", "on");
    }
  }

  @Test
  void characterGridOptionHas22LinesOf28Characters() throws Exception {
    byte[] docx = DocxRenderers.docx(OPTIONS, PageGrid.CHARACTERS).renderToBytes(ELEVEN);
    try (XWPFDocument doc = Docx.read(docx)) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      CTDocGrid grid = sect.getDocGrid();
      assertThat(grid.getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
      // No condensing: the grid's pitch does it.
      assertThat(doc.getStyles().getStyle("Normal").getCTStyle().getRPr().sizeOfSpacingArray()).isZero();
      assertThat(Docx.paragraphProperty(doc, "Normal", p -> p.getOverflowPunct()).orElseThrow().getVal())
          .isIn("0", false, "false", "off");
      assertThat(grid.getLinePitch()).isEqualTo(BigInteger.valueOf(579));
      assertThat(grid.getCharSpace()).isEqualTo(BigInteger.valueOf(-1024));

      int textWidth = 11906 - twips(sect.getPgMar().getLeft()) - twips(sect.getPgMar().getRight());
      int textHeight = 16838 - twips(sect.getPgMar().getTop()) - twips(sect.getPgMar().getBottom());
      int linePitch = grid.getLinePitch().intValue();
      assertThat(textHeight / linePitch).isEqualTo(22);
      // charSpace is in 1/4096 pt, relative to the default font size (16 pt = 320 twips).
      int defaultHalfPoints = ((BigInteger) Docx.styles(ELEVEN_DOCX).getDocDefaults().getRPrDefault().getRPr()
          .getSzArray(0).getVal()).intValue();
      assertThat(defaultHalfPoints).isEqualTo(32);
      double charPitch = defaultHalfPoints * 10 + grid.getCharSpace().intValue() * 20.0 / 4096;
      assertThat(charPitch).isEqualTo(315.0);
      assertThat((int) Math.floor(textWidth / charPitch)).isEqualTo(28);
    }
    // Everything else is the same as with the line grid.
    Map<String, String> lines = Docx.parts(ELEVEN_DOCX);
    Map<String, String> chars = Docx.parts(docx);
    assertThat(chars.keySet()).isEqualTo(lines.keySet());
    for (String part : lines.keySet()) {
      if (!part.equals("word/document.xml") && !part.equals("word/styles.xml")) {
        assertThat(chars.get(part)).as(part).isEqualTo(lines.get(part));
      }
    }
  }

  @Test
  void onlyTheStylesAUserPicksAreInTheGallery() throws Exception {
    try (XWPFDocument doc = Docx.read(ELEVEN_DOCX)) {
      List<String> gallery = new ArrayList<>();
      for (var style : doc.getStyles().getCtStyles().getStyleList()) {
        if (style.isSetQFormat()) {
          gallery.add(style.getStyleId());
        }
      }
      assertThat(gallery).containsExactly("Normal", "JianshiBody", "JianshiTitle", "JianshiHeading1",
          "JianshiHeading2", "JianshiSignature", "JianshiAppendixLabel");
    }
  }

  @ParameterizedTest
  @CsvSource({
      "JianshiTitle, 方正小标宋简体, 44",
      "JianshiHeading1, 黑体, 32",
      "JianshiHeading2, 楷体_GB2312, 32",
      "JianshiBody, 仿宋_GB2312, 32",
      "JianshiSignature, 仿宋_GB2312, 32",
      "JianshiPageNumberOdd, 宋体, 28",
      "JianshiPageNumberEven, 宋体, 28",
      "JianshiAppendixLabel, 黑体, 32",
      "JianshiTableText, 仿宋_GB2312, 24",
      "JianshiTableHeader, 黑体, 24",
  })
  void stylesCarryTheStandardFontsInEverySlot(String styleId, String font, int halfPoints) throws Exception {
    try (XWPFDocument doc = Docx.read(ELEVEN_DOCX)) {
      CTFonts fonts = Docx.fonts(doc, styleId);
      assertThat(fonts.getEastAsia()).isEqualTo(font);
      assertThat(fonts.getAscii()).isEqualTo(font);
      assertThat(fonts.getHAnsi()).isEqualTo(font);
      assertThat(fonts.getHint()).isEqualTo(STHint.EAST_ASIA);
      assertThat(Docx.halfPoints(doc, styleId)).isEqualTo(halfPoints);
    }
  }

  @Test
  void documentDefaultsAreBodyTextInChinese() {
    CTStyles styles = Docx.styles(ELEVEN_DOCX);
    CTRPr defaults = styles.getDocDefaults().getRPrDefault().getRPr();
    CTFonts fonts = defaults.getRFontsArray(0);
    assertThat(fonts.getEastAsia()).isEqualTo("仿宋_GB2312");
    assertThat(fonts.getAscii()).isEqualTo("仿宋_GB2312");
    assertThat(defaults.getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
  }

  @Test
  void titleCentredBodyIndentedTwoCharactersHeadingsInTheOutline() throws Exception {
    try (XWPFDocument doc = Docx.read(ELEVEN_DOCX)) {
      assertThat(Docx.paragraphProperty(doc, "JianshiTitle", p -> p.getJc()).orElseThrow().getVal())
          .isEqualTo(STJc.CENTER);
      for (String id : List.of("JianshiBody", "JianshiHeading1", "JianshiHeading2")) {
        CTInd ind = Docx.paragraphProperty(doc, id, p -> p.getInd()).orElseThrow();
        assertThat(ind.getFirstLineChars()).as(id).isEqualTo(BigInteger.valueOf(200));
        assertThat(twips(ind.getFirstLine())).as(id).isEqualTo(640);
      }
      assertThat(Docx.paragraphProperty(doc, "JianshiBody", p -> p.getJc()).orElseThrow().getVal())
          .isEqualTo(STJc.BOTH);
      assertThat(Docx.paragraphProperty(doc, "JianshiHeading1", p -> p.getOutlineLvl()).orElseThrow().getVal())
          .isEqualTo(BigInteger.ZERO);
      assertThat(Docx.paragraphProperty(doc, "JianshiHeading2", p -> p.getOutlineLvl()).orElseThrow().getVal())
          .isEqualTo(BigInteger.ONE);
      assertThat(Docx.paragraphProperty(doc, "JianshiHeading1", p -> p.getKeepNext())).isPresent();
      assertThat(Docx.paragraphProperty(doc, "JianshiSignature", p -> p.getJc()).orElseThrow().getVal())
          .isEqualTo(STJc.RIGHT);
      // GB/T 9704 §7.3.5: 署名 two characters from the right, 成文日期 four (inherits right alignment)
      CTInd signatureInd = Docx.paragraphProperty(doc, "JianshiSignature", p -> p.getInd()).orElseThrow();
      assertThat(signatureInd.getRightChars()).isEqualTo(BigInteger.valueOf(200));
      assertThat(twips(signatureInd.getRight())).isEqualTo(640);
      CTInd dateInd = Docx.paragraphProperty(doc, "JianshiSignatureDate", p -> p.getInd()).orElseThrow();
      assertThat(dateInd.getRightChars()).isEqualTo(BigInteger.valueOf(400));
      assertThat(twips(dateInd.getRight())).isEqualTo(1280);
      assertThat(doc.getStyles().getStyle("JianshiSignatureDate").getCTStyle().getBasedOn().getVal())
          .isEqualTo("JianshiSignature");
      // the byline centred in 楷体; the addressee flush left without indent (主送机关 居左顶格)
      assertThat(Docx.paragraphProperty(doc, "JianshiByline", p -> p.getJc()).orElseThrow().getVal())
          .isEqualTo(STJc.CENTER);
      assertThat(Docx.fonts(doc, "JianshiByline").getEastAsia()).isEqualTo(GbT9704.FONT_HEADING_2);
      assertThat(Docx.paragraphProperty(doc, "JianshiAddressee", p -> p.getJc()).orElseThrow().getVal())
          .isEqualTo(STJc.LEFT);
      assertThat(Docx.paragraphProperty(doc, "JianshiAddressee", p -> p.getInd())).isEmpty();
      // the lines of a title are paragraphs of one style: the empty line after the title follows the last
      assertThat(Docx.paragraphProperty(doc, "JianshiTitle", p -> p.getContextualSpacing())).isPresent();
      // Page numbers and tables stay off the grid, so that a footer line is not 28.95 pt high.
      assertThat(Docx.paragraphProperty(doc, "JianshiPageNumberOdd", p -> p.getSnapToGrid()).orElseThrow()
          .getVal()).isIn("0", false, "false", "off");
      // Style names are what a user sees in Word's gallery.
      assertThat(doc.getStyles().getStyle("JianshiBody").getName()).isEqualTo("公文正文");
      assertThat(doc.getStyles().getStyle("JianshiTitle").getName()).isEqualTo("公文标题");
    }
  }

  @Test
  void blocksOfTheLayoutBecomeStyledParagraphsWithTheirText() throws Exception {
    for (Map.Entry<String, Report> sample : SampleReports.all().entrySet()) {
      Report report = sample.getValue();
      byte[] docx = DocxRenderers.docx(OPTIONS).renderToBytes(report);
      List<String> expected = new ArrayList<>();
      ReportLayout layout = ReportLayout.of(report, OPTIONS);
      for (ReportLayout.Block block : layout.blocks()) {
        if (block instanceof ReportLayout.Title t) {
          // one paragraph per line of the title
          t.text().lines().forEach(line -> expected.add("JianshiTitle|" + line));
        } else if (block instanceof ReportLayout.Heading h) {
          expected.add((h.level() == 1 ? "JianshiHeading1|" : "JianshiHeading2|") + h.fullText());
        } else if (block instanceof ReportLayout.Body b) {
          String style = switch (b.part()) {
            case BYLINE -> "JianshiByline|";
            case ADDRESSEE -> "JianshiAddressee|";
            default -> "JianshiBody|";
          };
          expected.add(style + b.text());
        } else if (block instanceof ReportLayout.Signature s) {
          expected.add("JianshiSignature|");
          // the date line (the last that reads as a date) has its own style
          int date = -1;
          for (int i = 0; i < s.lines().size(); i++) {
            date = s.lines().get(i).matches("[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日") ? i : date;
          }
          for (int i = 0; i < s.lines().size(); i++) {
            expected.add((i == date ? "JianshiSignatureDate|" : "JianshiSignature|") + s.lines().get(i));
          }
        }
      }
      if (layout.measureTable().isPresent()) {
        expected.add("JianshiAppendixLabel|附件");
        expected.add("JianshiTitle|整改清单");
      }
      try (XWPFDocument doc = Docx.read(docx)) {
        List<String> actual = doc.getParagraphs().stream().map(p -> p.getStyle() + "|" + p.getText()).toList();
        assertThat(actual).as(sample.getKey()).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void paragraphsCarryOnlyTheirStyleNoDirectFormatting() throws Exception {
    try (XWPFDocument doc = Docx.read(ELEVEN_DOCX)) {
      List<String> styleIds = Arrays.stream(DocxStyle.values()).map(DocxStyle::id).toList();
      assertThat(doc.getParagraphs()).hasSizeGreaterThan(20);
      for (XWPFParagraph p : doc.getParagraphs()) {
        assertThat(p.getStyle()).isIn(styleIds);
        // pPr holds the pStyle and nothing else.
        assertThat(p.getCTP().getPPr().getDomNode().getChildNodes().getLength()).as(p.getText()).isEqualTo(1);
        for (XWPFRun r : p.getRuns()) {
          assertThat(r.getCTR().isSetRPr()).as(p.getText()).isFalse();
        }
      }
    }
  }

  @Test
  void pageNumbersAreOnTheOuterSideOfOddAndEvenPages() throws Exception {
    try (XWPFDocument doc = Docx.read(ELEVEN_DOCX)) {
      assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      assertThat(sect.getFooterReferenceList()).extracting(CTHdrFtrRef::getType)
          .containsExactlyInAnyOrder(STHdrFtr.DEFAULT, STHdrFtr.EVEN);
      assertThat(sect.isSetTitlePg()).isFalse();

      XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
      XWPFFooter odd = policy.getDefaultFooter();
      XWPFFooter even = policy.getEvenPageFooter();
      assertThat(odd).isNotNull();
      assertThat(even).isNotNull();

      XWPFParagraph oddNumber = odd.getParagraphs().get(0);
      assertThat(oddNumber.getStyle()).isEqualTo("JianshiPageNumberOdd");
      assertThat(Docx.paragraphProperty(doc, "JianshiPageNumberOdd", p -> p.getJc()).orElseThrow().getVal())
          .isEqualTo(STJc.RIGHT);
      CTInd oddInd = Docx.paragraphProperty(doc, "JianshiPageNumberOdd", p -> p.getInd()).orElseThrow();
      assertThat(twips(oddInd.getRight())).isEqualTo(280); // one 4号 character
      assertThat(oddInd.getRightChars()).isEqualTo(BigInteger.valueOf(100));

      XWPFParagraph evenNumber = even.getParagraphs().get(0);
      assertThat(evenNumber.getStyle()).isEqualTo("JianshiPageNumberEven");
      assertThat(Docx.paragraphProperty(doc, "JianshiPageNumberEven", p -> p.getJc()).orElseThrow().getVal())
          .isEqualTo(STJc.LEFT);
      CTInd evenInd = Docx.paragraphProperty(doc, "JianshiPageNumberEven", p -> p.getInd()).orElseThrow();
      assertThat(twips(evenInd.getLeft())).isEqualTo(280);
      assertThat(evenInd.getLeftChars()).isEqualTo(BigInteger.valueOf(100));

      for (XWPFParagraph number : List.of(oddNumber, evenNumber)) {
        String xml = number.getCTP().xmlText();
        assertThat(xml).contains("w:fldCharType=\"begin\"", "w:fldCharType=\"separate\"", "w:fldCharType=\"end\"");
        assertThat(xml.indexOf("begin")).isLessThan(xml.indexOf("PAGE"));
        assertThat(xml.indexOf("PAGE")).isLessThan(xml.indexOf("separate"));
        // "— N —": em dash, space, the page number, space, em dash.
        assertThat(number.getText()).matches("\u2014 \\d \u2014");
      }
    }
  }

  @Test
  void settingsAskForCurrentWordLayoutAndChinese() {
    String settings = Docx.parts(ELEVEN_DOCX).get("word/settings.xml");
    assertThat(settings).contains("<w:compatSetting w:name=\"compatibilityMode\" "
        + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>");
    assertThat(settings).contains("<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>");
    // Schema order: evenAndOddHeaders, compat, themeFontLang.
    assertThat(settings.indexOf("evenAndOddHeaders")).isLessThan(settings.indexOf("<w:compat>"));
    assertThat(settings.indexOf("<w:compat>")).isLessThan(settings.indexOf("themeFontLang"));
  }

  @Test
  void fontsAreReferencedByNameNeverEmbedded() {
    Map<String, String> parts = Docx.parts(ELEVEN_DOCX);
    assertThat(parts.keySet()).noneMatch(name -> name.startsWith("word/fonts/") || name.endsWith(".odttf"));
    assertThat(parts.get("word/settings.xml")).doesNotContain("embedTrueTypeFonts");
    String fontTable = parts.get("word/fontTable.xml");
    for (String font : List.of("仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体")) {
      assertThat(fontTable).contains("<w:font w:name=\"" + font + "\">");
    }
    assertThat(fontTable).doesNotContain("embed");
    // GB2312_CHARSET is 134, written in hexadecimal.
    assertThat(fontTable.split("<w:charset w:val=\"86\"/>", -1)).hasSize(6);
    // Each font falls back to a face Windows and WPS ship.
    assertThat(fontTable).contains(
        "<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/>"
            + "<w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>",
        "<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>",
        "<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>",
        "<w:font w:name=\"宋体\"><w:altName w:val=\"SimSun\"/>",
        "<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>");
    assertThat(parts.get("word/_rels/document.xml.rels")).contains("fontTable.xml");
  }

  @Test
  void documentPropertiesComeFromTheReport() throws Exception {
    try (XWPFDocument doc = Docx.read(ELEVEN_DOCX)) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo("局领导班子成员作风建设对照检查材料");
      assertThat(core.getCreator()).isEqualTo("王某某");
      assertThat(core.getCreated().toInstant().toString()).isEqualTo("2023-03-09T00:00:00Z");
      assertThat(core.getModified().toInstant().toString()).isEqualTo("2023-03-09T00:00:00Z");
      assertThat(core.getLastModifiedByUser()).isNull();
    }
    // No title, author or date: the title is the fallback the HTML page has, the others are absent,
    // not POI's defaults or the clock.
    byte[] bare = DocxRenderers.docx(OPTIONS).renderToBytes(SampleReports.noCauses());
    try (XWPFDocument doc = Docx.read(bare)) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo(ReportTitles.FALLBACK).isEqualTo("对照检视材料");
      assertThat(Renderers.html().renderToString(SampleReports.noCauses()))
          .contains("<title>" + core.getTitle() + "</title>", "<h1>" + core.getTitle() + "</h1>");
      assertThat(core.getCreator()).isNull();
      assertThat(core.getCreated()).isNull();
      assertThat(core.getModified()).isNull();
    }
    assertThat(Docx.parts(bare).get("docProps/core.xml")).doesNotContain("created", "modified", "POI");
    // The application is this library.
    try (XWPFDocument doc = Docx.read(bare)) {
      assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("Jianshi (Apache POI)");
    }
  }

  @Test
  void authorWithoutNameIsTheOrganisation() throws Exception {
    Report report = Report.builder().from(ELEVEN)
        .author(io.github.jianshi.core.Author.builder().organization("某某市应急管理局").build()).build();
    try (XWPFDocument doc = Docx.read(DocxRenderers.docx(OPTIONS).renderToBytes(report))) {
      assertThat(Optional.ofNullable(doc.getProperties().getCoreProperties().getCreator())).contains("某某市应急管理局");
    }
  }
}
