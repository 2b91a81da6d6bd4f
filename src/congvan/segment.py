"""Cut the reading text into the zones of an official letter.

Input: normalized lines. Output: a :class:`Layout` naming which lines are the
header's left and right columns, the title and subject, the body paragraphs,
the Nơi nhận list, the signer block and any attachment after the signature.

Layout is read from where a line came from when the reader knows it (a Word
table cell), and from what the line says otherwise: in a flattened two-column
``.txt`` a line such as ``SỞ NỘI VỤ      Độc lập - Tự do - Hạnh phúc`` is split
at the run of spaces into a left and a right part that share the line number.
Body lines are joined into paragraphs here (a paragraph broken across a page
included); extraction never re-joins lines itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from congvan import codes, patterns
from congvan.models import Diagnostic
from congvan.normalize import canon, fold, is_upper
from congvan.source import Cell, Line

#: How far into a document the header may reach (lines with text).
HEADER_WINDOW = 40
#: Titles: document-type names as they stand alone on the title line, with their codes.
TITLES: dict[str, tuple[str, str | None]] = {
    fold(k): v
    for k, v in {
        "QUYẾT ĐỊNH": ("Quyết định", "QĐ"),
        "KẾ HOẠCH": ("Kế hoạch", "KH"),
        "THÔNG BÁO": ("Thông báo", "TB"),
        "TỜ TRÌNH": ("Tờ trình", "TTr"),
        "BÁO CÁO": ("Báo cáo", "BC"),
        "CHỈ THỊ": ("Chỉ thị", "CT"),
        "NGHỊ QUYẾT": ("Nghị quyết", "NQ"),
        "NGHỊ ĐỊNH": ("Nghị định", "NĐ"),
        "THÔNG TƯ": ("Thông tư", "TT"),
        "THÔNG TƯ LIÊN TỊCH": ("Thông tư liên tịch", "TTLT"),
        "HƯỚNG DẪN": ("Hướng dẫn", "HD"),
        "CHƯƠNG TRÌNH": ("Chương trình", "CTr"),
        "QUY CHẾ": ("Quy chế", "QC"),
        "QUY ĐỊNH": ("Quy định", "QyĐ"),
        "THÔNG CÁO": ("Thông cáo", "TC"),
        "PHƯƠNG ÁN": ("Phương án", "PA"),
        "ĐỀ ÁN": ("Đề án", "ĐA"),
        "DỰ ÁN": ("Dự án", "DA"),
        "BIÊN BẢN": ("Biên bản", "BB"),
        "HỢP ĐỒNG": ("Hợp đồng", "HĐ"),
        "CÔNG ĐIỆN": ("Công điện", "CĐ"),
        "BẢN GHI NHỚ": ("Bản ghi nhớ", "BGN"),
        "BẢN THỎA THUẬN": ("Bản thỏa thuận", "BTT"),
        "GIẤY ỦY QUYỀN": ("Giấy ủy quyền", "GUQ"),
        "GIẤY MỜI": ("Giấy mời", "GM"),
        "GIẤY GIỚI THIỆU": ("Giấy giới thiệu", "GGT"),
        "GIẤY NGHỈ PHÉP": ("Giấy nghỉ phép", "GNP"),
        "PHIẾU GỬI": ("Phiếu gửi", "PG"),
        "PHIẾU CHUYỂN": ("Phiếu chuyển", "PC"),
        "PHIẾU BÁO": ("Phiếu báo", "PB"),
        "PHIẾU TRÌNH": ("Phiếu trình", "PT"),
        "THƯ CÔNG": ("Thư công", None),
        "CÔNG VĂN": ("Công văn", None),
        "LUẬT": ("Luật", None),
        "PHÁP LỆNH": ("Pháp lệnh", None),
        "LỆNH": ("Lệnh", None),
        "KẾT LUẬN": ("Kết luận", "KL"),
        "THÔNG TRI": ("Thông tri", "TT"),
        "BẢN CAM KẾT": ("Bản cam kết", "CK"),
        "GIẤY CHỨNG NHẬN": ("Giấy chứng nhận", "CN"),
    }.items()
}


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A logical paragraph of the body: joined text and the lines it covers."""

    text: str
    start: int
    end: int
    cell: Cell | None = None


@dataclass(slots=True)
class Layout:
    """The zones of a letter. Lists of lines keep the document's order."""

    left: list[Line] = field(default_factory=list)
    right: list[Line] = field(default_factory=list)
    title: Line | None = None
    subject: list[Line] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)
    distribution: list[Line] = field(default_factory=list)
    signature: list[Line] = field(default_factory=list)
    attachment_start: int | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)


def is_motto(text: str) -> bool:
    return patterns.MOTTO_RE.match(canon(text)) is not None


def is_place_date(text: str) -> bool:
    return patterns.PLACE_DATE_RE.match(canon(text)) is not None


def title_of(text: str) -> tuple[str, str | None] | None:
    """The (name, code) of a document-type title line such as ``QUYẾT ĐỊNH``."""
    key = fold(text).strip(" :.")
    if not key or text.strip() != text.strip().upper():
        return None
    return TITLES.get(key)


def _is_right(text: str) -> bool:
    return is_motto(text) or is_place_date(text)


def _blank(line: Line) -> bool:
    return not line.text.strip()


def _header_stop(text: str) -> bool:
    """True for a line that can no longer be part of the header."""
    t = canon(text)
    return bool(
        title_of(text)
        or patterns.RECIPIENTS_RE.match(t)
        or patterns.BASIS_RE.match(t)
        or patterns.DISTRIBUTION_RE.match(t)
        or (
            len(text.strip()) > 110
            and not patterns.COLUMN_GAP_RE.match(text)
            and not patterns.VV_LINE_RE.match(t)
        )
    )


def _split_flat(line: Line) -> list[Line]:
    """Split a flattened two-column text line at the gap between its columns.

    Of several wide gaps the one before a right-column item (motto, place and
    date) wins; otherwise the widest. ``Số:      /UBND-NC`` keeps its blank.
    """
    text = line.text.strip()
    gaps = [] if _is_right(text) else list(patterns.WIDE_GAP_RE.finditer(text))
    if not gaps:
        if line.text.startswith((" " * 12, "\t\t")) and text:
            return [Line(line.no, text, side=1, para=line.para)]
        return [line]
    best = next((g for g in gaps if _is_right(text[g.end() :])), None)
    if best is None:
        usable = [g for g in gaps if not patterns.NUMBER_LABEL_RE.match(text[: g.start()])]
        if not usable:
            return [line]
        best = max(usable, key=lambda g: len(g.group(0).expandtabs(8)))
    left, right = text[: best.start()].strip(), text[best.end() :].strip()
    return [
        Line(line.no, left, side=0, para=line.para),
        Line(line.no, right, side=1, para=line.para),
    ]


# --- header -----------------------------------------------------------------------------------


def _header_end(lines: list[Line]) -> int:
    """Index just past the header: the first table holding header marks, or the flat block."""
    seen_text = 0
    seen_date = False
    first_table: int | None = None
    header_table = False
    for i, line in enumerate(lines):
        if line.cell is not None and first_table is None:
            first_table = line.cell.table
            header_table = _table_has_header(lines, first_table)
        if line.cell is not None and line.cell.table == first_table:
            continue
        if header_table:
            return _past_subject_table(lines, i)
        if _blank(line):
            continue
        seen_text += 1
        if _header_stop(line.text) or seen_text > HEADER_WINDOW:
            return i
        if seen_date and _unknown_title(line.text):
            return i  # ``BẢN TỰ KIỂM ĐIỂM``: a title of a kind the decree does not list
        seen_date = seen_date or any(is_place_date(p.text) for p in _split_flat(line))
    return len(lines)


def _past_subject_table(lines: list[Line], i: int) -> int:
    """Include a small table right after the header table that holds the ``V/v`` subject."""
    j = i
    while j < len(lines) and _blank(lines[j]) and lines[j].cell is None:
        j += 1
    if j >= len(lines) or lines[j].cell is None:
        return i
    table = lines[j].cell.table  # type: ignore[union-attr]
    k = j
    while k < len(lines) and lines[k].cell is not None and lines[k].cell.table == table:  # type: ignore[union-attr]
        k += 1
    texts = [x.text for x in lines[j:k] if x.text.strip()]
    if texts and patterns.VV_LINE_RE.match(canon(texts[0])) and k - j <= 12:
        return k
    return i


def _unknown_title(text: str) -> bool:
    """An upper-case line after the date that is no organ, motto, number or mark."""
    t = canon(text.strip())
    return bool(
        _is_upper(text)
        and len(t.split()) >= 2
        and not patterns.COLUMN_GAP_RE.match(text.strip())
        and not patterns.ORGAN_HEAD_RE.match(t)
        and not is_motto(t)
        and not patterns.NUMBER_LINE_RE.match(t)
        and not patterns.URGENCY_RE.match(t)
        and not patterns.SECRECY_RE.match(t)
        and not patterns.RULE_RE.match(t)
    )


def _table_has_header(lines: list[Line], table: int) -> bool:
    return any(
        line.cell is not None
        and line.cell.table == table
        and (_is_right(line.text) or patterns.NUMBER_LINE_RE.match(canon(line.text)))
        for line in lines
    )


def _columns(header: list[Line]) -> tuple[list[Line], list[Line], list[Diagnostic]]:
    """Sort header lines into the left (issuer, number, V/v) and right (motto, date) columns."""
    right_cols: dict[int, int] = {}
    for line in header:
        if line.cell is not None and _is_right(line.text):
            right_cols.setdefault(line.cell.table, line.cell.col)
    left: list[Line] = []
    right: list[Line] = []
    split = False
    for line in header:
        parts = _split_flat(line) if line.cell is None else [line]
        split = split or len(parts) > 1
        for part in parts:
            if _blank(part):
                continue
            if part.cell is not None and part.cell.table in right_cols:
                side = 1 if part.cell.col >= right_cols[part.cell.table] > 0 else 0
            elif part.side is not None:
                side = part.side
            else:
                side = 1 if _is_right(part.text) else 0
            if side == 1 and not _is_right(part.text) and _belongs_left(part.text):
                side = 0
            (right if side == 1 else left).append(part)
    diags = [codes.diag(codes.COLUMNS_SPLIT, header[0].no)] if split and header else []
    return left, right, diags


def _belongs_left(text: str) -> bool:
    """Number, V/v and urgency lines belong to the left column wherever they were written."""
    t = canon(text)
    return bool(
        patterns.NUMBER_LINE_RE.match(t)
        or patterns.VV_LINE_RE.match(t)
        or patterns.URGENCY_RE.match(t)
    )


# --- closing ----------------------------------------------------------------------------------


def _closing_start(lines: list[Line], begin: int) -> int:
    """Index of the first line of the Nơi nhận / signer block after ``begin``.

    A ``Nơi nhận:`` line is the surest anchor: the signer block may stand just
    before it (a table row, or flattened text), so the start moves back over
    signer lines. Only a letter without one is closed at its first signing
    authority followed by a name, and failing that after the last ``./.``.
    Guides about document format quote signing lines in their body; anchoring
    on ``Nơi nhận:`` keeps those quotations out of the closing.
    """
    for i in range(begin, len(lines)):
        if _is_distribution_head(lines[i].text):
            return _back_over_signer(lines, _table_start(lines, i), begin)
    for i in range(begin, len(lines)):
        m = patterns.AUTHORITY_RE.match(canon(lines[i].text))
        if m and _is_upper(m.group("of")) and _name_follows(lines, i):
            return _table_start(lines, i)
    for i in range(len(lines) - 1, begin - 1, -1):
        if patterns.CLOSING_MARK_RE.search(lines[i].text):
            return i + 1
    return len(lines)


def _is_distribution_head(text: str) -> bool:
    """``Nơi nhận:`` alone, or at the left of a flattened line, or with the first entry."""
    t = canon(text).strip()
    m = patterns.DISTRIBUTION_RE.match(t)
    if m is None:
        return False
    gap = patterns.COLUMN_GAP_RE.match(t)
    head = gap.group("left") if gap else t
    return ":" in head[:12] or not m.group("rest") or head.strip().lower() == "nơi nhận"


def _name_follows(lines: list[Line], i: int) -> bool:
    """A signing authority in a closing is followed, within a few lines, by a name."""
    seen = 0
    for line in lines[i + 1 :]:
        if _blank(line):
            continue
        seen += 1
        if is_name_line(line.text) or _is_distribution_head(line.text):
            return True
        if seen > 4:
            return False
    return False


def _back_over_signer(lines: list[Line], i: int, begin: int) -> int:
    """Move ``i`` back over flat signer lines written just above ``Nơi nhận:``.

    Before a closing table only authority lines move (a PDF may print
    ``TM. BAN THƯỜNG VỤ`` above the two columns it then splits).
    """
    if lines[i].cell is not None:
        j = i
        while j - 1 >= begin and lines[j - 1].cell is None and not _blank(lines[j - 1]):
            if not patterns.AUTHORITY_RE.match(canon(lines[j - 1].text.strip())):
                break
            j -= 1
        return j
    j = i
    while j - 1 >= begin:
        prev = lines[j - 1]
        if _blank(prev):
            j -= 1
            continue
        t = canon(prev.text.strip())
        if (
            prev.cell is None
            and (patterns.AUTHORITY_RE.match(t) or _is_upper(prev.text))
            and not (patterns.CLOSING_MARK_RE.search(prev.text))
        ):
            j -= 1
            i = j
            continue
        break
    return i


def _table_start(lines: list[Line], i: int) -> int:
    """Move back to the first line of the table holding line ``i`` (the closing table)."""
    cell = lines[i].cell
    if cell is None:
        return i
    while i > 0 and lines[i - 1].cell is not None and lines[i - 1].cell.table == cell.table:  # type: ignore[union-attr]
        i -= 1
    return i


def _is_upper(text: str) -> bool:
    return is_upper(text, 0.8)


def _not_a_name(text: str) -> bool:
    """What follows a signature and looks like a name: ``PHỤ LỤC``, ``Mẫu 4``, ``KẾ HOẠCH``,
    ``Chương I`` of a regulation issued with a decision."""
    t = canon(text)
    return bool(
        patterns.ATTACHMENT_RE.match(t)
        or patterns.FORM_CODE_RE.match(t)
        or patterns.DIVISION_RE.match(t)
        or title_of(text)
    )


def name_text(text: str) -> str:
    """A signer line without ``(Đã ký)`` and the dash before it: ``Trần Văn Truyền – Đã ký``."""
    return patterns.SIGNED_NOTE_RE.sub("", text).strip().rstrip("-–— ")


def is_name_line(text: str) -> bool:
    """A signer's name: 2 to 6 capitalised words, maybe with a rank or ``(Đã ký)``."""
    t = name_text(text)
    rank = patterns.RANK_RE.match(t)
    if rank:
        t = rank.group("name")
    words = t.split()
    if not 2 <= len(words) <= 7 or any(ch in t for ch in ":;,/") or any(map(str.isdigit, t)):
        return False
    if _not_a_name(t):
        return False
    if _is_upper(t) and (len(words) > 4 or patterns.POSITION_WORD_RE.search(canon(t))):
        return False
    return all(w[0].isupper() for w in words if w[0].isalpha())


def _closing(lines: list[Line], start: int) -> tuple[list[Line], list[Line], int | None]:
    """Split the closing into the Nơi nhận list and the signer block; find an attachment."""
    lead: list[Line] = []
    while start < len(lines) and lines[start].cell is None and _next_cell(lines, start):
        lead.append(lines[start].with_text(lines[start].text.strip()))
        start += 1
    cell = lines[start].cell if start < len(lines) else None
    if cell is not None:
        distribution, signature, end = _closing_table(lines, start, cell.table)
        signature = [x for x in lead if x.text] + signature
    else:
        distribution, signature, end = _closing_flat(lines, start)
    attachment = end if end < len(lines) and _has_text(lines[end:]) else None
    return distribution, signature, attachment


def _next_cell(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is an authority line standing just above a closing table."""
    j = _next_text(lines, i + 1)
    return (
        j is not None
        and j <= i + 2
        and lines[j].cell is not None
        and patterns.AUTHORITY_RE.match(canon(lines[i].text.strip())) is not None
    )


def _closing_table(lines: list[Line], start: int, table: int) -> tuple[list[Line], list[Line], int]:
    """A closing laid out as a Word table: the Nơi nhận column and the signer column."""
    rows = [x for x in lines[start:] if x.cell is not None and x.cell.table == table]
    dist_col = next(
        (x.cell.col for x in rows if x.cell and patterns.DISTRIBUTION_RE.match(canon(x.text))),
        None,
    )
    distribution = [x for x in rows if x.cell and x.cell.col == dist_col and x.text.strip()]
    signature = [x for x in rows if x.cell and x.cell.col != dist_col and x.text.strip()]
    end = start
    while end < len(lines) and lines[end].cell is not None and lines[end].cell.table == table:  # type: ignore[union-attr]
        end += 1
    # The signer's name is sometimes typed below the table rather than in its cell.
    nxt = _next_text(lines, end)
    if nxt is not None and not _signature_done(signature) and is_name_line(lines[nxt].text):
        signature.append(lines[nxt].with_text(lines[nxt].text.strip()))
        end = nxt + 1
    return distribution, signature, _next_text(lines, end) or len(lines)


def _closing_flat(lines: list[Line], start: int) -> tuple[list[Line], list[Line], int]:
    """A closing in running text: the list and the signer lines, maybe sharing lines."""
    distribution: list[Line] = []
    signature: list[Line] = []
    in_list = False
    for i in range(start, len(lines)):
        line = lines[i]
        for part in _split_flat(line) if line.cell is None else [line]:
            text = part.text.strip()
            if not text:
                in_list = in_list and part.side is None and _next_is_bullet(lines, i)
                continue
            if patterns.DISTRIBUTION_RE.match(canon(text)):
                in_list = True
                distribution.append(part)
            elif part.side == 0 or (in_list and part.side is None and not _is_signer_text(text)):
                distribution.append(part)
            else:
                in_list = in_list and part.side == 1
                signature.append(part)
        if _signature_done(signature) and i + 1 < len(lines):
            nxt = _next_text(lines, i + 1)
            if nxt is not None and not _continues_closing(lines[nxt].text, in_list):
                return distribution, signature, nxt
    return distribution, signature, len(lines)


def _is_signer_text(text: str) -> bool:
    t = canon(text)
    if patterns.BULLET_RE.match(t) or patterns.ARCHIVE_ENTRY_RE.match(t):
        return False
    return bool(patterns.AUTHORITY_RE.match(t)) or _is_upper(text) or is_name_line(text)


def _signature_done(signature: list[Line]) -> bool:
    return bool(signature) and is_name_line(signature[-1].text)


def _continues_closing(text: str, in_list: bool) -> bool:
    t = canon(text)
    return bool(patterns.DISTRIBUTION_RE.match(t) or (in_list and patterns.BULLET_RE.match(t)))


def _next_text(lines: list[Line], i: int) -> int | None:
    for j in range(i, len(lines)):
        if not _blank(lines[j]):
            return j
    return None


def _next_is_bullet(lines: list[Line], i: int) -> bool:
    j = _next_text(lines, i + 1)
    return j is not None and patterns.BULLET_RE.match(lines[j].text) is not None


def _has_text(lines: list[Line]) -> bool:
    return any(not _blank(line) for line in lines)


# --- title, subject, body -----------------------------------------------------------------------


def _title_and_subject(lines: list[Line], i: int) -> tuple[Line | None, list[Line], int]:
    """Find the title line at ``i`` (skipping blanks and draft marks) and its subject lines."""
    j = i
    while j < len(lines) and (
        _blank(lines[j])
        or patterns.DRAFT_RE.match(canon(lines[j].text))
        or patterns.RULE_RE.match(lines[j].text)
    ):
        j += 1
    if j >= len(lines) or title_of(lines[j].text) is None:
        return None, [], i
    title = lines[j]
    subject: list[Line] = []
    k = j + 1
    while k < len(lines) and len(subject) < 8:
        text = lines[k].text.strip()
        if not text or patterns.RULE_RE.match(text):
            if subject:
                k += 1
                break
            k += 1
            continue
        t = canon(text)
        structural = bool(
            title_of(text)
            or patterns.KINH_GUI_RE.match(t)
            or patterns.RECIPIENTS_RE.match(t)
            or patterns.BASIS_RE.match(t)
            or patterns.DISTRIBUTION_RE.match(t)
            or patterns.ENACTING_RE.match(t)
        )
        long_line = len(text) > 110 and bool(subject)  # only a first subject line may be long
        if structural or long_line or (_is_upper(text) and subject):
            break
        subject.append(lines[k].with_text(text))
        k += 1
        if text.endswith((".", ":", ";")) and not text.endswith("./."):
            break
    return title, subject, k


def paragraphs(lines: list[Line], diags: list[Diagnostic]) -> list[Paragraph]:
    """Join body lines into paragraphs: Word paragraphs as they are, text lines by rule."""
    out: list[Paragraph] = []
    pending_blank = 0
    last_para: int | None = None
    for line in lines:
        text = " ".join(line.text.split())
        if not text:
            pending_blank += 1
            continue
        prev = out[-1] if out else None
        if prev is not None and _joins(prev, line, text, pending_blank, last_para):
            if pending_blank:
                diags.append(codes.diag(codes.PAGE_BREAK_JOINED, line.no))
            # ``Quyết định số 2764/QĐ-`` + ``TTg ...``: a symbol cut at its hyphen.
            glue = "" if prev.text.endswith("-") and not prev.text.endswith(" -") else " "
            out[-1] = Paragraph(f"{prev.text}{glue}{text}", prev.start, line.no, prev.cell)
        else:
            out.append(Paragraph(text, line.no, line.no, line.cell))
        pending_blank = 0
        last_para = line.para
    return out


def _joins(prev: Paragraph, line: Line, text: str, blanks: int, last_para: int | None) -> bool:
    if line.cell != prev.cell:
        return False  # a table cell's text is its own, whatever its punctuation
    if line.para is not None:
        # Word: lines of one paragraph (soft breaks) join; separate paragraphs never do,
        # except a paragraph split by a page break mid-sentence.
        if line.para == last_para and not blanks:
            return not _opens_item(canon(text))  # a soft break before ``a)`` or ``- `` too
        return _page_break_continuation(prev.text, text) and blanks <= 2
    if blanks:
        return blanks <= 3 and _page_break_continuation(prev.text, text)
    if _starts_block(text):
        return False
    if patterns.KINH_GUI_RE.match(canon(prev.text)):
        return text[0].islower()  # ``Kính gửi: Sở Nội vụ`` ends its line
    return not prev.text.endswith((".", ":", ";", "!", "?")) or text[0].islower()


def _page_break_continuation(prev: str, text: str) -> bool:
    """A lower-case line after one without final punctuation, unless it opens a block (``a)``)."""
    return (
        not prev.endswith((".", ":", ";", "!", "?", "./."))
        and text[0].islower()
        and not _starts_block(text)
    )


def _opens_item(t: str) -> bool:
    """An item label or a list bullet at the start of ``t`` (canon text)."""
    return bool(patterns.LABEL_RE.match(t) or patterns.BULLET_RE.match(t))


def _starts_block(text: str) -> bool:
    t = canon(text)
    return bool(
        _opens_item(t)
        or patterns.BASIS_RE.match(t)
        or patterns.KINH_GUI_RE.match(t)
        or patterns.ENACTING_RE.match(t)
        or patterns.DISTRIBUTION_RE.match(t)
        or _is_upper(text)
    )


def segment(lines: list[Line]) -> Layout:
    """Cut ``lines`` into zones.

    Only lines without table provenance are ever split into flattened columns:
    a cell already says which column it is.
    """
    layout = Layout()
    end = _header_end(lines)
    header = lines[:end]
    layout.left, layout.right, layout.diagnostics = _columns(header)
    title, subject, body_start = _title_and_subject(lines, end)
    layout.title, layout.subject = title, subject
    close = _closing_start(lines, body_start)
    layout.body = paragraphs(lines[body_start:close], layout.diagnostics)
    if close < len(lines):
        dist, sig, attachment = _closing(lines, close)
        layout.distribution, layout.signature = dist, sig
        if attachment is not None:
            layout.attachment_start = lines[attachment].no
            layout.diagnostics.append(codes.diag(codes.ATTACHMENT, lines[attachment].no))
    return layout
