"""Edits the exported CSV ledger the way an official would in a spreadsheet (see make-files.sh)."""
import csv
import io
import sys

src, dst = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header = rows[0]
col = {h: i for i, h in enumerate(header)}


def row(entry_id):
    for r in rows[1:]:
        if r[col["条目编号"]] == entry_id:
            return r
    raise SystemExit("no row " + entry_id)


# 1. a status changed (no date given: the as-of date of the read-back dates it)
row("2024-xz-007#M01")[col["整改状态"]] = "已完成"
# 2. a progress note added, its date typed as text, the due date typed with slashes
r = row("2024-xz-007#M02")
r[col["整改状态"]] = "整改中"
r[col["本次进展"]] = "已起草议事规则修订稿"
r[col["进展日期"]] = "2024年6月20日"
r[col["佐证材料"]] = "修订稿.docx；会议纪要"
r[col["填报人"]] = "李四"
r[col["完成时限"]] = "2024/10/31"
# 3. verified (销号) with a verifier
r = row("2024-xz-007#M03")
r[col["整改状态"]] = "已验收"
r[col["验收人"]] = "县委督查室"
r[col["验收日期"]] = "2024-06-28"
# 4. a row deleted: the second measure of the second report
second = [r for r in rows[1:] if r[col["条目编号"]].endswith("#M02") and not r[col["条目编号"]].startswith("2024-xz")][0]
rows.remove(second)
# 5. a row added, without an entry id
added = [""] * len(header)
added[col["整改措施"]] = "建立整改台账月报制度。"
added[col["整改状态"]] = "未启动"
rows.append(added)
# 6. columns reordered: the entry id moves to the end, status and owner swap places
order = [h for h in header if h != "条目编号"] + ["条目编号"]
i, j = order.index("整改状态"), order.index("责任人/单位")
order[i], order[j] = order[j], order[i]
out = io.StringIO()
w = csv.writer(out, lineterminator="\r\n")
for r in rows:
    w.writerow([r[col[h]] for h in order])
with open(dst, "w", encoding="utf-8-sig", newline="") as f:
    f.write(out.getvalue())
