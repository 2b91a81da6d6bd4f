"""Task trees and fields of the invented letters (tests/invented) against their writers' keys.

Needs no corpus: the letters are in the repository. Guards the ``dev`` split's figures;
the ``holdout`` split is only scored by ``bench/accuracy.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from gold import TASK_FACTS, compare, load_invented_field_gold, load_invented_gold, score_tasks

import congvan

#: (precision, recall) of the 26 dev letters measured on 2026-12-06 (round 0.16.0), less about
#: one point of slack: items 100% / 100% (485), assignees 92.5% / 85.0% (357 of 386 found, 420
#: wanted), partners 95.2% / 92.1% (139/146/151), deadlines 99.5% / 97.6% (207/208/212). Each
#: batch was scored before any change for it: the first twelve (written to the rules) at
#: assignees 93% / 91%, partners 94% / 91%, deadlines 99% / 96%; the fourteen "hard" ones
#: (owners mid-sentence, labels alone on a line, deadlines counted back from an event,
#: regulations' bound parties) at items 91% / 91%, assignees 74% / 65%, partners 78% / 72%,
#: deadlines 88% / 77%. What they still miss is mostly a unit named in a later clause of an
#: item (``...; Ban Quản lý dự án ... tổ chức thi công``) and a plural unit's qualifier (``UBND
#: các xã có rừng``), both tried and dropped on the corpus (more wrong owners than right).
FLOORS = {
    "items": (0.99, 0.99),
    "assignees": (0.91, 0.84),
    "partners": (0.94, 0.91),
    "deadlines": (0.98, 0.96),
}


def test_the_invented_letters_keys_name_their_documents() -> None:
    golds = list(load_invented_gold())
    assert len(golds) == 46
    assert {g.split for g in golds} == {"dev", "holdout"}
    for g in golds:
        assert g.path.is_file(), g.path


def test_the_dev_letters_task_trees_hold_their_figures() -> None:
    totals = {k: [0, 0, 0] for k in TASK_FACTS}
    for g in load_invented_gold("dev"):
        got = json.loads(congvan.parse_file(g.path).model_dump_json())["tasks"]
        for kind, (tp, found, wanted) in score_tasks(got, g.tasks).items():
            totals[kind] = [a + b for a, b in zip(totals[kind], (tp, found, wanted), strict=True)]
    for kind, (precision, recall) in FLOORS.items():
        tp, found, wanted = totals[kind]
        assert tp / found >= precision, (kind, totals[kind])
        assert tp / wanted >= recall, (kind, totals[kind])


#: Fields of the ten invented old dev letters (tests/invented/expected) right on 2026-12-06
#: (round 0.16.0), less two: 189 of 190 (174 before any change for them). The one left is a
#: decree cited after ``và`` inside the title of the first document of a ground.
FIELDS_RIGHT = 187


def test_the_old_dev_letters_fields_hold_their_figure() -> None:
    golds = list(load_invented_field_gold("dev"))
    assert len(golds) == 10
    right = 0
    for g in golds:
        got = json.loads(congvan.parse_file(g.path).model_dump_json())
        right += sum(ok for ok, _, _ in compare(got, g.expected).values())
    assert right >= FIELDS_RIGHT
