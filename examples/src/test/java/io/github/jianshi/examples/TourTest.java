package io.github.jianshi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TourTest {

  @Test
  void tourPrintsTheMissingCheckpointAndTheRunInText() {
    assertThat(Tour.run()).isEqualTo(
        "warning /findings [checkpoint.missing] 第二项“在是否存在滥用职权问题方面”未对照检视。\n"
            + "现将个人对照检视情况报告如下。\n"
            + "一、存在的主要问题\n"
            + "（一）在理论学习方面\n"
            + "学习不够深入。一是学习时间不够。比如，全年自学仅六次。二是学用结合不紧。\n"
            + "二、今后努力方向及整改措施\n"
            + "一是加强学习。每月集中学习两次。\n"
            + "\n");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"TOUR", "VALIDATE", "RENDER"})
  void readmeShowsTheCodeOfTourVerbatim(String block) throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/jianshi/examples/Tour.java"), StandardCharsets.UTF_8);
    String start = "// README-" + block + "-START";
    String code = source.substring(source.indexOf(start) + start.length(),
        source.indexOf("    // README-" + block + "-END"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    // The README holds the same lines, indentation removed by four spaces.
    String unindented = code.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(java.util.stream.Collectors.joining("\n")).strip();
    assertThat(unindented).isNotBlank();
    assertThat(readme).contains(unindented);
  }

  @Test
  void validationSnippetReadsAValidReportAndRefusesABrokenOne(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("report.json");
    Files.write(file, Demo.reportJson());
    assertThat(Tour.validate(file)).isEqualTo(RealReport.report());
    Files.writeString(file, "{\"schemaVersion\": 1,", StandardCharsets.UTF_8);
    assertThat(Tour.validate(file)).isNull();
  }

  @Test
  void renderSnippetWritesEveryFormat() {
    int[] sizes = Tour.renderAll(RealReport.report());
    assertThat(sizes[0]).isEqualTo(new String(RealReport.originalText(), StandardCharsets.UTF_8).length());
    assertThat(java.util.Arrays.stream(sizes).min().orElseThrow()).isGreaterThan(1000);
  }
}
