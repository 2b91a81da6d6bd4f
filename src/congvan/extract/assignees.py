"""Who an item makes responsible (assignees) and who it asks to coordinate (partners).

An assignee is an agency, a unit, a position or a person, never a sentence.
Every candidate, however it was found (a heading item, ``Giao X``, ``X chủ
trì``, ``- Đơn vị chủ trì: X``), passes :func:`unit_name`, which cuts what
follows the name and refuses what cannot be one: a text longer than any unit's
name, one holding an item marker (``Sở Nội vụ a) Xây dựng``) or a verb that
assigns (``Văn phòng Chính phủ trân trọng đề nghị``). A refused candidate
leaves the item to inherit from its parent, which is what a clerk reads.
"""

from __future__ import annotations

import re
from bisect import insort

from congvan import patterns
from congvan.normalize import canon, canon_lower, clean_value, is_upper

#: The longest name of a unit in the corpus is about 100 characters
#: (``Ủy ban nhân dân các xã, phường, đặc khu nơi ... đặt trụ sở`` is a sentence).
MAX_UNIT = 110
#: How far the units before their verb may run: a few names (``Sở Tài chính, Sở Nội vụ chủ
#: trì``), or a whole list before an obligation (an executing article: ``Chánh Văn phòng ...;
#: Giám đốc ...; Thủ trưởng ... chịu trách nhiệm thi hành``), each name checked by unit_name.
_RUN = 160
_LIST = 700
#: Opening clauses read one after another before the unit they lead to (``Để ..., trên cơ sở
#: ..., Bộ X ...``), at most.
_CHAINED_LEADS = 3
#: How far before a request its proposal (``tham mưu UBND tỉnh giao``) is looked for.
_PROPOSED = 60
#: How far before a verb the one word that changes it (``chỉ được``, ``mới thực hiện``) lies.
_WORD_BEFORE = 6
#: A heading longer than this must hold no verb to be a unit (see :func:`heading_unit`).
_SHORT_HEADING = 70


def unit_name(
    candidate: str,
    *,
    whole: bool = False,
    bound: bool = False,
    narrowed: bool = False,
    places: bool = False,
    cell: bool = False,
) -> str | None:
    """``candidate`` cut to the unit it names, or None when it is not a unit's name.

    With ``whole`` (a heading, a unit before a colon) a candidate that holds a verb
    of request (``Văn phòng Chính phủ trân trọng đề nghị:``) names no unit at all.
    A ``bound`` candidate is the subject of a duty or of a heading of duties (``Tổ chức, cá
    nhân in hoá đơn`` before ``phải``): a party the regulation binds may open it (see
    :func:`_duty_subjects`). A ``narrowed`` candidate was cut at its group's own duty
    (:func:`_group_duty`): a verb after its plural opens the clause that narrows the group.
    With ``places`` the candidate runs on to its duty past the place it serves
    (:func:`_place_served`), which stays in the name (:func:`_cut_at_tails`). A ``cell`` of a
    task table holds names only: a verb-like word that ends it has nothing to act on and is
    the name's (``Viện Kinh tế xây dựng``, ``Phòng Truyền thông và Phát triển người tham
    gia``), and a capitalised one is no lost line break (``Cục Kinh tế - Quản lý đầu tư xây
    dựng``).
    """
    if whole and patterns.SENTENCE_VERB_RE.search(canon(candidate)):
        return None
    text, served = _cut_at_tails(candidate, bound, places, cell)
    head = text
    t = canon(text)
    verb = _party_verb(t) if bound else _stop(t, named=True, narrowed=narrowed)
    if places and verb is not None and patterns.MANAGES_RE.match(t, verb.start()):
        verb = None  # ``Chi cục Thuế quản lý địa bàn``, run to its duty (_managed_served)
    if cell and verb is not None and not t[verb.end() :].strip(" .;,"):
        verb = None  # ``Viện Kinh tế xây dựng`` in a table's column: the name's last words
    if verb is not None:
        text = text[: verb.start()]
    capital = None if cell else patterns.CAPITAL_VERB_RE.search(text)
    if capital is not None:
        text = text[: capital.start()]  # ``Tòa án nhân dân tỉnh Phối hợp ...``: a lost line break
    name = _without_open_bracket(clean_value(text)).rstrip(" -–")  # ``... tỉnh - Chủ trì``
    role = patterns.ROLE_NOTE_RE.search(name)  # ``Sở Y tế (cơ quan thường trực ...)``
    if role is not None:
        name = name[: role.start()]
    trail = patterns.SUBJECT_TRAIL_RE.search(name)  # ``Các doanh nghiệp còn phải ...``
    if trail is not None:
        name = name[: trail.start()]
    if served and name == clean_value(head) and len(name) + len(served) < MAX_UNIT:
        name = f"{name} {served}"  # ``Cơ quan, tổ chức, đơn vị trực tiếp quản lý ...``
    else:
        bare = patterns.BARE_HEAD_END_RE.search(name)  # ``... lâm thời và Ban`` (``kiểm tra``)
        if bare is not None:
            name = name[: bare.start()]
    if not name or len(name) > MAX_UNIT:
        return None
    t = canon(name)
    deputy = cell and patterns.HEADING_DEPUTY_RE.match(t)  # a cell's ``Phó Giám đốc phụ trách ...``
    if not (
        patterns.UNIT_START_RE.match(t, deputy.end() if deputy else 0)
        or (bound and patterns.REGULATED_PARTY_RE.match(t))
    ):
        return None
    if patterns.NAME_MARKER_RE.search(t) or patterns.SENTENCE_VERB_RE.search(t):
        return None
    return name


def _cut_at_tails(candidate: str, bound: bool, places: bool, cell: bool = False) -> tuple[str, str]:
    """``candidate`` cut where a tail, a dash before a verb or a case ends a name, and what
    the name goes on with after its cut: the place the unit serves or whom it manages, when
    it is ``bound`` or ends at a duty (``places``: ``Ủy ban nhân dân cấp xã nơi có đất bị thu
    hồi``, ``... trực tiếp quản lý người có nghĩa vụ``), a ``bound`` party's purpose (``Doanh
    nghiệp nhập khẩu nguyên liệu để sản xuất hàng xuất khẩu`` before ``phải``); "" when none
    or the cut came before it. Its verbs are the clause's, none of the name's. A table's
    ``cell`` holds names only: a dash there joins a name's parts (``Phòng Thanh tra - Kiểm
    tra``), it opens no duty."""
    text = candidate
    tail = patterns.UNIT_TAIL_RE.search(text)
    served = ""
    if tail is not None and (
        ((bound or places) and patterns.PLACE_TAIL_RE.match(text, tail.start()))
        or (bound and tail.group().strip() == "để")
    ):
        served = clean_value(text[tail.start() :])
    for cut in (
        tail,
        None if cell else patterns.UNIT_DASH_VERB_RE.search(text),
        patterns.SUBJECT_CUT_RE.search(canon_lower(text)),  # ``Cơ quan thuế sau khi nhận ...``
    ):
        if cut is not None:
            text = text[: cut.start()]
    if served and tail is not None and len(text) < tail.start():
        served = ""  # cut before its place: the place is none of the name
    return text, served


def _without_open_bracket(name: str) -> str:
    """``Sở Nội vụ (cơ quan Thường trực Ban`` -> ``Sở Nội vụ``: a bracket that a cut left open.

    A closed note stays, as the contract writes the name (``Văn phòng UBND tỉnh (Trung
    tâm ...)``, ``Đoàn Luật sư tỉnh Lâm Đồng (cũ)``).
    """
    open_at = name.rfind("(")
    if open_at > 0 and ")" not in name[open_at:]:
        return clean_value(name[:open_at])
    return name


#: How far past a name's start its verb is looked for when the caller sets no end: further
#: than the longest list of names (_LIST) would be read, so a long item's text is not scanned
#: to its end from every unit in it (a hostile item of a million characters took minutes).
_STOP_REACH = 2 * _LIST


def _stop(
    t: str, pos: int = 0, end: int | None = None, *, named: bool = False, narrowed: bool = False
) -> re.Match[str] | None:
    """The verb that ends the name starting at ``pos``: ``Bộ Chỉ huy quân sự tỉnh *chỉ đạo* ...``.

    A verb right after the head word belongs to the name (``Ban chỉ đạo``, ``Đội kiểm
    tra``), and so does ``đầu tư xây dựng`` (``Ban Quản lý dự án đầu tư xây dựng``) and
    a verb in brackets (``(trước sắp xếp)``). A capitalised verb where a line break was
    lost (``Tỉnh đoàn Thanh niên Chỉ đạo thực hiện``) ends the name too. A relative clause
    after a plural (``các xã có rừng``) is the name's; ``named``: ``t`` is a name already cut
    at its verb, so such a clause runs to its end, and so does any clause after a plural
    in a name ``narrowed`` (cut at its group's duty).
    """
    end = min(len(t), pos + _STOP_REACH) if end is None else end
    capital = patterns.CAPITAL_VERB_RE.search(t, pos, end)
    for m in patterns.ASSIGNEE_STOP_RE.finditer(t, pos, end):
        if capital is not None and capital.start() < m.start():
            return capital
        if patterns.SUBMISSION_RE.match(t, m.start()):
            return m  # ``Trung tâm kính đề xuất``: no name holds a submission
        before = t[pos : m.start()]
        if _one_word_head(before) and not patterns.TENSE_STOP_RE.match(t, m.start()):
            continue
        if patterns.TWO_WORD_HEAD_RE.fullmatch(before.strip()) and not patterns.HEAD_ACTS_RE.match(
            t, m.start()
        ):
            continue  # ``Văn phòng đăng ký đất đai``, not ``Trung tâm tổ chức ...``
        if patterns.NAME_VERB_OK_RE.search(before) and patterns.NAME_VERB_RE.match(t, m.start()):
            continue
        if patterns.PLURAL_MARK_RE.search(before) or before.endswith((" của", " về")):
            continue  # ``các tổ chức``, ``Ban thường vụ của tổ chức``, ``Cơ quan chuyên môn về
            # xây dựng``: a noun, not a verb
        if before.count("(") > before.count(")"):
            continue  # ``Hội ... tỉnh Bình Thuận (trước sắp xếp)``: a note inside the name
        if t.startswith(m.group().strip(), m.end() + 1):
            continue  # ``Phòng Kế hoạch tổng hợp tổng hợp kết quả``: the name's, then the verb
        if narrowed and patterns.PLURAL_WORD_RE.search(before):
            return None
        relative = _past_relative(t, m, before, end)
        if relative is True:
            return None if named else m
        return relative or m
    return capital


#: How long a relative clause narrowing a group of units may run before the group's verb.
_RELATIVE = 60


def _past_relative(t: str, m: re.Match[str], before: str, end: int) -> re.Match[str] | bool | None:
    """The group's own verb after a relative clause that narrows it, when ``m`` opens one:
    ``UBND các xã *có* điểm du lịch cộng đồng *chủ động* rà soát``. The clause is the
    group's name (the letter asks only those xã); without a verb of the group's within a
    few words of the same clause, ``có`` or ``chưa`` was the verb itself (``các xã chưa hoàn
    thành việc kê khai.``). True: the clause runs to ``end`` with no verb after it."""
    if not patterns.PLURAL_WORD_RE.search(before):
        return None
    rel = patterns.RELATIVE_CLAUSE_RE.match(canon_lower(t[m.start() : m.start() + _RELATIVE]))
    if rel is None:
        return _group_duty(t, m, end)
    start = m.start() + rel.end()
    limit = min(end, m.start() + _RELATIVE)
    closed = patterns.CLAUSE_END_RE.search(t, start, limit)
    limit = closed.start() if closed is not None else limit
    verb = patterns.ASSIGNEE_STOP_RE.search(t, start, limit)
    if verb is None:
        return closed is None and end - m.start() <= _RELATIVE
    if patterns.TENSE_STOP_RE.match(t, verb.start()):
        return None
    return verb


#: How long a clause narrowing a group may run before the group's own duty.
_NARROWING = 110


def _group_duty(t: str, m: re.Match[str], end: int) -> re.Match[str] | None:
    """The group's duty after a clause that narrows it, opened at ``m``: ``Thủ trưởng các cơ
    quan *chủ trì soạn thảo* chịu trách nhiệm``, ``Các cơ quan, đơn vị *được giao* nhiệm vụ
    tại Thông báo số ... khẩn trương hoàn thành``. Only a clause opened by NARROWING_VERB_RE's
    words, and only a duty no clause's verb takes after it (GROUP_DUTY_RE) in the same
    clause, not joined to the first verb by a comma or ``và``; else ``m`` was the group's
    verb."""
    if patterns.NARROWING_VERB_RE.match(canon_lower(t[m.start() : m.end()])) is None:
        return None
    limit = min(end, m.end() + _NARROWING)
    closed = patterns.CLAUSE_END_RE.search(t, m.end(), limit)
    limit = closed.start() if closed is not None else limit
    duty = patterns.GROUP_DUTY_RE.search(t, m.end(), limit)
    if duty is None or patterns.GROUP_DUTY_JOINED_RE.search(t, m.start(), duty.start()):
        return None
    return duty


def _one_word_head(before: str) -> bool:
    """The name so far is one word, or a list whose last unit is one capitalised head word
    (``Các Lâm trường quốc doanh, Ban`` before ``quản lý rừng``): the verb is its name's. A
    plural word before a head that such verbs name changes nothing (``Các Ban`` before ``quản
    lý chợ``; ``Các Sở`` before ``tổ chức`` acts)."""
    if len(before.split()) <= 1 or patterns.PLURAL_NAMED_HEAD_RE.fullmatch(before.strip()):
        return True
    last = before.rsplit(",", 1)[1].strip() if "," in before else ""
    return (
        len(last.split()) == 1
        and last[:1].isupper()
        and patterns.UNIT_START_RE.match(last + " ") is not None
    )


def split_assignees(
    who: str,
    *,
    whole: bool = False,
    bound: bool = False,
    narrowed: bool = False,
    heads: bool = False,
    places: bool = False,
    cell: bool = False,
) -> list[str]:
    """Split ``Đài Truyền thanh - Truyền hình huyện, UBND các xã, thị trấn`` into units.

    A comma, ``;`` or ``và`` separates two units only when a capitalised unit
    word follows it and the text before it is more than a lone word that names
    nothing: ``Sở Văn hóa, Thể thao và Du lịch``, ``UBND các xã, thị trấn`` and
    ``Báo và Đài Phát thanh, Truyền hình`` stay whole. A piece that is not a
    unit's name is dropped, and a person with his titles names no unit. Where a list of
    parties is expected (``bound``, or ``heads``: the names before a duty, a list of partners)
    a lower-case head with its own qualifier starts an entry too (LOWER_HEAD_RE: ``Cơ quan
    thuế, cơ quan hải quan``). ``places``, ``cell``: see :func:`unit_name`.
    """
    places = places or cell  # a cell holds names only: the place a unit serves is its name's
    if patterns.PERSON_RE.match(who):
        # ``Đồng chí Nguyễn Văn A - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh``: one person, who
        # names no unit; but a task table's cell names who does the row, a person too
        # (``Người thực hiện``: ``Ông Nguyễn Văn Hậu - Phó Chánh Văn phòng``)
        return [" ".join(who.split()).strip(" ;,.")] if cell and ";" not in who else []
    names: list[str] = []
    last = 0
    t = canon(who)  # ``Uỷ ban`` as ``Ủy ban``, every character where it stands
    # ``Các cơ quan nhà nước, tổ chức ...``, ``Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ``:
    # a group named by a plural or a lone head word, whose heads are not split
    first = patterns.ASSIGNEE_SPLIT_RE.search(t)
    group = patterns.PLURAL_WORD_RE.match(t.lstrip()) is not None or (
        first is not None and len(t[: first.start()].split()) == 1
    )
    for m in patterns.ASSIGNEE_SPLIT_RE.finditer(t):
        rest = t[m.end() :]
        lower_head = (
            (bound or heads)
            and not group
            and patterns.LOWER_HEAD_RE.match(rest) is not None
            and patterns.BARE_HEADS_RE.fullmatch(t[last : m.start()].strip()) is None
            and patterns.OVER_HEADS_RE.match(t, last) is None
            and _names_a_party(who, t, m.end(), bound)
        )
        if (
            lower_head
            or (cell and m.group().strip() == ";")  # a table's cell lists its units so
            or (
                (
                    rest[:1].isupper()
                    or m.group().strip() == ";"  # ``Bộ Quốc phòng; các Bộ, ngành liên quan``
                    or patterns.PLURAL_UNIT_RE.match(rest)
                    or patterns.LOWER_UNIT_RE.match(rest)
                    or (patterns.PLACE_UNIT_RE.match(rest) and m.group().strip() in ("và", "va"))
                )
                and patterns.UNIT_START_RE.match(rest)
                and (len(who[last : m.start()].split()) > 1 or unit_name(who[last : m.start()]))
            )
        ):
            names.append(who[last : m.start()])
            last = m.end()
    names.append(who[last:])
    found = (
        unit_name(x, whole=whole, bound=bound, narrowed=narrowed, places=places, cell=cell)
        for x in names
    )
    return list(dict.fromkeys(n for n in found if n))


def _names_a_party(who: str, t: str, start: int, bound: bool) -> bool:
    """The entry of ``who`` from ``start`` to the next separator is a name of its own (a
    lower-case head's entry splits a list only then: ``... hoặc người được uỷ quyền`` cut at
    its verb names nobody, and ``tổ chức đảng`` is no party a regulation binds)."""
    after = patterns.ASSIGNEE_SPLIT_RE.search(t, start)
    return unit_name(who[start : after.start() if after else len(who)], bound=bound) is not None


def distinct_names(names: list[str]) -> list[str]:
    """``names`` without repeats, a name written once at a sentence's start and once within it
    (``Bên nhận chuyển nhượng vốn``, ``bên nhận chuyển nhượng vốn``) being one: the first kept."""
    seen: set[str] = set()
    out = []
    for name in names:
        key = name[:1].upper() + name[1:]
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def heading_unit(text: str, *, has_children: bool = False) -> str | None:
    """The unit named by a heading item such as ``1. Sở Tài chính:``.

    A short heading is taken whole even when a verb-like word is part of the
    name (``Ban Quản lý dự án đầu tư xây dựng số 1:``); a longer one must hold
    no verb (``Các sở ... tổ chức tự đánh giá, cụ thể:`` is a sentence). An
    item with subitems may name its unit without the colon (``1. Sở Nội vụ``
    over ``a)``, ``b)``), as long as the whole text is that name.
    """
    toward = patterns.HEADING_TOWARD_RE.match(text)
    if toward is None and text.rstrip().endswith(":"):
        toward = patterns.HEADING_DIRECTED_RE.match(text)  # ``2. Chỉ đạo Sở Nội vụ:``
    if toward is not None:  # ``1. Đối với Chủ tịch UBND các xã, phường`` over its points
        text = text[toward.end() :]
    t = canon(text).rstrip()
    colon = t.endswith(":")
    if not colon and not (has_children and len(t) <= _SHORT_HEADING):
        return None
    if len(t) > 160 or not patterns.UNIT_START_RE.match(t):
        return None
    if is_upper(t[:30]) or (
        (len(t) > _SHORT_HEADING or not colon) and patterns.ASSIGNEE_STOP_RE.search(t)
    ):
        return None
    return text.rstrip()[:-1] if colon else text.rstrip().rstrip(".")


def _parties_heading(t: str) -> list[str] | None:
    """The parties a regulation binds that ``t`` (canon, ending with its colon) lists, each a
    party's name (``Doanh nghiệp kinh doanh vận tải, chủ phương tiện, chủ hàng:``), or None.
    ``Tổ chức, cá nhân`` is one party; ``có`` may say what a party has (``Doanh nghiệp có vốn
    đầu tư nước ngoài:``); any other verb, a duty or a right makes the line a sentence
    (``... có quyền sau đây:``, ``Cá nhân đăng ký tuyển chọn ... phải đáp ứng ...:``)."""
    head = t[:-1]
    if _verb_past_having(head, 0) is not None or patterns.DUTY_BOUND_RE.search(canon_lower(t)):
        return None  # ``Cá nhân đăng ký tuyển chọn ... phải đáp ứng các yêu cầu sau:``
    pieces: list[str] = []
    for piece in (p.strip() for p in head.split(",")):
        if (
            pieces
            and pieces[-1].lower().endswith("tổ chức")
            and piece.lower().startswith("cá nhân")
        ):
            pieces[-1] = f"{pieces[-1]}, {piece}"  # ``Tổ chức, cá nhân ...``: one party
        else:
            pieces.append(piece)
    if not all(
        len(piece) <= _PARTY and patterns.REGULATED_PARTY_RE.match(piece) for piece in pieces
    ):
        return None  # ``Doanh nghiệp Nhà nước chuyển sang Công ty ... do Tổng Công ty đầu tư ...:``
    return pieces


#: The longest name of a party a heading lists: a longer piece tells what becomes of it.
_PARTY = 60


#: How far into an item a colon may end a heading of duties written on the item's own line.
_INLINE_HEADING = 160


def _headed(text: str, first: str | None, has_children: bool) -> list[str]:
    """The units a heading item names (``1. Sở Tài chính:``, ``Trách nhiệm của Sở Y tế``)."""
    headings = [(first, has_children)] if first is not None else []
    if first != text:
        headings.append((text, False))
    colon = text.find(":", 0, _INLINE_HEADING)
    if first is not None and colon >= len(first):
        colon = -1  # ``Trách nhiệm của các thôn, ...`` over ``- Trưởng thôn: ...``: its bullets
    if colon > 0 and (inline := duty_heading(text[: colon + 1])):
        return inline  # ``Trách nhiệm của Sở Tài chính: hướng dẫn ...``
    comrade = comrade_heading(first if first is not None else text)
    if comrade:
        return comrade
    for line, under in headings:
        head = heading_unit(line, has_children=under)
        found = split_assignees(head, whole=True) if head is not None else []
        if found:
            return found
        deputy = patterns.HEADING_DEPUTY_RE.match(line)
        head = heading_unit(line[deputy.end() :], has_children=under) if deputy else None
        found = split_assignees(head, whole=True) if head is not None else []
        if deputy is not None and len(found) == 1 and found[0] == head:
            return [f"{line[: deputy.end()]}{head}"]  # ``Phó Chủ tịch UBND tỉnh Trần Minh Khoa:``
        lined = canon(line).rstrip()
        parties = _parties_heading(lined) if lined.endswith(":") and len(lined) <= 160 else None
        if parties:
            return parties  # ``Doanh nghiệp kinh doanh vận tải, chủ phương tiện, chủ hàng:``
    return duty_heading(first) if first is not None else []


def comrade_heading(line: str, start: int = 0) -> list[str]:
    """The person a heading or a list line names by name and office before the colon that
    opens his duties (``Đồng chí Bùi Đức Khang, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo
    Tỉnh ủy: theo dõi, chỉ đạo ...``, ``Đồng chí Ksor Hơ Ly - Phó Chủ tịch UBND tỉnh:`` over
    them): he owns them, written as the heading writes him. A roster's members, named so
    with their seat or nothing after the colon (``- Đồng chí ..., Phó Giám đốc Sở: Tổ
    trưởng``), assign nobody (``roster`` in :func:`assignees_in`)."""
    t = canon(line)
    opened = patterns.COMRADE_RE.match(t, start)
    if opened is None or t[opened.start() :].lstrip().lower().startswith("các"):
        return []
    colon = t.find(":", opened.end(), start + _INLINE_HEADING)
    if colon < 0 or patterns.SENTENCE_BREAK_RE.search(t, opened.end(), colon):
        return []
    if t[colon + 1 : colon + _AFTER_COLON].lstrip()[:1].isupper():
        return []  # ``...: Tổ trưởng``: a seat, not a duty
    return [line[opened.start() : colon].strip()]


#: How far after a person's colon the first word of what follows is looked for.
_AFTER_COLON = 40


def listed_comrade(line: str) -> list[str]:
    """:func:`comrade_heading` of a line that may open with a list's mark (``- Đồng chí ...``)."""
    bullet = patterns.BULLET_RE.match(line)
    return comrade_heading(line, bullet.start("rest") if bullet else 0)


def toward_party(line: str, has_children: bool) -> list[str]:
    """The party a regulation's heading ``Đối với X:`` turns to, when X is one it binds
    (``Đối với hộ gia đình, cá nhân có đất bị thu hồi:``, ``Đối với tổ chức, cá nhân sử dụng
    hoá đơn`` over its points), said with what marks it out (a bare ``Đối với cá nhân`` heads
    a plan's award criteria): the points under it are that party's when nobody else is
    named or inherited (the caller's check: under ``Cục Thuế ...`` the heading names the case
    its points deal with). X is taken whole, its verbs being what it does or has (no main
    verb in a ``Đối với`` phrase); a thing or a case (``Đối với hoá đơn tự in:``, ``Đối với
    trường hợp ...``) names nobody."""
    toward = patterns.HEADING_TOWARD_RE.match(line)
    t = canon(line).rstrip()
    if toward is None or not (t.endswith(":") or (has_children and len(t) <= _SHORT_HEADING)):
        return []
    party = clean_value(line[toward.end() :].rstrip().rstrip(":"))
    low = canon_lower(party)
    named = patterns.REGULATED_PARTY_RE.match(canon(party))
    if (
        len(party) > MAX_UNIT
        or named is None
        or named.end() == len(party)  # ``Đối với cá nhân`` over a plan's award criteria
        or patterns.BARE_HEADS_RE.fullmatch(party)
        or patterns.DUTY_BOUND_RE.search(low)
        or any(mark in party for mark in ".;:")
    ):
        return []
    return [party]


def duty_heading(line: str) -> list[str]:
    """The units a heading of duties names: ``Trách nhiệm của Sở Tài chính, Sở Nội vụ``,
    ``Nhiệm vụ và quyền hạn của Ban Chỉ đạo``. A heading in capitals names none (its units
    would be written in capitals), nor one whose units are not a unit's name (``Trách nhiệm
    của công tác``). A party a regulation binds counts when the heading says which
    (``Trách nhiệm của tổ chức, cá nhân in hoá đơn``), not as a bare word (``Trách nhiệm của
    các cá nhân``)."""
    t = canon(line)
    m = patterns.DUTY_HEADING_RE.match(t)
    if m is None or is_upper(t[:30]):
        return []
    charged = _charged_entries(line, t, m.start("who"), m.end("who"))
    if charged:
        return charged  # ``Trách nhiệm của ..., Thủ trưởng cơ quan được giao thực hiện ...``
    verb = _stop(t[: m.end("who")], m.start("who"))
    if verb is not None:
        return _named_by_role(line, t, m, verb)
    party = patterns.REGULATED_PARTY_RE.match(t, m.start("who"), m.end("who"))
    if party is not None and party.end() == m.end("who"):
        return []  # ``Trách nhiệm của các cá nhân``: whoever is meant is named below
    return split_assignees(line[m.start("who") : m.end("who")], whole=True, bound=True)


def _named_by_role(line: str, t: str, m: re.Match[str], verb: re.Match[str]) -> list[str]:
    """The party a heading of duties names by what it does (``Trách nhiệm của đơn vị quản lý,
    khai thác``, ``... của tổ chức đề nghị giao quản lý công trình``, ``... của tổ chức, cá
    nhân cung cấp suất ăn``): the whole name, one party. A duty's verb in it means a sentence
    follows the heading (``... của Tổ giúp việc Tổ giúp việc có trách nhiệm ...``): nobody."""
    if patterns.OBLIGATION_VERB_RE.match(t, verb.start()) or patterns.DUTY_BOUND_RE.match(
        canon_lower(t), verb.start()
    ):
        return []
    # A party counts when the heading says which (``... của tổ chức, cá nhân được cấp phép
    # khai thác``); a bare one (``... của đối tượng nộp thuế``) is whoever is named below.
    party = patterns.REGULATED_PARTY_RE.match(t, m.start("who"), m.end("who"))
    if party is not None and party.end() == m.end("who"):
        return []
    if party is None and not patterns.UNIT_START_RE.match(t, m.start("who")):
        return []
    who = clean_value(line[m.start("who") : m.end("who")])
    if len(who) > MAX_UNIT or patterns.SENTENCE_VERB_RE.search(t, m.start("who"), m.end("who")):
        return []
    return [who]


def assignees_in(
    text: str,
    *,
    first: str | None = None,
    has_children: bool = False,
    bullets: tuple[str, ...] = (),
    roster: bool = False,
    directed: bool = False,
    legal: bool = False,
) -> list[str]:
    """Units an item's text makes responsible.

    ``1. Sở Tài chính:`` (a heading item), ``Giao X ...``, ``Đề nghị X ...``, ``X chủ trì ...``.
    ``first`` is the item's first paragraph when more follow (or subitems, said by
    ``has_children``): a heading may then name its unit without the colon. ``bullets``
    are its list lines (``- Công an tỉnh tham mưu ...``): each may name a unit of its own,
    and the item assigns them all. A ``roster`` (a caption over the people who sit on a
    body: ``1. Chủ tịch Hội đồng`` over ``Ông ...``) assigns nobody. In items ``directed`` (see
    :attr:`Context.directed`) a sentence opened by a unit and its own verb assigns it; in a
    ``legal`` document (:attr:`Context.legal`) so does one opened by a party named by its charge
    (:func:`_acting_party`).
    """
    if roster:
        return []
    found = _headed(text, first, has_children)
    if found and bullets and first is not None and patterns.DUTY_HEADING_RE.match(canon(first)):
        # ``Trách nhiệm của các thôn, Mặt trận và các trường học`` over ``- Trưởng thôn: ...``,
        # ``- Ủy ban Mặt trận ...: ...``: the heading sums up the units its bullets name
        listed = [unit for line in bullets for unit in _bullet_unit(line)]
        if listed:
            return list(dict.fromkeys(listed))
    if found:
        return found
    t = canon(text)
    executors = _executors(text, t)
    if executors:
        return executors
    before_colon = _before_colon(text, t)
    if before_colon is not None:
        return before_colon
    # ``Sở Xây dựng chỉ đạo ...`` opening the item comes before a request further on, and a
    # request before a unit after a lead phrase (``Căn cứ ..., các sở ...``). Each list line
    # (``- Công an tỉnh tham mưu ...``, ``- Giao Sở Y tế ...``) adds a unit of its own.
    addressed = _addressed_deputy(text, t)
    if addressed:
        return addressed
    opener = patterns.UNIT_OPENER_RE.match(t)
    start = opener.end() if opener is not None else 0  # ``Riêng UBND ...``, ``Đối với X:``
    opens = _opens_with_unit(t, start) and not _speaks(t, start)
    found = _who(text, t, start, subject=True) if opens else []
    if not found:
        found = _assigned_by_verb(text, t) or _after_lead(text, t)
    if found:
        found.extend(_further_owners(text, t, directed=directed))
    for line in bullets:
        found.extend(_bullet_unit(line))
    if found:
        return list(dict.fromkeys(found))
    return _in_sentences(text, t, first, directed) or (
        _acting_party(text, t, first) if legal else []
    )


#: How many words after what looked like a party's verb may still show it a noun of the name
#: (``... hoạt động đào tạo cấp tỉnh *là* Sở Xây dựng``).
_STATE_AFTER = 3


def _acting_party(text: str, t: str, first: str | None = None) -> list[str]:
    """A regulation's body named by the work it is charged with (FUNCTION_PARTY_RE) that opens
    a sentence, or a clause after the sentence's opening time or case (ACTING_LEAD_RE), with a
    verb of its own: ``Cơ quan tiếp nhận hồ sơ kiểm tra thành phần hồ sơ``, ``Trong thời hạn
    01 ngày làm việc ..., cơ quan tiếp nhận hồ sơ chuyển hồ sơ ...``. A regulation states a
    duty in the present; a person or a business it names (``Người được
    ...``, ``Doanh nghiệp ...``) is bound only by a word of duty (_duty_subjects); the verb must
    follow the charge closely with no mark between, and tell no state, right or past
    (NOT_DIRECTED_RE: ``Cơ sở đào tạo được ...``, ``... là ...``, ``... có quyền``). An
    article's title over its text (``first``, with no stop of its own: ``Cơ quan, đơn vị tiến
    hành xác minh tài sản``) names a subject, it makes nobody act; ``Tổ chức`` opening a
    sentence is the verb (``Tổ chức kiểm tra ...``)."""
    starts = [0, *(m.end() for m in patterns.SENTENCE_BREAK_RE.finditer(t))]
    titled = first is not None and len(t) > len(first) and text.startswith(first)
    if first is not None and titled and not first.rstrip().endswith((".", ":", ";")):
        starts = [len(first) + 1, *(at for at in starts if at > len(first))]
    for sentence in starts:
        limit = patterns.SENTENCE_BREAK_RE.search(t, sentence)
        end = limit.start() if limit is not None else len(t)
        led = patterns.ACTING_LEAD_RE.match(t, sentence) is not None
        for at in [sentence, *(_clause_commas(t, sentence, end) if led else [])]:
            while at < end and t[at].isspace():
                at += 1
            m = patterns.FUNCTION_PARTY_RE.match(t, at, end)
            if m is None or t[at : at + 7].lower() == "tổ chức":
                continue
            after = m.end() - 1 if t[m.end() - 1].isspace() else m.end()
            verb = patterns.ASSIGNEE_STOP_RE.search(t, after, end)
            if verb is not None and verb.start() == after:  # ``tiếp nhận báo cáo kiểm tra``:
                then = patterns.ASSIGNEE_STOP_RE.search(t, verb.end(), end)  # the charge's
                if then is not None and len(t[verb.end() : then.start()].split()) <= 1:
                    verb = then  # object, a verb's noun, then the party's own verb
            if verb is None or any(mark in t[m.end() : verb.start()] for mark in ",;:()"):
                continue
            if len(t[m.end() : verb.start()].split()) > _WORK_OBJECT:
                continue
            if patterns.NOT_DIRECTED_RE.match(t, verb.start()) is not None:
                continue
            if {"là", "được"} & set(t[verb.end() : end].split()[:_STATE_AFTER]):
                continue  # ``Cơ quan quản lý hoạt động đào tạo cấp tỉnh là ...``: a noun's
            name = clean_value(text[at : verb.start()])
            if name and len(name) <= MAX_UNIT:
                return [name[:1].upper() + name[1:]]
    return []


def lead_among(text: str, names: list[str]) -> str | None:
    """The one of ``names`` (an item's units, two or more) its text makes the lead among them
    (LEAD_AMONG_RE: ``..., trong đó Phòng Thời sự chủ trì``), or None."""
    if len(names) < 2:
        return None
    m = patterns.LEAD_AMONG_RE.search(canon(text))
    if m is None:
        return None
    who = unit_name(text[m.start("who") : m.end("who")])
    if who is None:
        return None
    key = who.casefold()
    return next((n for n in names if n.casefold() == key), None)


def _addressed_deputy(text: str, t: str) -> list[str]:
    """A deputy the item opens on as a person it charges (``Đồng chí Phó Chủ tịch UBND tỉnh Trần
    Văn An trực tiếp chỉ đạo ...``): named so, a deputy acts, though a deputy alone names no
    unit (see UNIT_START_RE)."""
    comrade = patterns.COMRADE_RE.match(t)
    deputy = patterns.HEADING_DEPUTY_RE.match(t, comrade.end()) if comrade else None
    if comrade is None or deputy is None:
        return []
    who = _who(text, t, deputy.end(), acting=True, subject=True)
    return [f"{text[comrade.end() : deputy.end()]}{who[0]}"] if len(who) == 1 else []


def _in_sentences(text: str, t: str, first: str | None, directed: bool = False) -> list[str]:
    """The unit bound to a duty at the start of one of the item's sentences or paragraphs
    (after a heading without a final stop: ``1. Đánh giá tình hình ...`` over ``Sở Tài chính
    chủ trì ...``), of a clause after a topic's colon, or after a sentence's opening clause;
    else the parties a duty binds, else the agents of a passive. Right after a topic's colon
    (``1. Lập dự toán: Các trường học lập danh sách ...``), as in a ``directed`` item, any
    verb of the unit's own will do (see :func:`_directed_owner`)."""
    starts = [m.end() for m in patterns.SENTENCE_BREAK_RE.finditer(t)]
    opening: set[int] = set()  # the paragraph under a heading: the item's own first sentence
    if first is not None and len(text) > len(first) and text.startswith(first):
        insort(starts, len(first) + 1)
        if _heading_line(first):
            opening = {len(first) + 1, *_after_lead_clauses(t, [len(first) + 1])}
    after_told = _after_told(t)
    topics = _after_colons(t, starts)
    for start in _after_lead_clauses(t, [0, *starts]):
        insort(starts, start)
    for start in starts:
        if _opens_with_unit(t, start):
            who = _who(text, t, start, strong=True) or (
                _directed_owner(text, t, start) if directed or start in topics else []
            )
            if not who and start in opening and not _speaks(t, start):
                who = _who(text, t, start, acting=True, subject=True)
            if not who and start in after_told:
                who = _directed_owner(text, t, start)  # not ``Phòng tiếp tục ...``: named before
            if who and not _verb_is(t, start, patterns.PARTNER_VERB_RE):
                further = _further_owners(text, t, after=start, directed=directed)
                return list(dict.fromkeys([*who, *further]))
    return _duty_subjects(text, t) or _agents(text, t) or _lead_in_party(text, t)


#: The longest first line read as an item's heading over the paragraph that does its work.
_HEADING_LINE = 150


def _after_colons(t: str, starts: list[int]) -> set[int]:
    """Add to ``starts`` the clauses after a colon that a unit may open, and give those that
    follow a topic's caption: ``Tiêu chuẩn - đo lường - chất lượng: UBND huyện, thị xã chủ động
    ...``, or any caption of an item that opens on its topic (``Về kiến nghị của ...: Bộ X xem
    xét``); further on only before a lead (``... phục vụ phiên họp thường kỳ: Sở Tài chính chủ
    trì; ...``); never after a list's caption (``Danh sách doanh nghiệp ... gồm: Công ty ...``)."""
    topics: set[int] = set()
    about = patterns.TOPIC_OPEN_RE.match(t) is not None
    for n, colon in enumerate(patterns.COLON_RE.finditer(t)):
        # A roster's caption holds no colon before its own: only the first may end one (asked
        # once, not of the whole text before each colon, which a long text makes quadratic)
        if n == 0 and patterns.ROSTER_CAPTION_RE.match(canon_lower(t[: colon.end()])):
            continue
        topic = colon.start() < _TOPIC or (about and not topics and colon.start() < _ABOUT)
        if topic:
            topics.add(colon.end())
        if topic or _leads(t, colon.end()):
            insort(starts, colon.end())
    return topics


def _after_told(t: str) -> set[int]:
    """Where the item's own first sentence starts after one that tells what was done (``Ngày
    12/11/2026, Bệnh viện ... đã diễn tập ... . Trên cơ sở đó, Giám đốc các bệnh viện ... xây
    dựng ...``), or announces a new way of working from a day (``Kể từ ngày 01/12/2025, Kho bạc
    ... chỉ tiếp nhận ... . Các đơn vị ... rà soát ...``): its unit acts with any verb of its
    own. Not in a lead-in to a list (``..., Sở X
    xây dựng Chương trình ... như sau:``), whose writer tells what it does."""
    told = patterns.FULL_STOP_RE.search(t)
    if told is None or t.rstrip().endswith(":"):
        return set()
    announced = patterns.ANNOUNCED_START_RE.match(t) is not None  # ``Kể từ ngày 01/12, ...``
    if not (announced or patterns.PAST_RE.search(canon_lower(t[: told.start()]))):
        return set()
    return {told.end(), *_after_lead_clauses(t, [told.end()])}


def _heading_line(first: str) -> bool:
    """An item's first line is a heading (``1. Về dữ liệu dân cư``, ``Điều 25. Tổ chức thi
    nâng ngạch``): short, and no sentence's or clause's stop ends it. The paragraph under it
    is then the item's own first sentence, and a unit opening it with any verb of its own
    does the item's work (``Công an xã tiếp tục cập nhật ...``)."""
    line = first.strip()
    return 0 < len(line) <= _HEADING_LINE and not line.endswith((".", ";", ","))


def _lead_in_party(text: str, t: str) -> list[str]:
    """The party a regulation names as the subject of a lead-in to points (``Trong quá trình
    xác minh ..., người xác minh tiến hành các hoạt động sau:``): the points are its, though
    no word of duty says so. Its name runs to its own verb, which comes before the list."""
    low = canon_lower(text)
    points = patterns.POINTS_LEAD_IN_RE.search(low)
    if points is None:
        return []
    opened = _sentence_start(t, max(0, points.start() - _RUN), points.start())
    for start in _clause_starts(low, opened, points.start(), opened):
        if patterns.REGULATED_PARTY_RE.match(t, start, points.start()) is None:
            continue
        verb = _verb_past_having(t, start)
        if verb is not None and verb.start() < points.start():
            return _bound_subject(text, t, low, start, verb.start())
    return []


def _further_owners(text: str, t: str, after: int = 0, directed: bool = False) -> list[str]:
    """The units that open the clauses after a semicolon with a verb of their own: ``Giao Sở
    Xây dựng thẩm định ...; Ban Quản lý dự án tổ chức thi công ...`` makes both responsible;
    and those that open a later sentence bound to a duty (``... Sở Nông nghiệp và Phát triển
    nông thôn có trách nhiệm theo dõi ...``), or the clause after the item's topic (``Tổ chức
    thực hiện: Giám đốc các Sở ... có trách nhiệm ...``). One that coordinates (``...; Sở Y tế phối
    hợp``) is a partner, one told of (``...; Sở đã ...``) none. Only the clauses ``after`` the
    one the first owner opens are read. In items ``directed`` a later sentence's unit acts with
    any verb of its own (``... . Bộ Công an chỉ đạo ...``)."""
    found: list[str] = []
    breaks = [(m.start(), m.end()) for m in patterns.SENTENCE_BREAK_RE.finditer(t, after)]
    topic = patterns.COLON_RE.search(t, 0, _TOPIC)
    if topic is not None and topic.end() > after:  # ``Tổ chức thực hiện: Giám đốc các Sở ...``
        insort(breaks, (topic.start(), topic.end()))
    for at, start in breaks:
        if not t[start : start + 1].isupper():
            continue  # ``cán bộ xã; công an xã; thanh niên xung phong``: a list goes on
        if _opens_with_unit(t, start) and not _verb_is(t, start, patterns.PARTNER_VERB_RE):
            if t[at] == ";":
                found.extend(_who(text, t, start, acting=True, subject=True))
            elif not _answerable(t, start):  # a sentence of its own: a unit bound to a duty
                who = _who(text, t, start, strong=True, subject=True)
                found.extend(who or (_directed_owner(text, t, start) if directed else []))
    return found


def _directed_owner(text: str, t: str, start: int) -> list[str]:
    """The unit opening, at ``start``, a sentence of a directed item or the clause after a
    topic's colon, with a verb of its own (``Bộ trưởng Bộ Y tế chỉ đạo ...``). None when the
    verb, or the word just before it, tells what is, was or may be (``đã``, ``sẽ``, ``là``,
    ``chỉ được``, ``mới``, ``phải có đủ``: NOT_DIRECTED_RE), in the writer's closing, when
    the name ends before any verb, or when a bare head word stands for a unit named before."""
    verb = _stop(t, start)
    if verb is None or patterns.NOT_DIRECTED_RE.match(t, verb.start()) is not None:
        return []
    before = max(start, verb.start() - _WORD_BEFORE)
    if patterns.NOT_DIRECTED_RE.search(t, before, verb.start() + 1):
        return []  # ``... chỉ được``, ``... mới thực hiện``: what may be, not a duty
    if patterns.WRITER_CLOSING_RE.match(t, verb.start()) is not None:
        return []  # ``Ban Chỉ đạo ... thông báo để các cơ quan ... biết, thực hiện./.``
    if patterns.SPEAKER_LEAD_RE.match(t, verb.start()) is not None:
        return []  # ``Chủ tịch UBND tỉnh kết luận, chỉ đạo như sau:`` (see _speaks)
    stop = patterns.NAME_END_RE.search(t, start, verb.start())
    if stop is not None and not _lists_members(t, stop.start(), stop.end()):
        return []  # ``Ban Thường trực gồm: 08 thành viên``: the name ends before any verb
    if patterns.BARE_HEAD_RE.fullmatch(t, start, verb.start()):
        return []  # ``Sở tổ chức kiểm tra``: the Sở already named, no name of its own
    return _who(text, t, start, acting=True, subject=True)


def _speaks(t: str, start: int) -> bool:
    """The unit at ``start`` leads in to the points it makes (``Chủ tịch UBND tỉnh kết luận,
    chỉ đạo như sau:``): it directs, the points name who does them."""
    verb = _stop(t, start)
    return verb is not None and patterns.SPEAKER_LEAD_RE.match(t, verb.start()) is not None


def _answerable(t: str, start: int) -> bool:
    """The sentence from ``start`` makes its unit answer for what may go wrong (``Người đứng
    đầu ... chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra ...``): no work asked."""
    stop = patterns.FULL_STOP_RE.search(t, start)
    duty = patterns.OBLIGATION_VERB_RE.search(t, start, stop.start() if stop else len(t))
    return duty is not None and patterns.ANSWERABLE_RE.match(t, duty.start()) is not None


def _after_lead_clauses(t: str, starts: list[int]) -> list[int]:
    """Where a unit follows the comma that closes a sentence's opening clause (``Để ..., UBND
    phường ... chủ trì``, ``Đối với ..., Chủ tịch UBND ... chịu trách nhiệm``), or the last of
    a chain of them (``Để kịp thời ..., trên cơ sở kết quả rà soát ..., Bộ Nông nghiệp và Môi
    trường hướng dẫn ...``). The unit is capitalised or plural (``các sở ...``): after ``Đối
    với các sở,`` the word ``ngành`` goes on the list, it opens nothing."""
    found = []
    for start in starts:
        lead = patterns.PURPOSE_LEAD_RE.match(t, start)
        chained = 0
        while lead is not None:
            at = _after_lead_clause(t, lead.end())
            if at is not None:
                found.append(at)
                break
            limit = _lead_clause_limit(t, lead.end())
            comma = patterns.COMMA_RE.search(t, lead.end(), limit)
            chained += 1
            lead = (
                patterns.PURPOSE_LEAD_RE.match(t, comma.end(), limit)
                if comma is not None and chained < _CHAINED_LEADS
                else None
            )
    return found


def _clause_commas(t: str, opened: int, limit: int) -> list[int]:
    """Where each comma that may close the clause opened at ``opened`` ends, up to ``limit``; a
    comma in brackets closes nothing (``(các huyện Sìn Hồ, Mường Tè, các xã ...)``)."""
    return [
        c.end()
        for c in patterns.COMMA_RE.finditer(t, opened, limit)
        if t.count("(", opened, c.start()) <= t.count(")", opened, c.start())
    ]


def _after_lead_clause(t: str, opened: int) -> int | None:
    """Where a unit follows the comma that closes the clause opened at ``opened``, or None."""
    limit = _lead_clause_limit(t, opened)
    opens = _clause_commas(t, opened, limit)
    then = _after_then(t, limit)
    for at in [*opens, *([then] if then is not None else [])]:
        head = t[at : at + 4]
        if (head[:1].isupper() or head.lower() == "các ") and _opens_with_unit(t, at):
            verb = _stop(t, at)
            if verb is None or patterns.TENSE_STOP_RE.match(t, verb.start()) is None:
                return at  # not one told of: ``..., Sở Tư pháp đã ...``
            return None
    return None


def _leads(t: str, start: int) -> bool:
    """The unit opening ``t`` at ``start`` leads: its own verb is ``chủ trì`` or a duty."""
    return _opens_with_unit(t, start) and _verb_is(t, start, patterns.LEAD_VERB_RE)


def _verb_is(t: str, start: int, verb: re.Pattern[str]) -> bool:
    """The verb ending the unit's name that opens ``t`` at ``start`` is ``verb``'s: ``các sở,
    ban, ngành *phối hợp*`` only coordinates (a partner, not the lead a later sentence
    names)."""
    stop = _stop(t, start, start + _RUN)  # a name is no longer: each colon costs a bounded look
    if stop is None:
        return False
    return verb.match(canon_lower(t[stop.start() : stop.end() + _AFTER_VERB])) is not None


#: How much after a verb ``_verb_is`` reads: the word PARTNER_VERB_RE looks at (``phối hợp
#: với``, ``phối hợp chặt chẽ``) must be in it.
_AFTER_VERB = 12


def _executors(text: str, t: str) -> list[str]:
    """The offices a decision's executing article lists (``Chánh Văn phòng ..., Giám đốc Sở
    ...; Thủ trưởng ... và Chủ tịch ... chịu trách nhiệm thi hành Quyết định này``): the whole
    sentence before the verb, ``;`` and ``và`` included, after a salutation (``Các ông (bà):``).
    Its sentence opens after a full stop: an earlier sentence of the article (``Quyết định này
    có hiệu lực ...``) lists nobody."""
    m = patterns.EXECUTING_RE.search(t)
    if m is None:
        return []
    lo = max(0, m.start() - _LIST)
    start = max(lo, t.rfind(". ", lo, m.start()) + 1)
    opener = patterns.SALUTATION_RE.match(t, start)
    start = opener.end() if opener is not None else start
    while start < m.start() and t[start].isspace():
        start += 1
    if not _opens_with_unit(t, start):
        return []
    return split_assignees(text[start : m.start()])


#: How far back in its clause a reference (a cited number, ``đã``, ``theo``) is looked for
#: before a passive agent.
_AGENT_REACH = 80


def _agents(text: str, t: str) -> list[str]:
    """The units a passive clause gives a competence or the lead: ``... do Chính phủ quy
    định``, ``Chánh Thanh tra bộ do Bộ trưởng bổ nhiệm``, ``... do Sở Nội vụ chủ trì``; not an
    agent in a reference (``Quyết định số 12/QĐ-UBND do UBND tỉnh ban hành``, ``theo ... do
    Bộ quy định``, ``đã do ...``)."""
    low = canon_lower(text)
    found: list[str] = []
    for m in patterns.AGENT_RE.finditer(low):
        start = m.end()
        if patterns.UNIT_START_RE.match(t, start) is None or is_upper(t[start : start + 30]):
            continue
        stop = _stop(t, start)
        work = patterns.FUNCTION_PARTY_RE.match(t, start)
        if work is not None:  # ``do cơ quan thẩm định thực hiện``: the charge is the name's
            stop = patterns.ASSIGNEE_STOP_RE.search(t, work.end() - 1, work.end() + _RUN)
        given = not m.group().startswith("do")  # ``được giao cho X``: X's whatever follows
        if not given and (stop is None or patterns.AGENT_VERB_RE.match(low, stop.start()) is None):
            continue
        opened = _sentence_start(low, max(0, m.start() - _AGENT_REACH), m.start())
        comma = low.rfind(",", opened, m.start())
        if comma >= 0 and not low[comma + 1 : m.start()].strip():
            opened = comma  # ``..., theo quy định của pháp luật, do Ban X thực hiện``: its own
        if patterns.AGENT_CITED_RE.search(low, opened, m.start()):
            continue
        name = text[start : stop.start() if stop is not None else len(text)]
        if given:
            name = patterns.GIVEN_END_RE.split(name, maxsplit=1)[0]
        if ";" in name or patterns.NAME_END_RE.search(name) or len(name) > MAX_UNIT:
            continue  # the verb is another clause's: ``do cơ quan Hải quan cấp (nếu có); - ...``
        if work is not None and len(name[work.end() - start :].split()) <= _WORK_OBJECT:
            found.append(clean_value(name))  # the charge's verb is the name's: no split
            continue
        found.extend(split_assignees(name.strip()))
    return list(dict.fromkeys(found))


def _duty_subjects(text: str, t: str) -> list[str]:
    """Whom a regulation's item binds: the subject of each ``phải``, ``có trách nhiệm`` or
    ``có nghĩa vụ`` in it (``Khi bán hoá đơn, cơ quan thuế phải hướng dẫn ...``, ``Tổ chức,
    cá nhân đặt in hoá đơn phải ...``). The subject opens its clause (the sentence, or the
    clause after a comma or ``thì``), runs to the verb and holds no verb of its own when it
    is a unit (``Sở Tài chính hướng dẫn các đơn vị phải ...`` binds the đơn vị, whose name
    opens no clause, so nobody is taken). Each clause is read once: bounded work."""
    low = canon_lower(text)
    found: list[str] = []
    done = 0
    for duty in patterns.DUTY_BOUND_RE.finditer(low):
        end = duty.start()
        if end < done:
            continue
        opened = _sentence_start(t, max(done, end - MAX_UNIT), end)
        led = _sentence_start(t, max(done, end - _LEAD_BACK), end)  # where a lead may open it
        for start in _clause_starts(low, opened, end, led):
            who = _bound_subject(text, t, low, start, end)
            if who:
                found.extend(who)
                break
        done = duty.end()
    return list(dict.fromkeys(found))


#: How far before a duty its sentence's opening is looked for, to tell whether a lead opens it:
#: a case before the subject may be long (``Khi có biến động về tài sản, thu nhập trong năm có
#: giá trị từ 1.000.000.000 đồng trở lên, người có nghĩa vụ kê khai có trách nhiệm ...``); the
#: subject itself opens within MAX_UNIT of the duty.
_LEAD_BACK = 300

#: What ends the sentence before a duty's subject; a clause also opens after a comma or
#: ``thì`` (``Trường hợp ..., doanh nghiệp phải``, ``Nếu ... thì bên mua phải``).
_SENTENCE_MARKS = (". ", "; ", ": ", "\n")


def _sentence_start(s: str, lo: int, end: int) -> int:
    """Where the sentence holding ``end`` opens in ``s``: after the last sentence mark between
    ``lo`` and ``end``, else ``lo`` (how far back a sentence is looked for)."""
    return max([lo, *(s.rfind(mark, lo, end) + 1 for mark in _SENTENCE_MARKS)])


def _clause_starts(low: str, opened: int, end: int, sentence: int) -> list[int]:
    """Where a clause may open between ``opened`` and the duty at ``end``, earliest first.

    After a comma only when the sentence (opening at ``sentence``, at or before ``opened``)
    opens with a lead (``Khi ...,``, ``Trường hợp ...,``, ``Đối với ...,``): ``Mỗi cơ quan, đơn
    vị, địa phương và từng cán bộ ... phải`` is one subject, and ``địa phương`` after its comma
    opens nothing.
    """
    starts = [opened]
    led = patterns.CLAUSE_LEAD_RE.match(low, sentence) is not None
    for m in patterns.CLAUSE_OPEN_RE.finditer(low, opened, end):
        if (led or m.group().startswith("thì")) and not low.startswith("cá nhân", m.end()):
            starts.append(m.end())  # ``..., cá nhân`` goes on a list: ``tổ chức, cá nhân``
    return starts


def _bound_subject(text: str, t: str, low_text: str, start: int, end: int) -> list[str]:
    """The units or parties named from ``start`` up to the duty at ``end``, or none.

    A condition (``sau khi ...``), a clause between commas that holds a verb and a word
    left before the verb (``thì``, ``còn``) are none of the name; a verb still left in it
    means the subject acts and the duty is another's (``Sở Tài chính hướng dẫn các đơn vị
    phải ...``), so nobody is taken.
    """
    while start < end and t[start] in ' ("“':
        start += 1
    charged = _charged_entries(text, t, start, end)
    if charged:
        return charged  # ``Người có thẩm quyền giải quyết khiếu nại lần đầu phải ...``
    party = patterns.REGULATED_PARTY_RE.match(t, start, end) is not None
    if not party and (
        patterns.UNIT_START_RE.match(t, start, end) is None or is_upper(t[start : start + 30])
    ):
        return []
    low = low_text[start:end]  # ``canon_lower`` keeps every character where it stands
    cut = patterns.SUBJECT_CUT_RE.search(low)  # ``Cơ quan thuế sau khi nhận hồ sơ ... phải``
    if cut is not None:
        low = low[: cut.start()]
    for comma in patterns.CLAUSE_OPEN_RE.finditer(low):
        following = low.find(",", comma.end())
        upto = start + (following if following > 0 else len(low))
        if comma.group().startswith(",") and patterns.PARTY_LIST_GOES_ON_RE.match(low, comma.end()):
            continue  # ``Doanh nghiệp, hợp tác xã được cấp giấy phép``: one party's list goes on
        if _verb_past_having(t[start:upto], comma.start()) is not None:
            low = low[: comma.start()]  # ``Doanh nghiệp ..., sau khi được cấp phép, phải``
            break
    trail = patterns.SUBJECT_TRAIL_RE.search(low)  # ``những cá nhân vi phạm thì phải``
    if trail is not None:
        low = low[: trail.start()]
    end = start + len(low)
    place = patterns.PLACE_TAIL_RE.search(t, start, end)  # its verbs are the place's own
    if (
        len(low) > MAX_UNIT
        or _party_verb(t[start : place.start() if place else end]) is not None  # it acts
        or (party and patterns.PREDICATE_MARK_RE.search(low))
    ):
        return []
    return split_assignees(text[start:end], bound=True)


def _charged_entries(text: str, t: str, start: int, end: int) -> list[str]:
    """The parties from ``start`` to a duty at ``end`` when one of them is named by its charge
    (CHARGED_PARTY_RE: ``Chánh Thanh tra sở, Thủ trưởng cơ quan được giao thực hiện chức năng
    thanh tra chuyên ngành và người được giao ...``): each entry of the list is a name, its
    verbs included; none when no entry is so named, or the stretch is no list of names (a
    sentence's stop in it, longer than a list)."""
    stretch = t[start:end]
    if len(stretch) > 2 * _RUN or any(mark in stretch for mark in ".;:"):
        return []
    entries = [
        m
        for m in patterns.PARTY_ENTRY_RE.finditer(stretch)
        if m.group().strip() != "hoặc" or stretch[m.end() : m.end() + 1].isupper()
    ]  # ``nhà đầu tư hoặc người được uỷ quyền``: one party; ``... hoặc Thủ trưởng ...``: two
    cuts = [0, *(m.end() for m in entries)]
    seps = [m.start() for m in entries]
    bounds = list(zip(cuts, [*seps, len(stretch)], strict=True))
    by_work = {at for at, stop in bounds if _named_by_work(stretch, at, stop)}
    if not by_work and not any(patterns.CHARGED_PARTY_RE.match(stretch, at) for at in cuts):
        return []
    spans: list[list[int]] = []  # each entry's start and end in ``text``, separators kept out
    for at, stop in bounds:
        piece = stretch[at:stop]
        before = t[spans[-1][0] : spans[-1][1]] if spans else ""
        if (
            spans
            and spans[-1][0] - start in by_work
            and not (
                patterns.UNIT_START_RE.match(stretch, at)
                or patterns.REGULATED_PARTY_RE.match(piece)
            )
        ):
            return []  # ``Các cơ quan kiểm tra, xử lý nghiêm ...``: verbs, no body's name
        if spans and (
            patterns.BARE_HEADS_RE.fullmatch(before)
            or (patterns.HEAD_END_RE.search(before) and patterns.BARE_HEADS_RE.match(piece))
        ):
            # ``Các cơ quan, đơn vị được ...``, ``người đứng đầu cơ quan, tổ chức, đơn vị có ...``
            spans[-1][1] = start + stop
        elif (
            at in by_work
            or patterns.CHARGED_PARTY_RE.match(stretch, at)
            or patterns.UNIT_START_RE.match(stretch, at)
            or patterns.REGULATED_PARTY_RE.match(stretch, at)
        ):
            spans.append([start + at, start + stop])
        elif spans:
            spans[-1][1] = start + stop  # ``Đơn vị được giao quản lý, khai thác ...``
        else:
            return []
    names = [text[a:b] for a, b in spans]
    out = []
    for name in names:
        cut = patterns.CHARGE_END_RE.search(canon_lower(name))
        name = clean_value(name[: cut.start()] if cut is not None else name)
        if name and len(name) <= MAX_UNIT:
            out.append(name)
    return out


def _named_by_work(stretch: str, at: int, stop: int) -> bool:
    """The entry ``stretch[at:stop]`` names a body by its work (FUNCTION_PARTY_RE: ``Cơ quan
    quản lý hoá đơn``) with no verb after the work's own: the name of a party, not a sentence."""
    m = patterns.FUNCTION_PARTY_RE.match(stretch, at, stop)
    if m is None or len(stretch[m.end() : stop].split()) > _WORK_OBJECT:
        return False
    low = canon_lower(stretch[m.end() - 1 : stop])
    if patterns.SUBJECT_CUT_RE.search(low) or patterns.SUBJECT_TRAIL_RE.search(low):
        return False  # ``cơ quan ... phát hiện vi phạm thì phải``: a case before the duty
    return _stop(stretch, m.end() - 1, stop) is None


#: How many words may follow the work a body is named by (``Cơ quan quản lý nhà nước về
#: hoá đơn``): a longer stretch is a sentence about what it does.
_WORK_OBJECT = 6


def _party_verb(t: str) -> re.Match[str] | None:
    """The verb of the subject ``t`` of a duty, after a party's own words when a party opens
    it (``đối tượng *nộp* thuế``, ``người *nộp* thuế`` are names, not verbs)."""
    named = patterns.REGULATED_PARTY_RE.match(t)
    pos = 0
    while named is not None:  # ``Doanh nghiệp, hợp tác xã được cấp giấy phép``: a list of them
        pos = named.end()
        comma = patterns.COMMA_RE.match(t, pos)
        named = patterns.PARTY_LIST_GOES_ON_RE.match(t, comma.end()) if comma is not None else None
    return _verb_past_having(t, pos)


def _verb_past_having(t: str, pos: int) -> re.Match[str] | None:
    """The first verb from ``pos`` but ``có``, which in a bound subject describes the party
    (``Doanh nghiệp có vốn đầu tư nước ngoài``, ``tổ chức, cá nhân có đất bị thu hồi``)."""
    while (verb := _stop(t, pos)) is not None:
        if verb.group().strip().lower() != "có":
            return verb
        pos = verb.end()
    return None


def _before_colon(text: str, t: str) -> list[str] | None:
    """The unit before the item's first colon (``Sở Y tế: ...``); ``[]`` for a member named
    after a caption (``Tổ trưởng: Ông Trần Hữu Tuấn - ...``), None when there is neither."""
    colon = patterns.UNIT_COLON_RE.match(t)
    if colon is None:
        return None
    if patterns.PERSON_RE.match(text, colon.end()):
        # ``Phân công theo dõi ...: - Đồng chí Tô Thị Lan, ...: theo dõi ...``: its list's people
        # own their duties (the bullets, see :func:`_bullet_unit`)
        return None if listed_comrade(text[colon.end() :].lstrip()) else []
    if patterns.ROSTER_CAPTION_RE.match(canon_lower(t[: colon.end()])):
        return []  # ``Hội đồng thẩm định gồm có: ...``: its members, no duty
    if patterns.SCOPE_CAPTION_RE.match(canon_lower(t[: colon.end()])):
        return None  # ``Đối tượng nộp thuế: Các doanh nghiệp ...``: whom the rule is about
    if patterns.OBLIGATION_VERB_RE.search(t, colon.start("unit"), colon.end("unit")):
        return None  # ``Đoàn số 2 do Sở X chủ trì, Công an tỉnh phối hợp: ...``: who leads is said
    if (
        patterns.UNIT_START_RE.match(t)
        and not is_upper(t[:30])
        and not _lists_members(t, colon.end("unit"), colon.end())
    ):
        return split_assignees(text[colon.start("unit") : colon.end("unit")], whole=True) or None
    return None


def _bullet_unit(line: str) -> list[str]:
    """The unit a list line opens with, acting (``- Công an tỉnh tham mưu``) or asked
    (``- Đề nghị Bộ Tư lệnh Vùng Cảnh sát biển 3 tham mưu``)."""
    lt = canon(line)
    bullet = patterns.BULLET_RE.match(lt)
    if bullet is None:
        return []
    start = bullet.start("rest")
    comrade = comrade_heading(line, start)
    if comrade:
        return comrade  # ``- Đồng chí Tô Thị Lan, Phó Giám đốc Sở ...: theo dõi ...``
    colon = lt.find(":", start, start + _BULLET_HEAD)
    duty = colon > start and lt[colon + 1 :].lstrip()[:1].islower()
    head = clean_value(line[start:colon]) if duty else ""
    if head and patterns.UNIT_START_RE.match(head) and unit_name(head, whole=True) == head:
        # ``- Phòng Hành chính quản trị: phát quang ...``: the whole caption is the name, the
        # words that look like a verb in it too; not over names (``- Các sở, ngành: Văn phòng
        # UBND tỉnh, ...``, ``- Ban chỉ đạo: BCĐ``)
        return split_assignees(head, whole=True)
    if _opens_with_unit(lt, start):
        return _who(line, lt, start, acting=True)
    asked = patterns.ASSIGN_RE.match(canon_lower(line), start)
    if asked is None or _a_meeting(line, asked.end()):
        return []
    return _who(line, lt, asked.end())


#: The longest caption a list line opens with before the colon of its unit's duties.
_BULLET_HEAD = 120


def _a_meeting(text: str, pos: int) -> bool:
    """``giao ban`` (a briefing) after the verb, as written; ``Giao Ban Quản lý`` asks a unit."""
    return text.startswith("ban", pos)


def _after_lead(text: str, t: str) -> list[str]:
    """``Căn cứ Kế hoạch này, các sở, ban, ngành xây dựng ...``: the units after a lead phrase,
    which may follow the item's topic (``Về thời gian Đại hội: Sau khi ..., Đoàn Luật sư lâm
    thời tổ chức ...``)."""
    lead = patterns.LEAD_PHRASE_RE.match(t)
    colon = t.find(":", 0, _TOPIC)
    if lead is None and colon > 0 and t[colon + 1 : colon + 3].strip()[:1].isupper():
        lead = patterns.LEAD_PHRASE_RE.match(t, colon + 1)  # a sentence of its own
    if lead is None:
        return []
    limit = _lead_clause_limit(t, lead.end())
    case = patterns.CASE_LEAD_RE.match(t, lead.start())
    if not (case and patterns.THEN_RE.match(t, limit)):  # ``Nếu A, B thì X ...``: X
        for at in _clause_commas(t, lead.end(), limit):
            if _opens_with_unit(t, at):
                return _acting_after(text, t, at)
    then = _after_then(t, limit)
    return _acting_after(text, t, then) if then is not None else []


def _acting_after(text: str, t: str, at: int) -> list[str]:
    """The units acting from ``at``, unless their verb only qualifies them (``Để được áp dụng
    ..., các doanh nghiệp phải có đủ các điều kiện sau:``)."""
    verb = _stop(t, at)
    if verb is not None and patterns.QUALIFIED_RE.match(t, verb.start()) is not None:
        return []
    return _who(text, t, at, acting=True)


def _lead_clause_limit(t: str, start: int) -> int:
    """How far from ``start`` the comma closing a sentence's opening clause is looked for: a
    few words, never past ``thì`` or ``phối hợp với`` (LEAD_CLAUSE_END_RE), nor past the end
    of a sentence that tells what was done (``Năm 2021, toàn huyện đã có ... . Phòng X hướng
    dẫn các hợp tác xã, tổ hợp tác ...``: a comma of the next sentence closes no clause of it;
    a heading's stop may come before the lead's comma: ``Để ứng phó ... cúm. A(H5N1) ..., các
    Trung tâm Y tế ...``)."""
    limit = min(len(t), start + _RUN)
    stop = patterns.FULL_STOP_RE.search(t, start, limit)
    if stop is not None and patterns.PAST_RE.search(canon_lower(t[start : stop.start()])):
        limit = stop.start()
    ended = patterns.LEAD_CLAUSE_END_RE.search(canon_lower(t[start:limit]))
    return start + ended.start() if ended is not None else limit


def _after_then(t: str, at: int) -> int | None:
    """Where a unit opens the main clause right after the ``thì`` at ``at`` (``Trường hợp vượt
    thẩm quyền thì Chủ tịch UBND các xã báo cáo ...``), or None."""
    then = patterns.THEN_RE.match(t, at)
    if then is None or not _opens_with_unit(t, then.end()):
        return None
    return then.end()


def _opens_with_unit(t: str, start: int) -> bool:
    """A unit's name opens ``t`` at ``start`` and does not only make a request of others."""
    if patterns.UNIT_START_RE.match(t, start) is None or is_upper(t[start : start + 30]):
        return False
    asks = patterns.REQUESTER_RE.match(t, start)
    if asks is None:
        return True
    first = _stop(t, start)  # a verb before the request: the unit acts, ``yêu cầu`` is a noun
    return first is not None and first.start() < asks.start("verb") - 1


def _assigned_by_verb(text: str, t: str) -> list[str]:
    """The units a request in the item names (``Giao Sở Y tế ...``); not one the item's unit
    only proposes to its superior (``Sở Xây dựng tham mưu UBND tỉnh giao ... cho ...``)."""
    low = canon_lower(text)
    for m in patterns.ASSIGN_RE.finditer(low):
        if _a_meeting(text, m.end()):
            continue
        if patterns.PROPOSED_BEFORE_RE.search(low, max(0, m.start() - _PROPOSED), m.start()):
            continue
        if patterns.AGENT_BEFORE_RE.search(t, max(0, m.start() - _PROPOSED), m.start()):
            continue  # ``các nhiệm vụ được Ủy ban nhân dân tỉnh giao cho Sở``: a past request
        deputy = _assigned_deputy(text, t, m.end())
        if deputy:
            return deputy
        comrade = patterns.COMRADE_RE.match(t, m.end())  # ``Yêu cầu đồng chí Giám đốc Sở ...``
        who = _who(text, t, comrade.end() if comrade else m.end(), to_end=True)
        if who:
            return who
    return []


def _assigned_deputy(text: str, t: str, pos: int) -> list[str]:
    """The deputy a request names at ``pos`` (ASSIGNED_DEPUTY_RE), up to the deputy's verb or
    what ends a name; none when nothing ends it."""
    m = patterns.ASSIGNED_DEPUTY_RE.match(t, pos)
    if m is None:
        return []
    start = m.start("name")
    verb = _stop(t, m.end())
    end = verb.start() if verb is not None else len(t)
    punct = _name_end(text, t, start, end)
    if punct is not None:
        end = punct
    name = clean_value(text[start:end])
    return (
        [name] if name and (verb is not None or punct is not None) and len(name) <= MAX_UNIT else []
    )


def asked_in(text: str, recipients: list[str], grounds: bool = False) -> list[str] | None:
    """Who a paragraph of a letter without numbered items asks to act: the units named after
    ``Giao``, ``Đề nghị``, ``Yêu cầu``, or ``Kính trình X xem xét, ký ban hành``; the Kính
    gửi ``recipients`` when it asks them without naming them (``Đề nghị quý cơ quan ...``,
    ``Đề nghị bổ sung ...``, ``Ý kiến xin gửi về Bộ Tài chính trước ngày ...``); None when it
    asks nothing.

    A request the paragraph recounts is none: one made before (``Phó Thủ tướng đã giao Bộ
    ...``), or told of a cited letter (``Thực hiện Công văn số ...; trong đó, Bộ Nội vụ đề
    nghị ...``). In ``grounds`` (a paragraph opening ``Căn cứ``, ``Thực hiện``) a request is
    the writer's only in a later sentence or after its own subject (``Căn cứ ..., Bộ Nội vụ
    đề nghị ...``); before that the words belong to what is cited (``về việc giao ...``).
    """
    t = canon(text)
    low = canon_lower(text)
    submit = patterns.SUBMIT_RE.match(t)
    if submit is not None:
        if patterns.VERDICT_ONLY_RE.fullmatch(submit.group("acts").lower()):
            return None  # ``Kính trình UBND tỉnh xem xét, quyết định./.``: the close's formula
        return _who(text, t, submit.start("who"), to_end=True) or None
    for m in patterns.ASSIGN_RE.finditer(low):
        if _a_meeting(text, m.end()) or _recounted(low, m.start(), grounds):
            continue
        if patterns.ADDRESS_FORM_RE.match(low, m.end()):
            return recipients
        who = _who(text, t, m.end(), to_end=True)
        if who:
            return who
        if m.group().startswith("đề") and _opens_its_sentence(low, m.start()):
            return recipients  # ``Đề nghị bổ sung nội dung sau``: the recipients are asked
    if not grounds and patterns.SEND_BACK_RE.match(low):
        return recipients
    return None


def guided_in(text: str) -> list[str]:
    """The units a lead-in guides or directs (``Sở Nội vụ hướng dẫn *các cơ quan, đơn vị, địa
    phương* thực hiện ... như sau:``): they carry out the items after it; its writer, who
    opens it, guides and does none of them."""
    t = canon(text)
    for m in patterns.GUIDES_RE.finditer(t):
        if patterns.UNIT_START_RE.match(t, m.end()):
            return _who(text, t, m.end(), to_end=True)
    return []


#: How far back from a verb of request its sentence's start is looked for (bounded work per
#: match); a connective before a request that names nobody is within a few words.
_SENTENCE_REACH = 400
#: What tells a request as a past event's: ``trong đó``, ``nhận được``, a clause-opening date,
#: a letter sent before (``đã có Công văn số ...``).
_RECOUNTS = (
    patterns.RECOUNTED_RE,
    patterns.RECEIVED_RE,
    patterns.DATED_EVENT_RE,
    patterns.PAST_LETTER_RE,
)
_OPENER_REACH = 40
#: What a list line opens with before its words (``- Đề nghị ...``), spaces included.
_BULLET_MARKS = " -+•·–—*"


def _opens_its_sentence(low: str, pos: int) -> bool:
    """Nothing but a connective or ``kính`` comes before ``pos`` in its sentence."""
    start = _sentence_start(low, max(0, pos - _OPENER_REACH), pos)
    return patterns.ASK_OPENER_RE.fullmatch(low[start:pos].strip(_BULLET_MARKS)) is not None


def _recounted(low: str, pos: int, grounds: bool) -> bool:
    """The request whose verb is at ``pos`` is told, not made: see :func:`asked_in`."""
    lo = max(0, pos - _SENTENCE_REACH)
    start = _sentence_start(low, lo, pos)
    if patterns.PAST_RE.search(low, max(start, pos - _PAST_REACH), pos):
        return True
    sentence = low[start:pos].lstrip(_BULLET_MARKS)
    if any(p.search(sentence) for p in _RECOUNTS):
        return True
    if not grounds or start > lo:
        return False  # a later sentence of the grounds' paragraph is the writer's own
    comma = low.rfind(",", start, pos)
    return comma < 0 or patterns.UNIT_START_RE.match(low, comma + 1) is None


#: How far before ``phối hợp`` a word of the past makes it one (``Sở Nội vụ đã phối hợp``,
#: ``đã chủ động phối hợp``); further back ``đã`` belongs to another verb.
_PAST_REACH = 24


def partners_in(text: str, leads: list[str]) -> list[str]:
    """Units the text names to coordinate (``phối hợp với X``); never one of the leads."""
    t = canon(text)
    low = canon_lower(text)
    out: list[str] = []
    for m in patterns.PARTNER_WITH_RE.finditer(low):
        reach = max(0, m.start() - _PAST_REACH)
        opened = max(low.rfind(". ", reach, m.start()), low.rfind(";", reach, m.start()), reach)
        if patterns.PAST_RE.search(low, opened, m.start()):
            continue  # ``Sở Nội vụ đã phối hợp với các ngành``: a past fact, nobody is asked
        out.extend(_partners_at(text, t, m.end()))
    if "cùng" in low:
        for m in patterns.LEAD_WITH_RE.finditer(t):
            if any(t[: m.start()].endswith(canon(lead)) for lead in leads):
                out.extend(_partners_at(text, t, m.end()))  # ``Phòng X cùng Văn phòng Sở ...``
    out.extend(_coordinators(text, t, low))
    return [name for name in dict.fromkeys(out) if name not in leads]


def _partners_at(text: str, t: str, at: int) -> list[str]:
    """The units named from ``at`` on, up to the end of their clause: a partner never runs
    past a ``;``."""
    clause = text.find(";", at)
    end = clause if clause >= 0 else len(text)
    # ``phối hợp với Sở Công Thương, Tỉnh đoàn và Hiệp hội Doanh nghiệp tỉnh; hoàn thành ...``:
    # the clause's ``;`` ends the names as a verb would.
    return _who(text[:end], t[:end], at, heads=True, to_end=clause >= 0)


#: How far before ``phối hợp`` the units that coordinate are looked for.
_COORDINATORS_REACH = 240


def _coordinators(text: str, t: str, low: str) -> list[str]:
    """The units that are the subject of ``phối hợp`` in a clause of their own, after the lead's
    (``Giao Sở Tài chính chủ trì; Sở Nội vụ, Sở Tư pháp phối hợp thực hiện``). The clause opens
    after ``;`` or a full stop, or after the comma that ends the lead's clause (``Sở X chủ trì,
    Công an tỉnh phối hợp``): the item's first clause names its lead, not a partner."""
    out: list[str] = []
    if "phối" not in low:
        return out  # most items name nobody to coordinate: no scan at every space
    for m in patterns.PARTNER_VERB_RE.finditer(low):
        lo = max(0, m.start() - _COORDINATORS_REACH)
        start = max(low.rfind("; ", lo, m.start()), low.rfind(". ", lo, m.start()))
        comma = low.rfind(", ", max(start, lo), m.start())
        if comma >= 0 and patterns.LEAD_VERB_RE.search(low, max(start, lo), comma):
            start = comma  # ``Sở X chủ trì, Công an tỉnh phối hợp``: the lead's clause ended
        if start < 0:
            continue
        start += 2
        if patterns.PAST_RE.search(low, start, m.start()) or not _opens_with_unit(t, start):
            continue
        out.extend(_who(text[: m.start() + 1], t[: m.start() + 1], start, to_end=True))
    return out


def _who(
    text: str,
    t: str,
    pos: int,
    strong: bool = False,
    acting: bool = False,
    to_end: bool = False,
    subject: bool = False,
    heads: bool = False,
) -> list[str]:
    """The units named from ``pos`` up to their verb; with ``strong`` only an obligation verb,
    with ``acting`` a verb at all (a list line of names only, ``- Lãnh đạo các sở, ban,
    ngành;``, tells who attends or who is meant, not who acts). A ``subject`` (or an acting
    unit) described rather than made to act (``X là cơ quan ...``, ``X do Y bầu ra``, ``X đã
    ...``) is none; a unit asked (``Đề nghị X có ý kiến``) is asked whatever the verb. ``heads``:
    the names are a list of partners, split as a duty's parties are (:func:`split_assignees`)."""
    if not patterns.UNIT_START_RE.match(t, pos):
        return []
    end_of_sentence = patterns.FULL_STOP_RE.search(t, pos)
    limit = end_of_sentence.start() if end_of_sentence else len(t)
    reach = min(limit, pos + _RUN + 20)
    charged = _charged_up_to_duty(text, t, pos, reach)
    if charged:
        return charged  # ``Thủ trưởng cơ quan được giao thực hiện chức năng ... có trách nhiệm``
    if strong:
        stop = _obliged_stop(t, pos, limit)
        if stop is None:
            return []
    else:
        stop = _stop(t, pos)
        if stop is None and acting:
            return []
    if stop is not None and patterns.SUBMISSION_RE.match(t, stop.start()):
        return []  # ``Sở Nội vụ kính trình UBND tỉnh``: it submits, its superior decides
    end = stop.start() if stop else len(t)
    punct = _name_end(text, t, pos, end)
    placed = None  # ``... nơi có đất bị thu hồi`` before the unit's duty (_place_served)
    if punct is not None:
        placed = _place_served(t, punct)
        end = punct
    elif stop is not None:
        placed = _managed_served(t, stop.start())  # ``Cơ quan thuế quản lý doanh nghiệp phải``
    if (acting or subject) and _described(t, pos, end):
        return []  # ``- Ban Chấp hành do Đại hội bầu ra``: a description, not a duty
    if strong and _described(t, pos, end, past=True):
        return []  # ``...; Phòng Nội vụ đã tham mưu kiện toàn ...``: what was done
    who = _without_bare_charged(t, pos, text[pos : placed or end])
    listed = strong or (stop is not None and patterns.OBLIGATION_VERB_RE.match(t, stop.start()))
    # ``Điều 2. Giao Giám đốc Sở X``: the request's unit runs to the end of the item.
    whole = to_end and stop is None and punct is None and len(who) <= MAX_UNIT
    if (
        not who.strip()
        or len(who) > (_LIST if listed else _RUN)
        or (stop is None and punct is None and not whole)
    ):
        return []
    colon = who.find(":")
    if colon > 0 and patterns.UNIT_START_RE.match(t, pos + colon + 1):
        who = who[colon + 1 :]  # ``Các sở, ngành: Văn phòng UBND tỉnh, Sở Tư pháp``: the list
    # A group's duty that _stop found past a clause narrowing the group (_group_duty).
    narrowed = (
        not strong
        and stop is not None
        and patterns.GROUP_DUTY_RE.match(t, stop.start()) is not None
    )
    return split_assignees(
        who, narrowed=narrowed, heads=heads or bool(listed), places=placed is not None
    )


def _obliged_stop(t: str, pos: int, limit: int) -> re.Match[str] | None:
    """The verb that ends the names from ``pos`` when one of them is bound to a duty before
    ``limit`` (OBLIGATION_VERB_RE), or takes on the work the sentence before set with its own
    verb (TAKES_ON_RE: ``... . Phòng X thực hiện, báo cáo ...``); None when neither."""
    stop = patterns.OBLIGATION_VERB_RE.search(t, pos, limit)
    if stop is None:
        own = _stop(t, pos, limit)
        return own if own is not None and patterns.TAKES_ON_RE.match(t, own.start()) else None
    own = _stop(t, pos, stop.start())
    # ``Hội X có văn bản ... xin ý kiến ... và Ban Y để ... phối hợp``: the names end at the
    # first one's own verb, whatever follows
    return own if own is not None else stop


#: How far a place's or a managed party's clause (PLACE_TAIL_RE) may run to its unit's duty.
_PLACE_CLAUSE = 100


def _place_served(t: str, tail: int) -> int | None:
    """Where a name cut at ``tail`` ends instead when the tail names the place the unit serves
    or whom it manages and the unit's duty closes the clause (PLACE_TAIL_RE): at the duty."""
    if patterns.PLACE_TAIL_RE.match(t, tail) is None:
        return None
    return _duty_ahead(t, tail)


def _duty_ahead(t: str, at: int) -> int | None:
    """Where the unit's duty (PLACE_DUTY_RE) closes the clause from ``at``, within a place's
    or a managed party's reach; None when a stop comes first or nothing does."""
    duty = patterns.PLACE_DUTY_RE.search(t, at, at + _PLACE_CLAUSE)
    return duty.start() if duty is not None and t[duty.start()] not in ".;:" else None


def _managed_served(t: str, verb: int) -> int | None:
    """Where a name cut at ``quản lý`` ends instead when whom the unit manages runs straight
    to its duty (``Chi cục Thuế quản lý địa bàn có trách nhiệm``, ``Cơ quan thuế quản lý
    doanh nghiệp phải``): at the duty. A comma, ``và`` or another verb between makes ``quản
    lý`` the unit's own work (``Sở Tài chính quản lý kinh phí và có trách nhiệm ...``)."""
    manages = patterns.MANAGES_RE.match(t, verb)
    duty = _duty_ahead(t, manages.end()) if manages is not None else None
    if manages is None or duty is None:
        return None
    between = t[manages.end() : duty]
    if (
        not between.strip()
        or patterns.MANAGED_BREAK_RE.search(between)
        or patterns.ASSIGNEE_STOP_RE.search(between)
    ):
        return None
    return duty


def _charged_up_to_duty(text: str, t: str, pos: int, reach: int) -> list[str]:
    """The charged parties (:func:`_charged_entries`) from ``pos`` to the first duty before
    ``reach``; the duty is looked for only where a charged party's head is, since this runs
    for every unit of every item."""
    if (
        patterns.CHARGED_PARTY_RE.search(t, pos, reach) is None
        and patterns.FUNCTION_PARTY_RE.match(t, pos, reach) is None
    ):
        return []
    obliged = patterns.OBLIGATION_VERB_RE.search(t, pos, reach)
    bound = patterns.DUTY_BOUND_RE.search(canon_lower(t[pos:reach]))  # a bounded stretch
    duties = [d for d in (obliged and obliged.start(), bound and pos + bound.start()) if d]
    return _charged_entries(text, t, pos, min(duties)) if duties else []


def _without_bare_charged(t: str, pos: int, who: str) -> str:
    """``who`` less its last entry when that is a charged party's head word alone, cut off at
    its charge (``..., Thủ trưởng cơ quan`` before ``được giao thực hiện chức năng ...``): a
    head with its charge lost names nobody."""
    comma, conjunction = who.rfind(", "), who.rfind(" và ")
    entry = max(comma + 2 if comma >= 0 else 0, conjunction + 4 if conjunction >= 0 else 0)
    m = patterns.CHARGED_PARTY_RE.match(t, pos + entry)
    if m is None or m.start("charge") + 1 < pos + len(who.rstrip()):
        return who  # no charged head, or its charge inside the name (``cơ quan có thẩm quyền ...``)
    return who[: max(comma, conjunction, 0)]


#: How far into an item a colon may end the caption of its topic.
_TOPIC = 80
#: How far into an item opened by its topic (``Về ...``) the colon that ends it may be.
_ABOUT = 400

#: How far before a colon its plural unit is looked for, and after it the list's first name.
_NEAR_COLON = 40


def _described(t: str, pos: int, end: int, past: bool = False) -> bool:
    """The unit named at ``pos``..``end`` is described (``X là ...``, ``X do Y bầu ra``) with
    no duty later in its sentence. After a plural (``Thủ trưởng các cơ quan có thành viên tại
    Điều 2 chỉ đạo``) ``có`` opens a relative clause, not a description. With ``past`` only
    what was done counts (``X đã ...``): a duty's verb found further on (``X có văn bản báo
    cáo ...``) is no description of its unit."""
    m = (patterns.TOLD_DONE_RE if past else patterns.DESCRIBING_RE).match(t, end)
    if m is None:
        return False
    if m.group().strip() == "có" and patterns.PLURAL_WORD_RE.search(t, pos, end):
        return False
    if m.group().strip() == "do" and _verb_is(t, m.end(), patterns.LEAD_VERB_RE):
        return True  # ``Đoàn số 1 do Sở Y tế chủ trì: ...``: the agent leads, not the team
    stop = patterns.FULL_STOP_RE.search(t, end, end + _LIST)
    limit = stop.start() if stop else end + _LIST
    return patterns.DUTY_LATER_RE.search(t, end, limit) is None


def _lists_members(t: str, before: int, after: int) -> bool:
    """A colon at ``before``..``after`` that lists the members of a plural unit (``Giám đốc các
    sở: Giáo dục và Đào tạo, Tài chính``), so the names run on past it. Both sides are read
    within a few words of the colon: bounded work for each one."""
    near = t[max(0, before - _NEAR_COLON) : before]
    head = t[after : after + _NEAR_COLON]
    if not (patterns.PLURAL_BEFORE_COLON_RE.search(near) and head.lstrip()[:1].isupper()):
        return False
    low = head.lower()  # ``...: Căn cứ chức năng`` or ``...: Triển khai`` opens a sentence
    return not (patterns.LEAD_PHRASE_RE.match(low) or patterns.ASSIGNEE_STOP_RE.match(low))


def _name_end(text: str, t: str, pos: int, end: int) -> int | None:
    """Where punctuation or a tail ends the names from ``pos``; a colon after a plural unit
    lists its members (``UBND các xã: Đức Trọng, Hiệp Thạnh``) and ends nothing."""
    start = pos
    while True:
        stop = patterns.NAME_END_RE.search(t, start, end)
        if stop is None or t[stop.start()] != ":" or stop.start() <= pos:
            break
        if stop.start() - pos > _LIST or not _lists_members(t, stop.start(), stop.end()):
            break  # ``các cơ quan, đơn vị, địa phương:`` ends the item's first line
        start = stop.end()
    tail = patterns.UNIT_TAIL_RE.search(text, pos, end)
    ends = [m.start() for m in (stop, tail) if m is not None]
    return min(ends) if ends else None
