package io.github.jianshi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PositionTest {

  @Test
  void columnsCountUtf16CodeUnitsAndLinesEndAtLfCrLfOrCr() {
    byte[] b = "ab\n中文x\r\n𠀀y\rz".getBytes(StandardCharsets.UTF_8);
    String s = new String(b, StandardCharsets.UTF_8);
    assertThat(Position.of(b, 0)).isEqualTo(new Position(1, 1));
    assertThat(Position.of(b, s.substring(0, s.indexOf('x')).getBytes(StandardCharsets.UTF_8).length))
        .isEqualTo(new Position(2, 3));
    assertThat(Position.of(b, s.substring(0, s.indexOf('y')).getBytes(StandardCharsets.UTF_8).length))
        .isEqualTo(new Position(3, 3));
    assertThat(Position.of(b, b.length - 1)).isEqualTo(new Position(4, 1));
    assertThat(Position.of(s, s.indexOf('y'))).isEqualTo(new Position(3, 3));
    assertThat(Position.of(s, s.indexOf('z'))).isEqualTo(new Position(4, 1));
  }

  @Test
  void aKnownLineGivesTheSamePositionAsCountingFromTheStart() {
    Random random = new Random(7);
    String alphabet = "a中𠀀\n\r ";
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      for (int offset = 0; offset <= bytes.length; offset++) {
        if (offset < bytes.length && (bytes[offset] & 0xC0) == 0x80
            || offset > 0 && offset < bytes.length && bytes[offset] == '\n' && bytes[offset - 1] == '\r') {
          continue; // not the start of a character, or inside a CR LF: no token starts there
        }
        Position counted = Position.of(bytes, offset);
        assertThat(Position.at(bytes, counted.line(), offset)).isEqualTo(counted);
      }
    }
  }

  @Test
  void allAnchorsInOnePassGiveTheSamePositionsAsOneByOne() {
    Random random = new Random(11);
    String alphabet = "a中𠀀\n\r ";
    for (int round = 0; round < 100; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 80; i++) {
        text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      List<Long> anchors = new ArrayList<>();
      for (int k = 0; k < 30; k++) {
        int offset = random.nextInt(bytes.length + 1);
        if (offset < bytes.length && (bytes[offset] & 0xC0) == 0x80
            || offset > 0 && offset < bytes.length && bytes[offset] == '\n' && bytes[offset - 1] == '\r') {
          continue;
        }
        anchors.add(Anchors.pack(Position.of(bytes, offset).line(), offset));
      }
      Collections.shuffle(anchors, random);
      Map<Long, Position> all = Position.atAll(bytes, anchors);
      for (long anchor : anchors) {
        assertThat(all.get(anchor)).isEqualTo(Position.at(bytes, Anchors.line(anchor), Anchors.offset(anchor)));
      }
    }
  }

  /**
   * The word-at-a-time line start and code-unit count agree with byte loops on random bytes rich in
   * line ends, continuation bytes and 4-byte leads, at every alignment.
   */
  @Test
  void wordAtATimeScansAgreeWithByteLoops() {
    Random random = new Random(20261127L);
    byte[] kinds = {'\n', '\r', 'a', (byte) 0x80, (byte) 0xBF, (byte) 0xC3, (byte) 0xE4, (byte) 0xF0, (byte) 0xFF, (byte) (0x0A ^ 0x80)};
    for (int round = 0; round < 5_000; round++) {
      byte[] b = new byte[random.nextInt(70)];
      for (int i = 0; i < b.length; i++) {
        b[i] = random.nextBoolean() ? kinds[random.nextInt(kinds.length)] : (byte) random.nextInt(256);
      }
      int floor = random.nextInt(b.length + 1);
      int end = floor + random.nextInt(b.length - floor + 1);
      int start = end;
      while (start > floor && b[start - 1] != '\n' && b[start - 1] != '\r') {
        start--;
      }
      assertThat(Position.lineStart(b, floor, end)).as("line start, round %d", round).isEqualTo(start);
      int units = 0;
      for (int i = floor; i < end; i++) {
        int x = b[i] & 0xFF;
        if ((x & 0xC0) != 0x80) {
          units += x >= 0xF0 ? 2 : 1;
        }
      }
      assertThat(Position.units(b, floor, end)).as("units, round %d", round).isEqualTo(units);
    }
  }
}
