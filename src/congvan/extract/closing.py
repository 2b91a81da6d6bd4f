"""The closing: the signer block and the ``Nơi nhận`` distribution list."""

from __future__ import annotations

from congvan import codes, patterns
from congvan.extract.context import Context
from congvan.extract.header import span
from congvan.models import DistributionEntry, LineSpan, Signer
from congvan.normalize import canon, clean_value, is_upper, opens_lower, plain
from congvan.segment import is_name_line, name_text, side_by_side, signing_cells, wraps_name
from congvan.source import Line

_PARTY_PREFIX = {"T/M": "T/M", "K/T": "K/T", "T/L": "T/L", "T.M": "T/M", "K.T": "K/T", "T.L": "T/L"}


def _prefix(raw: str, party: bool) -> str:
    """The contract's form of a signing prefix. ``T/M``, ``K/T``, ``T/L`` are the Party's in a
    Party letter; a State letter of the 1990s that wrote them so (``T/M UỶ BAN NHÂN DÂN``)
    signs ``TM.``, as it writes ``KT/`` for ``KT.``."""
    up = raw.upper()
    if up in _PARTY_PREFIX:
        return _PARTY_PREFIX[up] if party else f"{_PARTY_PREFIX[up].replace('/', '')}."
    return f"{up}."


def _party_letter(ctx: Context, signature: list[Line]) -> bool:
    """The header holds the Party's name where a State letter holds its motto, or a Party
    body signs (``T/M BAN THƯỜNG VỤ`` over ``BÍ THƯ``)."""
    return any(
        patterns.PARTY_NAME_RE.match(canon(x.text)) for x in ctx.layout.left + ctx.layout.right
    ) or any(patterns.PARTY_SIGN_RE.search(canon(x.text)) for x in signature)


def extract_signer(ctx: Context) -> Signer | None:
    lines = [x for x in ctx.layout.signature if x.text.strip()]
    lines = [
        x
        for x in lines
        if not patterns.SIGN_PLACEHOLDER_RE.match(
            patterns.SIGNED_NOTE_RE.sub("", x.text).strip() or "()"
        )
    ]
    if not lines:
        ctx.add(codes.SIGNER_MISSING)
        return None
    lines = _first_signer(lines, ctx)
    block = _Block(_party_letter(ctx, lines))
    for line in lines:
        block.read(line)
    name_line = block.finish()
    name = rank = None
    if name_line is not None:
        name = clean_value(name_text(name_line.text)) or None
        wrapped = _name_wrapped(lines, name_line)
        if name and wrapped is not None:
            name, name_line = f"{name} {clean_value(wrapped.text)}", wrapped
        if name:
            r = patterns.RANK_RE.match(name)
            if r:
                rank, name = r.group("rank").strip(), r.group("name")
    else:
        ctx.add(codes.SIGNER_NAME_MISSING, lines[-1].no)
    return Signer(
        authority=block.authority,
        authority_of=block.authority_of,
        chain=block.chain,
        position=" ".join(block.position) or None,
        name=name,
        rank=rank,
        evidence=span([x for x in lines if name_line is None or x.no <= name_line.no]),
    )


class _Block:
    """A signature block read line by line: the authority lines (the chain), the position's
    lines, and the name."""

    def __init__(self, party: bool) -> None:
        self.party = party
        self.chain: list[str] = []
        self.authority: str | None = None
        self.authority_of: str | None = None
        self.position: list[str] = []
        self.name_line: Line | None = None
        self.caps_name: Line | None = None  # a name in capitals, unless one in lower case follows
        self.wrap = ""  # the comma or dash the position's line ends on: its name goes on
        self.last_position = -1  # the number of the position's last line

    def read(self, line: Line) -> None:
        text = " ".join(line.text.split())
        m = patterns.AUTHORITY_RE.match(canon(text))
        if self.wrap and self.name_line is None and self.caps_name is None and is_upper(text):
            # ``VỤ TRƯỞNG VỤ PHỔ BIẾN,`` over ``GIÁO DỤC PHÁP LUẬT``: one position, not a name
            last = self.position[-1]
            self.position[-1] = last if last.endswith(self.wrap.strip()) else last + self.wrap
            self._add_position(line, text)
        elif m and not self.position:
            prefix = _prefix(m.group("prefix"), self.party)
            of = clean_value(text[m.start("of") :])
            self.chain.append(clean_value(text))
            if self.authority is None:
                self.authority, self.authority_of = prefix, of
        elif (
            self.name_line is None
            and is_name_line(text)
            and (self.position or self.chain or not is_upper(text))
            and not patterns.POSITION_PLAIN_RE.fullmatch(plain(text))  # ``THƯ TRƯƠNG``
        ):
            if not is_upper(text):
                self.name_line = line
            elif self.caps_name is None:
                # In a scan, the lettering of a seal over the position (``CHẤP HÀNH``) comes
                # before the name typed below it; a name in capitals is taken only alone.
                self.caps_name = line
        elif (
            self.name_line is None
            and self.caps_name is None
            and (is_upper(text) or not self.chain or patterns.POSITION_WORD_RE.match(canon(text)))
            and any(len(w) > 1 for w in patterns.WORD_RE.findall(text))
            and not patterns.REPRESENTING_RE.match(canon(text))
        ):  # ``Thủ tướng`` typed in lower case (a TCVN3 capital font drew it in capitals); a
            # line of no word is a signature's strokes read by OCR (``Í .Í _``); a caption
            # (``ĐẠI DIỆN BAN QUẢN LÝ DỰ ÁN``) names the party the signer stands for
            self._add_position(line, text)

    def _add_position(self, line: Line, text: str) -> None:
        self.position.append(clean_value(text))
        m = patterns.POSITION_WRAP_RE.search(text)
        self.wrap = m.group().rstrip() if m else ""
        self.last_position = line.no

    def finish(self) -> Line | None:
        """The name's line. A short line in capitals right under a position that names its
        body, with the name in mixed case below it, is the position's end wrapped onto a line
        of its own (``CỤC TRƯỞNG CỤC ĐƯỜNG BỘ`` over ``VIỆT NAM``), not a second name; under a
        bare title (``BÍ THƯ``) it is a seal's lettering a scan read (``CHẤP HÀNH``)."""
        caps, name = self.caps_name, self.name_line
        if (
            caps is not None
            and name is not None
            and self.last_position + 1 == caps.no < name.no
            and len(self.position[-1].split()) >= _BODY_NAMED
        ):
            self.position.append(clean_value(caps.text))
        return name or caps


#: The fewest words of a position that names its body (``CỤC TRƯỞNG CỤC ĐƯỜNG BỘ``), not a bare
#: title (``BÍ THƯ``, ``PHÓ GIÁM ĐỐC``).
_BODY_NAMED = 4


def _name_wrapped(lines: list[Line], name_line: Line) -> Line | None:
    """The last line of the block when it is the name's last word, wrapped in a narrow
    column (``Phạm Xuân`` over ``Trường``; see :func:`wraps_name`)."""
    after = [x for x in lines if x.no > name_line.no]
    if len(after) != 1 or not wraps_name(name_line.text, after[0].text):
        return None
    return after[0]


def _first_signer(lines: list[Line], ctx: Context) -> list[Line]:
    """The first signer's lines of a joint letter, whose signers sign side by side, each in
    a cell of one row under an authority line; the others are reported (``CV219``). Where
    they sign under their positions alone (a biên bản's ``THƯ KÝ`` and ``CHỦ TỌA``), the
    right-hand one is the signer: NĐ 30 puts the competent authority's signature in the
    right column. The others are reported (``CV220``)."""
    signing = [
        cell
        for cell in side_by_side(lines)
        if any(patterns.AUTHORITY_RE.match(canon(x.text.strip())) for x in cell)
    ]
    if not signing and len(cells := signing_cells(lines)) >= 2:
        ctx.add(codes.SIGNERS_SIDE_BY_SIDE, cells[0][0].no, _names_of(cells[:-1]))
        return cells[-1]
    if len(signing) < 2:
        return lines
    ctx.add(codes.JOINT_SIGNERS, signing[1][0].no, _names_of(signing[1:]))
    return signing[0]


def _names_of(cells: list[list[Line]]) -> str:
    """The signers of ``cells`` for a diagnostic: each cell's name, else its first line."""
    names = [
        next((clean_value(name_text(x.text)) for x in cell if is_name_line(x.text)), None)
        or clean_value(cell[0].text)
        for cell in cells
    ]
    return "; ".join(names) + "."


def distribution_entry(text: str, lines: list[Line]) -> DistributionEntry | None:
    """One Nơi nhận entry, its trailing purpose note split into ``note``."""
    value = clean_value(text)
    if not value:
        return None
    note = None
    m = patterns.PURPOSE_NOTE_RE.search(canon(value))
    if m and m.start() > 0:
        note = " ".join(value[m.start("note") : m.end("note")].split())
        value = clean_value(value[: m.start()])
    return DistributionEntry(
        name=value, note=note, evidence=LineSpan(start=lines[0].no, end=lines[-1].no)
    )


def extract_distribution(ctx: Context) -> list[DistributionEntry]:
    lines = [x for x in ctx.layout.distribution if x.text.strip()]
    if not lines:
        ctx.add(codes.DISTRIBUTION_MISSING)
        return []
    # An entry's lines are kept apart until the end: gluing each continuation line to the
    # entry so far (and reading it again) made a long run of them quadratic.
    groups: list[tuple[list[str], list[Line]]] = []
    for i, line in enumerate(lines):
        t = canon(line.text)
        if i == 0:
            head = patterns.DISTRIBUTION_RE.match(t)
            rest = line.text[head.start("rest") :] if head else line.text
            pieces = _pieces(rest)
            if len(lines) == 1 and len(pieces) == 1 and patterns.LIST_ON_HEAD_RE.search(rest):
                pieces = patterns.INLINE_ENTRY_SEP_RE.split(rest)  # ``Như trên, ..., Lưu VP.``
            groups.extend(([piece], [line]) for piece in pieces)
            continue
        bullet = patterns.BULLET_RE.match(line.text)
        if bullet and groups and _goes_on(groups[-1][0][-1], bullet.group("rest")):
            groups[-1][0].append(bullet.group("rest").strip())  # ``- VPCP: ..., Cục,`` /
            groups[-1][1].append(line)  # ``-      các đơn vị trực thuộc,``
            continue
        # ``Lưu: VT, ...`` ends the list, what follows is a footnote or a stamp, unless its
        # comma carries it on (``- Lưu: VP (HC),`` over ``TCT (HC,NV3).``).
        archived = groups and patterns.ARCHIVE_ENTRY_RE.match(canon(groups[-1][0][0]))
        if archived and not bullet and not groups[-1][0][-1].rstrip().endswith(","):
            break
        if bullet or patterns.ARCHIVE_ENTRY_RE.match(t) or not groups:
            groups.extend(([piece], [line]) for piece in _pieces(line.text))
        else:
            groups[-1][0].append(line.text.strip())
            groups[-1][1].append(line)
    entries = (distribution_entry(" ".join(parts), src) for parts, src in groups)
    return [e for e in entries if e is not None]


def _goes_on(before: str, rest: str) -> bool:
    """A bulleted line that carries on the entry above: that entry ends with a comma and
    this line starts in lower case (an entry opens with a capital)."""
    return before.rstrip().endswith(",") and opens_lower(rest)


def _pieces(text: str) -> list[str]:
    """Split ``- A; - B`` written on one line into its entries."""
    text = patterns.NOTE_AFTER_SEP_RE.sub(r" \1; ", text)
    return [p for p in patterns.ENTRY_SEP_RE.split(text) if p.strip()]
