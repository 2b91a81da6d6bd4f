"""The rules decided from the text (any format): the letter's zones as congvan reads them.

Each rule reads what the parser found (the number line, the date, the subject, the task
tree, the signer, the Nơi nhận) and the lines it was found on, and reports where the draft
departs from the form. A blank left for the number or the day is normal in a draft and
is reported only with ``final``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from congvan import patterns
from congvan.check.report import Finding, Severity, finding
from congvan.extract.body import span_of
from congvan.extract.form import FORM_TYPES
from congvan.extract.header import span
from congvan.models import Citation, Document, LegalBasis, LineSpan, Task
from congvan.normalize import canon, fold, is_upper
from congvan.segment import TITLES, Layout
from congvan.source import Line

#: The rules this module decides.
TEXT_RULES = (
    "TT201", "TT204", "TT211", "TT212", "TT221", "TT222", "TT223", "TT224", "TT225",
    "TT231", "TT232", "TT233", "TT234", "TT236", "TT302", "TT303", "TT305", "TT307",
    "TT311", "TT312", "TT401", "TT403", "TT405", "TT412", "TT414", "TT415", "TT501", "TT502",
    "TT503", "TT505", "TT506", "TT601", "TT604", "TT605", "TT606", "TT701", "TT702",
    "TT801", "TT802",
)  # fmt: skip

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_NAMES = {NATIONAL_NAME, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
MOTTO = "Độc lập - Tự do - Hạnh phúc"

#: Type codes of Phụ lục III, and those of Thông tư 01/2011 it dropped.
CODES = {code for _, code in TITLES.values() if code}
OLD_CODES = {"TTh", "GN", "UQ", "GT", "NP"}
#: Lower-case letters a code may hold (QyĐ, TTr, CTr).
CODE_LOWER = set("yr")

#: The Vietnamese alphabet of điểm letters: no f, j, w, z.
ALPHABET = "abcdđeghiklmnopqrstuvxy"

#: Lines at the top where the quốc hiệu and tiêu ngữ are looked for.
HEAD_LINES = 20


@dataclass(frozen=True, slots=True)
class Draft:
    """What the rules read: the parse, its zones and its lines."""

    doc: Document
    layout: Layout
    lines: list[Line]
    final: bool

    def list_text(self, span: LineSpan) -> str:
        """The Nơi nhận lines of ``span``, without a signer column flattened beside them."""
        return " ".join(
            x.text.strip() for x in self.layout.distribution if span.start <= x.no <= span.end
        )

    def text_of(self, span: LineSpan | None) -> str | None:
        if span is None:
            return None
        return " ".join(x.text.strip() for x in self.lines if span.start <= x.no <= span.end)


def out_of_scope(draft: Draft) -> str | None:
    """Why NĐ 30's thể thức does not apply to this document, or None when it does."""
    doc = draft.doc
    if any(patterns.PARTY_NAME_RE.match(canon(x.text)) for x in _head(draft)):
        return "văn bản của Đảng: thể thức theo Hướng dẫn 36-HD/VPTW, không theo NĐ 30"
    if doc.number is not None and doc.number.year is not None:
        return "văn bản quy phạm pháp luật (số có năm): thể thức theo Luật Ban hành VBQPPL"
    if doc.doc_type is not None and doc.doc_type.name in FORM_TYPES:
        kind = doc.doc_type.name.lower()
        return f"{kind} là biểu mẫu nội bộ, không thuộc các loại văn bản của NĐ 30"
    return None


def check_text(draft: Draft) -> Iterator[Finding]:
    yield from _national_name(draft)
    yield from _issuer(draft)
    yield from _number(draft)
    yield from _date(draft)
    yield from _chronology(draft)
    yield from _subject(draft)
    yield from _recipients(draft)
    yield from _grounds(draft)
    yield from _items(draft)
    yield from _references(draft)
    yield from _ending(draft)
    yield from _signer(draft)
    yield from _deputy(draft)
    yield from _distribution(draft)
    yield from _marks(draft)


# --- header ------------------------------------------------------------------------------------


def _head(draft: Draft) -> list[Line]:
    return [x for x in draft.layout.left + draft.layout.right if x.text.strip()] or [
        x for x in draft.lines[:HEAD_LINES] if x.text.strip()
    ]


def _national_name(draft: Draft) -> Iterator[Finding]:
    head = _head(draft)
    name = next((x for x in head if patterns.NATIONAL_NAME_RE.search(canon(x.text))), None)
    if name is None:
        yield finding("TT201", "không thấy quốc hiệu")
    elif " ".join(name.text.split()) not in NATIONAL_NAMES:
        yield finding("TT201", text=name.text.strip(), line=span([name]), fix=NATIONAL_NAME)
    motto = next((x for x in head if patterns.MOTTO_ANY_RE.search(canon(x.text))), None)
    if motto is None:
        yield finding("TT204", "không thấy tiêu ngữ")
        return
    written = " ".join(motto.text.split())
    if written != MOTTO:
        dash = patterns.LONG_DASH_RE.search(written) is not None
        fixed = written.replace("–", "-").replace("—", "-")
        severity: Severity = "cảnh báo" if dash and " ".join(fixed.split()) == MOTTO else "lỗi"
        yield finding("TT204", text=written, line=span([motto]), fix=MOTTO, severity=severity)


def _issuer(draft: Draft) -> Iterator[Finding]:
    issuer = draft.doc.issuer
    if issuer is None:
        yield finding("TT211")
        return
    for name in (issuer.parent, issuer.name):
        if name and not is_upper(name, 0.9):
            yield finding("TT212", text=name, line=issuer.evidence, fix=name.upper())
    if issuer.parent and patterns.ORGAN_SHORT_RE.search(issuer.name):
        yield finding("TT801", text=issuer.name, line=issuer.evidence)
    place = draft.doc.place
    if place and patterns.PLACE_SHORT_RE.search(place):
        line = draft.doc.evidence.place
        yield finding("TT802", text=place, line=line)


def _number(draft: Draft) -> Iterator[Finding]:
    number = draft.doc.number
    if number is None:
        return  # a letter with no number line at all: the parse says CV201
    line = number.evidence
    head = patterns.NUMBER_HEAD_RE.match(number.raw)
    if head is not None and not head.group("colon"):
        yield finding("TT221", text=number.raw, line=line, fix=f"Số: {head.group('rest')}")
    if number.number is None:
        if draft.final:
            yield finding("TT222", "số còn để trống", text=number.raw, line=line)
    elif number.number.isdigit() and len(number.number) == 1:
        yield finding("TT222", text=number.number, line=line, fix=number.number.zfill(2))
    symbol = number.symbol
    if not symbol:
        return
    body = number.raw[head.end("colon") if head and head.group("colon") else 0 :]
    if patterns.SYMBOL_SPACE_RE.search(body.strip()):
        yield finding("TT223", "có khoảng trắng", text=body.strip(), line=line)
    if any(c.islower() and c not in CODE_LOWER for c in symbol):
        yield finding("TT223", "chữ thường", text=symbol, line=line, fix=_caps_symbol(symbol))
    yield from _type_code(draft, symbol, line)


def _caps_symbol(symbol: str) -> str:
    return "-".join(
        part if part in CODES or part in OLD_CODES else part.upper() for part in symbol.split("-")
    )


def _type_code(draft: Draft, symbol: str, line: LineSpan) -> Iterator[Finding]:
    head = symbol.replace("/", "-").split("-", 1)[0]
    doc_type = draft.doc.doc_type
    if head in OLD_CODES:
        yield finding("TT224", f"“{head}” là chữ viết tắt cũ", text=symbol, line=line)
        return
    if doc_type is None:
        return
    if doc_type.name == "Công văn":
        if head == "CV" or head in CODES:
            yield finding("TT225", text=symbol, line=line)
        return
    want = TITLES.get(fold(doc_type.name))
    code = want[1] if want else None
    if code and head != code:
        yield finding("TT224", f"{doc_type.name} → {code}", text=symbol, line=line)


def _date(draft: Draft) -> Iterator[Finding]:
    date = draft.doc.date
    line_text = draft.text_of(date.evidence) if date else _blank_date_line(draft)
    if line_text is None:
        return
    where = date.evidence if date else None
    written = patterns.DATE_WORDS_RE.search(canon(line_text))
    if written is None:
        if patterns.DATE_FIGURES_RE.search(line_text):
            yield finding("TT231", text=line_text.strip(), line=where)
        return
    raw = line_text[written.start() : written.end()]
    day, month = written.group("day"), int(written.group("month"))
    fixed_day = day
    if day is None:
        if draft.final:
            yield finding("TT231", "ngày còn để trống", text=raw, line=where)
    elif int(day) < 10 and len(day) == 1:
        fixed_day = day.zfill(2)
    fixed_month = f"{month:02d}" if month < 3 else str(month)
    if fixed_day != day or (month < 3 and written.group("month") != fixed_month):
        fix = f"ngày {fixed_day or '...'} tháng {fixed_month} năm {written.group('year')}"
        yield finding("TT232", text=raw, line=where, fix=fix)
    elif month >= 3 and written.group("month") != fixed_month:
        fix = f"ngày {day or '...'} tháng {month} năm {written.group('year')}"
        yield finding("TT233", text=raw, line=where, fix=fix)
    before = line_text[: written.start()].strip()
    if not before.endswith(",") or not before.rstrip(",").strip()[:1].isupper():
        yield finding("TT234", text=line_text.strip(), line=where)


def _chronology(draft: Draft) -> Iterator[Finding]:
    """The letter is not dated before a document it cites (the date of a draft's blank day
    is not known)."""
    date = draft.doc.date
    if date is None or date.day is None or date.iso is None:
        return
    for cited in draft.doc.references:
        if cited.date and cited.date > date.iso and cited.number:
            detail = f"{cited.doc_type or 'văn bản'} {cited.number} ngày {_dmy(cited.date)}"
            yield finding("TT236", detail, text=date.raw, line=date.evidence)
            return


def _dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def _blank_date_line(draft: Draft) -> str | None:
    """A place and date line whose day is still blank (the parse gives no date then)."""
    for line in _head(draft):
        if patterns.DATE_WORDS_RE.search(canon(line.text)):
            return line.text
    return None


# --- type, subject, Kính gửi -------------------------------------------------------------------


def _subject(draft: Draft) -> Iterator[Finding]:
    doc = draft.doc
    if doc.doc_type is None:
        return
    cong_van = doc.doc_type.name == "Công văn"
    where = doc.evidence.subject
    if doc.subject is None:
        yield finding("TT305" if cong_van else "TT302")
        return
    if is_upper(doc.subject, 0.95) and len(doc.subject.split()) > 2:
        yield finding("TT303", text=doc.subject, line=where)
    if cong_van and where is not None:
        written = draft.text_of(LineSpan(start=where.start, end=where.start)) or ""
        vv = patterns.VV_ANY_RE.search(written.strip())
        if vv is not None and vv.group("vv") != "V/v":
            yield finding("TT307", text=vv.group("vv"), line=where, fix="V/v")


def _recipients(draft: Draft) -> Iterator[Finding]:
    doc = draft.doc
    if not doc.recipients:
        if doc.doc_type is not None and doc.doc_type.name == "Công văn":
            yield finding("TT311")
        return
    if len(doc.recipients) < 2:
        return
    spans = [r.evidence for r in doc.recipients]
    if len({s.start for s in spans}) != len(spans):
        return  # several on one line: the list is not one per line
    for k, r in enumerate(doc.recipients):
        written = (draft.text_of(r.evidence) or r.name).strip()
        head = patterns.KINH_GUI_HEAD_RE.match(written)
        written = written[head.end() :].strip() if head else written
        if not written:
            continue
        end = "." if k == len(doc.recipients) - 1 else ";"
        if not written.startswith("-") or not written.endswith(end):
            fix = "- " + written.lstrip("-+•– ").rstrip(".;,: ") + end
            yield finding("TT312", text=written, line=r.evidence, fix=fix)


#: Kinds of document whose grounds are căn cứ ban hành, punctuated by the templates.
ENACTED = {"Quyết định": "QUYẾT ĐỊNH:", "Nghị quyết": "QUYẾT NGHỊ:"}


def _grounds(draft: Draft) -> Iterator[Finding]:
    doc = draft.doc
    if doc.doc_type is None or doc.doc_type.name not in ENACTED or not doc.legal_basis:
        return
    basis = doc.legal_basis
    lines = [b.evidence.start for b in basis]
    for k, b in enumerate(basis):
        if b.kind != "can_cu" or lines.count(b.evidence.start) > 1:
            continue  # several grounds on one line are not judged line by line
        written = (draft.text_of(b.evidence) or b.text).strip()
        after = basis[k + 1].kind if k + 1 < len(basis) else None
        ends = (";",) if after == "can_cu" else (";", ".") if after else (".",)
        if not written.endswith(ends):
            fix = written.rstrip(".;,: ") + ends[0]
            yield finding("TT401", text=written[-60:], line=b.evidence, fix=fix)
    yield from _force_order(basis)
    enacting = ENACTED[doc.doc_type.name]
    last = basis[-1].evidence.end
    if not any(
        patterns.ENACTING_RE.match(canon(x.text))
        for x in draft.lines
        if x.no > last and x.text.strip()
    ):
        yield finding("TT405", f"cần dòng “{enacting}”", line=basis[-1].evidence)


def _force(citation: Citation) -> int | None:
    """Legal force of a cited document, highest first (TT403): Hiến pháp; Bộ luật, Luật; the
    Quốc hội's and its Standing Committee's resolutions and ordinances; the President's
    orders; the Government's decrees and resolutions; the Prime Minister's decisions;
    circulars; then what local bodies issue. Types outside this ladder are not ranked."""
    kind = canon(citation.doc_type or "").lower()
    issuer = canon(citation.issuer or "").lower()
    number = citation.number or ""
    if kind == "hiến pháp":
        return 0
    if kind in ("bộ luật", "luật"):
        return 1
    if kind == "pháp lệnh" or (
        kind == "nghị quyết" and ("quốc hội" in issuer or "/qh" in number.lower())
    ):
        return 2
    if kind == "lệnh":
        return 3
    if kind == "nghị định" or (
        kind == "nghị quyết" and ("chính phủ" in issuer or "/nq-cp" in number.lower())
    ):
        return 4
    if kind == "quyết định" and ("thủ tướng" in issuer or "/qđ-ttg" in number.lower()):
        return 5
    if kind in ("thông tư", "thông tư liên tịch"):
        return 6
    if ("hội đồng nhân dân" in issuer or "hđnd" in issuer) and kind == "nghị quyết":
        return 7
    if ("ủy ban nhân dân" in issuer or "ubnd" in issuer) and kind == "quyết định":
        return 8
    return None


def _force_order(basis: list[LegalBasis]) -> Iterator[Finding]:
    """TT403: the grounds run from the highest legal force down; one finding, at the first
    ground cited after one of lower force."""
    ranked: list[tuple[int, LegalBasis, Citation]] = []
    for b in basis:
        if b.kind != "can_cu" or not b.citations:
            continue
        force = _force(b.citations[0])
        if force is not None:
            ranked.append((force, b, b.citations[0]))
    for (low, _, before), (high, b, cited) in itertools.pairwise(ranked):
        if high < low:
            detail = f"{_named(cited)} đặt sau {_named(before)}"
            yield finding("TT403", detail, text=b.text[:80], line=b.evidence)
            return


def _named(c: Citation) -> str:
    return " ".join(x for x in (c.doc_type, c.number) if x) or "văn bản"


# --- body --------------------------------------------------------------------------------------


def _items(draft: Draft) -> Iterator[Finding]:
    yield from _sequence(draft.doc.tasks)


def _sequence(tasks: list[Task]) -> Iterator[Finding]:
    """Khoản numbers and điểm letters run on without a gap among siblings."""
    previous: dict[str, str] = {}
    for task in tasks:
        label, marker = task.label or "", task.marker or ""
        kind = "number" if label.isdigit() else "letter" if _is_letter(label) else None
        if kind is not None and not marker.startswith(("Điều", "Chương", "Mục", "Phần")):
            before = previous.get(kind)
            expected = _next(kind, before)
            if before is not None and label.lower() != expected:
                detail = f"“{marker}” sau “{before}”, cần “{expected}”"
                yield finding("TT412", detail, text=marker, line=task.evidence)
            previous[kind] = label.lower()
        yield from _sequence(task.subtasks)


def _is_letter(label: str) -> bool:
    """An điểm letter (lower case: ``I``, ``V`` may be roman numerals)."""
    return len(label) == 1 and label in ALPHABET + "fjwz"


def _next(kind: str, before: str | None) -> str:
    if before is None:
        return ""
    if kind == "number":
        return str(int(before) + 1)
    at = ALPHABET.find(before)
    return ALPHABET[at + 1] if 0 <= at < len(ALPHABET) - 1 else ""


def _references(draft: Draft) -> Iterator[Finding]:
    """``Điều``, ``Chương`` with a capital and ``khoản``, ``điểm`` without one, in references
    written in running text (the items' own labels aside)."""
    for p in draft.layout.body:
        text = p.text
        for m in patterns.PART_LOWER_RE.finditer(text):
            word = m.group("word")
            yield finding("TT415", text=text[m.start() : m.end() + 4].strip(), line=span_of(p),
                           fix=word.capitalize())  # fmt: skip
            break
        for m in patterns.PART_UPPER_RE.finditer(text):
            word = m.group("word")
            yield finding("TT415", text=m.group(0), line=span_of(p), fix=word.lower())
            break


def _ending(draft: Draft) -> Iterator[Finding]:
    body = [p for p in draft.layout.body if p.text.strip()]
    if not body or draft.doc.signer is None:
        return
    last = body[-1]
    if not last.text.rstrip().endswith("./."):
        yield finding(
            "TT414",
            text=last.text.strip()[-60:],
            line=LineSpan(start=last.end, end=last.end),
            fix=last.text.rstrip().rstrip(".;:,") + "./.",
        )


# --- signature ---------------------------------------------------------------------------------

_PREFIXES = {"TM": "TM.", "KT": "KT.", "TL": "TL.", "TUQ": "TUQ.", "Q": "Q."}


def _state(draft: Draft) -> bool:
    """A state document: its header carries the quốc hiệu (a Party one carries the Party's)."""
    return any(patterns.NATIONAL_NAME_RE.search(canon(x.text)) for x in _head(draft))


def _signer(draft: Draft) -> Iterator[Finding]:
    signer = draft.doc.signer
    if signer is None:
        return
    lines = [x for x in draft.lines if signer.evidence.start <= x.no <= signer.evidence.end]
    for line in lines:
        text = " ".join(line.text.split())
        if patterns.AUTHORITY_WORDS_RE.match(text):
            yield finding("TT501", "viết tắt TM., KT., TL., TUQ., Q.", text=text, line=span([line]))
            continue
        m = patterns.AUTHORITY_ANY_RE.match(text)
        if m is None or not is_upper(m.group("title"), 0.6):
            continue
        prefix = m.group("prefix")
        if "/" in prefix:
            if _state(draft):
                fix = f"{prefix.replace('/', '').upper()}. {m.group('title')}"
                yield finding("TT502", text=text, line=span([line]), fix=fix)
            continue
        proper = _PREFIXES.get(prefix.upper())
        if proper and (prefix != prefix.upper() or m.group("join") != ". "):
            fix = f"{proper} {m.group('title')}"
            yield finding("TT501", text=text, line=span([line]), fix=fix)
    if signer.name is None:
        yield finding("TT505", line=signer.evidence)
    elif signer.rank is not None and patterns.ACADEMIC_TITLE_RE.match(f"{signer.rank}."):
        # the title the parser set apart from the name (``rank``); a military rank may stay
        text = f"{signer.rank} {signer.name}"
        yield finding("TT506", text=text, line=signer.evidence, fix=signer.name)
    elif (title := patterns.ACADEMIC_TITLE_RE.match(signer.name)) is not None:
        fix = signer.name[title.end() :].strip()
        yield finding("TT506", text=signer.name, line=signer.evidence, fix=fix)


def _deputy(draft: Draft) -> Iterator[Finding]:
    """``KT.`` is followed by a deputy's title, and a deputy signs ``KT.`` the head."""
    signer = draft.doc.signer
    if signer is None or signer.position is None or signer.authority not in ("KT.", None):
        return
    deputy = patterns.DEPUTY_RE.match(canon(signer.position)) is not None
    if signer.authority == "KT." and not deputy:
        yield finding("TT503", "sau “KT.” là chức vụ cấp phó", text=signer.position,
                       line=signer.evidence)  # fmt: skip
    elif signer.authority is None and deputy and draft.doc.doc_type is not None:
        yield finding("TT503", text=signer.position, line=signer.evidence)


# --- Nơi nhận ----------------------------------------------------------------------------------


def _distribution(draft: Draft) -> Iterator[Finding]:
    doc = draft.doc
    entries = doc.distribution
    if not entries:
        if doc.signer is not None and doc.doc_type is not None:
            yield finding("TT601")
        return
    texts = [(e, draft.list_text(e.evidence) or e.name) for e in entries]
    for i, (entry, written) in enumerate(texts):
        written = written.strip()
        last = i == len(texts) - 1
        end = "." if last else ";"
        if i == 0 and patterns.DISTRIBUTION_RE.match(canon(written)):
            head = patterns.DISTRIBUTION_RE.match(canon(written))
            written = written[head.start("rest") :].strip() if head else written
        if not written.startswith("-") or not written.endswith(end):
            fix = "- " + written.lstrip("-+•– ").rstrip(".;,: ") + end
            yield finding("TT604", text=written, line=entry.evidence, fix=fix)
    last_entry, last_text = texts[-1]
    archive = patterns.ARCHIVE_LINE_RE.match(last_entry.name)
    if archive is None:
        yield finding(
            "TT605", "không có dòng “Lưu”", text=last_text.strip(), line=last_entry.evidence
        )
    elif not archive.group("colon") or not archive.group("rest").startswith("VT"):
        rest = archive.group("rest").rstrip(".;, ")
        fix = f"- Lưu: {rest}." if rest.startswith("VT") else f"- Lưu: VT, {rest}."
        yield finding("TT605", text=last_text.strip(), line=last_entry.evidence, fix=fix)
    if doc.recipients and not patterns.AS_ABOVE_RE.match(entries[0].name):
        yield finding("TT606", text=entries[0].name, line=entries[0].evidence)


# --- other marks -------------------------------------------------------------------------------


def _marks(draft: Draft) -> Iterator[Finding]:
    for line in _marked_lines(draft):
        text = line.text.strip()
        if patterns.URGENCY_RE.match(canon(text)) and not is_upper(text):
            yield finding("TT701", text=text, line=span([line]), fix=text.upper())
        if patterns.SECRECY_RE.match(canon(text)) and not is_upper(text):
            yield finding("TT702", text=text, line=span([line]), fix=text.upper())


def _marked_lines(draft: Draft) -> Iterable[Line]:
    return [x for x in draft.lines[: HEAD_LINES * 3] if x.text.strip()]
