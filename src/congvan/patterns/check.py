"""Patterns of ``congvan check``: the forms NĐ 30/2020 (Phụ lục I) prescribes, read loosely
enough to find a line written wrong and strictly enough to say that it is."""

from __future__ import annotations

import re

_I = re.IGNORECASE

#: The quốc hiệu in any spelling or case: ``Cộng hoà xã hội chủ nghĩa Việt Nam``.
NATIONAL_NAME_RE = re.compile(
    r"c[ộo]ng\s+h[òoà][aà]?\s+x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam", _I
)

#: The tiêu ngữ in any spelling: ``Độc lập – Tự do – Hạnh phúc``.
MOTTO_ANY_RE = re.compile(r"[đd][ộo]c\s+l[ậa]p\W+t[ựu]\s+do\W+h[ạa]nh\s+ph[úu]c", _I)

#: Dashes other than the hyphen between the phrases of the tiêu ngữ.
LONG_DASH_RE = re.compile(r"[–—]")

#: The head of the number line: ``Số``, its colon if any, and what follows.
NUMBER_HEAD_RE = re.compile(r"^\s*(?P<word>s[ốô])(?P<colon>\s*:)?\s*(?P<rest>.*)$", _I)

#: Spaces around the ``/`` and ``-`` of a ký hiệu: ``15 / QĐ - UBND``.
SYMBOL_SPACE_RE = re.compile(r"\s[/-]|[/-]\s")

#: A date written out: ``ngày 05 tháng 3 năm 2025`` (the day may be left blank in a draft).
DATE_WORDS_RE = re.compile(
    r"ng[àa]y\s+(?P<day>\d{1,2})?\s*th[áa]ng\s+(?P<month>\d{1,2})\s+n[ăa]m\s+(?P<year>\d{4})", _I
)

#: A date written in figures: ``05/02/2026``, ``5-2-2026``.
DATE_FIGURES_RE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b")

#: How a công văn's subject opens: ``V/v``, and the misspellings ``V/V``, ``v/v``, ``V.v``.
VV_ANY_RE = re.compile(r"^\s*(?P<vv>v\s*[/.]\s*v)\b", _I)

#: An authority line in any form: the prefix, what joins it to the title, the title.
AUTHORITY_ANY_RE = re.compile(
    r"^\s*(?P<prefix>TM|KT|TL|TUQ|Q|T/M|K/T|T/L)(?P<join>\s*[./]?\s*)(?P<title>[^\W\d_].*)$", _I
)

#: The authority written out in words: ``Thay mặt``, ``Ký thay``, ``Thừa lệnh``, ``Thừa ủy quyền``.
AUTHORITY_WORDS_RE = re.compile(
    r"^\s*(?:thay\s+m[ặa]t|k[ýy]\s+thay|th[ừu]a\s+l[ệe]nh|th[ừu]a\s+[ủu]y\s+quy[ềe]n)\s+\S", _I
)

#: An academic or honorary title before a signer's name: ``TS.``, ``ThS.``, ``PGS.TS.``.
ACADEMIC_TITLE_RE = re.compile(r"^(?:(?:PGS|GS|TS|ThS|BS|KS|NGƯT|NGND)\.\s*)+", _I)

#: The archive entry closing the Nơi nhận: ``Lưu: VT, NC.`` (the drafter's initials may follow).
ARCHIVE_LINE_RE = re.compile(r"^\s*-?\s*l[ưu]u(?P<colon>\s*:)?\s*(?P<rest>.*)$", _I)

#: ``Như trên`` as the first Nơi nhận entry of a letter with a Kính gửi.
AS_ABOVE_RE = re.compile(r"^\s*-?\s*nh[ưu]\s+tr[êe]n\b", _I)

#: The Party's own heading in place of the quốc hiệu: ``ĐẢNG CỘNG SẢN VIỆT NAM``.
PARTY_NAME_RE = re.compile(r"^\W*[đd][ảa]ng\s+c[ộo]ng\s+s[ảa]n\s+vi[ệe]t\s+nam\W*$", _I)

#: A part of a document referred to in running text, written in the wrong case: ``điều 5``
#: (``Điều`` takes a capital) and ``Khoản 2 Điều 5``, ``Điểm a khoản 2`` inside a sentence
#: (``khoản``, ``điểm`` do not).
PART_LOWER_RE = re.compile(r"\b(?P<word>điều|chương)\s+(?=\d|[IVXL]+\b)")
PART_UPPER_RE = re.compile(
    r"(?<=[^\W\d_,;:.]\s)(?P<word>Khoản|Điểm)\s+(?:\d+|[a-zđ])\s+(?:khoản|Khoản|điều|Điều)\b"
)

#: A place written short: ``TP. HCM``, ``Tp.Hồ Chí Minh``, ``TX. ...``.
PLACE_SHORT_RE = re.compile(r"^\s*(?:tp|tx|tt|q|h)\s*\.|\bHCM\b", _I)

#: Abbreviations that may stand in a parent organ's name only: ``UBND``, ``HĐND``.
ORGAN_SHORT_RE = re.compile(r"\b(?:UBND|HĐND|MTTQ|TP\.|BCH)\b")

#: A deputy's title: ``PHÓ GIÁM ĐỐC``, ``THỨ TRƯỞNG``.
DEPUTY_RE = re.compile(r"^\s*(?:ph[óo]|th[ứu]\s+tr[ưu][ởo]ng)\b", _I)

#: ``Kính gửi:`` opening the first recipient's line.
KINH_GUI_HEAD_RE = re.compile(r"^\s*k[íi]nh\s+g[ửu]i\s*:?\s*", _I)

#: ``Số`` not followed by its colon (``--fix`` adds it) and a one-digit number before ``/``
#: (``--fix`` adds its 0).
NUMBER_NO_COLON_RE = re.compile(r"^(\s*S[ốô])\s*(?!:)")
NUMBER_ONE_DIGIT_RE = re.compile(r"^(\s*S[ốô]\s*:?\s*)(\d)(?=\s*/)")

#: A PAGE field's code (not NUMPAGES or PAGEREF), and the page count Word saved in
#: ``docProps/app.xml``.
PAGE_FIELD_RE = re.compile(r"^\s*PAGE\b")
SAVED_PAGES_RE = re.compile(rb"<(?:\w+:)?Pages>(\d+)</")
