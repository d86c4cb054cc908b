#!/usr/bin/env python3
"""Writes the hand-made documents of the corpus and their expected diagnostics.

The documents generated from the sample reports (valid/sample-*.json) and the real report are
written by CorpusTest's regeneration switch instead (see README.md). This script only holds the
small, hand-made documents; each expectation below was written by hand from the rules, not by
running the validator. Run from this directory: python3 make_corpus.py
"""
import copy
import json
import os

NINE_HASH = "sha256:ab20a56403748f181d9f805f9e45a5c8e36d620606841a42235c778302ad85d3"
NINE = ["study", "implement", "relieve-enterprises", "case-handling", "punish-over-protect",
        "coercive-measures", "criminal-interference", "protracted-cases", "profit-driven-enforcement"]


def base():
    """A final nine-point report without any diagnostic."""
    findings = []
    for i, cp in enumerate(NINE):
        if i < 4:
            findings.append({"checkpoint": cp, "verdict": "problems-found",
                             "body": [[{"kind": "lead", "text": "在这方面还有差距。"},
                                       {"kind": "point", "text": "学习不够深入。"}]]})
        else:
            findings.append({"checkpoint": cp, "verdict": "not-present",
                             "body": [[{"kind": "lead", "text": "经对照检查，不存在此类问题。"}]]})
    return {
        "schemaVersion": 1,
        "checklist": {"id": "rule-of-law-business-environment-nine-whethers", "version": "1", "hash": NINE_HASH},
        "title": "个人对照检视材料",
        "date": "2022-09-01",
        "status": "final",
        "preamble": ["现将个人对照检视情况报告如下。"],
        "findings": findings,
        "causes": [{"headline": "理论学习不够深入。", "text": "没有做到学以致用。"}],
        "measures": [{"headline": "加强学习。", "text": "每月集中学习两次。",
                      "checkpoints": ["study", "implement", "relieve-enterprises", "case-handling"],
                      "due": "2022-12-31", "kind": "time-bound", "status": "in-progress"}],
    }


ORDER = {
    "report": ["schemaVersion", "checklist", "id", "title", "byline", "addressee", "author", "date", "status",
               "headings", "numbering", "preamble", "findings", "causes", "measures", "problemsOpening",
               "causesOpening", "measuresOpening", "extraSections", "closing", "signature"],
    "checklist": ["id", "version", "hash"],
    "author": ["name", "position", "organization"],
    "headings": ["problems", "causes", "measures"],
    "numbering": ["points", "causes", "measures"],
    "extraSection": ["heading", "placement", "paragraphs"],
    "finding": ["checkpoint", "verdict", "heading", "body"],
    "segment": ["kind", "text"],
    "cause": ["headline", "text", "moreParagraphs", "checkpoints"],
    "measure": ["headline", "text", "moreParagraphs", "checkpoints", "owner", "due", "kind", "status", "history",
                "verification"],
    "update": ["date", "status", "note", "evidence", "by"],
    "verification": ["date", "by"],
}


def ordered(d, kind):
    """The members of d in the canonical order of docs/json-format.md; unknown members last."""
    if not isinstance(d, dict):
        return d
    keys = ORDER[kind]
    out = {k: d[k] for k in keys if k in d}
    out.update({k: v for k, v in d.items() if k not in keys})
    return out


def canonical_report(doc):
    if not isinstance(doc, dict) or "findings" not in doc or not isinstance(doc["findings"], list):
        return doc
    doc = ordered(doc, "report")
    for k in ("checklist", "author", "headings", "numbering"):
        if isinstance(doc.get(k), dict):
            doc[k] = ordered(doc[k], k)
    if isinstance(doc.get("extraSections"), list):
        doc["extraSections"] = [ordered(x, "extraSection") for x in doc["extraSections"]]
    doc["findings"] = [ordered(f, "finding") for f in doc["findings"]]
    for f in doc["findings"]:
        if isinstance(f, dict) and isinstance(f.get("body"), list):
            f["body"] = [[ordered(s, "segment") for s in p] if isinstance(p, list) else p for p in f["body"]]
    if isinstance(doc.get("causes"), list):
        doc["causes"] = [ordered(c, "cause") for c in doc["causes"]]
    if isinstance(doc.get("measures"), list):
        doc["measures"] = [ordered(m, "measure") for m in doc["measures"]]
        for m in doc["measures"]:
            if isinstance(m, dict) and isinstance(m.get("history"), list):
                m["history"] = [ordered(u, "update") for u in m["history"]]
            if isinstance(m, dict) and isinstance(m.get("verification"), dict):
                m["verification"] = ordered(m["verification"], "verification")
    return doc


def canonical(doc):
    return json.dumps(canonical_report(doc), ensure_ascii=False, indent=2) + "\n"


def write(folder, name, text, expected, header=()):
    os.makedirs(folder, exist_ok=True)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    with open(os.path.join(folder, name + ".json"), "wb") as f:
        f.write(data)
    with open(os.path.join(folder, name + ".expected"), "w", encoding="utf-8") as f:
        for h in header:
            f.write(h + "\n")
        for e in expected:
            f.write(e + "\n")


def invalid(name, doc_or_text, *expected, header=()):
    text = doc_or_text if isinstance(doc_or_text, (str, bytes)) else canonical(doc_or_text)
    write("invalid", name, text, expected, header)


def valid(name, doc_or_text, *expected, header=()):
    text = doc_or_text if isinstance(doc_or_text, (str, bytes)) else canonical(doc_or_text)
    write("valid", name, text, expected, header)


def edit(fn):
    d = base()
    fn(d)
    return d


# ------------------------------------------------------------------------------------------------
# valid
valid("minimal-final", base())
valid("draft-without-hash", edit(lambda d: (d["checklist"].pop("hash"), d.update(status="draft"))),
      "checklist.hash.missing /checklist warning")
valid("heading-blank", edit(lambda d: d["findings"][0].update(heading="  ")),
      "finding.heading.blank /findings/0/heading warning")
valid("segment-blank", edit(lambda d: d["findings"][1]["body"][0].append({"kind": "detail", "text": ""})),
      "finding.segment.blank /findings/1/body/0/2/text warning")
valid("finding-unaddressed", edit(lambda d: d["measures"][0].update(checkpoints=["study"])),
      "finding.unaddressed /findings/1 warning",
      "finding.unaddressed /findings/2 warning",
      "finding.unaddressed /findings/3 warning")
valid("measures-unlinked", edit(lambda d: d["measures"][0].pop("checkpoints")),
      "measures.unlinked /measures info")
valid("measure-due-missing", edit(lambda d: d["measures"][0].pop("due")),
      "measure.due.missing /measures/0 warning")
valid("draft-checkpoint-missing", edit(lambda d: (d.update(status="draft"), d["findings"].pop())),
      "checkpoint.missing /findings warning")
valid("custom-headings-closing", edit(lambda d: (
    d.update(headings={"problems": "查摆出的主要问题", "causes": "问题产生的根源", "measures": "下一步整改方向"}),
    d.update(closing=["以上对照检视，请批评指正。"]),
    d.update(author={"name": "李某", "organization": "某某县人民法院"}))))
valid("empty-author", edit(lambda d: d.update(author={})))
valid("supplementary-and-escapes", edit(lambda d: d["preamble"].append(
    "𠀀𠀁 tab\there, quote \" backslash \\ slash / line\nbreak, \u2028 and 全角空格\u3000。")))
# not canonical, still valid: other member order, 1.0 as version, empty closing, no final newline
noncanon = base()
text = json.dumps({"status": "final", **{k: v for k, v in noncanon.items() if k != "status"}, "closing": []},
                  ensure_ascii=False).replace('"schemaVersion": 1', '"schemaVersion": 1.0')
valid("noncanonical-order", text, header=["!noncanonical"])


def imported(d):
    """Every part an import of an existing report can carry (issue 7), canonical."""
    d.update(id="县委办〔2022〕15号", title="某某县委政法委书记\n个人对照检视材料", byline="县委政法委书记  王某某",
             addressee="县委：", numbering={"points": "arabic-dot", "measures": "paren-chinese"},
             extraSections=[{"heading": "上年度整改落实情况", "placement": "before-problems",
                             "paragraphs": ["上年度查摆的问题已全部整改到位。"]},
                            {"heading": "其他需要说明的情况", "placement": "after-measures", "paragraphs": []}],
             closing=["以上材料，请批评指正。"], signature=["县委政法委书记  王某某", "2022年9月1日"],
             problemsOpening=["对照检视，主要存在以下问题："], causesOpening=["究其原因，主要有以下几点："],
             measuresOpening=["针对以上问题，我将认真整改。", "具体措施如下："])
    d["causes"][0].update(moreParagraphs=["二是对营商环境的重要性认识不足。"])
    d["causes"].append({"headline": "宗旨意识有所淡化。", "text": "", "moreParagraphs": ["深入基层调研少。", "服务企业不主动。"]})
    d["measures"][0].update(moreParagraphs=["建立学习台账，逐月检查。"])


valid("import-parts", edit(imported))
valid("signature-date-mismatch", edit(lambda d: d.update(signature=["县委政法委书记  王某某", "二〇二二年八月十五日"])),
      "signature.date.mismatch /signature/1 warning")


def tracked(d):
    """A measure with its progress history and its verification (销号), as the ledger writes them back."""
    d["measures"][0].update(status="verified", history=[
        {"date": "2022-09-10", "status": "in-progress", "note": "制定学习计划。", "evidence": ["学习计划.pdf", "签到表"],
         "by": "办公室"},
        {"date": "2022-10-08", "status": "done"},
        {"date": "2022-10-20", "status": "verified", "note": "验收合格。"}],
        verification={"date": "2022-10-20", "by": "县纪委监委"})


valid("measure-history", edit(tracked))
valid("measure-history-nulls", edit(lambda d: d["measures"][0].update(
    history=[{"date": "2022-09-10", "status": "in-progress", "note": None, "evidence": None, "by": None}],
    verification={"date": "2022-09-20", "by": None})), header=["!noncanonical"])
valid("numbering-one-member", edit(lambda d: d.update(numbering={"causes": "arabic-comma"})))
valid("numbering-explicit-defaults", edit(lambda d: d.update(
    numbering={"points": "run-in", "causes": "run-in", "measures": "run-in"}, signature=[], extraSections=[])),
    header=["!noncanonical"])


def nulls(d):
    """Every optional member null: the same report as without them."""
    d.update(id=None, title=None, byline=None, addressee=None, author=None, date=None, headings=None,
             numbering=None, problemsOpening=None, causesOpening=None, measuresOpening=None, extraSections=None,
             closing=None, signature=None)
    d["findings"][0].update(heading=None)
    d["causes"][0].update(headline=None, moreParagraphs=None, checkpoints=None)
    d["measures"][0].update(headline=None, moreParagraphs=None, checkpoints=None, owner=None, due=None, kind=None,
                            status=None)


valid("null-optional-members", edit(nulls), "measures.unlinked /measures info",
      header=["!noncanonical"])
valid("null-numbering-members", edit(lambda d: d.update(
    numbering={"points": None, "causes": "arabic-comma", "measures": None},
    author={"name": None, "position": "县委书记", "organization": None})), header=["!noncanonical"])
valid("checklist-null-optional", json.dumps({
    "schemaVersion": 1, "id": "two-points", "version": "1", "hash": None, "title": "两点清单", "description": None,
    "checkpoints": [
        {"id": "a", "kind": "duty", "title": "在甲方面", "question": "是否做好甲"},
        {"id": "b", "kind": "whether-exists", "title": "在是否存在乙方面", "question": "是否存在乙"}]},
    ensure_ascii=False, indent=2) + "\n", header=["!noncanonical"])
valid("checklist-without-hash", json.dumps({
    "schemaVersion": 1, "id": "two-points", "version": "1", "title": "两点清单",
    "checkpoints": [
        {"id": "a", "kind": "duty", "title": "在甲方面", "question": "是否做好甲"},
        {"id": "b", "kind": "whether-exists", "title": "在是否存在乙方面", "question": "是否存在乙"}]},
    ensure_ascii=False, indent=2) + "\n", header=["!noncanonical"])

# ------------------------------------------------------------------------------------------------
# invalid: syntax and reading
invalid("syntax-missing-comma", '{\n  "schemaVersion": 1\n  "status": "final"\n}\n', "json.syntax /schemaVersion 3:3")
invalid("syntax-unterminated", '{\n  "schemaVersion": 1,\n  "checklist": {\n', "json.eof /checklist 4:1")
invalid("syntax-empty", "", "json.empty  1:1")
invalid("syntax-whitespace-only", "  \n\n", "json.empty  3:1")
invalid("syntax-trailing", canonical(base()) + "{}\n", "json.trailing  " + str(canonical(base()).count("\n") + 1) + ":1")
invalid("syntax-duplicate-member", '{\n  "schemaVersion": 1,\n  "status": "final",\n  "status": "draft"\n}\n',
        "json.duplicate /status 4:3")
invalid("syntax-invalid-utf8", b'{\n  "title": "\xff\xfe"\n}\n', "json.encoding /title")
invalid("syntax-bare-word", '{"schemaVersion": 1, "status": final}', "json.syntax /status 1:32")
invalid("syntax-comment", '// a report\n{"schemaVersion": 1}', "json.syntax  1:1")
invalid("syntax-single-quotes", "{'schemaVersion': 1}", "json.syntax  1:2")
invalid("syntax-control-character", '{"title": "a\u0001b"}', "json.syntax /title 1:13")
invalid("syntax-bad-escape", '{"title": "a\\qb"}', "json.syntax /title 1:14")

# limits (small documents, small limits)
invalid("limit-size", canonical(base()), "limit.size ", header=["!limits maxDocumentBytes=100"])
invalid("limit-depth", '{"preamble": ' + "[" * 40 + "]" * 40 + "}", "limit.depth /preamble/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0 1:45")
invalid("limit-string", edit(lambda d: d.update(title="长" * 101)), "limit.string /title",
        header=["!limits maxStringLength=100"])
invalid("limit-name", '{"' + "n" * 101 + '": 1}', "limit.string ", header=["!limits maxStringLength=100"])
invalid("limit-array", edit(lambda d: d.update(preamble=["段"] * 6)), "limit.array /preamble/5",
        header=["!limits maxArrayLength=5"])
invalid("limit-members", edit(lambda d: None), "limit.members /preamble", header=["!limits maxObjectMembers=5"])
invalid("limit-diagnostics", edit(lambda d: d.update(preamble=[1, 2, 3, 4])),
        "schema.type /preamble/0", "schema.type /preamble/1", "limit.diagnostics  info",
        header=["!limits maxDiagnostics=2"])

# version
invalid("version-2", edit(lambda d: d.update(schemaVersion=2)), "schema.version /schemaVersion 2:20")
invalid("version-string", edit(lambda d: d.update(schemaVersion="1")), "schema.version /schemaVersion")

# types
invalid("type-root-array", "[]\n", "schema.type  1:1")
invalid("type-title-number", edit(lambda d: d.update(title=42)), "schema.type /title")
invalid("type-findings-object", edit(lambda d: d.update(findings={})), "schema.type /findings")
invalid("type-body-not-nested", edit(lambda d: d["findings"][0].update(body=[{"kind": "lead", "text": "x"}])),
        "schema.type /findings/0/body/0")
invalid("type-links-string", edit(lambda d: d["measures"][0].update(checkpoints="study")),
        "schema.type /measures/0/checkpoints")
# null stands for an absent optional member (front ends post it), never for a required one
invalid("type-null-status", edit(lambda d: d.update(status=None)), "schema.enum /status")
invalid("type-null-paragraph", edit(lambda d: d["preamble"].append(None)), "schema.type /preamble/1")
invalid("type-null-segment-text", edit(lambda d: d["findings"][0]["body"][0][0].update(text=None)),
        "schema.type /findings/0/body/0/0/text")

# missing and unknown members
invalid("missing-schema-version", edit(lambda d: d.pop("schemaVersion")), "schema.required  1:1")
invalid("missing-checklist-id", edit(lambda d: d["checklist"].pop("id")), "schema.required /checklist 3:16")
invalid("missing-verdict", edit(lambda d: d["findings"][0].pop("verdict")), "schema.required /findings/0")
invalid("missing-segment-text", edit(lambda d: d["findings"][0]["body"][0][0].pop("text")),
        "schema.required /findings/0/body/0/0")
invalid("missing-several", edit(lambda d: (d.pop("findings"), d.pop("causes"))),
        "schema.required ", "schema.required ")
invalid("unknown-root-member", edit(lambda d: d.update(comment="备注")), "schema.additionalProperties /comment")
invalid("unknown-author-member", edit(lambda d: d.update(author={"name": "李某", "phone": "123"})),
        "schema.additionalProperties /author/phone")
invalid("missing-extra-section-placement", edit(lambda d: d.update(extraSections=[
    {"heading": "会前准备情况", "paragraphs": ["认真学习规定篇目。"]}])),
        "schema.required /extraSections/0")
invalid("unknown-numbering-member", edit(lambda d: d.update(numbering={"findings": "arabic-dot"})),
        "schema.additionalProperties /numbering/findings")
invalid("type-more-paragraphs-string", edit(lambda d: d["causes"][0].update(moreParagraphs="没有做到学以致用。")),
        "schema.type /causes/0/moreParagraphs")
invalid("type-signature-string", edit(lambda d: d.update(signature="王某某")), "schema.type /signature")
invalid("unknown-member-escaped", edit(lambda d: d["checklist"].update({"a/b~c": 1})),
        "schema.additionalProperties /checklist/a~1b~0c")

# enums
invalid("enum-status", edit(lambda d: d.update(status="submitted")), "schema.enum /status")
invalid("enum-verdict", edit(lambda d: d["findings"][4].update(verdict="PROBLEMS_FOUND")),
        "schema.enum /findings/4/verdict")
invalid("enum-segment-kind", edit(lambda d: d["findings"][0]["body"][0][1].update(kind="example")),
        "schema.enum /findings/0/body/0/1/kind")
invalid("enum-numbering", edit(lambda d: d.update(numbering={"points": "1.", "causes": "RUN_IN"})),
        "schema.enum /numbering/points", "schema.enum /numbering/causes")
invalid("enum-extra-section-placement", edit(lambda d: d.update(extraSections=[
    {"heading": "会前准备情况", "placement": "first", "paragraphs": []}])),
        "schema.enum /extraSections/0/placement")
invalid("enum-measure-kind-status", edit(lambda d: d["measures"][0].update(kind="urgent", status="open")),
        "schema.enum /measures/0/kind", "schema.enum /measures/0/status")

# too long, too many
invalid("too-long-title", edit(lambda d: d.update(title="标" * 201)), "schema.maxLength /title")
invalid("too-long-segment", edit(lambda d: d["findings"][0]["body"][0][0].update(text="字" * 10001)),
        "schema.maxLength /findings/0/body/0/0/text")
invalid("too-long-id", edit(lambda d: d["findings"][0].update(checkpoint="x" * 101)),
        "schema.maxLength /findings/0/checkpoint")
invalid("too-many-preamble", edit(lambda d: d.update(preamble=["段"] * 101)), "schema.maxItems /preamble")
invalid("too-long-byline", edit(lambda d: d.update(byline="署" * 201)), "schema.maxLength /byline")
invalid("too-long-signature-line", edit(lambda d: d.update(signature=["名" * 201])),
        "schema.maxLength /signature/0")
invalid("too-many-signature-lines", edit(lambda d: d.update(signature=["名"] * 11)), "schema.maxItems /signature")
invalid("too-many-extra-sections", edit(lambda d: d.update(
    extraSections=[{"heading": "情况", "placement": "after-measures", "paragraphs": []}] * 21)),
        "schema.maxItems /extraSections")
invalid("too-many-more-paragraphs", edit(lambda d: d["measures"][0].update(moreParagraphs=["又"] * 101)),
        "schema.maxItems /measures/0/moreParagraphs")
invalid("too-many-segments", edit(lambda d: d["findings"][0]["body"][0].extend(
    [{"kind": "detail", "text": "又"}] * 199)), "schema.maxItems /findings/0/body/0")

# patterns and blanks
invalid("pattern-date", edit(lambda d: d.update(date="2022/09/01")), "schema.pattern /date")
invalid("pattern-due", edit(lambda d: d["measures"][0].update(due="2022-9-1")), "schema.pattern /measures/0/due")
invalid("pattern-hash", edit(lambda d: d["checklist"].update(hash="sha256:ABC")), "schema.pattern /checklist/hash")
invalid("blank-checkpoint-id", edit(lambda d: d["findings"][0].update(checkpoint="   ")),
        "schema.blank /findings/0/checkpoint")
invalid("blank-heading-ideographic-space", edit(lambda d: d.update(
    headings={"problems": "\u3000", "causes": "原因", "measures": "措施"})), "schema.blank /headings/problems")
invalid("blank-report-id", edit(lambda d: d.update(id="\u3000")), "schema.blank /id")
invalid("blank-extra-section-heading", edit(lambda d: d.update(extraSections=[
    {"heading": " ", "placement": "after-problems", "paragraphs": []}])), "schema.blank /extraSections/0/heading")
invalid("blank-checklist-version", edit(lambda d: d["checklist"].update(version="")),
        "schema.blank /checklist/version")

# mapping: real dates
invalid("date-not-real", edit(lambda d: d.update(date="2022-02-30")), "date.invalid /date 9:11")
invalid("history-date-not-real", edit(lambda d: d["measures"][0].update(
    history=[{"date": "2022-09-10", "status": "in-progress"}, {"date": "2022-09-31", "status": "done"}])),
    "date.invalid /measures/0/history/1/date")
invalid("verification-date-not-real", edit(lambda d: d["measures"][0].update(verification={"date": "2022-02-29"})),
        "date.invalid /measures/0/verification/date")
invalid("history-missing-status", edit(lambda d: d["measures"][0].update(history=[{"date": "2022-09-10"}])),
        "schema.required /measures/0/history/0")
invalid("history-unknown-member", edit(lambda d: d["measures"][0].update(
    history=[{"date": "2022-09-10", "status": "done", "proof": "x"}])),
        "schema.additionalProperties /measures/0/history/0/proof")
invalid("history-null-date", edit(lambda d: d["measures"][0].update(history=[{"date": None, "status": "done"}])),
        "schema.type /measures/0/history/0/date")
invalid("verification-missing-date", edit(lambda d: d["measures"][0].update(verification={"by": "县纪委"})),
        "schema.required /measures/0/verification")
invalid("too-many-history", edit(lambda d: d["measures"][0].update(
    history=[{"date": "2022-09-10", "status": "in-progress"}] * 201)), "schema.maxItems /measures/0/history")
invalid("too-long-evidence", edit(lambda d: d["measures"][0].update(
    history=[{"date": "2022-09-10", "status": "in-progress", "evidence": ["证" * 501]}])),
        "schema.maxLength /measures/0/history/0/evidence/0")
invalid("due-not-real", edit(lambda d: d["measures"][0].update(due="2023-02-29")), "date.invalid /measures/0/due")

# checklist reference and conformance (final report: what is missing is an error)
invalid("reference-unknown", edit(lambda d: d["checklist"].update(id="no-such-checklist")),
        "checklist.unknown /checklist 3:16")
invalid("reference-unknown-version", edit(lambda d: d["checklist"].update(version="2")),
        "checklist.unknown /checklist")
invalid("reference-hash-mismatch", edit(lambda d: d["checklist"].update(hash="sha256:" + "0" * 64)),
        "checklist.hash.mismatch /checklist/hash 6:13")
invalid("reference-hash-missing-final", edit(lambda d: d["checklist"].pop("hash")),
        "checklist.hash.missing /checklist")
invalid("finding-checkpoint-unknown", edit(lambda d: d["findings"][4].update(checkpoint="no-such-point")),
        "finding.checkpoint.unknown /findings/4/checkpoint", "checkpoint.missing /findings")
invalid("finding-checkpoint-duplicate", edit(lambda d: d["findings"].__setitem__(5, copy.deepcopy(d["findings"][4]))),
        "finding.checkpoint.duplicate /findings/5/checkpoint", "checkpoint.missing /findings")
invalid("finding-checkpoint-order", edit(lambda d: d["findings"].__setitem__(slice(4, 6), [d["findings"][5], d["findings"][4]])),
        "finding.checkpoint.order /findings/5/checkpoint")
invalid("finding-verdict-not-allowed", edit(lambda d: d["findings"][0].update(verdict="not-present")),
        "finding.verdict.not-allowed /findings/0/verdict")
invalid("finding-body-empty", edit(lambda d: d["findings"][0].update(body=[])),
        "finding.body.empty /findings/0/body")
invalid("checkpoint-missing-final", edit(lambda d: d["findings"].pop(8)), "checkpoint.missing /findings")
invalid("cause-empty-final", edit(lambda d: d["causes"].append({"text": ""})), "cause.empty /causes/1")
invalid("cause-checkpoint-unknown", edit(lambda d: d["causes"][0].update(checkpoints=["study", "nope"])),
        "cause.checkpoint.unknown /causes/0/checkpoints/1")
invalid("measures-missing-final", edit(lambda d: d.update(measures=[])), "measures.missing /measures")
invalid("measure-empty-final", edit(lambda d: d["measures"].append({"text": " "})), "measure.empty /measures/1")
invalid("measure-checkpoint-unknown", edit(lambda d: d["measures"][0]["checkpoints"].append("nope")),
        "measure.checkpoint.unknown /measures/0/checkpoints/4")
invalid("measure-due-before-date", edit(lambda d: d["measures"][0].update(due="2022-08-31")),
        "measure.due.before-date /measures/0/due")

# checklists
two = {"schemaVersion": 1, "id": "two-points", "version": "1", "title": "两点清单",
       "checkpoints": [
           {"id": "a", "kind": "duty", "title": "在甲方面", "question": "是否做好甲"},
           {"id": "b", "kind": "whether-exists", "title": "在是否存在乙方面", "question": "是否存在乙"}]}


def cl(fn):
    d = copy.deepcopy(two)
    fn(d)
    return d


invalid("checklist-duplicate-checkpoint", cl(lambda d: d["checkpoints"][1].update(id="a")),
        "checklist.checkpoint.duplicate /checkpoints/1/id")
invalid("checklist-content-hash-mismatch", cl(lambda d: d.update(hash="sha256:" + "1" * 64)),
        "checklist.content-hash.mismatch /hash")
invalid("checklist-no-checkpoints", cl(lambda d: d.update(checkpoints=[])), "schema.minItems /checkpoints")
invalid("checklist-bad-kind", cl(lambda d: d["checkpoints"][0].update(kind="duties")),
        "schema.enum /checkpoints/0/kind")
invalid("checklist-missing-question", cl(lambda d: d["checkpoints"][1].pop("question")),
        "schema.required /checkpoints/1")
invalid("checklist-blank-title", cl(lambda d: d.update(title=" \t")), "schema.blank /title")
invalid("checklist-version-2", cl(lambda d: d.update(schemaVersion=2)), "schema.version /schemaVersion")
