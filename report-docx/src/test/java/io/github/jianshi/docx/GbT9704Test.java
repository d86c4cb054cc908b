package io.github.jianshi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The standard's millimetres and counts, converted to Word's units. */
class GbT9704Test {

  @Test
  void pageAndMarginsInTwips() {
    assertThat(GbT9704.PAGE_WIDTH).isEqualTo(11906);
    assertThat(GbT9704.PAGE_HEIGHT).isEqualTo(16838);
    assertThat(GbT9704.MARGIN_TOP).isEqualTo(2098);
    assertThat(GbT9704.MARGIN_BOTTOM).isEqualTo(1984);
    assertThat(GbT9704.MARGIN_LEFT).isEqualTo(1587);
    assertThat(GbT9704.MARGIN_RIGHT).isEqualTo(1474);
    assertThat(GbT9704.TEXT_WIDTH).isEqualTo(8845);
    assertThat(GbT9704.TEXT_HEIGHT).isEqualTo(12756);
  }

  @Test
  void gridFits22LinesAnd28Characters() {
    assertThat(GbT9704.LINE_PITCH).isEqualTo(579);
    assertThat(22 * GbT9704.LINE_PITCH).isLessThanOrEqualTo(GbT9704.TEXT_HEIGHT);
    assertThat(23 * GbT9704.LINE_PITCH).isGreaterThan(GbT9704.TEXT_HEIGHT);
    assertThat(GbT9704.CHAR_PITCH).isEqualTo(315);
    assertThat(28 * GbT9704.CHAR_PITCH).isLessThanOrEqualTo(GbT9704.TEXT_WIDTH);
    assertThat(29 * GbT9704.CHAR_PITCH).isGreaterThan(GbT9704.TEXT_WIDTH);
    // charSpace: (pitch − 16 pt) in 1/4096 pt; back to twips it gives the pitch again.
    assertThat(GbT9704.CHAR_SPACE).isEqualTo(-1024);
    assertThat(GbT9704.BODY_HALF_POINTS * 10 + GbT9704.CHAR_SPACE * 20 / 4096).isEqualTo(GbT9704.CHAR_PITCH);
  }

  @Test
  void footerPutsThePageNumberAbout7MmBelowTheTextBlock() {
    double footerMm = GbT9704.FOOTER_DISTANCE * 25.4 / 1440;
    double lineMiddleMm = footerMm + 14 * 25.4 / 72 / 2; // half a 14 pt line above the footer's bottom
    assertThat(35 - lineMiddleMm).isBetween(6.0, 8.0);
  }

  @Test
  void measureColumnsFillTheTextBlock() {
    assertThat(DocxRenderer.MEASURE_COLUMN_WIDTHS).hasSize(6);
    assertThat(DocxRenderer.MEASURE_COLUMN_WIDTHS.stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(GbT9704.TEXT_WIDTH);
  }
}
