"""Every regular expression congvan uses, compiled once, with an example each.

Patterns that match Vietnamese words are written in the new tone placement
(``hòa``, ``ủy``) and run on :func:`congvan.normalize.canon` text with
``re.IGNORECASE``, so ``HOÀ``, ``Uỷ ban`` and ``uỷ ban`` all match. Python's
``re`` folds case for Vietnamese letters (``Ố``/``ố``) in ``str`` patterns.

The patterns run on every body paragraph (deadlines, citations, their hints) are
instead written in lower case, compiled *without* ``IGNORECASE`` and run on
:func:`congvan.normalize.canon_lower` text: they find the same spans many times
faster. Their comments say so; their groups are sliced from the canon or original
text. ``re`` skips ahead to a possible first character only when the pattern starts
with one (a character, a class) or with alternatives that each start with a plain
character; a class such as ``[đd]`` opening an alternative, an optional part, a
look-behind or ``^`` in one alternative make it try every position. The hot patterns
are written so (``đ[ếe]n|d[ếe]n``, look-behinds after the first letter).
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
_X = re.VERBOSE

# --- normalization ------------------------------------------------------------------------

#: A character the first normalization step maps (``normalize._TABLE``: exotic spaces,
#: zero-width characters and soft hyphen, look-alikes of ``Đ`` and ``-``); the text is
#: mapped only where one occurs. A test keeps the two lists equal.
NORMALIZE_MAPPED_RE = re.compile(
    "[\u00a0\u2000-\u200a\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\u00d0\u00f0\u2010\u2011]"
)

#: ``<https://www.facebook.com/ubnd>`` -> ``https://www.facebook.com/ubnd``
MD_LINK_RE = re.compile(r"<(?P<url>(?:https?|ftp)://[^>\s]+)>")
#: ``**Mọi thông tin ...**`` -> ``Mọi thông tin ...``
MD_STRONG_RE = re.compile(r"\*\*(?P<inner>[^*\n]+?)\*\*")
#: ``(*Theo dõi trang*)`` -> ``(Theo dõi trang)``; a lone ``*`` (Party headers) stays.
MD_EM_RE = re.compile(r"(?<![\w*])\*(?P<inner>[^*\s][^*\n]*?)\*(?![\w*])")
#: Old tone placement at a word end: ``hoà``, ``uỷ``, ``khoẻ`` (not ``quý``, where ``u`` is
#: part of the consonant ``qu``). ``canon`` runs it on every new string: both cases are spelled
#: out instead of ``IGNORECASE``, and each alternative starts with a letter (``qu`` is checked
#: behind the ``u``), so that ``re`` can skip to an ``o`` or a ``u``.
OLD_TONE_RE = re.compile(
    r"""(?:o[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ] | O[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]
      | u(?<![qQ]u)[ỳýỷỹỵỲÝỶỸỴ] | U(?<![qQ]U)[ỳýỷỹỵỲÝỶỸỴ]
    )(?![^\W\d_])""",
    _X,
)
#: Bullets at the start of a value: ``- Như trên``, ``+ Sở Tài chính``, ``• A``.
LEADING_BULLET_RE = re.compile(r"^(?:[-+•·*–—]+|\.(?!\d))\s*")
#: End punctuation of a value: ``Như trên;``, ``triển khai thực hiện./.``. It starts at the
#: first mark, so that ``re`` skips from mark to mark instead of trying every position; the
#: spaces before the mark are left to ``clean_value``'s ``strip()``.
TRAILING_PUNCT_RE = re.compile(r"[;,.](?:(?<=\.)/\.)?(?:\s*(?:\./\.|[;,.]))*\s*$")

# --- Word reader -----------------------------------------------------------------------

#: A page-header line that says nothing but its page number once field results of
#: ``PAGE`` are dropped: ``Trang``, ``- 2 -``, ``3/5``, an empty line.
PAGE_ONLY_RE = re.compile(r"^\W*(?:trang\b)?[\d\s/.\-–—]*$", _I)

# --- header -------------------------------------------------------------------------------

#: ``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``, ``Độc lập - Tự do - Hạnh phúc``,
#: ``ĐẢNG CỘNG SẢN VIỆT NAM`` (Party documents carry no motto).
MOTTO_RE = re.compile(
    r"""^\W*(?:
        c[ộo]ng\s+h[òo]a\s+x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam
      | đ[ộo]c\s+l[ậa]p\s*[-–—]+\s*t[ựu]\s+do\s*[-–—]+\s*h[ạa]nh\s+ph[úu]c
      | đ[ảa]ng\s+c[ộo]ng\s+s[ảa]n\s+vi[ệe]t\s+nam
    )\W*$""",
    _I | _X,
)
#: A form's code printed above the header: ``Mẫu 01-ĐGCL``, ``Mẫu số 14``.
FORM_CODE_RE = re.compile(r"^\s*m[ẫa]u\s+(?:s[ốo]\s+)?\S+\s*$", _I)
#: Rules drawn with characters under names: ``-------``, ``_____``, ``*``, ``***``.
RULE_RE = re.compile(r"^[\s\-–—_=*.~•]*$")
#: ``Số: 1234/SNV-CCHC``, ``SỐ: 12``, ``Số 36-HD/VPTW`` (Party: no colon), ``Số:      /UBND-NC``;
#: laws and resolutions name themselves: ``Luật số: 56/2010/QH12``, ``Nghị quyết số: 12/NQ-HĐND``.
NUMBER_LINE_RE = re.compile(
    r"^\s*(?:(?:b[ộo]\s+)?lu[ậa]t\s+|ph[áa]p\s+l[ệe]nh\s+|ngh[ịi]\s+quy[ếe]t\s+|l[ệe]nh\s+)?"
    r"s[ốô]\s*(?:[:.]|(?=\s*[\d/]))\s*(?P<body>.*)$",
    _I,
)
#: The number body after cleaning spaces around ``/`` and ``-``:
#: ``1234/SNV-CCHC``, ``/UBND-NC``, ``30/2020/NĐ-CP``, ``/2025/TT-BTC``, ``05a/QĐ-UBND``.
STATE_NUMBER_RE = re.compile(
    r"""^(?P<num>\d[\d.]*[a-zA-Z]?)?/
        (?:(?P<year>(?:19|20)\d\d)/)?
        (?P<sym>[^\W\d_][\w&.]*(?:-[\w&.()]+)*)$""",
    _X,
)
#: Party numbers: ``36-HD/VPTW``, ``12-CV/HU``, ``156-CV/TĐTN-BCTĐ&TTN``, blank ``-CV/HU``.
PARTY_NUMBER_RE = re.compile(
    r"^(?P<num>\d[\d.]*[a-zA-Z]?)?-(?P<sym>[^\W\d_][\w&]*/[^\W_][\w&.]*(?:-[\w&.]+)*)$"
)
#: ``Lâm Đồng, ngày 28 tháng 6 năm 2025``, ``Hà Nội, ngày   tháng   năm 2025``,
#: ``Tam Đường, ngày tháng 8 năm 2021``, ``Hà Nội, ngày 03/4/2018``.
PLACE_DATE_RE = re.compile(
    r"""^\s*(?P<place>[^\W\d_][^,;:]{0,60}?)\s*,\s*
        (?P<date>ng[àa]y\b.*?(?:n[ăa]m\s*(?P<y>\d{4})|(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4})))
        \s*[.;]?\s*$""",
    _I | _X,
)
#: A place with a date left wholly blank, year included: ``Hà Nội, ngày tháng năm``.
PLACE_BLANK_DATE_RE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^,;:]{0,60}?)\s*,\s*ng[àa]y[\s.…_]*th[áa]ng[\s.…_]*n[ăa]m[\s.…_]*$", _I
)
#: The parts of a long date, any of day and month blank: ``ngày 05 tháng 8 năm 2021``,
#: ``ngày   tháng 8 năm 2021``, ``ngày … tháng … năm 2025``.
LONG_DATE_PARTS_RE = re.compile(
    r"ng[àa]y\s*(?P<d>\d{1,2})?[\s.…_]*th[áa]ng\s*(?P<m>\d{1,2})?[\s.…_]*n[ăa]m\s*(?P<y>\d{4})", _I
)
#: What a signing stamp writes into a printed blank of a PDF: the number or the day.
STAMPED_NUMBER_RE = re.compile(r"[0-9]+")
#: The year of a date whose day and month are in neither form above (``tháng Tám``).
DATE_YEAR_RE = re.compile(r"n[ăa]m\s*(?P<y>\d{4})", _I)
#: Urgency marks (ô 10b): ``KHẨN``, ``THƯỢNG KHẨN``, ``HỎA TỐC``, ``HỎA TỐC HẸN GIỜ``.
URGENCY_RE = re.compile(
    r"^\W*(?P<mark>h[ỏo]a\s+t[ốo]c\s+h[ẹe]n\s+gi[ờo]|h[ỏo]a\s+t[ốo]c|th[ượư]ợ?ng\s+kh[ẩa]n|kh[ẩa]n)\W*$",
    _I,
)
#: Confidentiality marks (ô 10a): ``MẬT``, ``TỐI MẬT``, ``TUYỆT MẬT``.
SECRECY_RE = re.compile(r"^\W*(?P<mark>tuy[ệe]t\s+m[ậa]t|t[ốo]i\s+m[ậa]t|m[ậa]t)\W*$", _I)
#: Draft markers above the title: ``DỰ THẢO``, ``DỰ THẢO 2``, ``(Dự thảo lần 3)``.
DRAFT_RE = re.compile(r"^\W*d[ựu]\s+th[ảa]o\b[\w\s.]*\W*$", _I)
#: Subject lead words removed from the trích yếu: ``V/v``, ``V/v:``, ``Về việc``, ``Về``.
SUBJECT_LEAD_RE = re.compile(
    r"^\s*[\"“]?\s*(?:v\s*/\s*v\b\s*:?|v[ềe]\s+vi[ệe]c\b\s*:?|v[ềe]\b\s*:?)\s*", _I
)
#: ``V/v`` written after the number in a merged cell: ``Số: 2638/LĐTBXH-KHTC V/v ...``.
VV_INLINE_RE = re.compile(r"(?<!\w)v\s*/\s*v\b", _I)
#: Where a công văn's subject starts: ``V/v tăng cường ...``, ``Về việc ...``, ``“V/v ...”``.
VV_LINE_RE = re.compile(r"^\s*[\"“]?\s*(?:v\s*/\s*v\b|v[ềe]\s+vi[ệe]c\b)", _I)
#: Organ lines that start a new body in a header: ``SỞ NỘI VỤ`` under ``UBND TỈNH``.
ORGAN_HEAD_RE = re.compile(
    r"""^\s*(?:
        s[ởo]\b | ph[òo]ng\b | ban\b | v[ăa]n\s+ph[òo]ng\b | trung\s+t[âa]m\b | c[ụu]c\b
      | t[ổo]ng\s+c[ụu]c\b | chi\s+c[ụu]c\b | v[ụu]\b | tr[ườu][ờo]ng\b | b[ệe]nh\s+vi[ệe]n\b
      | [đd][àa]i\b | h[ộo]i\b | c[ôo]ng\s+an\b | [ủu]y\s+ban\b | ubnd\b | b[ộo]\b
      | t[ỉi]nh\s+[ủu]y\b | huy[ệe]n\s+[ủu]y\b | th[àa]nh\s+[ủu]y\b | [đd][ảa]ng\s+[ủu]y\b
      | [đd][ảa]ng\s+b[ộo]\b | chi\s+b[ộo]\b | thanh\s+tra\b | kho\s+b[ạa]c\b | b[ộo]\s+ch[ỉi]\s+huy\b
      | h[ộo]i\s+[đd][ồo]ng\b | t[ổo]\b | [đd]o[àa]n\b | li[êe]n\s+[đd]o[àa]n\b | vi[ệe]n\b
      | h[ọo]c\s+vi[ệe]n\b | t[ổo]ng\s+c[ôo]ng\s+ty\b | c[ôo]ng\s+ty\b | qu[ỹy]\b | ng[âa]n\s+h[àa]ng\b
      | t[òo]a\s+[áa]n\b | vi[ệe]n\s+ki[ểe]m\s+s[áa]t\b | m[ặa]t\s+tr[ậa]n\b
      | ch[íi]nh\s+ph[ủu]\b | qu[ốo]c\s+h[ộo]i\b | th[ủu]\s+t[ướư][ớo]ng\b | ch[ủu]\s+t[ịi]ch\b
    )""",
    _I | _X,
)

# --- title, preamble ------------------------------------------------------------------------

#: The line ``QUYẾT ĐỊNH:`` (or ``QUYẾT NGHỊ:``, ``CHỈ THỊ:``) that opens the articles.
ENACTING_RE = re.compile(
    r"^\s*(?:quy[ếe]t\s+[đd][ịi]nh|quy[ếe]t\s+ngh[ịi]|ch[ỉi]\s+th[ịi])\s*:\s*$", _I
)
#: Preamble grounds: ``Căn cứ ...``, ``Xét đề nghị ...``, ``Theo đề nghị ...``, ``Thực hiện ...``.
BASIS_RE = re.compile(
    r"""^\s*[-+•]?\s*(?:
        (?P<can_cu>c[ăa]n\s+c[ứu]\b)
      | (?P<de_nghi>(?:x[ée]t|theo)\s+(?:[đd][ềe]\s+ngh[ịi]|t[ờo]\s+tr[ìi]nh|b[áa]o\s+c[áa]o|[ýy]\s+ki[ếe]n)\b|x[ée]t\s+[đd][ơo]n\b)
      | (?P<thuc_hien>th[ựu]c\s+hi[ệe]n\b)
    )""",
    _I | _X,
)
#: Where a paragraph starts a second ground: a lead phrase after ``;`` or ``.``:
#: ``... Luật Luật sư. Căn cứ hồ sơ ...``, ``...; Xét đề nghị của ...``.
BASIS_SPLIT_RE = re.compile(
    r"(?:[.;]\s+)(?=(?:c[ăa]n\s+c[ứu]|x[ée]t\s+(?:[đd][ềe]\s+ngh[ịi]|t[ờo]\s+tr[ìi]nh)|theo\s+[đd][ềe]\s+ngh[ịi]|th[ựu]c\s+hi[ệe]n)\b)",
    _I,
)

# --- recipients, closing ----------------------------------------------------------------------

#: ``Kính gửi: Sở Khoa học và Công nghệ.``, ``Kính gửi:`` then a list; also a lost ``Kính``.
RECIPIENTS_RE = re.compile(r"^\s*(?:k[íi]nh\s+)?g[ửu]i\s*:\s*(?P<rest>.*)$", _I)
#: A công điện names its addressees after ``<ISSUER> điện:``: ``VĂN PHÒNG CHÍNH PHỦ điện:``.
CONG_DIEN_RE = re.compile(r"^\s*[^\W\d_][^:]{2,80}?\s+[đd]i[ệe]n\s*:\s*(?P<rest>.*)$", _I)
KINH_GUI_RE = re.compile(r"^\s*k[íi]nh\s+g[ửu]i\b\s*:?\s*(?P<rest>.*)$", _I)
#: ``Nơi nhận:``, ``Nơi nhận :`` (bold italic in the original).
DISTRIBUTION_RE = re.compile(r"^\s*n[ơo]i\s+nh[ậa]n\s*:?\s*(?P<rest>.*)$", _I)
#: A list entry: ``- Như trên;``, ``+ Sở Tài chính``, ``• UBND tỉnh``.
BULLET_RE = re.compile(r"^\s*(?:[-+•·–—]\s*|\*\s+)(?P<rest>.*)$")
#: A purpose note ending a distribution entry: ``(để b/c)``, ``(B/c)``, ``(t/h)``, ``(Báo cáo)``.
PURPOSE_NOTE_RE = re.compile(
    r"""\s*\((?P<note>
        [đd][ểe]\b[^()]*
      | (?:[bđtpđ](?:/[a-zđ]{1,3}){1,3})
      | b[áa]o\s+c[áa]o | th[ựu]c\s+hi[ệe]n | ph[ốo]i\s+h[ợo]p | bi[ếe]t | ch[ỉi]\s+[đd][ạa]o
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
#: What the signer line may carry besides the name: ``(Đã ký)``, ``Đã ký``, ``(đã ký và đóng dấu)``.
SIGNED_NOTE_RE = re.compile(r"\(?\s*[đd][ãa]\s+k[ýy]\b[^)]*\)?", _I)
#: Words of a position title, never of a person's name: ``TRƯỞNG PHÒNG``, ``PHÓ CHỦ TỊCH``.
POSITION_WORD_RE = re.compile(
    r"\b(?:th[ủu]\s+t[ướư][ớo]ng|tr[ưu][ởo]ng|ph[óo]|gi[áa]m\s+[đd][ốo]c|ch[ủu]\s+t[ịi]ch|b[íi]\s+th[ưu]|ch[áa]nh|th[ứu]|[ủu]y\s+vi[êe]n|ch[ủu]\s+nhi[ệe]m|t[ổo]ng|c[ụu]c|v[ụu]|ban|s[ởo]|ph[òo]ng|[ủu]y\s+ban|v[ăa]n\s+ph[òo]ng|thanh\s+tra|qu[ảa]n\s+l[ýy]|k[ếe]\s+to[áa]n|th[ủu]\s+qu[ỹy]|hi[ệe]u)\b",
    _I,
)
#: Ranks written before a name in the armed forces and police.
RANK_RE = re.compile(
    r"""^(?P<rank>(?:[ĐđDd][ạa]i|Th[ượư][ợo]ng|Trung|Thi[ếe]u)\s+(?:t[ướư][ớo]ng|t[áa]|[úu]y)
        |[ĐđDd][ôo]\s+[đd][ốo]c|Ph[óo]\s+[đd][ôo]\s+[đd][ốo]c|Chu[ẩa]n\s+[đd][ôo]\s+[đd][ốo]c)\s+(?P<name>\S.*)$""",
    _X,
)

# --- body ---------------------------------------------------------------------------------

#: Item labels at the start of a paragraph, tried in this order:
#: ``Điều 1.``, ``I.``/``II-``/``IV/``, ``A.`` (parts lettered A-D), ``1.2.``, ``1.``/``1)``,
#: ``a)``/``đ.``, ``(1)``, ``(a)``. ``C.`` and ``D.`` are letters: roman C and D never number.
LABEL_RE = re.compile(
    r"""^\s*(?:
        (?P<article>[ĐđDd]i[ềe]u\s+\d+[a-z]?)\s*[.:]\s*
      | (?P<roman>[IVXL]{1,6})\s*[.\-/)]\s*(?=\S)
      | (?P<upper_letter>[A-HK-UYĐ])\.\s+(?=\S)
      | (?P<multi>\d{1,3}(?:\.\d{1,3}){1,4})\.?\s+(?=\S)
      | (?P<arabic>\d{1,3})\s*[.)](?:\s+|(?=[^\W\d_]))(?=\S)
      | (?P<letter>[a-zđ])\s*(?:[)]|/(?=\s))\s*(?=\S)
      | (?P<letter_dot>[a-zđ])\.\s+(?=\S)
      | \((?P<paren_num>\d{1,3})\)\s*(?=\S)
      | \((?P<paren_letter>[a-zđ])\)\s*(?=\S)
    )""",
    _X,
)
#: Attribute lines under an item: ``- Đơn vị chủ trì: Sở Tài chính.``,
#: ``- Thời gian hoàn thành: trong tháng 8/2025.``
LEAD_UNIT_RE = re.compile(
    r"^\s*[-+•]?\s*(?:(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi])\s+(?:ch[ủu]\s+tr[ìi]|th[ựu]c\s+hi[ệe]n|ch[ịi]u\s+tr[áa]ch\s+nhi[ệe]m)|ch[ủu]\s+tr[ìi](?:\s+th[ựu]c\s+hi[ệe]n)?)\s*:\s*(?P<value>.+)$",
    _I,
)
TIME_ATTR_RE = re.compile(
    r"^\s*[-+•]?\s*(?:th[ờo]i\s+(?:gian|h[ạa]n)(?:\s+(?:ho[àa]n\s+th[àa]nh|th[ựu]c\s+hi[ệe]n|b[áa]o\s+c[áa]o))?)\s*:\s*(?P<value>.+)$",
    _I,
)
#: Who is made responsible: ``Giao Sở Tài chính chủ trì ...``, ``Đề nghị UBND các xã ...``,
#: ``Yêu cầu Công an tỉnh ...``. The name runs up to a verb (see ASSIGNEE_STOP_RE) or a comma.
ASSIGN_VERB_RE = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:(?:[đd][ềe]\s+ngh[ịi]|y[êe]u\s+c[ầa]u)|giao(?:\s+cho)?)\s+(?P<who>[^\W\d_].*)$",
    _I,
)
#: Verbs that end an assignee's name: ``Sở Tài chính *chủ trì*``, ``UBND các xã *cử* cán bộ``.
#: Case-sensitive: verbs are lower case, while ``Yên Lập`` or ``Sở Xây dựng`` are names.
ASSIGNEE_STOP_RE = re.compile(
    r"""\s+(?:
        ch[ủu]\s+tr[ìi] | ph[ốo]i\s+h[ợo]p | tham\s+m[ưu]u | nghi[êe]n\s+c[ứu]u | th[ựu]c\s+hi[ệe]n
      | tri[ểe]n\s+khai | t[ổo]\s+ch[ứu]c | x[âa]y\s+d[ựu]ng | r[àa]\s+so[áa]t | ki[ểe]m\s+tra
      | h[ướư][ớo]ng\s+d[ẫa]n | b[áa]o\s+c[áa]o | theo\s+d[õo]i | c[óo]\s+tr[áa]ch\s+nhi[ệe]m
      | ch[ịi]u\s+tr[áa]ch\s+nhi[ệe]m | kh[ẩa]n\s+tr[ươư][ơo]ng | quy[ếe]t\s+li[ệe]t | t[ăa]ng\s+c[ườư][ờo]ng
      | ch[ỉi]\s+[đd][ạa]o | c[ửu] | ti[ếe]p\s+t[ụu]c | t[íi]ch\s+c[ựu]c | [đd][ẩa]y\s+m[ạa]nh
      | x[ửu]\s+l[ýy] | gi[ảa]i\s+quy[ếe]t | c[ậa]p\s+nh[ậa]t | t[ổo]ng\s+h[ợo]p | [đd][ềe]\s+xu[ấa]t
      | qu[ảa]n\s+l[ýy] | b[ốo]\s+tr[íi] | th[ẩa]m\s+[đd][ịi]nh | ban\s+h[àa]nh | gi[áa]m\s+s[áa]t
      | l[ựu]a\s+ch[ọo]n | l[ậa]p | [đd][ảa]m\s+b[ảa]o | ph[ổo]\s+bi[ếe]n | tuy[êe]n\s+truy[ềe]n
      | v[ậa]n\s+[đd][ộo]ng | rà | ti[ếe]p\s+nh[ậa]n | c[ăa]n\s+c[ứu] | l[àa]m | l[àa] | c[óo](?!\s+li[êe]n\s+quan)(?!\s+t[êe]n\b)
      | ph[ảa]i | c[ầa]n | n[ắa]m | g[ửu]i | n[ộo]p | [đd][ôo]n\s+[đd][ốo]c | phân\s+công
      | t[ậa]p\s+trung | ch[ủu]\s+[đd][ộo]ng | th[ườư][ờo]ng\s+xuy[êe]n | k[ịi]p\s+th[ờo]i | nghi[êe]m\s+t[úu]c
      | s[ớo]m | kh[ẩa]n\s+c[ấa]p | ti[ếe]n\s+h[àa]nh | b[ổo]\s+sung | ho[àa]n\s+th[àa]nh | ho[àa]n\s+thi[ệe]n
      | nh[ậa]n\s+[đd][ượư][ợo]c | [đd][ãa] | [đd][ượư][ợo]c | v[ừu]a | s[ẽe]
      | xem\s+x[ée]t | cho\s+ph[ée]p | ch[ấa]p\s+thu[ậa]n | quan\s+t[âa]m | c[ôo]ng\s+nh[ậa]n
      | x[áa]c\s+[đd][ịi]nh | t[ảa]i | t[ặa]ng | huy\s+[đd][ộo]ng | [đd][ăa]ng\s+t[ảa]i | duy\s+tr[ìi]
      | n[âa]ng\s+cao | ph[áa]t\s+huy | [đd][ăa]ng | [đd][ưu]a\s+tin | ph[áa]t\s+s[óo]ng | cung\s+c[ấa]p
      | chu[ẩa]n\s+b[ịi] | [đd]i[ềe]u\s+ch[ỉi]nh | ph[êe]\s+duy[ệe]t | kh[ắa]c\s+ph[ụu]c | th[ôo]ng\s+b[áa]o
      | c[ôo]ng\s+b[ốo] | h[ỗo]\s+tr[ợo] | [đd][áa]nh\s+gi[áa] | ki[ệe]n\s+to[àa]n | tham\s+gia | s[ắa]p\s+x[ếe]p
      | ti[ếe]p\s+thu | qu[áa]n\s+tri[ệe]t | ch[ấa]p\s+h[àa]nh | tr[ảa]\s+l[ờo]i | th[ảa]o\s+lu[ậa]n
      | quy\s+[đd][ịi]nh | [ưu]u\s+ti[êe]n
      | trao\s+[đd][ổo]i
    )\b""",
    _X,
)
#: Verbs that make a unit named mid-item responsible: ``... Giám đốc Sở Tư pháp *chịu trách
#: nhiệm* thi hành``. A unit before any other verb in a later sentence is only described.
OBLIGATION_VERB_RE = re.compile(
    r"\s+(?:ch[ủu]\s+tr[ìi]|ch[ịi]u\s+tr[áa]ch\s+nhi[ệe]m|c[óo]\s+tr[áa]ch\s+nhi[ệe]m|kh[ẩa]n\s+tr[ươư][ơo]ng|tham\s+m[ưu]u|tri[ểe]n\s+khai|ph[ốo]i\s+h[ợo]p|t[ổo]\s+ch[ứu]c\s+th[ựu]c\s+hi[ệe]n|theo\s+d[õo]i)\b"
)
#: Where a list of assignees may split: a comma, ``;`` or ``và`` (not in ``HĐND và UBND``).
ASSIGNEE_SPLIT_RE = re.compile(r"\s*(?:,|;|(?<!HĐND)\s+v[àa]\b)\s+")
#: Words that begin the name of a unit (for ``X chủ trì`` at the start of an item and
#: heading items ``1. Sở Tài chính:``); ``Bộ chỉ số``, ``Bộ hồ sơ`` are things, not a ministry,
#: and ``Báo`` is a newspaper only before a name (``Báo Lâm Đồng``), not ``báo cáo``.
UNIT_START_RE = re.compile(
    r"""\s*(?:
        c[áa]c\s+(?:s[ởo]|ban|ng[àa]nh|c[ơo]\s+quan|[đd][ơo]n\s+v[ịi]|ph[òo]ng|x[ãa]|ph[ườư][ờo]ng|huy[ệe]n|[đd][ịi]a\s+ph[ươư][ơo]ng|b[ộo]|t[ỉi]nh|t[ổo]\s+ch[ứu]c|h[ộo]i|tr[ườư][ờo]ng|doanh\s+nghi[ệe]p)
      | s[ởo]\s | ph[òo]ng\s | ban\s | v[ăa]n\s+ph[òo]ng\s | ubnd\s | [ủu]y\s+ban\s | c[ôo]ng\s+an\s
      | b[ộo]\s(?!ch[ỉi]\s+s[ốo]|h[ồo]\s+s[ơo]|ti[êe]u\s+ch[íi]|c[âa]u\s+h[ỏo]i|lu[ậa]t|m[áa]y\b) | c[ụu]c\s | chi\s+c[ụu]c\s | trung\s+t[âa]m\s | [đd][àa]i\s | thanh\s+tra\s | b[ộo]\s+ch[ỉi]\s+huy\s
      | h[ộo]i\s | tr[ườư][ờo]ng\s(?!h[ợo]p) | kho\s+b[ạa]c\s | b[ảa]o\s+hi[ểe]m\s | [đd]o[àa]n\s | li[êe]n\s+[đd]o[àa]n\s
      | m[ặa]t\s+tr[ậa]n\s | t[ổo]\s(?!ch[ứu]c) | h[ộo]i\s+[đd][ồo]ng\s | t[ổo]ng\s+c[ụu]c\s | vi[ệe]n\s | chi\s+nh[áa]nh\s
      | gi[áa]m\s+[đd][ốo]c\s | ch[áa]nh\s+v[ăa]n\s+ph[òo]ng\s | th[ủu]\s+tr[ưu][ởo]ng\s | ch[ủu]\s+t[ịi]ch\s
      | tr[ưu][ởo]ng\s | ng[âa]n\s+h[àa]ng\s | c[ơo]\s+quan\s | [đd][ơo]n\s+v[ịi]\s | b[ộo]\s+ph[ậa]n\s
      | hi[ệe]u\s+tr[ưu][ởo]ng\s | nh[àa]\s+[đd][ầa]u\s+t[ưu]\b | ch[ủu]\s+[đd][ầa]u\s+t[ưu]\b
      | t[òo]a\s+[áa]n\s | vi[ệe]n\s+ki[ểe]m\s+s[áa]t\s | h[đd]nd\s | ubmttq | th[ườư][ờo]ng\s+tr[ựu]c\s
      | ng[ườư][ờo]i\s+[đd][ứu]ng\s+[đd][ầa]u\s | l[ãa]nh\s+[đd][ạa]o\s | t[ỉi]nh\s+[đd]o[àa]n\b
      | l[ựu]c\s+l[ượư][ợo]ng\s | c[ấa]p\s+[ủu]y\b | ch[íi]nh\s+quy[ềe]n\s | [đd][ịi]a\s+ph[ươư][ơo]ng\b
      | (?-i:Báo\s+(?=[A-ZĐ]|và\s+[A-ZĐ]))
      | c[áa]c\s+[ôo]ng\b | c[áa]c\s+[đd][ồo]ng\s+ch[íi]\b | c[áa]c\s+(?:th[àa]nh\s+vi[êe]n|nh[àa]\s+[đd][ầa]u\s+t[ưu]|ch[ủu]\s+[đd][ầa]u\s+t[ưu]|t[ậa]p\s+[đd]o[àa]n|c[ôo]ng\s+ty|ban\s+qu[ảa]n\s+l[ýy])
    )""",
    _I | _X,
)
#: What follows a unit's name and is not part of it, in the text as written (verbs are lower
#: case, names capitalised): ``(sau đây viết tắt là Ban Chỉ đạo)``, ``... trân trọng đề nghị``,
#: ``Công an tỉnh Lâm Đồng trực tiếp``, ``Các Bộ, cơ quan, địa phương dự Hội nghị``, a purpose
#: (``UBND địa phương có liên quan để ...``), a place (``UBND các xã nơi đơn vị đặt trụ sở``).
UNIT_TAIL_RE = re.compile(
    r"""\s*\(\s*sau\s+đây\b | \s+(?:trân\s+trọng | trực\s+tiếp | đề\s+nghị | yêu\s+cầu | như\s+sau
      | (?:tham\s+)?dự\s+(?=[A-ZĐ]|hội\b|họp\b|lễ\b|buổi\b) | do\s+(?=[A-ZĐ]|các\b|cấp\b) | về\s+việc\b | để\b | nơi\b | bao\s+gồm\b
      | trong\s+(?:việc|công\s+tác|quá\s+trình)\b)""",
    _X,
)
#: A dash followed by a verb ends a heading's unit: ``Sở Y tế - Tăng cường đầu tư ...``;
#: ``Sở Lao động - Thương binh và Xã hội`` keeps its dash.
UNIT_DASH_VERB_RE = re.compile(
    r"""\s+[-–]\s+(?=(?i:tăng\s+cường|quản\s+lý|tổ\s+chức|thực\s+hiện|triển\s+khai|chủ\s+trì
      |phối\s+hợp|xây\s+dựng|rà\s+soát|kiểm\s+tra|hướng\s+dẫn|tham\s+mưu|theo\s+dõi|đẩy\s+mạnh
      |chỉ\s+đạo|tiếp\s+tục|bố\s+trí|nâng\s+cao|đôn\s+đốc|chịu\s+trách|có\s+trách)\b)""",
    _X,
)
#: Where a verb-like word belongs to a unit's name: ``Ban Quản lý dự án đầu tư *xây dựng*``.
NAME_VERB_OK_RE = re.compile(r"(?:đầu\s+tư|dự\s+án)$", _I)
#: ... and only ``xây dựng``: ``Nhà đầu tư *cần*``, ``Nhà đầu tư 02 dự án *lập*`` end the name.
NAME_VERB_RE = re.compile(r"\s+x[âa]y\s+d[ựu]ng\b")
#: A lower-case group of units that starts a new assignee after a comma: ``Sở Xây dựng, *các
#: sở, ngành*``.
PLURAL_UNIT_RE = re.compile(
    r"c[áa]c\s+(?:[ôo]ng|s[ởo]|ban|ng[àa]nh|c[ơo]\s+quan|[đd][ơo]n\s+v[ịi]|[đd][ịi]a\s+ph[ươư][ơo]ng|b[ộo]|x[ãa])\b"
)
#: Lower-case words that name a unit and start a new one after a comma or ``và``: ``lực lượng
#: Công an, *chính quyền địa phương*``; a bare ``địa phương`` only after ``và`` (``Nhà đầu tư
#: và *địa phương*``), since ``các cơ quan, đơn vị, địa phương`` is one group.
LOWER_UNIT_RE = re.compile(
    r"(?:ch[íi]nh\s+quy[ềe]n|l[ựu]c\s+l[ượư][ợo]ng|c[ấa]p\s+[ủu]y|c[áa]c\s+t[ổo]\s+ch[ứu]c|c[áa]c\s+h[ộo]i|c[áa]c\s+doanh\s+nghi[ệe]p)\b"
)
PLACE_UNIT_RE = re.compile(r"[đd][ịi]a\s+ph[ươư][ơo]ng\b")
#: A phrase that opens a sentence before its subject: ``Căn cứ Kế hoạch này, *các sở* ...``,
#: ``Trên cơ sở ..., *UBND các xã* ...``, ``Để ..., *Sở Y tế* ...``.
LEAD_PHRASE_RE = re.compile(r"\s*(?:căn\s+cứ|trên\s+cơ\s+sở|để|nhằm)\s", _I)
#: A comma and the space after it.
COMMA_RE = re.compile(r",\s+")
#: A plural word just before a verb-like word makes it a noun: ``các *tổ chức*``.
PLURAL_MARK_RE = re.compile(r"(?:^|\s)(?:các|những|mọi)$", _I)
#: A capitalised verb after a unit, where a heading and its first sentence lost the line break
#: between them: ``Tòa án nhân dân tỉnh Phối hợp ...``; ``Ban Chỉ đạo`` is a name.
CAPITAL_VERB_RE = re.compile(
    r"(?<!\bBan)(?<!\bTổ)\s+(?:Chỉ\s+đạo|Phối\s+hợp|Chủ\s+trì|Tăng\s+cường|Thực\s+hiện|Triển\s+khai|Huy\s+động|Thường\s+xuyên|Tiếp\s+tục|Rà\s+soát|Tham\s+mưu)\b"
)
#: The end of a sentence proper (``;`` only separates the units of a list).
FULL_STOP_RE = re.compile(r"[.!?](?:\s|$)")
#: A unit opening a sentence only to make a request of others: ``Văn phòng Chính phủ trân
#: trọng đề nghị ...``; the units asked come after the verb.
REQUESTER_RE = re.compile(
    r"[^.;:]{2,110}?\s(?:trân\s+trọng|đề\s+nghị|yêu\s+cầu|kính\s+đề\s+nghị)(?!\w)"
)
#: An item marker inside a would-be name: ``Sở Nội vụ a) Xây dựng``, ``... 2. Giao``.
NAME_MARKER_RE = re.compile(r"(?:^|\s)(?:[a-zđ]\)|\(\d{1,2}\)|\d{1,2}\.\s|[IVX]{1,4}\.\s)")
#: Verbs that make a would-be name a sentence; case-sensitive on the text as written, since
#: ``Sở Giao thông`` is a name and ``Nhà nước giao nhiệm vụ`` is not.
SENTENCE_VERB_RE = re.compile(
    r"(?<!\w)(?:đề\s+nghị|yêu\s+cầu|giao(?!\s+thông)|trân\s+trọng|kính\s+gửi|như\s+sau|[Bb]an\s+hành)(?!\w)"
)
#: ``phối hợp với X``, ``phối hợp cùng X``: X coordinates. Lower case, on ``canon_lower`` text.
PARTNER_WITH_RE = re.compile(
    r"ph[ốo]i\s+h[ợo]p(?:\s+(?:ch[ặa]t\s+ch[ẽe]|th[ườư][ờo]ng\s+xuy[êe]n|t[ốo]t))?\s+(?:v[ớo]i|c[ùu]ng)\s+"
)
#: Attribute lines naming who coordinates: ``- Đơn vị phối hợp: Sở Tài chính``.
PARTNER_ATTR_RE = re.compile(
    r"^\s*[-+•]?\s*(?:(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi])\s+)?ph[ốo]i\s+h[ợo]p(?:\s+th[ựu]c\s+hi[ệe]n)?\s*:\s*(?P<value>.+)$",
    _I,
)
#: Column headings of a task table (``STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
#: Thời gian hoàn thành``), tried in this order on a short header cell: ``Cơ quan phối hợp``
#: (without ``chủ trì``: ``Cơ quan chủ trì, phối hợp`` is one lead column), ``Thời gian thực
#: hiện`` before ``Đơn vị thực hiện``, then the lead, the content and the row number.
TABLE_PARTNER_HEAD_RE = re.compile(r"ph[ốo]i\s+h[ợo]p", _I)
TABLE_TIME_HEAD_RE = re.compile(
    r"th[ờo]i\s+(?:gian|h[ạa]n|[đd]i[ểe]m)|ti[ếe]n\s+[đd][ộo]|ho[àa]n\s+th[àa]nh", _I
)
#: A time column that says when a task is due, preferred to one that says when it starts.
TABLE_DUE_HEAD_RE = re.compile(r"ho[àa]n\s+th[àa]nh|h[ạa]n", _I)
TABLE_LEAD_HEAD_RE = re.compile(
    r"ch[ủu]\s+tr[ìi]|tr[áa]ch\s+nhi[ệe]m|ph[âa]n\s+c[ôo]ng|(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi]|b[ộo]\s+ph[ậa]n|ng[ườư][ờo]i)\b[^|]*?\b(?:th[ựu]c\s+hi[ệe]n|tham\s+m[ưu]u)",
    _I,
)
TABLE_TASK_HEAD_RE = re.compile(
    r"n[ộo]i\s+dung|nhi[ệe]m\s+v[ụu]|c[ôo]ng\s+vi[ệe]c|ho[ạa]t\s+[đd][ộo]ng|gi[ảa]i\s+ph[áa]p", _I
)
TABLE_NUMBER_HEAD_RE = re.compile(r"^\s*(?:stt|tt|s[ốo]\s+(?:tt|th[ứu]\s+t[ựu]))\s*\.?\s*$", _I)
#: The row number of a task table: ``I``, ``1``, ``1.2``, ``a`` with an optional ``.`` or ``)``.
TABLE_ROW_LABEL_RE = re.compile(
    r"^\s*(?:(?P<roman>[IVX]{1,5})|(?P<number>\d{1,3})|(?P<multi>\d{1,3}(?:\.\d{1,3}){1,3})"
    r"|(?P<letter>[a-zđ])|(?P<upper_letter>[A-Z]))\s*[.)]?\s*$"
)
#: A row that numbers the columns under the header: ``(1) | (2) | (3)``.
TABLE_COLUMN_NUMBER_RE = re.compile(r"^\s*\(?\d{1,2}\)?\s*$")
#: A unit named before a colon at the start of an item: ``Sở Xây dựng: Tiếp tục duy trì ...``.
UNIT_COLON_RE = re.compile(r"\s*(?P<unit>[^:;.]{2,90}?)\s*:\s")
#: Quotation state: a paragraph that opens a quotation it does not close.
QUOTE_OPEN_RE = re.compile(r"^\s*[\"“«„]")
QUOTE_CLOSE_RE = re.compile(r"[\"”»]\s*[.;,]?\s*(?:\./\.)?\s*$")
#: Text that starts an attachment after the signature: ``PHỤ LỤC``, ``QUY CHẾ``, ``(Ban hành kèm theo``.
ATTACHMENT_RE = re.compile(
    r"^\s*(?:ph[ụu]\s+l[ụu]c\b|\(?\s*(?:ban\s+h[àa]nh\s+)?k[èe]m\s+theo\b|quy\s+ch[ếe]\b|quy\s+[đd][ịi]nh\b|ch[ươư][ơo]ng\s+tr[ìi]nh\b|[đd][ềe]\s+[áa]n\b|[đd]i[ềe]u\s+l[ệe]\b|bi[ểe]u\s+m[ẫa]u\b|danh\s+s[áa]ch\b|m[ẫa]u\s+s[ốo]\b|b[ảa]ng\b)",
    _I,
)
#: A division of a regulation: ``Chương I``, ``Mục 2``, ``Phần III``, ``Tiết 1``.
DIVISION_RE = re.compile(
    r"^\s*(?:ch[ươư][ơo]ng|m[ụu]c|ph[ầa]n|ti[ếe]t)\s+(?:[IVXLC]+|\d{1,3})\b", _I
)
#: A body paragraph that closes the letter: ``... triển khai thực hiện./.``
CLOSING_MARK_RE = re.compile(r"\./\.\s*$")

# --- dates and deadlines ------------------------------------------------------------------

_DAY_MONTH_YEAR = r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>\d{4}))?"
_LONG = r"(?P<ld>\d{1,2})\s+th[áa]ng\s+(?P<lm>\d{1,2})(?:\s+n[ăa]m\s+(?P<ly>\d{4}))?"
#: What opens a deadline date: ``trước``, ``chậm nhất``, ``hạn chót``, ``đến hết``; each
#: alternative starts with a letter (see the module docstring).
_DATE_LEAD = r"""tr[ướư][ớo]c | ch[ậa]m\s+nh[ấa]t(?:\s+(?:l[àa]|v[àa]o))? | h[ạa]n\s+ch[óo]t | kh[ôo]ng\s+qu[áa]
    | tr[ướư][ớo]c\s+hoặc\s+trong | đến\s+hết | đ[ếe]n\s+h[ếe]t | d[ếe]n\s+h[ếe]t"""
#: Deadlines: ``trước ngày 20/8/2021``, ``chậm nhất ngày 15 tháng 5 năm 2025``,
#: ``hoàn thành trước 30/4/2025``, ``trước 17 giờ 00 ngày 10/3/2026``. Lower case, on
#: ``canon_lower`` text (as the patterns below and the hints). ``hoàn thành`` or ``xong``
#: before the lead is written out per alternative for the same reason as _DATE_LEAD.
DEADLINE_DATE_RE = re.compile(
    rf"""(?P<raw>(?:ho[àa]n\s+th[àa]nh\s+(?:{_DATE_LEAD}) | xong\s+(?:{_DATE_LEAD}) | {_DATE_LEAD})
        (?:\s+\d{{1,2}}\s*(?:h|giờ)(?:\s*\d{{1,2}})?(?:\s*ph[úu]t)?,?)?
        \s+(?:ng[àa]y\s+)?(?:{_DAY_MONTH_YEAR}|{_LONG}))""",
    _X,
)
#: The period of DEADLINE_PERIOD_RE and DEADLINE_PERIOD_OPENING_RE: a month, a quarter, a year.
_PERIOD = r"""(?:
        th[áa]ng\s+(?P<m>\d{1,2})\s*(?:/|\s+n[ăa]m\s+)\s*(?P<y>\d{4})
      | qu[ýy]\s+(?P<q>i{1,3}|iv|[1-4])\s*(?:/|\s+n[ăa]m\s+)\s*(?P<qy>\d{4})
      | n[ăa]m\s+(?P<year>\d{4})
    )"""
#: ``trong tháng 9/2025``, ``trong tháng 9 năm 2025``, ``trong quý III/2025``, ``trong năm 2026``;
#: the roman quarter is matched lowered (``quý iii``), so ``QUÝ III`` and ``quý iii`` both count.
#: A period opening the text without a lead word (``Quý II/2025``, after ``Thời gian:``) is
#: DEADLINE_PERIOD_OPENING_RE's, tried first with ``match``: a ``^\s*`` alternative here
#: would keep ``re`` from skipping to the lead words' first letters.
DEADLINE_PERIOD_RE = re.compile(
    rf"""(?P<raw>(?:tr[ướư][ớo]c | trong | h[ếe]t | cu[ốo]i | đ[ầa]u | d[ầa]u)\s+{_PERIOD})""", _X
)
#: ``Quý II/2025`` at the start of the text (``match`` only), spaces before it included.
DEADLINE_PERIOD_OPENING_RE = re.compile(rf"""(?P<raw>\s*{_PERIOD})""", _X)
#: A field that is a due date by its place (a task table's time column, ``- Thời gian hoàn
#: thành: ...``) may hold a bare date or year: ``30/6/2026``, ``Ngày 15 tháng 5``, ``Năm 2026``,
#: ``2026`` (not ``2026-2030``, a period). Lower case, ``match`` on ``canon_lower`` text.
DUE_OPENING_RE = re.compile(
    rf"""(?P<raw>\s*(?:ng[àa]y\s+)?(?:{_DAY_MONTH_YEAR}|{_LONG})
      | \s*(?:n[ăa]m\s+)?(?P<year>\d{{4}})(?!\s*[-–/]\s*\d))""",
    _X,
)
#: ``trong thời hạn 05 ngày làm việc kể từ ngày ký``, ``trong vòng 10 ngày kể từ ngày nhận``.
DEADLINE_RELATIVE_RE = re.compile(
    r"""(?P<raw>(?:trong\s+(?:th[ờo]i\s+h[ạa]n|v[òo]ng)|ch[ậa]m\s+nh[ấa]t(?:\s+sau)?|sau)\s+
        (?P<n>\d{1,3})\s*(?:\([^)]*\)\s*)?ng[àa]y(?P<work>\s+l[àa]m\s+vi[ệe]c)?
        (?:,?\s+k[ểe]\s+t[ừu]\s+ng[àa]y\s+(?P<from>[^,.;]{1,40}?))?)(?=[,.;)]|\s+(?:[đd][ểe]|ph[ảa]i|g[ửu]i|b[áa]o)|$)""",
    _X,
)
#: A recurring duty (lower case, on ``canon_lower`` text): ``hằng năm``, ``hàng tháng``,
#: ``định kỳ 6 tháng``, ``định kỳ hằng quý``, ``01 lần/năm``, ``mỗi tuần``. The named groups say
#: the period; ``six`` is half a year.
RECURRENCE_RE = re.compile(
    r"""(?P<raw>(?:(?P<periodic>định\s+kỳ)\s+)?(?:h[ằàa]ng|mỗi)\s+(?P<unit>năm|tháng|quý|tuần)
      | (?P<periodic2>định\s+kỳ)\s+\(?(?:(?P<six>0?6|sáu)\s+tháng|(?P<unit2>năm|tháng|quý|tuần))
      | \d{1,2}\s+lần\s*/\s*(?P<unit3>năm|tháng|quý|tuần))(?!\w)""",
    _X,
)
#: What a recurrence without a digit cannot do without (RECURRENCE_RE's words, lower case; the
#: same in ``str.lower()`` and ``canon_lower`` text): most paragraphs fail it.
RECURRENCE_HINT_RE = re.compile(r"h[ằàa]ng\s|mỗi\s|định\s+kỳ")
#: What just before a date makes it a data cut-off or a start, not a deadline:
#: ``số liệu tính đến hết ngày``, ``từ ngày``, ``kể từ tháng``. Lower case, searched at the end
#: of the text before the deadline.
CUTOFF_BEFORE_RE = re.compile(r"(?:tính|số\s+liệu|từ|kể\s+từ|tới)\s*(?:\S+\s+){0,2}$")
#: Words of a sentence about the past: ``đã ban hành``, ``vừa qua``. Lower case.
PAST_RE = re.compile(r"(?<!\w)(?:đã|vừa\s+qua|đã\s+được)(?!\w)")
#: Words that make a clause an obligation even when it mentions the past. Lower case.
OBLIGATION_RE = re.compile(
    r"(?<!\w)(?:phải|cần|đề\s+nghị|yêu\s+cầu|giao|hoàn\s+thành|chậm\s+nhất|hạn\s+chót|xong)(?!\w)"
)
#: What turns a bare year (``trong năm 2026``) into a deadline: ``hoàn thành trong năm 2026``.
YEAR_DUE_RE = re.compile(r"(?:hoàn\s+thành|xong|kết\s+thúc|trước)\s*$")
#: The same after the year: ``Năm 2026 hoàn thành ...``.
YEAR_DUE_AFTER_RE = re.compile(r"\s*(?:phải\s+)?(?:hoàn\s+thành|xong)")
#: Clause boundaries inside a sentence: ``,`` ``;`` ``:`` ``.``, and a list dash or plus where
#: an item's bullet lines were joined (``CHỈ TIÊU ... - Hằng năm, giảm ...``).
CLAUSE_BREAK_RE = re.compile(r"[,;:.](?:\s|$)|\s[-+•](?=\s)")
#: What before a recurrence in its clause makes it a duty (lower case, on the text just before
#: it): a deadline's lead (``chậm nhất vào ngày 05 hằng tháng``, ``trước ngày 20 hằng tháng``),
#: ``định kỳ`` further back (``Định kỳ trước 16 giờ ngày thứ Sáu hằng tuần``).
DUTY_LEAD_RE = re.compile(
    r"(?<!\w)(?:định\s+kỳ|trước|chậm\s+nhất|hạn\s+chót|không\s+quá|xong\s+trước)(?!\w)"
)
#: A clause that opens with a verb of recurring reporting holds a duty: ``Báo cáo kết quả ...
#: hằng năm``, ``tự đánh giá chỉ số ... hằng tháng``; ``Kế hoạch CCHC hằng năm`` names a plan,
#: and ``tổ chức mô hình cà phê doanh nhân hằng tuần`` in a report tells what was done.
DUTY_VERB_RE = re.compile(
    r"\s*(?:báo\s+cáo|tổng\s+hợp|(?:tự\s+)?đánh\s+giá|công\s+khai|cập\s+nhật|sơ\s+kết|tổng\s+kết)(?!\w)"
)
#: Cheap tests that must pass before each deadline pattern above is run (most paragraphs
#: fail them): a day and month ``20/8``, ``15 tháng 5``; a year ``/2025`` or ``năm 2026``;
#: a count of days ``05 ngày``, ``10 (mười) ngày``. Each is part of its pattern, same flags
#: (lower case, on ``canon_lower`` text). The year is two tests, each starting with a plain
#: character: ``re`` scans for a first character several times faster than for one of a set.
DEADLINE_DATE_HINT_RE = re.compile(r"\d(?:\s*[/.\-]\s*|\s+th[áa]ng\s+)\d")
DEADLINE_PERIOD_SLASH_HINT_RE = re.compile(r"/\s*\d{4}")
DEADLINE_PERIOD_YEAR_HINT_RE = re.compile(r"n[ăa]m\s*\d{4}")
DEADLINE_RELATIVE_HINT_RE = re.compile(r"\d\s*(?:\(|ng[àa]y)")
#: Short dates in citations: ``05/8/2021``, ``05-3-2020``.
SHORT_DATE_RE = re.compile(r"\b(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})\b")

# --- citations ------------------------------------------------------------------------------

#: Types of cited documents, longest first so ``Thông tư liên tịch`` beats ``Thông tư``.
CITED_TYPES = (
    "Văn bản hợp nhất",
    "Nghị quyết liên tịch",
    "Thông tư liên tịch",
    "Bộ luật",
    "Luật",
    "Pháp lệnh",
    "Lệnh",
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Thông tư",
    "Chỉ thị",
    "Công văn",
    "Công điện",
    "Thông báo kết luận",
    "Thông báo",
    "Thông tri",
    "Kết luận",
    "Kế hoạch",
    "Hướng dẫn",
    "Quy định",
    "Quy chế",
    "Chương trình",
    "Đề án",
    "Báo cáo",
    "Tờ trình",
    "Phiếu trình",
    "Giấy mời",
    "Văn bản",
    "Điều lệ",
    "Đơn đề nghị",
    "Biên bản",
)


def _trie(words: tuple[str, ...]) -> str:
    """One alternation of ``words`` (a space read as ``\\s+``), shared beginnings written once.

    ``thông tư liên tịch|thông tư|thông báo`` becomes ``thông\\s+(?:tư(?:\\s+liên\\s+tịch)?|báo)``:
    at each candidate position ``re`` reads a letter once instead of trying every word. A word
    that begins another is tried after it, so the longer one wins, as in a flat alternation of
    words written longest first (CITED_TYPES).
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def alternation(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + alternation(child)
            for ch, child in node.items()
            if ch
        ]
        if not branches:
            return ""
        if "" not in node and len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + (")?" if "" in node else ")")

    return alternation(root)


_CODE = r"[^\W\d_][\w&]*(?:\s*-\s*[\w&]+(?:\([\w]+\))?)*"


def _lower(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


#: ``Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư``;
#: ``Quy định số 66-QĐ/TW, ngày 06/02/2017 của Ban Bí thư``; ``Công văn 3653/VPCP-CĐS``.
#: Lower case, on ``canon_lower`` text (as UNNUMBERED_CITATION_RE and the two hints).
CITATION_RE = re.compile(
    rf"""(?P<type>{_trie(_lower(CITED_TYPES))})\s+
        (?:(?:s[ốo]|số\s+hiệu)\s*:?\s*)?
        (?P<number>
            \d[\d.]*[a-z]?\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?{_CODE}
          | \d[\d.]*[a-z]?\s*-\s*[^\W\d_][\w&]*\s*/\s*[^\W_][\w&]*(?:-[\w&]+)*
        )""",
    _X,
)
#: Cheap tests that must pass before the citation patterns are run on a paragraph (most
#: paragraphs fail them): CITATION_RE needs a number ``30/`` or ``66-`` (its own number
#: head, same flags); UNNUMBERED_CITATION_RE and LAW_BY_NAME_RE need ``ngày`` and a digit.
CITATION_NUMBER_HINT_RE = re.compile(r"\d[\d.]*[a-z]?\s*[/-]")
CITATION_DATE_HINT_RE = re.compile(r"ng[àa]y\s+\d")
#: Words that make a cited document part of another's title: ``Nghị định 82/2023 sửa đổi,
#: bổ sung một số điều của Nghị định 120/2016``, ``Mẫu số 14 ban hành kèm theo Nghị định ...``.
NESTED_LINK_RE = re.compile(
    r"(?:s[ửu]a\s+[đd][ổo]i|b[ổo]\s+sung|thay\s+th[ếe]|h[ướư][ớo]ng\s+d[ẫa]n|quy\s+[đd][ịi]nh\s+chi\s+ti[ếe]t|b[ãa]i\s+b[ỏo]|k[èe]m\s+theo|thi\s+h[àa]nh|tri[ểe]n\s+khai|th[ựu]c\s+hi[ệe]n)\b[^;]{0,60}$",
    _I,
)
#: ``... kèm theo`` just before a citation: a form or annex of it is meant, not the document.
ATTACHED_TO_RE = re.compile(r"k[èe]m\s+theo\s*$", _I)
#: A document cited by type and date, without a number: ``Tờ trình ngày 10/12/2025 của Hội ...``.
UNNUMBERED_CITATION_RE = re.compile(
    rf"""(?P<type>{_trie(_lower(tuple(t for t in CITED_TYPES if t not in ("Luật", "Bộ luật", "Pháp lệnh", "Lệnh", "Văn bản"))))})\s+
        ng[àa]y\s+(?P<date>\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}|\d{{1,2}}\s+th[áa]ng\s+\d{{1,2}}\s+n[ăa]m\s+\d{{4}})""",
    _X,
)
#: ``Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`` (a law cited by name).
LAW_BY_NAME_RE = re.compile(
    r"""(?P<type>B[ộo]\s+lu[ậa]t|Lu[ậa]t|Ph[áa]p\s+l[ệe]nh)\s+
        (?P<name>[^\W\d_][^;:]{2,160}?)\s*,?\s+
        (?:s[ốo]\s+\S+\s+)?ng[àa]y\s+(?P<date>\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})""",
    _X,
)
#: After a citation's number: ``, ngày 05/3/2020`` or ``ngày 05 tháng 3 năm 2020``. This
#: and the two below are lower case and run on ``canon_lower`` text, as CITATION_RE.
CITATION_DATE_RE = re.compile(
    r"\s*,?\s*(?:ban\s+h[àa]nh\s+)?ng[àa]y\s+(?P<date>\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4})",
)
#: After the date: ``của Chính phủ`` up to ``về``/``V/v``/``quy định``/punctuation.
CITATION_ISSUER_RE = re.compile(
    r"\s*,?\s*c[ủu]a\s+(?P<issuer>.+?)(?=\s+(?:v[ềe]\s+vi[ệe]c|v[ềe]|v/v|quy\s+[đd][ịi]nh|h[ướư][ớo]ng\s+d[ẫa]n|ban\s+h[àa]nh|ph[êe]\s+duy[ệe]t|s[ửu]a\s+[đd][ổo]i|t[ạa]i|[đd][ốo]i\s+v[ớo]i|nh[ằa]m|theo)\b|\s*[;,.(]|\s*$)",
)
#: After the issuer: ``về công tác văn thư`` (a title) up to ``;`` ``.`` or ``,``. The title runs
#: to the first place where _TITLE_END holds; characters that cannot start it (all but spaces,
#: ``;``, ``.`` and ``(``) are taken a run at a time instead of testing _TITLE_END before each.
_TITLE_END = r"\s*[;]|\s*\.\s|\s*\.$|\s*\(|$"
CITATION_TITLE_RE = re.compile(
    r"\s*,?\s*(?:(?:v[ềe]\s+vi[ệe]c|v[ềe]|v/v)\s*:?\s+)?(?P<title>(?:quy\s+[đd][ịi]nh|h[ướư][ớo]ng\s+d[ẫa]n|ban\s+h[àa]nh|ph[êe]\s+duy[ệe]t|s[ửu]a\s+[đd][ổo]i)?"
    rf"(?:[^\s;.(]++|(?!{_TITLE_END})[^;])*+)(?={_TITLE_END})",
)


# --- moved helpers: small patterns used by one stage each ---------------------------------

#: Line endings of any platform (``\r\n``, ``\r``, ``\n``); other separators stay in the text.
NEWLINE_RE = re.compile(r"\r\n|\r|\n")
#: Two flattened columns on one line: ``SỞ NỘI VỤ      Độc lập - Tự do - Hạnh phúc``.
COLUMN_GAP_RE = re.compile(r"^(?P<left>\s*\S.*?)(?:\s{3,}|\t+)(?P<right>\S.*)$")
#: A run of spaces (three or more) or tabs between flattened columns.
WIDE_GAP_RE = re.compile(r"[ \t]*\t[ \t]*| {3,}")
#: ``Số:`` alone: the gap after it is a blank number, not a column gap.
NUMBER_LABEL_RE = re.compile(r"^\s*s[ốô]\s*:?\s*$", _I)
#: Spaces around ``/`` and ``-`` in a số/ký hiệu: ``15 / QĐ - BNV`` -> ``15/QĐ-BNV``.
NUMBER_SPACES_RE = re.compile(r"\s*([/-])\s*")
#: An unusual number split at its last ``/`` before a letter: ``10-01/26/PT-NC``.
LOOSE_NUMBER_RE = re.compile(r"^(?P<num>.*?\d[^/]*(?:/\d+)*)?/(?P<sym>[^\W\d_].*)$")
#: Leading digits of a number with no ``/``.
LEADING_DIGITS_RE = re.compile(r"^(\d+)")
#: Separators inside a ký hiệu: ``QĐ-UBND``, ``HD/VPTW``.
SYMBOL_SEP_RE = re.compile(r"[-/]")
#: Every run of digits (day, month, year of a citation date).
DIGITS_RE = re.compile(r"\d+")
#: Any digit: a text without one has no deadline and cites nothing. (``\d+`` would not do:
#: ``re`` skips ahead only for a pattern that starts with a character or a class.)
DIGIT_RE = re.compile(r"\d")
#: ``số 12`` inside a law's name means the match was not a law cited by name.
HAS_NUMBER_RE = re.compile(r"\bs[ốo]\s*\d", _I)
#: ``kể từ ngày ký``, ``kể từ ngày ban hành``: counted from the letter's own date.
FROM_LETTER_RE = re.compile(r"^(?:k[ýy]|ban\s+h[àa]nh|k[ýy]\s+ban\s+h[àa]nh)\b", _I)
#: Sentence boundaries inside a paragraph.
SENTENCE_BREAK_RE = re.compile(r"[.;!?]\s+(?=\S)")
SENTENCE_END_RE = re.compile(r"[.;!?](?:\s|$)")
#: Recipients written on one line: ``Kính gửi: Sở A; Sở B``.
NAME_LIST_SEP_RE = re.compile(r"\s*;\s*(?:[-+•]\s*)?")
#: Where an assignee's name ends at punctuation (``TP. Hồ Chí Minh`` keeps its dot).
NAME_END_RE = re.compile(r":|\.(?=\s|$)")
#: A purpose note left after an entry's ``;`` in a collapsed cell, where the printed letter
#: had a brace over the group: ``- Bộ LĐTBXH; (báo cáo) - Thường trực ...``.
NOTE_AFTER_SEP_RE = re.compile(r";\s*(\([^()]{1,30}\))\s*(?=[-+•])")
#: Nơi nhận entries collapsed on one line: ``- A; - B``, ``- B. - Lưu: VT``.
ENTRY_SEP_RE = re.compile(r";\s*(?=[-+•]\s*\S)|\.\s+(?=[-+•]\s*l[ưu]u\b)", _I)
#: Closing sentences of the body that belong to no item: ``Trên đây là ...``.
CLOSING_TEXT_RE = re.compile(
    r"^\s*(?:tr[âa]n\s+tr[ọo]ng|tr[êe]n\s+[đd][âa]y|trong\s+qu[áa]\s+tr[ìi]nh|qu[áa]\s+tr[ìi]nh\s+th[ựu]c\s+hi[ệe]n"
    r"|nh[ậa]n\s+[đd][ượư][ợo]c\s+(?:v[ăa]n\s+b[ảa]n|c[ôo]ng\s+v[ăa]n|k[ếe]\s+ho[ạa]ch|th[ôo]ng\s+b[áa]o)\s+n[àa]y)\b",
    _I,
)
#: Words of a lead-in that asks the recipients to do what follows.
ASKS_RE = re.compile(r"\b(?:[đd][ềe]\s+ngh[ịi]|y[êe]u\s+c[ầa]u|giao|ch[ỉi]\s+[đd][ạa]o)\b", _I)
#: Assignment verbs before a unit: ``Giao Sở Tài chính``, ``đề nghị các cơ quan``; not
#: ``theo đề nghị của``, ``giao ban``, ``giao thông``, ``được giao``. Lower case, on
#: ``canon_lower`` text. The verb's first letter comes first and the words it must not follow
#: are checked behind that letter (``(?<!theo .)``), so that ``re`` can skip to a ``đ``, ``d``,
#: ``y`` or ``g`` (see the module docstring); the rest of the verb follows that letter.
ASSIGN_RE = re.compile(
    r"[đdyg](?<!\w.)(?<!theo .)(?<!xét .)(?<!được .)(?<!nút .)(?<!bàn .)(?<!chuyển .)(?<!trao .)"
    r"(?:(?<=[đd])[ềe]\s+ngh[ịi]|(?<=y)[êe]u\s+c[ầa]u|(?<=g)iao(?:\s+nhi[ệe]m\s+v[ụu])?(?:\s+cho)?)\s+"
    r"(?!c[ủu]a\b|ban\b|th[ôo]ng\b|d[ịi]ch\b|nhi[ệe]m\b|l[ưu]u\b|k[ếe]t\b)"
)
#: Placeholders where the signature goes: ``[daky]``, ``(Chữ ký số)``, ``(ký, ghi rõ họ tên)``.
SIGN_PLACEHOLDER_RE = re.compile(
    r"^\W*(?:\[.*\]|\(.*\)|ch[ữu]\s+k[ýy]\b.*|[đd][ãa]\s+k[ýy].*)\W*$", _I
)

# --- file formats (readers/pdf.py, readers/sniff.py) -----------------------------------------

#: A page number standing alone at the top or bottom of a PDF page: ``2``, ``- 3 -``, ``Trang 4``.
PAGE_NUMBER_RE = re.compile(r"^\s*(?:trang\s+)?[-–]?\s*\d{1,3}\s*[-–]?\s*$", _I)
#: The start of an HTML file saved under a Word name (``Save as .doc`` from a web page):
#: ``<!DOCTYPE html>``, ``<html xmlns:o="urn:schemas-microsoft-com:office:office">``,
#: ``<?xml version="1.0"?><html``, ``<meta ...>`` / ``<head>`` first.
HTML_START_RE = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*
        <(?:!doctype\s+html|html|head|meta|body)\b""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)

# --- legacy encodings (encodings.py) --------------------------------------------------------

#: The subset tag a PDF puts before an embedded font: ``ABCDEF+.VnTime``.
FONT_SUBSET_RE = re.compile(r"^[A-Z]{6}\+")
#: TCVN3 (ABC) fonts: ``.VnTime``, ``.VnArial Narrow``; ``.VnTimeH`` draws capitals only.
FONT_TCVN3_RE = re.compile(
    r"""^(?i:\.vn)[A-Za-z0-9]*?   # .VnTime, .vnarial
        (?P<upper>H)?             # .VnTimeH, .VnArialH: the capitals-only twin
        (?=[\s,]|$)""",
    _X,
)
#: VNI-Windows fonts: ``VNI-Times``, ``VNI-Helve-Condense``.
FONT_VNI_RE = re.compile(r"^vni[-\s_]", _I)
#: VPS fonts: ``VPS Times``, ``VPS-Arial``.
FONT_VPS_RE = re.compile(r"^vps(?:[-\s_]|$)", _I)
#: VISCII fonts carry the name: ``VISCII Times``, ``VTimes VISCII``.
FONT_VISCII_RE = re.compile(r"viscii", _I)
#: A ``w:rFonts`` element in a Word part's raw XML, up to the end of its attributes (any
#: namespace prefix): the fonts a part names, found without walking its parsed tree.
RFONTS_XML_RE = re.compile(rb"rFonts\b[^>]*")
#: Letters only Unicode Vietnamese text has: ``ạ``..``ỹ`` and ``ă đ ơ ư`` (``Việt``, ``Đà``).
UNICODE_VIETNAMESE_RE = re.compile(
    r"[\u1ea0-\u1ef9\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0]"
)
#: A run of letters (``Việt``, ``ViÖt``): the unit that is checked as a syllable.
WORD_RE = re.compile(r"[^\W\d_]+")
#: A Vietnamese syllable without its tone, lower case: onset, rhyme (``nghiêng``, ``quôc``,
#: ``ngươi``, ``khuya``); a wrong decoding leaves ``viöt`` or ``vieät``, which do not match.
SYLLABLE_RE = re.compile(
    r"""(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?
        (?:(?:oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|uêu|yêu|iêu
          |ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oe|oi|oo|ôi|ơi|ua|uê|ui|uô|uơ|uy
          |ưa|ưi|ươ|ưu|yê|[aeêioôơuưy])
          (?:ch|ng|nh|[cmnpt])?
        | (?:oă|uâ|[ăâ])(?:ng|[cmnpt]))     # ă and â never end a syllable: ``đặng``, not ``đặ``""",
    _X,
)
#: What may stand before a word that opens a sentence on its line: ``. ``, ``: ``, a bullet
#: ``- ``, an item label ``1. `` or ``a) `` (``- ủy ban`` -> ``- Ủy ban`` in TCVN3 text).
SENTENCE_OPENER_RE = re.compile(r"(?:[.:;!?]\s+|^\s*(?:[-+•*]|\d+[.)]|[a-zđ]\)|[IVX]+\.)\s*)$")
#: Where a flattened two-column line splits: ``PHÒNG GIÁO DỤC      Độc lập - Tự do``.
COLUMN_SPLIT_RE = re.compile(r"(\s{3,}|\t+)")
#: Organ names written with a capital in TCVN3 text that lost it: ``ủy ban nhân dân``.
ORGAN_NAME_RE = re.compile(r"(?<!\w)ủy(?= ban (?:nhân dân|mặt trận|thường vụ|kiểm tra)\b)")

# --- Markdown and HTML exports (readers/md.py) ------------------------------------------------

#: The scraper's first line: ``*Source: https://thuvienphapluat.vn/van-ban/...aspx*``.
MD_SOURCE_RE = re.compile(
    r"^\s*\*{0,2}\s*(?:source\s*:\s*|nguồn\s*:\s*)?<?https?://\S+?>?\s*\*{0,2}\s*$", _I
)
#: A Markdown heading: ``# V/v ban hành Thông tư ...``.
MD_HEADING_RE = re.compile(r"^\s{0,3}(?P<marks>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
#: A pipe-table row: ``| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA ... |``.
MD_TABLE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
#: The separator row under a table head: ``|---|:---:|``.
MD_TABLE_SEP_RE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
#: A cell boundary: a ``|`` not escaped as ``\|``.
MD_CELL_SEP_RE = re.compile(r"(?<!\\)\|")
#: ``[Quyết định 22/2013/QĐ-TTg](https://...)`` keeps its text; images ``![x](y)`` go.
MD_INLINE_LINK_RE = re.compile(
    r"(?P<bang>!?)\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]*)(?:\s+\"[^\"]*\")?\)"
)
#: Line breaks written inside a cell: ``A<br>B``, ``A<br/>B``.
MD_BR_RE = re.compile(r"<br\s*/?>", _I)
#: Where a collapsed header or closing cell is cut (each alternative an example):
#: ``VĂN PHÒNG CHÍNH PHỦ ------- | Số: 12`` around a rule of dashes; before ``Số:``,
#: ``V/v``, ``Độc lập``, a place and date after a rule or the motto, ``Nơi nhận`` entries
#: ``; - B``.
MD_CELL_CUT_RE = re.compile(
    r"""\s+(?=[-_=*]{3,}(?:\s|$))                            # before a rule: ``PHỦ -------``
      | (?<=[-_=*]{3})\s+(?=\S)                             # after a rule
      | \s+(?=Số\s*:)                                       # ``... Số: 12/QĐ-UBND``
      | \s+(?=V/v\b|Về\s+việc\b)                            # ``Số: 8794/VPCP-KGVX V/v ...``
      | \s+(?=Độc\s+lập\s*[-–—])                            # ``... VIỆT NAM Độc lập - Tự do``
      | (?<=Hạnh\s phúc)\s+(?=\S)                           # ``Hạnh phúc Hà Nội, ngày ...``
      | (?<=[;:])\s+(?=[-+•]\s)                             # ``Nơi nhận: - A; - B``
    """,
    _X,
)
#: Where a signer cell's title line ends and the position begins, by authority:
#: ``KT. THỦ TƯỚNG | PHÓ THỦ TƯỚNG``, ``TM. ỦY BAN NHÂN DÂN | CHỦ TỊCH``,
#: ``TL. BỘ TRƯỞNG | VỤ TRƯỞNG VỤ KẾ HOẠCH``.
MD_POSITION_KT_RE = re.compile(r"\s+(?=(?:PHÓ|THỨ\s+TRƯỞNG)(?:\s|$))")
MD_POSITION_TM_RE = re.compile(
    r"\s+(?=(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ|TRƯỞNG\s+BAN|THỦ\s+TƯỚNG|CHÁNH\s+ÁN|VIỆN\s+TRƯỞNG|CHỦ\s+NHIỆM|TỔNG\s+GIÁM\s+ĐỐC|HIỆU\s+TRƯỞNG|PHÓ)\b)"
)
MD_POSITION_TL_RE = re.compile(
    r"\s+(?=(?:VỤ\s+TRƯỞNG|CỤC\s+TRƯỞNG|TỔNG\s+CỤC\s+TRƯỞNG|CHÁNH|GIÁM\s+ĐỐC|TRƯỞNG\s+PHÒNG|TRƯỞNG\s+BAN|PHÓ)\b)"
)
#: An authority prefix inside a signer cell: ``TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH``; the
#: word after it must be in capitals (checked by the reader), so ``Q. Hoàn Kiếm`` stays.
MD_AUTHORITY_CUT_RE = re.compile(
    r"(?<=\S)\s+(?=(?:(?:TM|KT|TL|TUQ|PP|Q)\.|(?:T/M|K/T|T/L)\.?)\s*(?P<next>[^\W\d_]+))"
)
#: The authority prefix that opens a signer title line: ``KT. BỘ TRƯỞNG``.
MD_AUTHORITY_PREFIX_RE = re.compile(r"^(?P<kind>TM|KT|TL|TUQ|PP|Q|T/M|K/T|T/L)\.?\s")
#: Digits a scraper spaced out in a date: ``tháng 0 6`` -> ``tháng 06``.
MD_SPACED_DIGITS_RE = re.compile(
    r"(?P<head>\b(?:ngày|tháng|năm)\s+)(?P<digits>\d(?:\s\d){1,3})(?!\d)", _I
)
#: Capitals spaced out after a số/ký hiệu: ``12/QĐ-U B ND`` (see readers.md._glued_symbol).
MD_SPACED_SYMBOL_RE = re.compile(
    r"(?P<head>\b\d{1,6}/[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)(?P<rest>(?: [A-ZĐ]{1,3}){1,4})(?![\wĐ/])"
)
#: A word followed by trailing punctuation: ``hội;`` -> ``hội`` + ``;``.
MD_TOKEN_RE = re.compile(r"^(?P<word>[^\W\d_]+)(?P<tail>[,.;:!?)]*)$")

# --- command line ---------------------------------------------------------------------------

#: click's message for an unknown command: ``No such command 'nope'.``
CLI_NO_COMMAND_RE = re.compile(r"No such command '(?P<name>[^']*)'")
