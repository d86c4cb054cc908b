package io.github.jianshi.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({"1,一", "2,二", "9,九", "10,十", "11,十一", "15,十五", "19,十九", "20,二十", "21,二十一",
      "30,三十", "55,五十五", "90,九十", "99,九十九"})
  void formatsAndParsesTheEdges(int n, String chinese) {
    assertThat(ChineseNumerals.format(n)).isEqualTo(chinese);
    assertThat(ChineseNumerals.parse(chinese)).isEqualTo(n);
  }

  @Test
  void roundTripsEveryNumberFromOneToNinetyNine() {
    for (int n = 1; n <= 99; n++) {
      assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).isEqualTo(n);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100, 101, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void refusesNumbersOutsideOneToNinetyNine(int n) {
    assertThatThrownBy(() -> ChineseNumerals.format(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(n))
        .hasMessageContaining("99");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "零", "〇", "一十", "十十", "二十十", "百", "一百", "十〇", "二〇", "一二", "x", "十一一", "1"})
  void refusesTextThatIsNotACanonicalNumeral(String text) {
    assertThat(ChineseNumerals.tryParse(text)).isEmpty();
    assertThatThrownBy(() -> ChineseNumerals.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void writesDatesTheOfficialWayWithoutLeadingZeros() {
    assertThat(ChineseDates.format(java.time.LocalDate.of(2022, 8, 5))).isEqualTo("2022年8月5日");
    assertThat(ChineseDates.format(java.time.LocalDate.of(2023, 12, 31))).isEqualTo("2023年12月31日");
  }
}
