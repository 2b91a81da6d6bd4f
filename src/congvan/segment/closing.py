"""The closing zone: where it starts, the Nơi nhận list, the signer block, an attachment."""

from __future__ import annotations

from congvan import patterns
from congvan.encodings import is_syllable
from congvan.normalize import canon, is_upper, opens_lower
from congvan.segment.header import split_flat
from congvan.segment.lines import blank, is_caps, side_by_side, title_of
from congvan.source import Line


def closing_start(lines: list[Line], begin: int) -> int:
    """Index of the first line of the Nơi nhận / signer block after ``begin``.

    A ``Nơi nhận:`` line is the surest anchor: the signer block may stand just
    before it (a table row, or flattened text), so the start moves back over
    signer lines. Only a letter without one is closed at its first signing
    authority followed by a name (in capitals, or failing that in any case), failing
    that after the last ``./.``, and failing that at a name that ends the letter alone
    (a reprint that kept only ``Nguyễn Mạnh Kiểm (Đã ký)``).
    Guides about document format quote signing lines in their body; anchoring
    on ``Nơi nhận:`` keeps those quotations out of the closing.
    """
    for i in range(begin, len(lines)):
        if _is_distribution_head(lines[i].text):
            signed = _signed_before_forms(lines, begin, i)
            if signed is not None:
                return signed  # the first Nơi nhận is a form's, after the decree's signature
            return _back_over_signer(lines, _table_start(lines, i), begin)
    for caps in (True, False):  # ``Tm. ủy ban nhân dân ...`` in a transcript's lower case last
        for i in range(begin, len(lines)):
            m = patterns.AUTHORITY_RE.match(canon(lines[i].text))
            if m and (is_caps(m.group("of")) or not caps) and _name_follows(lines, i):
                return _table_start(lines, i)
    for i in range(len(lines) - 1, begin - 1, -1):
        if patterns.CLOSING_MARK_RE.search(lines[i].text):
            return i + 1
    last = _last_text(lines, begin)
    if last is not None and _signed_name(lines[last]):
        start = _table_start(lines, last)  # ``| | Nguyễn Mạnh Kiểm (Đã ký) |``: a name alone
        if sum(not blank(x) for x in lines[start : last + 1]) <= _NAME_TABLE_LINES:
            return start  # (a form's last table, that holds the whole form, is no closing)
    if last is not None and is_name_line(lines[last].text):
        above = _position_above(lines, last, begin)
        if above is not None:
            return above  # ``CHỦ TỊCH QUỐC HỘI`` over ``Nguyễn Phú Trọng``: a law's signature
    return len(lines)


#: The most lines between a position and the name under it (blank lines of the signature).
_POSITION_GAP = 6
#: The longest position line over a name.
_POSITION_LINE = 60


def _position_above(lines: list[Line], name: int, begin: int) -> int | None:
    """The position line in capitals right above the name that ends the letter (a Luật or a
    Pháp lệnh is signed by the Chairman without ``TM.`` or ``Nơi nhận``), or None."""
    for i in range(name - 1, max(begin, name - _POSITION_GAP) - 1, -1):
        text = lines[i].text.strip()
        if not text:
            continue
        position = (
            len(text) <= _POSITION_LINE
            and is_caps(text)
            and patterns.POSITION_WORD_RE.search(canon(text)) is not None
        )
        return i if position else None
    return None


def _signed_before_forms(lines: list[Line], begin: int, listed: int) -> int | None:
    """The signing authority of a decree reprinted with its forms, when the first ``Nơi
    nhận`` (at ``listed``) is a form's: ``TM. CHÍNH PHỦ / THỦ TƯỚNG / Nguyễn Tấn Dũng`` then
    ``Mẫu 1``, whose forms carry their own ``Nơi nhận`` and signing lines. None when no form
    starts before ``listed``, or no authority with a name stands right above the first."""
    form = next(
        (i for i in range(begin, listed) if patterns.FORM_CODE_RE.match(lines[i].text)), None
    )
    if form is None:
        return None
    for i in range(form - 1, max(begin, form - _SIGNER_REACH) - 1, -1):
        m = patterns.AUTHORITY_RE.match(canon(lines[i].text))
        if m and is_caps(m.group("of")) and _name_follows(lines, i):
            return _table_start(lines, i)
    return None


#: How far above a form the signing authority of the decree it is issued with may stand.
_SIGNER_REACH = 8

#: The most lines the small table holding a lone signer's name may have.
_NAME_TABLE_LINES = 3


def _last_text(lines: list[Line], begin: int) -> int | None:
    """The last line with text, a website's footer (``Copyright ©2010 ...``) left aside."""
    return next(
        (
            i
            for i in range(len(lines) - 1, begin - 1, -1)
            if not blank(lines[i]) and not patterns.WEB_FOOTER_RE.match(lines[i].text)
        ),
        None,
    )


def _signed_name(line: Line) -> bool:
    """A name ending the letter on its own: in a table cell, or marked ``(Đã ký)``."""
    text = line.text.strip()
    signed = line.cell is not None or patterns.SIGNED_NOTE_RE.search(text) is not None
    return signed and is_name_line(text)


#: How many title lines may stand above the ``(Ban hành kèm theo ...)`` line, and how long
#: one typed in lower case may be.
_ISSUED_TITLE_LINES = 3
_TITLE_LINE = 80


def issued_with(lines: list[Line], begin: int, end: int) -> int | None:
    """Index of the title of a document issued with this one (``QUY CHẾ / THỰC HIỆN DÂN CHỦ Ở
    XÃ / (Ban hành kèm theo Nghị định số ...)``) that follows the body before any
    signature, as in a gazette reprint; None when there is none before ``end``.

    The title is the short lines right above the bracketed line, opening with the name of
    a kind of document (``QUY CHẾ``, ``QUY ĐỊNH``, ``CHƯƠNG TRÌNH`` ...).
    """
    for i in range(begin + 1, end):
        if not patterns.ISSUED_WITH_RE.match(lines[i].text):
            continue
        title = None
        j = i - 1
        while j > begin and i - j <= _ISSUED_TITLE_LINES and not blank(lines[j]):
            text = lines[j].text.strip()
            if not is_caps(text) and (len(text) > _TITLE_LINE or text.endswith((".", ";", ":"))):
                break  # a sentence of the body; a transcript may type the title in lower case
            if patterns.ATTACHMENT_RE.match(canon(lines[j].text)):
                title = j
            j -= 1
        if title is not None:
            return title
    return None


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
        if blank(line):
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
    cell = lines[i].cell
    if cell is not None and _table_signs(lines, i, cell.table):
        j = i
        while j - 1 >= begin and lines[j - 1].cell is None and not blank(lines[j - 1]):
            if not patterns.AUTHORITY_RE.match(canon(lines[j - 1].text.strip())):
                break
            j -= 1
        return j
    j = head = i  # ``i == head``: no line with text passed yet
    while j - 1 >= begin:
        prev = lines[j - 1]
        if blank(prev):
            j -= 1
            continue
        t = canon(prev.text.strip())
        if (
            prev.cell is None
            and (
                patterns.AUTHORITY_RE.match(t)
                or is_caps(prev.text)
                or _position_line(prev.text)
                or _signed_note_only(prev.text)
                or (i == head and _signed_name_under_title(lines, j - 1, begin))
            )
            and not (patterns.CLOSING_MARK_RE.search(prev.text))
        ):
            j -= 1
            i = j
            continue
        if prev.cell is not None and i == head and _signature_table(lines, j - 1):
            return _table_start(lines, j - 1)  # signers side by side over ``Nơi nhận:``
        break
    return i


def _table_signs(lines: list[Line], i: int, table: int) -> bool:
    """The ``table`` whose first line is ``i`` holds more than the Nơi nhận: a cell of another
    column has text (the signer's). A list alone in its table (``Nơi nhận:`` in a cell of its
    own, the signer typed above it as paragraphs) is closed as flat text is."""
    rows = []
    for line in lines[i:]:
        if line.cell is None or line.cell.table != table:
            break
        rows.append(line)
    listed = {x.cell.col for x in rows if x.cell and _is_distribution_head(x.text)}
    return any(x.cell and x.cell.col not in listed and x.text.strip() for x in rows)


def _signature_table(lines: list[Line], k: int) -> bool:
    """The table holding line ``k`` signs: a signing authority and a name under it, no
    ``Nơi nhận:`` (a joint letter's signers side by side, the list written below), or
    positions side by side each over a name (a biên bản's ``THƯ KÝ`` and ``CHỦ TỌA``)."""
    start = _table_start(lines, k)
    rows = lines[start : k + 1]
    return (
        (
            any(patterns.AUTHORITY_RE.match(canon(x.text.strip())) for x in rows)
            or len(signing_cells(rows)) >= 2
        )
        and any(is_name_line(x.text) for x in rows)
        and not any(_is_distribution_head(x.text) for x in rows)
    )


def signing_cells(lines: list[Line]) -> list[list[Line]]:
    """The cells of one table row in which someone signs without an authority line: a
    position in capitals first, a name under it (``THƯ KÝ`` / ``(Đã ký)`` / ``Lê Thị Ngọc``).
    None unless every cell of the row with text signs so."""
    cells = [[x for x in cell if not blank(x)] for cell in side_by_side(lines)]
    cells = [cell for cell in cells if cell]
    if len(cells) < 2 or any(x.cell is None for cell in cells for x in cell):
        return []
    for cell in cells:
        head = cell[0].text.strip()
        if len(head) > _POSITION_LINE or not is_caps(head):
            return []
        if not any(is_name_line(x.text) for x in cell[1:]):
            return []
    return cells


def _signed_name_under_title(lines: list[Line], k: int, begin: int) -> bool:
    """Line ``k`` is a signer's name (``Phan Văn Khải đã ký``) under a position in capitals
    (``THỦ TƯỚNG CHÍNH PHỦ``), maybe with ``(Đã ký)`` between: the signature written above
    ``Nơi nhận:``."""
    if not is_name_line(lines[k].text):
        return False
    above = k - 1
    while above >= begin and (blank(lines[above]) or _signed_note_only(lines[above].text)):
        above -= 1  # ``(Đã ký)`` on a line of its own between the position and the name
    return (
        above >= begin
        and lines[above].cell is None
        and (is_caps(lines[above].text) or _position_line(lines[above].text))
    )


def _position_line(text: str) -> bool:
    """A short line naming a position in any case: ``chủ tịch`` in a transcript typed in lower
    case (a TCVN3 capital font drew it in capitals)."""
    t = text.strip()
    return (
        len(t) <= _POSITION_LINE
        and t == t.lower()
        and patterns.POSITION_WORD_RE.match(canon(t)) is not None
    )


def _signed_note_only(text: str) -> bool:
    """``(Đã ký)`` alone on its line, as a gazette's transcript writes it over the name."""
    if len(text.strip()) > _POSITION_LINE:
        return False
    note = patterns.SIGNED_NOTE_RE.search(text)
    return note is not None and not name_text(text)


def _table_start(lines: list[Line], i: int) -> int:
    """Move back to the first line of the table holding line ``i`` (the closing table)."""
    cell = lines[i].cell
    if cell is None:
        return i
    while i > 0 and lines[i - 1].cell is not None and lines[i - 1].cell.table == cell.table:  # type: ignore[union-attr]
        i -= 1
    return i


def _not_a_name(text: str) -> bool:
    """What follows a signature and looks like a name: ``PHỤ LỤC``, ``Mẫu 4``, ``KẾ HOẠCH``,
    ``Chương I`` of a regulation issued with a decision; and the authority the signer signs
    for (``TM. CHÍNH PHỦ``)."""
    t = canon(text)
    return bool(
        patterns.AUTHORITY_RE.match(t)
        or patterns.ATTACHMENT_RE.match(t)
        or patterns.FORM_CODE_RE.match(t)
        or patterns.DIVISION_RE.match(t)
        or title_of(text)
    )


def name_text(text: str) -> str:
    """A signer line without ``(Đã ký)`` and the dash before it (``Trần Văn Truyền – Đã ký``),
    nor the marks without a letter that a signature's strokes leave at its ends in a scan."""
    bare = patterns.SIGNED_NOTE_RE.sub("", text).strip().rstrip("-–— ")
    words = bare.split()
    first, last = 0, len(words)
    while first < last - 1 and patterns.NAME_EDGE_JUNK_RE.fullmatch(words[first]):
        first += 1
    while last > first + 1 and patterns.NAME_EDGE_JUNK_RE.fullmatch(words[last - 1]):
        last -= 1
    if first == 0 and last == len(words):
        return bare  # nothing to drop: the line keeps its own spacing
    return " ".join(words[first:last])


#: The longest line a signer's name (with a rank and ``(Đã ký)``) may take: a longer one is
#: no name, and is not read further (the junk a scan leaves at a name's ends is looked for
#: only on a line this short).
_NAME_LINE = 100


def _titled_position(words: list[str]) -> bool:
    """A position typed with each word capitalised (``Thứ Trưởng``, ``Chủ Tịch``, ``Phó Giám
    Đốc``) looks like a name; its first word is a position's. ``Phó`` is a surname too (``Phó
    Đức Phương``): a position only before another position word."""
    first = canon(words[0])
    if patterns.POSITION_WORD_RE.fullmatch(first) is None and not (
        len(words) > 1 and patterns.POSITION_WORD_RE.match(canon(" ".join(words[:2])))
    ):
        return False
    if first.lower() in ("phó", "pho"):
        return patterns.POSITION_WORD_RE.match(canon(" ".join(words[1:]))) is not None
    return True


def is_name_line(text: str) -> bool:
    """A signer's name: 2 to 6 capitalised words, maybe with a rank or ``(Đã ký)``."""
    if len(text.strip()) > _NAME_LINE:
        return False
    t = name_text(text)
    rank = patterns.RANK_RE.match(t)
    if rank:
        t = rank.group("name")
    words = t.split()
    if not 2 <= len(words) <= 7 or any(ch in t for ch in ":;,/") or any(map(str.isdigit, t)):
        return False
    if _not_a_name(t):
        return False
    if is_caps(t) and (len(words) > 4 or patterns.POSITION_WORD_RE.search(canon(t))):
        return False
    if not any(is_caps(w) for w in words) and _titled_position(words):
        return False  # ``Thứ Trưởng``, ``Phó Giám Đốc`` typed in title case
    # Every word a capitalised word: ``Í .Í`` or ``Z CHỦ`` are a signature's strokes, and a
    # name in capitals is Vietnamese syllables (``CHỦ TC`` is a seal's lettering misread).
    return all(w[0].isalpha() and w[0].isupper() for w in words) and not (
        is_caps(t) and not all(len(w) > 1 and is_syllable(w) for w in words)
    )


def split_closing(lines: list[Line], start: int) -> tuple[list[Line], list[Line], int | None]:
    """Split the closing into the Nơi nhận list and the signer block; find an attachment."""
    lead: list[Line] = []
    while start < len(lines) and lines[start].cell is None and _next_cell(lines, start):
        lead.append(lines[start].with_text(lines[start].text.strip()))
        start += 1
    cell = lines[start].cell if start < len(lines) else None
    if cell is not None:
        distribution, signature, end = _closing_table(lines, start, cell.table)
        signature = [x for x in lead if x.text] + signature
        if not distribution and end < len(lines) and _is_distribution_head(lines[end].text):
            distribution, more, end = _closing_flat(lines, end)  # the list under the signers
            signature += more
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
    ahead = _texts_ahead(lines, start)
    wrapped = -1  # a name's last word on a line of its own, already read
    for i in range(start, len(lines)):
        if i == wrapped:
            continue
        line = lines[i]
        for part in split_flat(line) if line.cell is None else [line]:
            text = part.text.strip()
            if not text:
                nxt = ahead[i + 1 - start] if i + 1 < len(lines) else None
                bullet = nxt is not None and patterns.BULLET_RE.match(lines[nxt].text) is not None
                in_list = in_list and part.side is None and bullet
                continue
            if patterns.DISTRIBUTION_RE.match(canon(text)):
                in_list = True
                distribution.append(part)
            elif part.side == 0 or (
                in_list
                and part.side is None
                and (not _is_signer_text(text) or _open_entry(distribution))
            ):
                distribution.append(part)  # ``- Lưu: VP (HC),`` over ``TCT (HC,NV3).``
            else:
                in_list = in_list and part.side == 1
                signature.append(part)
        following = ahead[i + 1 - start] if i + 1 < len(lines) else None
        if following is not None and _signature_done(signature, lines[following].text):
            nxt = following
            adjacent = nxt == i + 1
            if adjacent and nxt is not None and wraps_name(signature[-1].text, lines[nxt].text):
                # ``Trần Văn`` over ``Tá``: the name's last word; the closing goes on after it
                signature.append(lines[nxt].with_text(lines[nxt].text.strip()))
                wrapped = nxt
                nxt = ahead[nxt + 1 - start] if nxt + 1 < len(lines) else None
                adjacent = nxt == wrapped + 1
            if nxt is not None and not _continues_closing(
                lines[nxt].text, in_list, adjacent, _open_entry(distribution)
            ):
                return distribution, signature, nxt
    return distribution, signature, len(lines)


def _open_entry(distribution: list[Line]) -> bool:
    """The list's last line ends with a comma: its entry goes on on the next line."""
    return bool(distribution) and distribution[-1].text.rstrip().endswith(",")


def _is_signer_text(text: str) -> bool:
    t = canon(text)
    if patterns.BULLET_RE.match(t) or patterns.ARCHIVE_ENTRY_RE.match(t):
        return False
    return bool(patterns.AUTHORITY_RE.match(t)) or is_caps(text) or is_name_line(text)


def _signature_done(signature: list[Line], following: str | None = None) -> bool:
    """The signer's name closes the block. A line in capitals is the position's end, not the
    name, after a position's line that ends on a comma or a dash (``VỤ TRƯỞNG VỤ PHỔ BIẾN,``
    over ``GIÁO DỤC PHÁP LUẬT``) or over a name in mixed case (``CỤC TRƯỞNG CỤC ĐƯỜNG BỘ`` over
    ``VIỆT NAM`` over ``Nguyễn Hữu Tường``: the ``following`` line with text)."""
    if not signature or not is_name_line(signature[-1].text):
        return False
    if len(signature) > 1 and patterns.POSITION_WRAP_RE.search(signature[-2].text) is not None:
        return False
    return not (
        following is not None
        and is_upper(signature[-1].text)
        and is_name_line(following)
        and not is_upper(following)
    )


#: The most words a name has before its last one may be wrapped onto a line of its own.
_WRAPPED_NAME_WORDS = 3


def wraps_name(name_line: str, next_line: str) -> bool:
    """``next_line`` is the last word of the name on ``name_line``, wrapped in a narrow column
    (``Phạm Xuân`` over ``Trường``): one capitalised syllable, written in the name's case,
    under a name of two or three words. A longer line is something else."""
    word = next_line.strip()
    words = name_text(name_line).split()
    if " " in word or not 2 <= len(words) <= _WRAPPED_NAME_WORDS or not is_syllable(word):
        return False
    if is_caps(words[-1]):
        return word.isupper()
    return word[:1].isupper() and word[1:].islower()


def _continues_closing(text: str, in_list: bool, adjacent: bool, open_entry: bool) -> bool:
    """A line after the signer's name still in the closing: the Nơi nhận head, or, in the
    list, an entry or, right below the line before (``adjacent``), an entry's second line
    (``   đơn vị thuộc Bộ Tài chính``, or after an entry left open by its comma ``- Lưu: VP
    (HC),`` over ``  TCT (HC,NV3).``, or its purpose note ``  (để phối hợp);``: a flattened
    two-column closing runs its list on below the name)."""
    t = canon(text)
    if patterns.DISTRIBUTION_RE.match(t):
        return True
    return in_list and (
        patterns.BULLET_RE.match(t) is not None
        or patterns.ARCHIVE_ENTRY_RE.match(t) is not None
        or (
            adjacent
            and (opens_lower(t) or open_entry or patterns.PURPOSE_NOTE_RE.match(t) is not None)
        )
    )


def _texts_ahead(lines: list[Line], start: int) -> list[int | None]:
    """For each index from ``start``, the first line with text at or after it: found once,
    since a scan per line made a closing of many blank lines quadratic."""
    out: list[int | None] = [None] * (len(lines) - start)
    nxt: int | None = None
    for j in range(len(lines) - 1, start - 1, -1):
        if not blank(lines[j]):
            nxt = j
        out[j - start] = nxt
    return out


def _next_text(lines: list[Line], i: int) -> int | None:
    for j in range(i, len(lines)):
        if not blank(lines[j]):
            return j
    return None


def _has_text(lines: list[Line]) -> bool:
    return any(not blank(line) for line in lines)
