"""Corpus-wide checks of the task checklist that need no labels.

Run ``python bench/sanity.py`` (``--details`` lists every finding). Each
document of ``../shared/corpus/raw`` (or ``$CONGVAN_CORPUS``) is parsed and its
tasks checked for what a clerk would see at once is wrong:

- an assignee or partner that is a sentence: longer than 110 characters,
  holding an item marker (``a)``, ``2.``) or a verb of assignment (``đề nghị``,
  ``giao``, ``yêu cầu``, ``trân trọng``);
- a deadline taken from a sentence about the past (``đã``, ``vừa qua``) or from
  a data cut-off (``tính đến``, ``số liệu``);
- a task whose lines come after the signature or the Nơi nhận.

``tests/test_corpus_sanity.py`` runs the same checks and fails on any finding.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import corpus_dir

#: Longest name a unit is written with in the corpus is about 100 characters.
MAX_NAME = 110
#: An item marker inside a name: ``Sở Nội vụ a) Xây dựng``, ``... 2. Giao``.
_MARKER = re.compile(r"(?:^|\s)(?:[a-zđ]\)|\d{1,2}\.\s|[IVX]{1,4}\.\s)")
#: Verbs of assignment, lower case as verbs are (``Ban Chỉ đạo``, ``Bộ Ngoại giao`` are units;
#: ``người được giao phụ trách ...`` is the one given the work, ``người được yêu cầu`` the one
#: asked: names).
_ASSIGN_VERB = re.compile(
    r"\b(?:(?<!được )(?:đề nghị|yêu cầu)|(?<!Ngoại )(?<!được )giao(?! thông)|trân trọng|kính gửi"
    r"|như sau)\b"
)
#: A sentence about the past, or a data cut-off, around a deadline.
_PAST = re.compile(r"\b(?:đã|vừa qua|tính đến|số liệu)\b", re.IGNORECASE)
#: What makes a sentence an obligation even when it mentions the past.
_OBLIGATION = re.compile(
    r"\b(?:phải|cần|đề nghị|yêu cầu|giao|hoàn thành|chậm nhất|hạn chót|báo cáo|gửi|nộp)\b",
    re.IGNORECASE,
)


def _walk(tasks: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for t in tasks:
        yield t
        yield from _walk(t["subtasks"])


def _clause(sentence: str, raw: str) -> str:
    """The clause that leads to the deadline: from the punctuation mark before it to its end.

    Words after the deadline (``... các nội dung đã được phê duyệt``) describe its object.
    """
    at = sentence.find(raw)
    if at < 0:
        return sentence
    begin = max(sentence.rfind(c, 0, at) for c in ",;:") + 1
    return sentence[begin : at + len(raw)]


def check(doc: dict[str, Any]) -> list[str]:
    """Every finding of one parsed document (its JSON as a dict), as readable lines."""
    out: list[str] = []
    tasks = list(_walk(doc["tasks"])) + list(_walk(doc.get("requests") or []))
    for t in tasks:
        where = t.get("marker") or t["label"] or "•"
        for kind in ("assignees", "partners"):
            for name in t.get(kind) or []:
                if len(name) > MAX_NAME:
                    out.append(f"sentence as {kind}: {where} longer than {MAX_NAME}: {name}")
                elif _MARKER.search(name):
                    out.append(f"sentence as {kind}: {where} holds an item marker: {name}")
                elif _ASSIGN_VERB.search(name):
                    out.append(f"sentence as {kind}: {where} holds a verb of assignment: {name}")
    sentences = {(d["raw"], d["sentence"]) for d in doc["deadlines"]}
    for raw, sentence in sentences:
        clause = _clause(sentence, raw)
        if _PAST.search(clause) and not _OBLIGATION.search(clause):
            out.append(f"past deadline: {raw!r} in {clause[:80]!r}")
    ends = [
        x["evidence"]["start"]
        for x in [doc["signer"], *(doc["distribution"][:1])]
        if x and x.get("evidence")
    ]
    if ends:
        closing = min(ends)
        for t in tasks:
            if t["evidence"]["end"] >= closing:
                out.append(f"task after the signature: {t.get('marker') or t['label']}")
    return out


def corpus_files() -> list[Path]:
    root = corpus_dir()
    if not root.is_dir():
        return []
    return sorted(
        Path(d) / f for d, _, fs in os.walk(root) for f in fs if not f.endswith((".tsv", ".md5"))
    )


def main(argv: list[str]) -> int:
    import congvan

    details = "--details" in argv
    files = corpus_files()
    if not files:
        print(f"Không thấy kho văn bản mẫu: {corpus_dir()}", file=sys.stderr)
        return 1
    kinds: Counter[str] = Counter()
    docs_with = 0
    parsed = 0
    for path in files:
        try:
            doc = json.loads(congvan.parse_file(path).model_dump_json())
        except congvan.CongvanError:
            continue
        parsed += 1
        found = check(doc)
        docs_with += bool(found)
        for f in found:
            kinds[f.split(":")[0]] += 1
            if details:
                print(f"{path.relative_to(corpus_dir())}: {f}")
    total = sum(kinds.values())
    print(f"\n{parsed} documents parsed; {total} findings in {docs_with} documents")
    for kind, n in sorted(kinds.items()):
        print(f"  {kind}: {n}")
    return 0 if total == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
