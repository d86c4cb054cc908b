package io.github.jianshi.docx;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The list definitions of {@code numbering.xml} and the counters of one walk through a document:
 * the marker Word shows before each numbered paragraph, computed as docx2python does (a counter per
 * list and level, formatted with the level's {@code lvlText} and {@code numFmt}, lower levels
 * restarted), with {@code w:start}, {@code w:lvlRestart}, {@code w:isLgl},
 * {@code w:lvlOverride}/{@code w:startOverride} (and whole-level overrides) and
 * {@code w:numStyleLink}.
 *
 * <p>As in Word, the {@code w:num} instances of one abstract list continue each other's counting
 * unless they override a start value, in which case they count on their own.
 */
final class WordNumbering {
  private static final int LEVELS = 9;

  /** One level of a list. */
  static final class Level {
    int start;
    String numFmt = "decimal";
    String lvlText = "";
    Integer restart;
    boolean legal;
    String pStyle;
  }

  private static final class AbstractNum {
    final String id;
    final Level[] levels = new Level[LEVELS];
    String numStyleLink;

    AbstractNum(String id) {
      this.id = id;
    }
  }

  private static final class Num {
    String abstractId;
    final Integer[] startOverride = new Integer[LEVELS];
    final Level[] levelOverride = new Level[LEVELS];
    boolean overrides;
  }

  private static final class Counters {
    final int[] value = new int[LEVELS];
    final boolean[] started = new boolean[LEVELS];
  }

  private final Map<String, AbstractNum> abstracts = new HashMap<>();
  private final Map<String, Num> nums = new HashMap<>();
  private final Map<String, Counters> counters = new HashMap<>();

  static WordNumbering empty() {
    return new WordNumbering();
  }

  boolean defines(String numId) {
    return nums.containsKey(numId);
  }

  /** The level of a list whose {@code w:pStyle} is the given style, or -1. */
  int levelOfStyle(String numId, String styleId) {
    AbstractNum a = resolve(numId);
    if (a == null || styleId == null) {
      return -1;
    }
    for (int i = 0; i < LEVELS; i++) {
      if (a.levels[i] != null && styleId.equals(a.levels[i].pStyle)) {
        return i;
      }
    }
    return -1;
  }

  private AbstractNum resolve(String numId) {
    Num num = nums.get(numId);
    return num == null ? null : resolveAbstract(num.abstractId, null, 0);
  }

  private AbstractNum resolveAbstract(String abstractId, WordStyles styles, int hops) {
    AbstractNum a = abstracts.get(abstractId);
    if (a != null && a.numStyleLink != null && styles != null && hops < 4) {
      String linked = styles.numberingStyleNumId(a.numStyleLink);
      Num num = linked == null ? null : nums.get(linked);
      if (num != null) {
        return resolveAbstract(num.abstractId, styles, hops + 1);
      }
    }
    return a;
  }

  /**
   * Counts a numbered paragraph and gives its marker.
   *
   * @return the marker (empty for bullets and levels without number text), or null when the list is
   *     not defined
   */
  String next(String numId, int ilvl, WordStyles styles) {
    Num num = nums.get(numId);
    if (num == null) {
      return null;
    }
    AbstractNum a = resolveAbstract(num.abstractId, styles, 0);
    if (a == null) {
      return null;
    }
    int lvl = Math.max(0, Math.min(LEVELS - 1, ilvl));
    Level[] levels = new Level[LEVELS];
    for (int i = 0; i < LEVELS; i++) {
      levels[i] = num.levelOverride[i] != null ? num.levelOverride[i] : a.levels[i];
    }
    Level level = levels[lvl];
    if (level == null) {
      return "";
    }
    String key = num.overrides ? "n" + numId : "a" + a.id;
    Counters c = counters.computeIfAbsent(key, k -> new Counters());
    if (c.started[lvl]) {
      c.value[lvl]++;
    } else {
      c.value[lvl] = startOf(num, levels, lvl);
      c.started[lvl] = true;
    }
    for (int m = lvl + 1; m < LEVELS; m++) {
      Level deeper = levels[m];
      Integer restart = deeper == null ? null : deeper.restart;
      if (restart == null || (restart != 0 && lvl < restart)) {
        c.started[m] = false;
      }
    }
    if ("bullet".equals(level.numFmt)) {
      return "";
    }
    String text = level.lvlText;
    StringBuilder out = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
        int ref = text.charAt(i + 1) - '1';
        i++;
        int value = c.started[ref] || ref == lvl ? c.value[ref] : startOf(num, levels, ref);
        String fmt = levels[ref] == null ? "decimal" : levels[ref].numFmt;
        if (level.legal && ref != lvl && !"none".equals(fmt)) {
          fmt = "decimal";
        }
        out.append(NumberFormats.format(value, fmt));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static int startOf(Num num, Level[] levels, int lvl) {
    if (num.startOverride[lvl] != null) {
      return num.startOverride[lvl];
    }
    return levels[lvl] == null ? 0 : levels[lvl].start;
  }

  static WordNumbering parse(XMLStreamReader r, int maxDepth) throws XMLStreamException {
    WordNumbering n = new WordNumbering();
    int depth = 0;
    AbstractNum abs = null;
    Num num = null;
    int overrideLevel = -1;
    Level level = null;
    int levelDepth = -1;
    while (r.hasNext()) {
      int e = WordXml.next(r);
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (++depth > maxDepth) {
          throw new WordXml.DepthException();
        }
        if (!WordXml.isW(r.getNamespaceURI())) {
          continue;
        }
        String name = r.getLocalName();
        if (depth == 2 && name.equals("abstractNum")) {
          String id = nullToEmpty(WordXml.attr(r, "abstractNumId"));
          abs = new AbstractNum(id);
          n.abstracts.putIfAbsent(id, abs);
        } else if (depth == 2 && name.equals("num")) {
          num = new Num();
          n.nums.putIfAbsent(nullToEmpty(WordXml.attr(r, "numId")), num);
        } else if (abs != null && depth == 3 && name.equals("numStyleLink")) {
          abs.numStyleLink = WordXml.val(r);
        } else if (name.equals("lvl") && (abs != null && depth == 3 || num != null && overrideLevel >= 0)) {
          int ilvl = intAttr(WordXml.attr(r, "ilvl"), -1);
          level = new Level();
          levelDepth = depth;
          if (ilvl >= 0 && ilvl < LEVELS) {
            if (abs != null) {
              abs.levels[ilvl] = abs.levels[ilvl] == null ? level : abs.levels[ilvl];
            } else {
              num.levelOverride[ilvl] = level;
              num.overrides = true;
            }
          }
        } else if (level != null && name.equals("pPr")) {
          WordXml.skip(r, depth, maxDepth);
          depth--;
        } else if (level != null && name.equals("start")) {
          level.start = WordXml.intVal(r, 0);
        } else if (level != null && name.equals("numFmt")) {
          String f = WordXml.val(r);
          if (f != null && !f.equals("custom")) {
            level.numFmt = f;
          }
        } else if (level != null && name.equals("lvlText")) {
          String t = WordXml.val(r);
          level.lvlText = t == null ? "" : t;
        } else if (level != null && name.equals("lvlRestart")) {
          level.restart = WordXml.intVal(r, 0);
        } else if (level != null && name.equals("isLgl")) {
          level.legal = WordXml.isOn(r);
        } else if (level != null && name.equals("pStyle")) {
          level.pStyle = WordXml.val(r);
        } else if (num != null && depth == 3 && name.equals("abstractNumId")) {
          num.abstractId = nullToEmpty(WordXml.val(r));
        } else if (num != null && depth == 3 && name.equals("lvlOverride")) {
          overrideLevel = intAttr(WordXml.attr(r, "ilvl"), -1);
        } else if (num != null && overrideLevel >= 0 && overrideLevel < LEVELS && name.equals("startOverride")) {
          num.startOverride[overrideLevel] = WordXml.intVal(r, 0);
          num.overrides = true;
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        if (depth == levelDepth) {
          level = null;
          levelDepth = -1;
        }
        if (depth == 3 && num != null && WordXml.isW(r.getNamespaceURI()) && r.getLocalName().equals("lvlOverride")) {
          overrideLevel = -1;
        }
        if (depth == 2) {
          abs = null;
          num = null;
        }
        depth--;
      }
    }
    return n;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static int intAttr(String v, int fallback) {
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
