"""Per-field accuracy of congvan on the hand-annotated corpus documents.

Run ``python bench/accuracy.py`` (``--details`` lists every mismatch of the ``dev`` split;
``--details-holdout`` the holdout's too, which is for the end of a round only). Reads
the gold files in ``tests/corpus/expected`` and the documents they name in
``../shared/corpus/raw`` (or ``$CONGVAN_CORPUS``). A field counts as correct
only when it equals the gold value exactly (lists: same items, same order).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import (
    FIELDS,
    TASK_FACTS,
    compare,
    corpus_dir,
    load_gold,
    load_invented_field_gold,
    load_invented_gold,
    load_request_gold,
    load_task_gold,
    score_requests,
    score_tasks,
)

import congvan

_RESULTS: dict[Path, dict[str, Any]] = {}


def _parsed(path: Path) -> dict[str, Any]:
    """The parser's JSON of one file, parsed once for both tables (fields, task trees)."""
    if path not in _RESULTS:
        _RESULTS[path] = json.loads(congvan.parse_file(path).model_dump_json())
    return _RESULTS[path]


def main(argv: list[str]) -> int:
    details = "--details" in argv or "--details-holdout" in argv
    holdout_details = "--details-holdout" in argv  # the holdout is looked at only on purpose
    golds = list(load_gold())
    if not corpus_dir().is_dir():
        print(f"Không thấy kho văn bản mẫu: {corpus_dir()}", file=sys.stderr)
        return 1
    right: dict[str, int] = defaultdict(int)
    by_format: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    by_period: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    total = 0
    seconds: dict[str, list[float]] = defaultdict(list)
    for g in golds:
        started = time.perf_counter()
        result = _parsed(g.path)
        fmt = result["source"]["format"]
        seconds[fmt].append(time.perf_counter() - started)
        total += 1
        group = f"{period_of(g.expected)}, {g.expected.get('split', 'dev')}"
        for name, (ok, got, want) in compare(result, g.expected).items():
            right[name] += ok
            by_format[fmt][name][0] += ok
            by_format[fmt][name][1] += 1
            by_period[group][name][0] += ok
            by_period[group][name][1] += 1
            shown = g.expected.get("split", "dev") == "dev" or holdout_details
            if details and shown and not ok:
                print(f"{g.name} {name}\n   got:  {got!r}\n   want: {want!r}")
    print(f"\n{total} documents annotated by hand\n")
    print("| field | correct | accuracy |")
    print("|---|---|---|")
    for name in FIELDS:
        print(f"| {name} | {right[name]}/{total} | {right[name] / total:.0%} |")
    overall = sum(right.values()) / (total * len(FIELDS))
    print(f"| **all fields** | {sum(right.values())}/{total * len(FIELDS)} | {overall:.0%} |")
    _per_format(by_format, seconds)
    _print_by_format(by_format)
    _print_columns("Per period and split (holdout: never looked at while fixing)", by_period)
    _print_tasks(details)
    _print_requests(details)
    _print_invented(details)
    _print_invented_fields(details)
    return 0


def _print_tasks(details: bool) -> None:
    """Precision and recall of the task trees, per split (``dev`` and ``holdout``)."""
    print("\nTask trees (tests/corpus/tasks): precision / recall\n")
    _print_scores(
        details, lambda split: [(g.name, g.path, g.tasks) for g in load_task_gold(split)], "tasks"
    )


def _print_invented(details: bool) -> None:
    """The task trees of the letters written for the project (tests/invented), per split."""
    print("\nTask trees of invented letters (tests/invented): precision / recall\n")
    _print_scores(
        details,
        lambda split: [(g.name, g.path, g.tasks) for g in load_invented_gold(split)],
        "tasks",
    )


def _print_invented_fields(details: bool) -> None:
    """The header and closing fields of the invented letters (tests/invented/expected), per
    period and split; with ``details`` the dev split's misses."""
    by_group: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for g in load_invented_field_gold():
        split = g.expected["split"]
        group = f"{period_of(g.expected)}, {split}"
        for name, (ok, got, want) in compare(_parsed(g.path), g.expected).items():
            by_group[group][name][0] += ok
            by_group[group][name][1] += 1
            if details and split == "dev" and not ok:
                print(f"{g.name} {name}\n   got:  {got!r}\n   want: {want!r}")
    if by_group:
        _print_columns("Fields of invented letters (tests/invented/expected)", by_group)


def _print_requests(details: bool) -> None:
    """Precision and recall of the requests of letters without numbered items, per split.

    A request is matched by its first words (``gold.opening_key``), then its owners, partners
    and deadline are scored as a task's are.
    """
    print("\nRequests of letters without numbered items (tests/corpus/requests)\n")
    _print_scores(
        details,
        lambda split: [(g.name, g.path, g.requests) for g in load_request_gold(split)],
        "requests",
    )


def _print_scores(
    details: bool,
    golds_of: Callable[[str], list[tuple[str, Path, list[dict[str, Any]]]]],
    key: str,
) -> None:
    """One row per split of the facts of ``key`` (``tasks`` or ``requests``) against the gold;
    with ``details`` the dev documents that miss or add a fact."""
    score = score_tasks if key == "tasks" else score_requests
    print("| split | documents | " + " | ".join(TASK_FACTS) + " |")
    print("|---|---|" + "---|" * len(TASK_FACTS))
    for split in ("dev", "holdout"):
        totals = {k: [0, 0, 0] for k in TASK_FACTS}
        golds = golds_of(split)
        for name, path, want in golds:
            for kind, (tp, found, wanted) in score(_parsed(path)[key], want).items():
                totals[kind] = [
                    totals[kind][0] + tp,
                    totals[kind][1] + found,
                    totals[kind][2] + wanted,
                ]
                if details and split == "dev" and (tp < found or tp < wanted):
                    print(f"{name} {kind}: {tp} right of {found} found, {wanted} in gold")
        cells = [_pr(*totals[k]) for k in TASK_FACTS]
        print(f"| {split} | {len(golds)} | " + " | ".join(cells) + " |")


def _pr(tp: int, found: int, want: int) -> str:
    precision = tp / found if found else 1.0
    recall = tp / want if want else 1.0
    return f"{precision:.0%} / {recall:.0%} ({tp}/{found}/{want})"


def _per_format(
    by_format: dict[str, dict[str, list[int]]], seconds: dict[str, list[float]]
) -> None:
    """Accuracy and parse time per source format, measured in the same run."""
    print("\n| format | documents | fields correct | accuracy | seconds per file |")
    print("|---|---|---|---|---|")
    for fmt in sorted(by_format):
        ok = sum(v[0] for v in by_format[fmt].values())
        n = sum(v[1] for v in by_format[fmt].values())
        times = seconds[fmt]
        print(f"| {fmt} | {len(times)} | {ok}/{n} | {ok / n:.0%} | {sum(times) / len(times):.2f} |")


def period_of(gold: dict[str, Any]) -> str:
    """``before-2011`` (Thông tư 01/2011 changed the format) or ``2011-on``: the gold's own
    ``period``, else the year of its date."""
    if "period" in gold:
        return str(gold["period"])
    iso = (gold.get("date") or {}).get("iso") or ""
    return "before-2011" if iso[:4].isdigit() and int(iso[:4]) < 2011 else "2011-on"


def _print_by_format(by_format: dict[str, dict[str, list[int]]]) -> None:
    """Append one column per input format (docx, md, ...) to the report."""
    _print_columns("Per format", by_format)


def _print_columns(title: str, by_format: dict[str, dict[str, list[int]]]) -> None:
    """One column per group (a format, a period and split) of the field table."""
    formats = sorted(by_format)
    docs = {f: next(iter(by_format[f].values()))[1] for f in formats}
    print(f"\n{title}\n")
    print("| field | " + " | ".join(f"{f} ({docs[f]})" for f in formats) + " |")
    print("|---|" + "---|" * len(formats))
    for name in FIELDS:
        cells = [f"{by_format[f][name][0]}/{by_format[f][name][1]}" for f in formats]
        print(f"| {name} | " + " | ".join(cells) + " |")
    totals = []
    for f in formats:
        ok = sum(v[0] for v in by_format[f].values())
        n = sum(v[1] for v in by_format[f].values())
        totals.append(f"{ok}/{n} ({ok / n:.0%})")
    print("| **all fields** | " + " | ".join(totals) + " |")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
