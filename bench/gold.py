"""Hand-written expected values ("gold") for corpus documents, and how to compare them.

The gold files live in ``tests/corpus/expected/*.json``; each names a file of
``../shared/corpus/raw`` and the values a careful clerk reads from it. This
module is shared by ``bench/accuracy.py`` (the per-field table in the README)
and ``tests/test_corpus_gold.py`` (which fails on any mismatch not listed as a
known gap).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "tests" / "corpus" / "expected"
KNOWN_GAPS = REPO / "tests" / "corpus" / "known_gaps.json"


def corpus_dir() -> Path:
    """``$CONGVAN_CORPUS`` or ``../shared/corpus/raw`` beside the repository."""
    env = os.environ.get("CONGVAN_CORPUS")
    return Path(env) if env else REPO.parent / "shared" / "corpus" / "raw"


@dataclass(frozen=True)
class Gold:
    name: str
    path: Path
    expected: dict[str, Any]


def load_gold() -> Iterator[Gold]:
    for f in sorted(GOLD_DIR.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        yield Gold(f.stem, corpus_dir() / data["file"], data)


def _get(d: Any, path: str) -> Any:
    for key in path.split("."):
        if d is None:
            return None
        d = d.get(key)
    return d


def _labels(tasks: list[dict[str, Any]]) -> list[str | None]:
    return [t["label"] for t in tasks]


def _basis(items: list[dict[str, Any]]) -> list[tuple[str, list[str | None]]]:
    return [
        (b["kind"], [c if isinstance(c, str) or c is None else c["number"] for c in b["citations"]])
        for b in items
    ]


def _dist(items: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return [(e["name"], e["note"]) for e in items]


#: field name -> (value from the parser's JSON, value from the gold file)
FIELDS: dict[str, tuple[Callable[[dict[str, Any]], Any], Callable[[dict[str, Any]], Any]]] = {
    "doc_type": (lambda r: _get(r, "doc_type.name"), lambda g: _get(g, "doc_type.name")),
    "doc_type.code": (lambda r: _get(r, "doc_type.code"), lambda g: _get(g, "doc_type.code")),
    "number.number": (lambda r: _get(r, "number.number"), lambda g: _get(g, "number.number")),
    "number.year": (lambda r: _get(r, "number.year"), lambda g: _get(g, "number.year")),
    "number.symbol": (lambda r: _get(r, "number.symbol"), lambda g: _get(g, "number.symbol")),
    "issuer.name": (lambda r: _get(r, "issuer.name"), lambda g: _get(g, "issuer.name")),
    "issuer.parent": (lambda r: _get(r, "issuer.parent"), lambda g: _get(g, "issuer.parent")),
    "place": (lambda r: r.get("place"), lambda g: g.get("place")),
    "date.iso": (lambda r: _get(r, "date.iso"), lambda g: _get(g, "date.iso")),
    "urgency": (lambda r: r.get("urgency"), lambda g: g.get("urgency")),
    "subject": (lambda r: r.get("subject"), lambda g: g.get("subject")),
    "recipients": (lambda r: [x["name"] for x in r["recipients"]], lambda g: g["recipients"]),
    "legal_basis": (lambda r: _basis(r["legal_basis"]), lambda g: _basis(g["legal_basis"])),
    "tasks.labels": (lambda r: _labels(r["tasks"]), lambda g: g["task_labels"]),
    "signer.authority": (
        lambda r: _get(r, "signer.authority"),
        lambda g: _get(g, "signer.authority"),
    ),
    "signer.chain": (
        lambda r: _get(r, "signer.chain") or [],
        lambda g: _get(g, "signer.chain") or [],
    ),
    "signer.position": (lambda r: _get(r, "signer.position"), lambda g: _get(g, "signer.position")),
    "signer.name": (lambda r: _get(r, "signer.name"), lambda g: _get(g, "signer.name")),
    "distribution": (lambda r: _dist(r["distribution"]), lambda g: _dist(g["distribution"])),
}


def compare(result: dict[str, Any], gold: dict[str, Any]) -> dict[str, tuple[bool, Any, Any]]:
    """Field -> (equal, got, expected)."""
    out = {}
    for name, (got_of, want_of) in FIELDS.items():
        got, want = got_of(result), want_of(gold)
        out[name] = (got == want, got, want)
    return out


def known_gaps() -> dict[str, list[str]]:
    if not KNOWN_GAPS.exists():
        return {}
    data: dict[str, list[str]] = json.loads(KNOWN_GAPS.read_text(encoding="utf-8"))
    return data


# --- task trees (tests/corpus/tasks) --------------------------------------------------------

TASK_GOLD_DIR = REPO / "tests" / "corpus" / "tasks"
#: Letters written for the project (``docs/``) with the task tree their writer meant
#: (``tasks/``): a measure that needs no corpus, on phrasings nobody tuned the parser on.
INVENTED_DIR = REPO / "tests" / "invented"
#: What is scored of a task tree, each as a set of facts per document.
TASK_FACTS = ("items", "assignees", "partners", "deadlines")


@dataclass(frozen=True)
class TaskGold:
    name: str
    path: Path
    split: str
    tasks: list[dict[str, Any]]


def load_task_gold(split: str | None = None) -> Iterator[TaskGold]:
    """The hand-written task trees, of one split (``dev``, ``holdout``) or all."""
    for name, data in _gold_files(TASK_GOLD_DIR, split):
        yield TaskGold(name, corpus_dir() / data["file"], data["split"], data["tasks"])


def load_invented_gold(split: str | None = None) -> Iterator[TaskGold]:
    """The invented letters' task trees, of one split or all (their files are in the repo)."""
    for name, data in _gold_files(INVENTED_DIR / "tasks", split):
        yield TaskGold(name, INVENTED_DIR / "docs" / data["file"], data["split"], data["tasks"])


def load_invented_field_gold(split: str | None = None) -> Iterator[Gold]:
    """The invented letters' field values (``tests/invented/expected``), of one split or all."""
    for name, data in _gold_files(INVENTED_DIR / "expected", split):
        yield Gold(name, INVENTED_DIR / "docs" / data["file"], data)


def _gold_files(directory: Path, split: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """The gold files of a folder, of one split or all, by name."""
    for f in sorted(directory.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        if split is None or data["split"] == split:
            yield f.stem, data


def name_key(name: str) -> str:
    """A unit's name as scored: its first letter in capitals. A name opening a sentence is
    capitalised by grammar (``Cơ quan thuế phải ...``) and the same party named mid-sentence
    is not (``... thì cơ quan thuế phải``); both are written so, and a clerk reads one party.
    Every other letter counts (``Uỷ ban nhân dân`` is no ``Ủy ban Nhân dân``). Round 0.24.0;
    before it names were compared as they stand (docs/accuracy.md gives both figures)."""
    return name[:1].upper() + name[1:]


def task_facts(tasks: list[dict[str, Any]]) -> dict[str, set[tuple[Any, ...]]]:
    """Items (label paths), (path, assignee), (path, partner), (path, iso, recurrence)."""
    out: dict[str, set[tuple[Any, ...]]] = {k: set() for k in TASK_FACTS}

    def walk(items: list[dict[str, Any]], prefix: str) -> None:
        for t in items:
            path = f"{prefix}/{t['label']}" if prefix else str(t["label"])
            out["items"].add((path,))
            out["assignees"].update((path, name_key(a)) for a in t["assignees"])
            out["partners"].update((path, name_key(a)) for a in t.get("partners") or [])
            d = t.get("deadline")
            if d is not None:
                out["deadlines"].add((path, d.get("iso"), d.get("recurrence")))
            walk(t["subtasks"], path)

    walk(tasks, "")
    return out


def score_tasks(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Per fact kind: [true positives, facts found, facts in the gold]."""
    g, w = task_facts(got), task_facts(want)
    return {k: [len(g[k] & w[k]), len(g[k]), len(w[k])] for k in TASK_FACTS}


# --- requests of letters without numbered items (tests/corpus/requests) ---------------------

REQUEST_GOLD_DIR = REPO / "tests" / "corpus" / "requests"
#: How many of a request's first words identify it: enough to tell two paragraphs of one
#: letter apart (``Đề nghị Sở Tài chính ...`` / ``Đề nghị Sở Nội vụ ...``), few enough that a
#: paragraph joined to the next line in a PDF still matches.
OPENING_WORDS = 6


@dataclass(frozen=True)
class RequestGold:
    name: str
    path: Path
    split: str
    requests: list[dict[str, Any]]


def load_request_gold(split: str | None = None) -> Iterator[RequestGold]:
    """The hand-written requests of letters without numbered items, of one split or all."""
    for name, data in _gold_files(REQUEST_GOLD_DIR, split):
        yield RequestGold(name, corpus_dir() / data["file"], data["split"], data["requests"])


def opening_key(text: str) -> str:
    """A request's identity: its first words, in lower case, without punctuation or bullets."""
    words = re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())
    return " ".join(words[:OPENING_WORDS])


def score_requests(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> dict[str, list[int]]:
    """As :func:`score_tasks`, a request standing for an item whose label is its opening."""

    def as_tasks(requests: list[dict[str, Any]], field: str) -> list[dict[str, Any]]:
        return [
            {**r, "label": opening_key(r[field]), "subtasks": [], "partners": r.get("partners")}
            for r in requests
        ]

    return score_tasks(as_tasks(got, "text"), as_tasks(want, "opening"))
