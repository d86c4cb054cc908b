package io.github.jianshi.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkerTest {

  @Test
  void formatsEachLevelCanonically() {
    assertThat(Marker.SECTION.format(1)).isEqualTo("一、");
    assertThat(Marker.SUBSECTION.format(11)).isEqualTo("（十一）");
    assertThat(Marker.ITEM.format(3)).isEqualTo("3.");
    assertThat(Marker.SUBITEM.format(12)).isEqualTo("（12）");
    assertThat(Marker.RUN_IN.format(10)).isEqualTo("十是");
    assertThat(Marker.RUN_IN.format(11)).isEqualTo("十一是");
    assertThat(Marker.SUBSECTION.format(2, true)).isEqualTo("(二)");
    assertThat(Marker.SUBITEM.format(2, true)).isEqualTo("(2)");
  }

  @Test
  void refusesZeroAndHundredAtEveryLevel() {
    for (Marker m : Marker.values()) {
      assertThatThrownBy(() -> m.format(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> m.format(100)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "一、存在的主要问题, SECTION, 1, 2",
      "十一、其他, SECTION, 11, 3",
      "（一）在学深悟透, SUBSECTION, 1, 3",
      "(二)在认真贯彻, SUBSECTION, 2, 3",
      "（十一）在是否, SUBSECTION, 11, 4",
      "1.加强学习, ITEM, 1, 2",
      "12、加强学习, ITEM, 12, 3",
      "３．全角, ITEM, 3, 2",
      "（1）细则, SUBITEM, 1, 3",
      "(10)细则, SUBITEM, 10, 4",
      "一是思想认识有差距, RUN_IN, 1, 2",
      "十一是学习, RUN_IN, 11, 3"
  })
  void parsesMarkersAndTheirVariants(String text, Marker marker, int number, int length) {
    assertThat(marker.parse(text)).contains(new Marker.Match(marker, number, length));
    assertThat(Marker.parseAny(text)).contains(new Marker.Match(marker, number, length));
  }

  @Test
  void roundTripsFormattedMarkers() {
    for (Marker m : Marker.values()) {
      for (int n = 1; n <= 99; n++) {
        String s = m.format(n) + "正文";
        assertThat(m.parse(s)).as(s).contains(new Marker.Match(m, n, m.format(n).length()));
      }
    }
  }

  @Test
  void doesNotReadMarkersOutOfOrdinaryText() {
    assertThat(Marker.parseAny("是否存在重打击")).isEmpty();
    assertThat(Marker.parseAny("一直以来")).isEmpty();
    assertThat(Marker.ITEM.parse("1.5倍")).isEmpty();
    assertThat(Marker.ITEM.parse("0.问题")).isEmpty();
    assertThat(Marker.SUBSECTION.parse("（一")).isEmpty();
    assertThat(Marker.SUBSECTION.parse("（注）")).isEmpty();
    assertThat(Marker.SECTION.parse("一")).isEmpty();
    assertThat(Marker.RUN_IN.parse("一百是")).isEmpty();
  }
}
