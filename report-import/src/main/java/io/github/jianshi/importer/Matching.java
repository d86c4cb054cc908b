package io.github.jianshi.importer;

import io.github.jianshi.core.Checklist;
import io.github.jianshi.core.ChecklistRegistry;
import io.github.jianshi.core.Checkpoint;
import io.github.jianshi.core.CheckpointKind;
import io.github.jianshi.core.diagnostic.Diagnostic;
import io.github.jianshi.core.diagnostic.Severity;
import io.github.jianshi.core.numbering.ChineseNumerals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches the findings' headings to the checkpoints of a checklist (tolerant of 在…方面, punctuation,
 * script and parenthetical remarks), chooses the registry's checklist when the match is clear, or
 * infers one from the document.
 */
final class Matching {
  /** The least score at which a registry checklist is taken. */
  static final double CLEAR = 0.5;
  /** The least similarity of a heading and a checkpoint counted as a match. */
  static final double WEAK = 0.3;

  private final ChecklistRegistry registry;
  private final List<Diagnostic> diags;

  Matching(ChecklistRegistry registry, List<Diagnostic> diags) {
    this.registry = registry;
    this.diags = diags;
  }

  /** The checklist chosen and each finding's checkpoint id. */
  record Result(Checklist checklist, List<String> checkpoints, boolean inferred, OptionalDouble score) {}

  private record Alignment(int[] pairs, double[] sims, double score, double coverage) {
    boolean better(Alignment o) {
      return score > o.score + 1e-9 || Math.abs(score - o.score) <= 1e-9 && coverage > o.coverage + 1e-9;
    }
  }

  Result choose(List<Recogniser.RawFinding> findings, ImportMode mode, Optional<Checklist> forced,
      Optional<String> title, String problemsHeading) {
    if (forced.isPresent()) {
      Alignment a = align(findings, forced.get());
      return result(findings, forced.get(), a, false, OptionalDouble.empty());
    }
    if (mode == ImportMode.AUTO && !findings.isEmpty()) {
      Checklist best = null;
      Alignment bestA = null;
      double second = 0;
      for (Checklist c : registry.all()) {
        Alignment a = align(findings, c);
        if (bestA == null || a.better(bestA)) {
          second = bestA == null ? 0 : bestA.score;
          best = c;
          bestA = a;
        } else if (a.score > second) {
          second = a.score;
        }
      }
      if (best != null && bestA.score >= CLEAR && (bestA.score - second > 0.05 || bestA.score > 0.999)) {
        diags.add(Diags.of("import.checklist.matched", Severity.INFO, best.title(), percent(bestA.score)));
        return result(findings, best, bestA, false, OptionalDouble.of(bestA.score));
      }
      if (best != null && bestA.score >= CLEAR) {
        diags.add(Diags.of("import.checklist.ambiguous", Severity.WARNING, best.title(), percent(bestA.score)));
      }
    }
    Checklist inferred = infer(findings, title, problemsHeading);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      ids.add(inferred.checkpoints().get(i).id());
    }
    diags.add(Diags.of("import.checklist.inferred", mode == ImportMode.INFER ? Severity.INFO : Severity.WARNING,
        inferred.title(), Integer.toString(inferred.checkpoints().size())));
    return new Result(inferred, ids, true, OptionalDouble.empty());
  }

  private static String percent(double score) {
    return Math.round(score * 100) + "%";
  }

  private Result result(List<Recogniser.RawFinding> findings, Checklist c, Alignment a, boolean inferred,
      OptionalDouble score) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Recogniser.RawFinding f = findings.get(i);
      int j = a.pairs[i];
      if (j >= 0 && a.sims[i] >= WEAK) {
        // the common case: matched, nothing to report
        String id = c.checkpoints().get(j).id();
        ids.add(id);
        continue;
      }
      String pointer = "/findings/" + i;
      String ordinal = ChineseNumerals.format(Math.min(i + 1, ChineseNumerals.MAX));
      if (j < 0) {
        String id = "unmatched-" + (i + 1);
        ids.add(id);
        diags.add(Diags.at("import.finding.unmatched", Severity.WARNING, f.at.src, f.at.col0 + 1, pointer,
            ordinal, f.heading == null ? "" : f.heading));
        continue;
      }
      Checkpoint cp = c.checkpoints().get(j);
      ids.add(cp.id());
      if (a.sims[i] < WEAK) {
        diags.add(Diags.at("import.finding.weak-match", Severity.WARNING, f.at.src, f.at.col0 + 1, pointer,
            ordinal, f.heading == null ? "" : f.heading, cp.title()));
      }
    }
    return new Result(c, ids, inferred, score);
  }

  /** A checklist's checkpoint titles and questions as bigram sets, computed once per checklist. */
  private record Prepared(int[][] titles, int[][] questions, Map<String, Integer> exact) {}

  private static final Map<String, Prepared> PREPARED = new ConcurrentHashMap<>();

  private static Prepared prepared(Checklist c) {
    String key = c.contentHash();
    Prepared p = PREPARED.get(key);
    if (p == null) {
      List<Checkpoint> cps = c.checkpoints();
      int[][] t = new int[cps.size()][];
      int[][] q = new int[cps.size()][];
      Map<String, Integer> exact = new java.util.HashMap<>();
      for (int j = 0; j < cps.size(); j++) {
        String title = core(cps.get(j).title());
        String question = core(cps.get(j).question());
        t[j] = bigrams(title);
        q[j] = bigrams(question);
        exact.putIfAbsent(title, j);
        exact.putIfAbsent(question, j);
      }
      p = new Prepared(t, q, exact);
      if (PREPARED.size() > 256) {
        PREPARED.clear();
      }
      PREPARED.put(key, p);
    }
    return p;
  }

  /** Monotonic alignment of findings to checkpoints maximising the summed similarity. */
  static Alignment align(List<Recogniser.RawFinding> findings, Checklist c) {
    int n = findings.size();
    List<Checkpoint> cps = c.checkpoints();
    int m = cps.size();
    Prepared prep = prepared(c);
    double[][] sim = new double[n][m];
    for (int i = 0; i < n; i++) {
      Recogniser.RawFinding rf = findings.get(i);
      if (rf.heading == null) {
        continue;
      }
      if (rf.key == null) {
        rf.key = core(rf.heading);
      }
      String k = rf.key;
      Integer exact = prep.exact().get(k);
      if (exact != null) {
        // the heading is a checkpoint's title or question, reduced: nothing else competes
        sim[i][exact] = 1;
        continue;
      }
      if (rf.grams == null) {
        rf.grams = bigrams(k);
      }
      int[] f = rf.grams;
      for (int j = 0; j < m; j++) {
        sim[i][j] = Math.max(similarity(f, prep.titles[j]), similarity(f, prep.questions[j]));
      }
    }
    double eps = 1e-3;
    double[][] dp = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        double best = Math.max(dp[i - 1][j], dp[i][j - 1]);
        dp[i][j] = Math.max(best, dp[i - 1][j - 1] + sim[i - 1][j - 1] + eps);
      }
    }
    int[] pairs = new int[n];
    double[] sims = new double[n];
    java.util.Arrays.fill(pairs, -1);
    int i = n;
    int j = m;
    double total = 0;
    while (i > 0 && j > 0) {
      if (Math.abs(dp[i][j] - (dp[i - 1][j - 1] + sim[i - 1][j - 1] + eps)) < 1e-9) {
        pairs[i - 1] = j - 1;
        sims[i - 1] = sim[i - 1][j - 1];
        total += sim[i - 1][j - 1];
        i--;
        j--;
      } else if (Math.abs(dp[i][j] - dp[i - 1][j]) < 1e-9) {
        i--;
      } else {
        j--;
      }
    }
    double score = n == 0 ? 0 : total / n;
    return new Alignment(pairs, sims, score, m == 0 ? 0 : total / m);
  }

  /** A heading reduced to its words: parenthetical remarks, 在…方面, 是否, punctuation removed. */
  static String core(String heading) {
    // one pass: normalise, drop what stands in parentheses, keep letters and digits
    StringBuilder sb = new StringBuilder(heading.length());
    int depth = 0;
    for (int i = 0; i < heading.length(); i++) {
      char c = Norm.norm(heading.charAt(i));
      if (c == '（') {
        depth++;
      } else if (c == '）') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    int from = 0;
    int to = sb.length();
    if (to > 3 && sb.charAt(0) == '在') {
      from = 1;
    }
    if (to - from > 3 && sb.charAt(to - 2) == '方' && sb.charAt(to - 1) == '面') {
      to -= 2;
    }
    return sb.substring(from, to);
  }

  /** Half Dice, half overlap of character bigrams (sorted distinct codes); 1 for equal sets. */
  static double similarity(String a, String b) {
    return similarity(bigrams(a), bigrams(b));
  }

  static double similarity(int[] x, int[] y) {
    if (x.length == 0 || y.length == 0) {
      return 0;
    }
    if (java.util.Arrays.equals(x, y)) {
      return 1;
    }
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    double dice = 2.0 * common / (x.length + y.length);
    double overlap = (double) common / Math.min(x.length, y.length);
    return Math.min(0.99, 0.5 * dice + 0.5 * overlap);
  }

  /** The distinct character bigrams of a text, each as one int, sorted; a one-character text is its own. */
  private static int[] bigrams(String s) {
    if (s.length() == 1) {
      return new int[] {s.charAt(0)};
    }
    int[] out = new int[Math.max(0, s.length() - 1)];
    for (int i = 0; i + 1 < s.length(); i++) {
      out[i] = s.charAt(i) << 16 | s.charAt(i + 1);
    }
    java.util.Arrays.sort(out);
    int k = 0;
    for (int i = 0; i < out.length; i++) {
      if (k == 0 || out[k - 1] != out[i]) {
        out[k++] = out[i];
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /** An ad-hoc checklist from the findings' headings, its id from its content hash. */
  static Checklist infer(List<Recogniser.RawFinding> findings, Optional<String> title, String problemsHeading) {
    List<Checkpoint> cps = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Recogniser.RawFinding f = findings.get(i);
      String heading = f.heading != null ? Norm.strip(f.heading) : "";
      if (heading.isEmpty()) {
        heading = problemsHeading;
      }
      String k = Norm.key(heading);
      boolean exists = k.contains("是否存在") || f.negated;
      String question = core(heading);
      if (question.isEmpty()) {
        question = heading;
      }
      String id = String.format(Locale.ROOT, "cp-%02d", i + 1);
      cps.add(Checkpoint.of(id, exists ? CheckpointKind.WHETHER_EXISTS : CheckpointKind.DUTY, heading, question));
    }
    if (cps.isEmpty()) {
      cps.add(Checkpoint.of("cp-01", CheckpointKind.DUTY, problemsHeading, problemsHeading));
    }
    String t = title.map(s -> s.replace("\n", "")).filter(s -> !s.isBlank()).orElse("导入的检视清单");
    Checklist draft = Checklist.builder().id("imported").version("1").title(t)
        .description("从导入的文档中推断的检视清单").addAllCheckpoints(cps).build();
    String hash = draft.contentHash();
    String id = "imported-" + hash.substring(hash.indexOf(':') + 1, hash.indexOf(':') + 13);
    return Checklist.builder().from(draft).id(id).build();
  }
}
