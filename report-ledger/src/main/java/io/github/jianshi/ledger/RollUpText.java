package io.github.jianshi.ledger;

import io.github.jianshi.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a roll-up as Markdown tables, or as one HTML page with inline SVG bar charts (no script). */
final class RollUpText {
  private RollUpText() {}

  static void markdown(RollUp r, OutputStream out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("# 整改情况汇总\n\n");
    summary(r).forEach((k, v) -> s.append("- ").append(k).append("：").append(md(v)).append('\n'));
    s.append("\n## 各检视点问题分布\n\n");
    List<String> verdicts = r.checkpoints().isEmpty() ? List.of() : new ArrayList<>(r.checkpoints().get(0).verdicts().keySet());
    s.append("| 清单 | 检视点 | 查摆问题 |");
    verdicts.forEach(v -> s.append(' ').append(md(v)).append(" |"));
    s.append("\n|---|---|---:|");
    verdicts.forEach(v -> s.append("---:|"));
    s.append('\n');
    for (RollUp.CheckpointTally t : r.checkpoints()) {
      s.append("| ").append(md(t.checklist())).append(" | ").append(md(t.title())).append(" | ").append(t.problems()).append(" |");
      t.verdicts().values().forEach(n -> s.append(' ').append(n).append(" |"));
      s.append('\n');
    }
    table(s, "整改措施状态", "状态", r.byStatus());
    table(s, "整改类型", "类型", r.byKind());
    table(s, "责任人/单位", "责任人/单位", r.byOwner());
    table(s, "各单位整改措施", "单位", r.byOrganization());
    table(s, "各单位逾期措施", "单位", r.overdueByOrganization());
    if (!r.overdueItems().isEmpty()) {
      s.append("\n## 逾期措施\n\n| 条目编号 | 单位 | 整改措施 | 责任人/单位 | 完成时限 | 整改状态 | 逾期天数 |\n|---|---|---|---|---|---|---:|\n");
      for (RollUp.OverdueItem o : r.overdueItems()) {
        s.append("| ").append(md(o.entryId())).append(" | ").append(md(o.organization())).append(" | ")
            .append(md(o.summary())).append(" | ").append(md(o.owner())).append(" | ").append(o.due()).append(" | ")
            .append(md(o.status())).append(" | ").append(o.daysOverdue()).append(" |\n");
      }
    }
    if (!r.failed().isEmpty()) {
      s.append("\n## 未通过校验的报告\n\n| 来源 | 问题 |\n|---|---|\n");
      for (RollUp.FailedReport f : r.failed()) {
        s.append("| ").append(md(f.source())).append(" | ");
        List<String> msgs = new ArrayList<>();
        for (Diagnostic d : f.diagnostics()) {
          msgs.add(md(d.message(Locale.CHINA)));
        }
        s.append(String.join("<br>", msgs)).append(" |\n");
      }
    }
    write(s, out);
  }

  private static void table(StringBuilder s, String title, String key, Map<String, Integer> counts) {
    s.append("\n## ").append(title).append("\n\n| ").append(key).append(" | 数量 |\n|---|---:|\n");
    counts.forEach((k, v) -> s.append("| ").append(md(k)).append(" | ").append(v).append(" |\n"));
  }

  static Map<String, String> summary(RollUp r) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("统计截止日期", r.asOf().map(Object::toString).orElse("未指定"));
    m.put("报告数", String.valueOf(r.reports()));
    m.put("未通过校验的报告数", String.valueOf(r.failedCount()));
    m.put("整改措施数", String.valueOf(r.measures()));
    m.put("完成率", percent(r.completionRate()));
    m.put("逾期措施数", String.valueOf(r.overdue()));
    return m;
  }

  static String percent(double rate) {
    return String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }

  private static String md(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '#' -> out.append('\\').append(c);
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------

  static void html(RollUp r, OutputStream out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>整改情况汇总</title>\n")
        .append("<style>\nbody{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em;color:#000}\n")
        .append("table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #888;padding:.2em .6em}")
        .append("td.n{text-align:right}th{background:#ddebf7}\n")
        .append("svg{display:block;margin:1em 0}section{break-inside:avoid}\n")
        .append("@media print{body{margin:0}th{background:none}}\n</style>\n</head>\n<body>\n<h1>整改情况汇总</h1>\n<ul>\n");
    summary(r).forEach((k, v) -> s.append("<li>").append(h(k)).append("：").append(h(v)).append("</li>\n"));
    s.append("</ul>\n<section>\n<h2>各检视点查摆问题</h2>\n");
    List<String> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (RollUp.CheckpointTally t : r.checkpoints()) {
      labels.add(t.title());
      values.add(t.problems());
    }
    chart(s, "各检视点查摆问题数", labels, values, "#c0504d");
    s.append("<table>\n<tr><th>清单</th><th>检视点</th><th>查摆问题</th>");
    if (!r.checkpoints().isEmpty()) {
      r.checkpoints().get(0).verdicts().keySet().forEach(v -> s.append("<th>").append(h(v)).append("</th>"));
    }
    s.append("</tr>\n");
    for (RollUp.CheckpointTally t : r.checkpoints()) {
      s.append("<tr><td>").append(h(t.checklist())).append("</td><td>").append(h(t.title())).append("</td><td class=\"n\">")
          .append(t.problems()).append("</td>");
      t.verdicts().values().forEach(n -> s.append("<td class=\"n\">").append(n).append("</td>"));
      s.append("</tr>\n");
    }
    s.append("</table>\n</section>\n<section>\n<h2>整改措施状态</h2>\n");
    chart(s, "整改措施状态", new ArrayList<>(r.byStatus().keySet()), new ArrayList<>(r.byStatus().values()), "#4f81bd");
    s.append("</section>\n");
    htmlTable(s, "整改类型", "类型", r.byKind());
    htmlTable(s, "责任人/单位", "责任人/单位", r.byOwner());
    htmlTable(s, "各单位整改措施", "单位", r.byOrganization());
    htmlTable(s, "各单位逾期措施", "单位", r.overdueByOrganization());
    if (!r.overdueItems().isEmpty()) {
      s.append("<section>\n<h2>逾期措施</h2>\n<table>\n<tr><th>条目编号</th><th>单位</th><th>整改措施</th><th>责任人/单位</th>")
          .append("<th>完成时限</th><th>整改状态</th><th>逾期天数</th></tr>\n");
      for (RollUp.OverdueItem o : r.overdueItems()) {
        s.append("<tr><td>").append(h(o.entryId())).append("</td><td>").append(h(o.organization())).append("</td><td>")
            .append(h(o.summary())).append("</td><td>").append(h(o.owner())).append("</td><td>").append(o.due())
            .append("</td><td>").append(h(o.status())).append("</td><td class=\"n\">").append(o.daysOverdue())
            .append("</td></tr>\n");
      }
      s.append("</table>\n</section>\n");
    }
    if (!r.failed().isEmpty()) {
      s.append("<section>\n<h2>未通过校验的报告</h2>\n<table>\n<tr><th>来源</th><th>问题</th></tr>\n");
      for (RollUp.FailedReport f : r.failed()) {
        s.append("<tr><td>").append(h(f.source())).append("</td><td>");
        for (int i = 0; i < f.diagnostics().size(); i++) {
          s.append(i == 0 ? "" : "<br>").append(h(f.diagnostics().get(i).message(Locale.CHINA)));
        }
        s.append("</td></tr>\n");
      }
      s.append("</table>\n</section>\n");
    }
    s.append("</body>\n</html>\n");
    write(s, out);
  }

  private static void htmlTable(StringBuilder s, String title, String key, Map<String, Integer> counts) {
    s.append("<section>\n<h2>").append(h(title)).append("</h2>\n<table>\n<tr><th>").append(h(key))
        .append("</th><th>数量</th></tr>\n");
    counts.forEach((k, v) -> s.append("<tr><td>").append(h(k)).append("</td><td class=\"n\">").append(v)
        .append("</td></tr>\n"));
    s.append("</table>\n</section>\n");
  }

  /** A horizontal bar chart: one row of 24 px per bar, labels on the left, counts at the bar's end. */
  static void chart(StringBuilder s, String title, List<String> labels, List<Integer> values, String color) {
    int labelWidth = 260;
    int barWidth = 360;
    int row = 24;
    int height = Math.max(1, labels.size()) * row + 8;
    int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelWidth + barWidth + 60)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelWidth + barWidth + 60).append(' ')
        .append(height).append("\" font-size=\"13\">\n<title>").append(h(title)).append("</title>\n");
    for (int i = 0; i < labels.size(); i++) {
      int y = 4 + i * row;
      int w = max == 0 ? 0 : (int) Math.round((double) values.get(i) * barWidth / max);
      s.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 16)
          .append("\" text-anchor=\"end\">").append(h(shorten(labels.get(i)))).append("</text>")
          .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
          .append("\" height=\"").append(row - 8).append("\" fill=\"").append(color).append("\"/>")
          .append("<text x=\"").append(labelWidth + w + 4).append("\" y=\"").append(y + 16).append("\">")
          .append(values.get(i)).append("</text>\n");
    }
    s.append("</svg>\n");
  }

  private static String shorten(String label) {
    return label.codePointCount(0, label.length()) <= 18 ? label
        : label.substring(0, label.offsetByCodePoints(0, 17)) + "…";
  }

  static String h(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void write(StringBuilder s, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.append(s);
    w.flush();
  }
}
