"""Forms: a phiếu trình states its fields in a table instead of the letter's zones.

A phiếu trình (the Văn phòng's cover sheet that submits a file to the leaders) has no
``V/v`` line and no signature block of its own. Its trích yếu and độ khẩn are numbered
fields (``2. Trích yếu: V/v ...``, ``5. Độ mật: Không. Độ khẩn: Hỏa tốc``), and it is signed
in one of several boxes of a table: the specialist's, the head of division's, the
office leader's (``LÃNH ĐẠO VĂN PHÒNG``) and the box where the leader it goes to writes
his decision (``KÍNH TRÌNH CHỦ TỊCH ...``, ``Ý KIẾN CỦA LÃNH ĐẠO ...``). The office
leader's box is the organ's signature, as the signer of a letter is its head.
"""

from __future__ import annotations

from congvan import patterns
from congvan.extract.context import Context
from congvan.extract.header import URGENCY_NAMES, span
from congvan.models import Signer
from congvan.normalize import canon, clean_value, fold, is_upper
from congvan.segment import is_name_line, name_text
from congvan.source import Line

#: The kinds of document that are forms read this way.
FORM_TYPES = frozenset({"Phiếu trình"})


#: How many lines a trích yếu may wrap onto after its own.
_SUBJECT_WRAP = 4


def form_subject(ctx: Context, lines: list[Line]) -> str | None:
    """The ``Trích yếu:`` (or ``Vấn đề trình:``) field, without its ``V/v`` and final stop,
    with the lines it wraps onto in a PDF or a scan (``... đặc khu không`` over ``ma túy;
    tuyến, ...``): those up to the next numbered field or heading, or the field's final
    stop. A field's name alone on its line has its value on the lines under it."""
    for i, line in enumerate(lines):
        m = patterns.FORM_SUBJECT_RE.match(canon(line.text))
        if m is None:
            continue
        alone = not m.group("value").strip()
        held = [line]
        for later in lines[i + 1 : i + 1 + _SUBJECT_WRAP]:
            last = held[-1]
            ended = last.text.rstrip().endswith((".", ";", ":")) and not (alone and last is line)
            if not later.text.strip() or ended:
                break
            if patterns.LABEL_RE.match(canon(later.text)) or is_upper(later.text, 0.8):
                break
            if patterns.FORM_FIELD_RE.match(later.text):
                break  # ``Cơ quan trình:``: the next field
            held.append(later)
        value = line.text[m.start("value") :] + "".join(" " + x.text.strip() for x in held[1:])
        lead = patterns.SUBJECT_LEAD_RE.match(canon(value))
        subject = clean_value(value[lead.end() :] if lead else value) or None
        if subject:
            ctx.evidence["subject"] = span(held)
        return subject
    return None


def form_urgency(ctx: Context, lines: list[Line]) -> str | None:
    """The ``Độ khẩn:`` field, when it names a degree (``Không`` names none)."""
    for line in lines:
        m = patterns.FORM_URGENCY_RE.search(canon(line.text))
        if m is not None:
            ctx.evidence["urgency"] = span([line])
            return URGENCY_NAMES.get(fold(m.group("mark")))
    return None


def form_signer(lines: list[Line]) -> tuple[Signer, int] | None:
    """The office leader's box: a cell opening with ``LÃNH ĐẠO ...`` in capitals whose last
    line is a name; and the first line of its table row, where the form's items end. Boxes
    addressed to a higher leader (``KÍNH TRÌNH ...``, ``Ý KIẾN ...``) open otherwise and are
    not the organ's signature."""
    boxes: dict[tuple[int, int, int], list[Line]] = {}
    for line in lines:
        if line.cell is not None and line.text.strip():
            c = line.cell
            boxes.setdefault((c.table, c.row, c.col), []).append(line)
    for box in boxes.values():
        head, last = box[0], box[-1]
        if len(box) < 2 or not is_upper(head.text, 0.8):
            continue
        if patterns.LEAD_BOX_RE.match(canon(head.text)) is None or not is_name_line(last.text):
            continue
        signer = Signer(
            authority=None,
            authority_of=None,
            chain=[],
            position=clean_value(head.text),
            name=clean_value(name_text(last.text)) or None,
            rank=None,
            evidence=span([head, last]),
        )
        row = (head.cell.table, head.cell.row)  # type: ignore[union-attr]
        return signer, min(b[0].no for (t, r, _), b in boxes.items() if (t, r) == row)
    return None
