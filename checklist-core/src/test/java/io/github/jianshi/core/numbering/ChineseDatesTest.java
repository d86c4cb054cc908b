package io.github.jianshi.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseDatesTest {

  @ParameterizedTest
  @CsvSource({
    "2022年8月5日, 2022-08-05",
    "2022年08月05日, 2022-08-05",
    "２０２２年８月１５日, 2022-08-15",
    "二〇二二年八月五日, 2022-08-05",
    "二零二四年十二月三十一日, 2024-12-31",
    "二〇二四年十月二十日, 2024-10-20",
    "二〇二四年一月十日, 2024-01-10",
    "'\u3000\u30002024年1月20日 ', 2024-01-20",
    "2024 年 1 月 20 日, 2024-01-20",
    "2024年2月29日, 2024-02-29"
  })
  void readsDateLinesAsWritten(String line, LocalDate expected) {
    assertThat(ChineseDates.parse(line)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "张三", "2022年8月", "22年8月5日", "2023年2月29日", "2022年13月1日",
      "2022年8月5日印发", "于2022年8月5日", "2022-08-05", "二〇二二年十三月一日", "二〇二二年三十二月一日",
      "2022年8月三十二日", "2022年8月5", "日2022年8月"})
  void refusesWhatIsNotADateLine(String line) {
    assertThat(ChineseDates.parse(line)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"2022-08-05", "2024-12-31", "1949-10-01"})
  void readsWhatItWrites(LocalDate date) {
    assertThat(ChineseDates.parse(ChineseDates.format(date))).contains(date);
  }
}
