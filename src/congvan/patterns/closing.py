"""Patterns of the closing: Kính gửi recipients, Nơi nhận, the signer block."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_X = re.VERBOSE

#: ``Kính gửi: Sở Khoa học và Công nghệ.``, ``Kính gửi:`` then a list; also a lost ``Kính``.
RECIPIENTS_RE = re.compile(r"^\s*(?:k[íi]nh\s+)?g[ửu]i\s*:\s*(?P<rest>.*)$", _I)

#: A công điện names its addressees after ``<ISSUER> điện:``: ``VĂN PHÒNG CHÍNH PHỦ điện:``.
CONG_DIEN_RE = re.compile(r"^\s*[^\W\d_][^:]{2,80}?\s+[đd]i[ệe]n\s*:\s*(?P<rest>.*)$", _I)

KINH_GUI_RE = re.compile(r"^\s*k[íi]nh\s+g[ửu]i\b\s*:?\s*(?P<rest>.*)$", _I)

#: ``Nơi nhận:``, ``Nơi nhận :`` (bold italic in the original); ``Nơi gửi:`` in older letters
#: (with its colon: ``Nơi gửi tờ khai:`` on a form says where a return goes).
DISTRIBUTION_RE = re.compile(r"^\s*n[ơo]i\s+(?:nh[ậa]n\s*:?|g[ửu]i\s*:)\s*(?P<rest>.*)$", _I)

#: A list entry: ``- Như trên;``, ``+ Sở Tài chính``, ``• UBND tỉnh``.
BULLET_RE = re.compile(r"^\s*(?:[-+•·–—]\s*|\*\s+)(?P<rest>.*)$")

#: A purpose note ending a distribution entry: ``(để b/c)``, ``(B/c)``, ``(b/cáo)``, ``(t/h)``,
#: ``(Báo cáo)``, ``(góp ý)``; a space after the bracket as older lists type it (``( b/c)``).
PURPOSE_NOTE_RE = re.compile(
    r"""\s*\(\s*(?P<note>
        [đd][ểe]\b[^()]*
      | (?:[bđtpđ](?:/[^\W\d_]{1,4}){1,3})
      | b[áa]o\s+c[áa]o | th[ựu]c\s+hi[ệe]n | ph[ốo]i\s+h[ợo]p | bi[ếe]t | ch[ỉi]\s+[đd][ạa]o | g[óo]p\s+[ýy]
      | theo\s+d[õo]i | gi[áa]m\s+s[áa]t | tr[ìi]nh | t/h | p/h
    )\)\s*[;,.]?\s*$""",
    _I | _X,
)

#: ``Lưu: VT, NC.``, ``Lưu VT``, ``Lưu Văn phòng`` (Party style).
ARCHIVE_ENTRY_RE = re.compile(r"^\s*[-+•]?\s*l[ưu]u\b", _I)

#: Signing authority prefixes: ``TM. ỦY BAN NHÂN DÂN``, ``KT. CHỦ TỊCH``, ``TL. BỘ TRƯỞNG``,
#: ``TUQ. CHỦ TỊCH``, ``Q. GIÁM ĐỐC``, ``PP.``, Party ``T/M``, ``K/T``, ``T/L``, old ``KT/ bộ trưởng``.
AUTHORITY_RE = re.compile(
    r"^\s*(?P<prefix>TM|KT|TL|TUQ|TTL|Q|PP|T/M|K/T|T/L|T\.M|K\.T|T\.L)(?:\s*[./]\s*|\s+)(?P<of>[^\W\d_].*)$",
    _I,
)

#: What the signer line may carry besides the name: ``(Đã ký)``, ``Đã ký``, ``(đã ký và đóng
#: dấu)``, a transcript's ``(ký tên, đóng dấu)``, ``(ký, đóng dấu)``. Without its bracket the
#: note is its own words, a colon after them or not: ``Đã ký: Trần Thị Bình`` keeps the name.
SIGNED_NOTE_RE = re.compile(
    r"\(\s*[đd][ãa]\s+k[ýy]\b[^)]*\)?"
    r"|[đd][ãa]\s+k[ýy]\b(?:\s+v[àa]\s+[đd][óo]ng\s+d[ấa]u\b)?(?:\s*[:)])?"
    r"|\(\s*k[ýy](?:\s+t[êe]n)?\s*(?:[,)]|v[àa]\s)[^)]*\)?",
    _I,
)

#: Marks without a letter at either end of a signer line: the strokes of a signature read by
#: OCR (``_ Nguyễn Đức Vũ``, ``Trần Thanh Tài ⁄⁄``).
#: A word of them, ``fullmatch``ed word by word from each end (a pattern over the whole line
#: backtracked on a long one: quadratic).
NAME_EDGE_JUNK_RE = re.compile(r"(?:[^\w\s]|[\d_])+")

#: What a website appends to a document it copies: ``Copyright ©2010, LawSoft Corp.``,
#: ``Nguồn: ...``; never the letter's own last line.
WEB_FOOTER_RE = re.compile(r"^\s*(?:copyright\b|©|b[ảa]n\s+quy[ềe]n\b|ngu[ồo]n\s*:)", _I)

#: The end of a position's line whose name goes on below (``VỤ TRƯỞNG VỤ PHỔ BIẾN,`` over
#: ``GIÁO DỤC PHÁP LUẬT``; ``GIÁM ĐỐC SỞ LAO ĐỘNG -`` over ``THƯƠNG BINH VÀ XÃ HỘI``): the
#: comma, or the dash with its space, as the joined position keeps it.
POSITION_WRAP_RE = re.compile(r"(?:,|\s[-–])\s*$")

#: Words of a position title, never of a person's name: ``TRƯỞNG PHÒNG``, ``PHÓ CHỦ TỊCH``,
#: ``THƯỜNG TRỰC`` (the second line of ``PHÓ CHỦ TỊCH`` / ``THƯỜNG TRỰC``), a biên bản's
#: ``THƯ KÝ`` and ``CHỦ TỌA``.
POSITION_WORD_RE = re.compile(
    r"\b(?:th[ườư][ờo]ng\s+(?:tr[ựu]c|v[ụu])|th[ưu]\s+k[ýy]|ch[ủu]\s+t[ọo]a|th[ủu]\s+t[ướư][ớo]ng|tr[ưu][ởo]ng|ph[óo]|gi[áa]m\s+[đd][ốo]c|ch[ủu]\s+t[ịi]ch|b[íi]\s+th[ưu]|ch[áa]nh|th[ứu]|[ủu]y\s+vi[êe]n|ch[ủu]\s+nhi[ệe]m|t[ổo]ng|c[ụu]c|v[ụu]|ban|s[ởo]|ph[òo]ng|[ủu]y\s+ban|v[ăa]n\s+ph[òo]ng|thanh\s+tra|qu[ảa]n\s+l[ýy]|k[ếe]\s+to[áa]n|th[ủu]\s+qu[ỹy]|hi[ệe]u)\b",
    _I,
)

#: A position whose marks OCR lost or changed (``THƯ TRƯƠNG`` for ``THỨ TRƯỞNG``, which
#: could as well be ``THỦ TRƯỞNG``): in capitals alone on its line it looks like a name, but
#: its letters are a position's. Matched whole on :func:`congvan.normalize.plain` text.
POSITION_PLAIN_RE = re.compile(
    r"\s*(?:pho\s+)?(?:thu\s+truong|bo\s+truong|thu\s+tuong|tong\s+giam\s+doc|giam\s+doc"
    r"|chu\s+tich|chanh\s+van\s+phong|chanh\s+thanh\s+tra|truong\s+ban|truong\s+phong"
    r"|(?:tong\s+|chi\s+)?cuc\s+truong|vu\s+truong|vien\s+truong|hieu\s+truong|bi\s+thu"
    r"|chu\s+nhiem|uy\s+vien|tong\s+thanh\s+tra)\s*"
)

#: Ranks written before a name in the armed forces and police, and the academic titles and
#: degrees a signer puts there (``PGS.TS Lê Quang Minh``, ``TS. Trần Văn B``, ``ThS.``,
#: ``BSCKII``, ``BS.CKII``): none of them is the person's name. A degree is its letters as written, a
#: dot after them or not, before a capitalised name; in mixed case with its dot (``Ks.``, ``Bs.``,
#: ``Ths.``), or spelt out (``Kỹ sư``, ``Bác sĩ``, ``Luật sư``, ``Nhà giáo ưu tú``).
_RANK = r"""(?:(?:[ĐđDd][ạa]i|Th[ượư][ợo]ng|Trung|Thi[ếe]u)\s+(?:t[ướư][ớo]ng|t[áa]|[úu]y)
        |[ĐđDd][ôo]\s+[đd][ốo]c|Ph[óo]\s+[đd][ôo]\s+[đd][ốo]c|Chu[ẩa]n\s+[đd][ôo]\s+[đd][ốo]c
        |(?:(?:P?GS|TSKH|TS|ThS|BS(?:CK(?:II|I|1|2))?|CK(?:II|I|1|2)|DS|KS|NGƯT|NGND)\.?\s*
          |(?:Pgs|Gs|Ts|Ths|Bs|Ds|Ks)\.\s*){1,3}(?<=[.\s])
        |(?:Phó\s+)?Giáo\s+sư|(?:Kỹ|Kĩ|Kiến\s+trúc|Luật)\s+sư|(?:Bác|Dược|Thạc|Tiến)\s+s[ĩỹ]
        |Nhà\s+giáo\s+(?:ưu\s+tú|nhân\s+dân)|Thầy\s+thuốc\s+(?:ưu\s+tú|nhân\s+dân))"""

#: ... a rank and a degree together, a comma between (``Thiếu tướng, GS.TSKH. Phạm Đình
#: Lương``) or not (``Đại tá, TS. ...``).
RANK_RE = re.compile(
    rf"""^(?P<rank>{_RANK}(?:\s*,?\s*{_RANK})*)
        \s*(?P<name>[A-ZĐÀ-Ỹ]\S*\s.*)$""",
    _X,
)

#: A signature of the Party's bodies: ``T/M BAN THƯỜNG VỤ`` over ``BÍ THƯ``, ``T/M ĐẢNG ỦY``,
#: ``T/L BAN CHẤP HÀNH``, ``TỈNH ỦY``, ``CHI BỘ``. Case-insensitive, on ``canon`` text.
PARTY_SIGN_RE = re.compile(
    r"\b(?:ban\s+th[ườư][ờo]ng\s+v[ụu]|ban\s+ch[ấa]p\s+h[àa]nh|[đd][ảa]ng|chi\s+b[ộo]|b[íi]\s+th[ưu]"
    r"|(?:t[ỉi]nh|th[àa]nh|huy[ệe]n|qu[ậa]n|th[ịi]|c[ấa]p)\s+(?:[ủu]y|u[ỷy]))\b",
    re.IGNORECASE,
)

#: Recipients written on one line: ``Kính gửi: Sở A; Sở B``.
NAME_LIST_SEP_RE = re.compile(r"\s*;\s*(?:[-+•]\s*)?")

#: A purpose note left after an entry's ``;`` in a collapsed cell, where the printed letter
#: had a brace over the group: ``- Bộ LĐTBXH; (báo cáo) - Thường trực ...``.
NOTE_AFTER_SEP_RE = re.compile(r";\s*(\([^()]{1,30}\))\s*(?=[-+•])")

#: Nơi nhận entries collapsed on one line: ``- A; - B``, ``- B. - Lưu: VT``.
ENTRY_SEP_RE = re.compile(r";\s*(?=[-+•]\s*\S)|\.\s+(?=[-+•]\s*l[ưu]u\b)", _I)

#: A whole Nơi nhận written on its head line as a comma list, as some transcripts keep it:
#: ``Nơi nhận: Như trên, TT Đảng uỷ xã (b/c), Lưu VP.`` (LIST_ON_HEAD_RE says it is one: it
#: opens with ``Như trên`` or ends with a ``Lưu`` entry); each comma before a capital then
#: starts an entry (INLINE_ENTRY_SEP_RE).
LIST_ON_HEAD_RE = re.compile(r"^\s*nh[ưu]\s+tr[êe]n\s*,|,\s*l[ưu]u\b[^,]*$", _I)
INLINE_ENTRY_SEP_RE = re.compile(r",\s+(?=[A-ZĐ])")

#: The caption over the signer of a party to a biên bản or a contract: ``ĐẠI DIỆN BAN QUẢN LÝ
#: DỰ ÁN`` over ``TRƯỞNG BAN``, ``ĐẠI DIỆN BÊN A``. It names the party, not the signer's position.
#: Case-insensitive, on ``canon`` text.
REPRESENTING_RE = re.compile(r"^\s*[đd][ạa]i\s+di[ệe]n\b", _I)
