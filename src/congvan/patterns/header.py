"""Patterns of the header: organ, số/ký hiệu, place and date, title and subject, preamble."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_X = re.VERBOSE

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
#: The lines a digital signature prints on the page (``Cơ quan phát hành: VĂN PHÒNG CHÍNH
#: PHỦ``, ``Người ký: ...``, ``Thời gian ký: ...``): a scan of the printed letter reads them
#: above the header; they are not the issuing organ.
SIGNING_STAMP_RE = re.compile(
    r"^\s*(?:c[ơo]\s+quan\s+ph[áa]t\s+h[àa]nh|ng[ườư][ờo]i\s+k[ýy]|th[ờo]i\s+gian\s+k[ýy]|k[ýy]\s+b[ởo]i)\s*:",
    _I,
)

FORM_CODE_RE = re.compile(r"^\s*m[ẫa]u\s+(?:s[ốo]\s+)?\S+\s*$", _I)

#: Rules drawn with characters under names: ``-------``, ``_____``, ``*``, ``***``, and the
#: ornaments of older letters: ``-0-``, ``===&===``, ``---oOo---``, ``-o0o-``, ``----- o0o -----``.
RULE_RE = re.compile(
    r"^[\s\-–—_=*.~•]*(?:(?<=[\-–—_=*~])\s*(?:[oO0]{1,3}|&|\+|x|:)\s*(?=[\-–—_=*~]))?[\s\-–—_=*.~•]*$"
)

#: ``Số: 1234/SNV-CCHC``, ``SỐ: 12``, ``Số 36-HD/VPTW`` (Party: no colon), ``Số:      /UBND-NC``;
#: laws and resolutions name themselves: ``Luật số: 56/2010/QH12``, ``Nghị quyết số: 12/NQ-HĐND``.
NUMBER_LINE_RE = re.compile(
    r"^\s*(?:(?:b[ộo]\s+)?lu[ậa]t\s+|ph[áa]p\s+l[ệe]nh\s+|ngh[ịi]\s+quy[ếe]t\s+|l[ệe]nh\s+)?"
    r"s[ốô]\s*(?:[:.]|(?=\s*[\d/]))\s*(?P<body>.*)$",
    _I,
)

#: The number body after cleaning spaces around ``/`` and ``-``:
#: ``1234/SNV-CCHC``, ``/UBND-NC``, ``30/2020/NĐ-CP``, ``/2025/TT-BTC``, ``05a/QĐ-UBND``;
#: before 2011 a slash may part the symbol too: ``40/2000/TT/BTC``, ``1141/TC/QĐ/CĐKT``, and a
#: dash or a space may stand for the first slash when a slash follows (``1141-TC/QĐ/CĐKT``,
#: ``1141 TC/QĐ/CĐKT``, as in Party numbers ``36-HD/VPTW``: the same number and symbol).
STATE_NUMBER_RE = re.compile(
    r"""^(?P<num>\d[\d.]*[a-zA-Z]?)?(?:/|(?:-|(?<=\d)\s+)(?=[^\W\d_][\w&.]*/))
        (?:(?P<year>(?:19|20)\d\d)/)?
        (?P<sym>[^\W\d_][\w&.]*(?:-[\w&.()]+|/[^\W\d_][\w&.()]*)*)$""",
    _X,
)

#: A number joined to its code by a dash alone, as the decrees and decisions of the 1990s wrote
#: it: ``25-CP``, ``48-CP``, ``12-HĐBT`` (number ``25``, symbol ``CP``).
DASHED_NUMBER_RE = re.compile(r"^(?P<num>\d[\d.]*[a-zA-Z]?)-(?P<sym>[^\W\d_][\w&.]*(?:-[\w&.]+)*)$")

#: Party numbers: ``36-HD/VPTW``, ``12-CV/HU``, ``156-CV/TĐTN-BCTĐ&TTN``, blank ``-CV/HU``.
PARTY_NUMBER_RE = re.compile(
    r"^(?P<num>\d[\d.]*[a-zA-Z]?)?-(?P<sym>[^\W\d_][\w&]*/[^\W_][\w&.]*(?:-[\w&.]+)*)$"
)

#: A gap inside a typed number, not between columns: ``Số: 40   /2000/TT/BTC`` (tested on
#: the text before the gap, ``|``, the text after it).
NUMBER_GAP_RE = re.compile(r"^\s*s[ốô]\s*[:.]?\s*\d[\d.]*[a-zA-Z]?\|/", _I)
#: ``Lâm Đồng, ngày 28 tháng 6 năm 2025``, ``Hà Nội, ngày   tháng   năm 2025``,
#: ``Tam Đường, ngày tháng 8 năm 2021``, ``Hà Nội, ngày 03/4/2018`` (or ``03-4-2018``,
#: ``03.4.2018``: one mark between all three). A place holds no ``/``
#: and no column gap: ``Số 5/SNV-VP      Lâm Đồng, ngày ...`` is two columns, not a place.
PLACE_DATE_RE = re.compile(
    r"""^\s*(?P<place>[^\W\d_](?:(?![ ]{3}|\t)[^,;:/]){0,60}?)\s*,\s*
        (?P<date>ng[àa]y\b.*?(?:n[ăa]m\s*(?P<y>\d{4})|(?P<d2>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<y2>\d{4})))
        \s*[.;]?\s*$""",
    _I | _X,
)

#: A place and date whose comma OCR lost (``Hà Nội ngày 11 tháng 12 năm 2025``, a draft's ``Hà
#: ngày   tháng   năm 2025``): a place of one to four words, its day in digits or left blank.
#: The caller keeps it only when each word of the place starts with a capital, as a place's
#: name does (``Hội nghị ngày ...`` is no place).
PLACE_DATE_BARE_RE = re.compile(
    r"""^\s*(?P<place>[^\W\d_][^\s,;:/]*(?:[ ][^\W\d_][^\s,;:/]*){0,3})[ ]+
        (?P<date>ng[àa]y[ ]*(?:\d|th[áa]ng).*?(?:n[ăa]m\s*(?P<y>\d{4})|(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4})))
        \s*[.;]?\s*$""",
    _I | _X,
)

#: The rest of a ký hiệu a narrow column wrapped after its dash or slash (``Số:  /QĐ-`` over
#: ``UBND``): a line of capitals, digits and the ký hiệu's marks only.
SYMBOL_TAIL_RE = re.compile(r"^\s*[A-ZĐ][A-ZĐ0-9&.]*(?:[-/][A-ZĐ0-9&.()]+)*\s*$")

#: A piece of the motto run into an organ's line, where OCR interleaved the two columns of the
#: header: at its end (``ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT``, ``... LÂM ĐỒNG .
#: Hạnh phúc``) or at its start (``NGHĨA VIỆT NAM TỈNH LÂM ĐỒNG``). An organ's own ``VIỆT NAM``
#: (``HỘI NÔNG DÂN VIỆT NAM``) is no piece of it.
MOTTO_TAIL_RE = re.compile(
    r"[\s.,_]*(?:\bc[ộo]ng\s+h[òo]a\b|\b(?:x[ãa]\s+h[ộo]i\s+)?ch[ủu]\s+ngh[ĩi]a\b|\bngh[ĩi]a\s+vi[ệe]t\b"
    r"|\bđ[ộo]c\s+l[ậa]p\b|\bt[ựu]\s+do\s*[-–—]|\bh[ạa]nh\s+ph[úu]c\b).*$",
    _I,
)
MOTTO_HEAD_RE = re.compile(
    r"^\s*(?:c[ộo]ng\s+h[òo]a\s+)?(?:x[ãa]\s+h[ộo]i\s+)?(?:ch[ủu]\s+)?ngh[ĩi]a\s+vi[ệe]t\s+nam\s+",
    _I,
)

#: A place and the start of its date, the year not yet written: the head of a place and date
#: a narrow column wrapped (``Lâm Đồng, ngày   tháng 11`` over ``năm 2025``).
PLACE_DATE_HEAD_RE = re.compile(
    r"""^\s*(?P<place>[^\W\d_](?:(?![ ]{3}|\t)[^,;:/]){0,60}?)\s*,\s*ng[àa]y\b
        (?:(?!n[ăa]m\s*\d)[^;:])*$""",
    _I | _X,
)

#: A place alone on its line, ending in its comma, over its whole date on the next line
#: (``Kon Tum,`` over ``ngày 15 tháng 10 năm 2008``), as a narrow column wrapped it before
#: ``ngày``. Each word of the place starts with a capital (the caller checks).
PLACE_ALONE_RE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\W\d_.]*(?:[ ][^\W\d_][^\W\d_.]*){0,4})\s*,\s*$"
)
DATE_ALONE_RE = re.compile(
    r"""^\s*ng[àa]y\b.*?(?:n[ăa]m\s*(?:19|20)\d\d|\d{1,2}\s*(?P<sep>[/.-])\s*\d{1,2}\s*(?P=sep)\s*(?:19|20)\d\d)
        \s*[.;]?\s*$""",
    _I | _X,
)

#: The end of a date alone on its line, where a narrow column wrapped the place and date
#: before it: ``năm 2025``, ``tháng 9 năm 2025``, ``2025``.
DATE_TAIL_RE = re.compile(
    r"^\s*(?:(?:th[áa]ng\s*\d{0,2}[\s.…_—-]*)?n[ăa]m\s*)?(?:19|20)\d\d\s*\.?\s*$", _I
)

#: A place with a date left wholly blank, year included: ``Hà Nội, ngày tháng năm``.
PLACE_BLANK_DATE_RE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^,;:]{0,60}?)\s*,\s*ng[àa]y[\s.…_]*th[áa]ng[\s.…_]*n[ăa]m[\s.…_]*$", _I
)

#: The parts of a long date, any of day and month blank: ``ngày 05 tháng 8 năm 2021``,
#: ``ngày   tháng 8 năm 2021``, ``ngày … tháng … năm 2025``, ``ngày — tháng 11 năm 2025`` (a
#: blank's underline read as a dash).
LONG_DATE_PARTS_RE = re.compile(
    r"ng[àa]y\s*(?P<d>\d{1,2})?[\s.…_—–-]*th[áa]ng\s*(?P<m>\d{1,2})?[\s.…_—–-]*n[ăa]m\s*(?P<y>\d{4})",
    _I,
)

#: A long date whose day cannot be read (a scan of a signing stamp's digits: ``ngày 2% tháng 9
#: năm 2025``, ``ngày 9? tháng 12``): its month and year still are.
UNREAD_DAY_DATE_RE = re.compile(
    r"ng[àa]y\s*(?=[^\s\d]|\d[^\s\d])\S{1,3}\s+th[áa]ng\s*(?P<m>\d{1,2})[\s.…_—–-]*n[ăa]m\s*(?P<y>\d{4})",
    _I,
)

#: What a signing stamp writes into a printed blank of a PDF: the number or the day.
STAMPED_NUMBER_RE = re.compile(r"[0-9]+")

#: The year of a date whose day and month are in neither form above (``tháng Tám``).
DATE_YEAR_RE = re.compile(r"n[ăa]m\s*(?P<y>\d{4})", _I)

#: The degrees of urgency, longest first (URGENCY_RE, FORM_URGENCY_RE).
_URGENCY_MARK = r"h[ỏo]a\s+t[ốo]c\s+h[ẹe]n\s+gi[ờo]|h[ỏo]a\s+t[ốo]c|th[ượư]ợ?ng\s+kh[ẩa]n|kh[ẩa]n"

#: Urgency marks (ô 10b): ``KHẨN``, ``THƯỢNG KHẨN``, ``HỎA TỐC``, ``HỎA TỐC HẸN GIỜ``.
URGENCY_RE = re.compile(rf"^\W*(?P<mark>{_URGENCY_MARK})\W*$", _I)

#: An urgency mark printed after a công điện's kind on its title line: ``CÔNG ĐIỆN KHẨN``,
#: ``CÔNG ĐIỆN HỎA TỐC``: the kind is the title, the mark the letter's urgency.
TITLE_URGENCY_RE = re.compile(rf"\s+(?P<mark>{_URGENCY_MARK})\W*$", _I)

#: Confidentiality marks (ô 10a): ``MẬT``, ``TỐI MẬT``, ``TUYỆT MẬT``.
SECRECY_RE = re.compile(r"^\W*(?P<mark>tuy[ệe]t\s+m[ậa]t|t[ốo]i\s+m[ậa]t|m[ậa]t)\W*$", _I)

#: Draft markers above the title: ``DỰ THẢO``, ``DỰ THẢO 2``, ``(Dự thảo lần 3)``.
DRAFT_RE = re.compile(r"^\W*d[ựu]\s+th[ảa]o\b[\w\s.]*\W*$", _I)

#: Subject lead words removed from the trích yếu: ``V/v``, ``V/v:``, ``Vv`` (typed without
#: its slash), ``Về việc``, ``Về``, ``Trích yếu:``.
SUBJECT_LEAD_RE = re.compile(
    r"^\s*[\"“]?\s*(?:v\s*/\s*v\b\s*:?|vv\b\s*:?|v[ềe]\s+vi[ệe]c\b\s*:?|v[ềe]\b\s*:?"
    r"|tr[íi]ch\s+y[ếe]u\s*:)\s*",
    _I,
)

#: A body's lead-in to its items, never a subject's next line: ``Sở Nội vụ hướng dẫn ... như
#: sau:``, ``... với các nội dung cụ thể sau đây:``. Case-insensitive, on ``canon`` text.
LIST_LEAD_IN_RE = re.compile(r"(?:như\s+sau|sau\s+đây|cụ\s+thể\s+(?:như\s+)?sau)\s*:\s*$", _I)

#: An invitation's opening over the blank lines a guest's name goes on: ``Trường Đại học Duyên
#: Hải trân trọng kính mời:``. A giấy mời with no subject starts its body so under its title;
#: never a subject. Case-insensitive, on ``canon`` text.
INVITES_RE = re.compile(r"\bk[íi]nh\s+m[ờo]i\s*:?\s*$", _I)

#: ``V/v`` written after the number in a merged cell: ``Số: 2638/LĐTBXH-KHTC V/v ...``.
VV_INLINE_RE = re.compile(r"(?<!\w)v\s*/\s*v\b", _I)

#: Where a công văn's subject starts: ``V/v tăng cường ...``, ``Vv ...``, ``Về việc ...``, ``“V/v
#: ...”``, ``Trích yếu: ...``.
VV_LINE_RE = re.compile(
    r"^\s*[\"“]?\s*(?:v\s*/\s*v\b|vv\b|v[ềe]\s+vi[ệe]c\b|tr[íi]ch\s+y[ếe]u\s*:)", _I
)

#: Organ lines that start a new body in a header: ``SỞ NỘI VỤ`` under ``UBND TỈNH``; not
#: ``PHÒNG THỦ DÂN SỰ``, ``PHÒNG, CHỐNG ...`` under ``BAN CHỈ HUY`` (defence, not an office);
#: ``CHI NHÁNH TỈNH ...`` under ``NGÂN HÀNG NHÀ NƯỚC VIỆT NAM``; ``BẢO HIỂM XÃ HỘI TỈNH ...`` under
#: ``BẢO HIỂM XÃ HỘI VIỆT NAM``, ``BƯU ĐIỆN TỈNH ...`` under its Tổng công ty, ``LIÊN SỞ ...``
#: under the UBND; a ``LIÊN ĐOÀN LAO ĐỘNG TỈNH ...`` under its ``TỔNG LIÊN ĐOÀN``.
ORGAN_HEAD_RE = re.compile(
    r"""^\s*(?:
        s[ởo]\b | ph[òo]ng\b(?!\s*,?\s+(?:th[ủu]|ch[ốo]ng|ng[ừu]a)\b) | ban\b | v[ăa]n\s+ph[òo]ng\b | trung\s+t[âa]m\b | c[ụu]c\b
      | t[ổo]ng\s+c[ụu]c\b | chi\s+c[ụu]c\b | v[ụu]\b | tr[ườu][ờo]ng\b | b[ệe]nh\s+vi[ệe]n\b
      | [đd][àa]i\b | h[ộo]i\b | c[ôo]ng\s+an\b | [ủu]y\s+ban\b | ubnd\b | b[ộo]\b | t[ổo]ng\s+li[êe]n\s+[đd]o[àa]n\b
      | t[ỉi]nh\s+[ủu]y\b | huy[ệe]n\s+[ủu]y\b | th[àa]nh\s+[ủu]y\b | [đd][ảa]ng\s+[ủu]y\b
      | [đd][ảa]ng\s+b[ộo]\b | chi\s+b[ộo]\b | thanh\s+tra\b | kho\s+b[ạa]c\b | b[ộo]\s+ch[ỉi]\s+huy\b
      | h[ộo]i\s+[đd][ồo]ng\b | t[ổo]\b | [đd]o[àa]n\b | li[êe]n\s+[đd]o[àa]n\b | vi[ệe]n\b
      | h[ọo]c\s+vi[ệe]n\b | t[ổo]ng\s+c[ôo]ng\s+ty\b | c[ôo]ng\s+ty\b | qu[ỹy]\b | ng[âa]n\s+h[àa]ng\b
      | t[òo]a\s+[áa]n\b | vi[ệe]n\s+ki[ểe]m\s+s[áa]t\b | m[ặa]t\s+tr[ậa]n\b | chi\s+nh[áa]nh\b
      | ch[íi]nh\s+ph[ủu]\b | qu[ốo]c\s+h[ộo]i\b | th[ủu]\s+t[ướư][ớo]ng\b | ch[ủu]\s+t[ịi]ch\b
      | b[ảa]o\s+hi[ểe]m\s+x[ãa]\s+h[ộo]i\b | b[ưu]u\s+[đd]i[ệe]n\b | li[êe]n\s+(?:s[ởo]|ng[àa]nh)\b
      | x[íi]\s+nghi[ệe]p\b | nh[àa]\s+m[áa]y\b
    )""",
    _I | _X,
)

#: The line ``QUYẾT ĐỊNH:`` (or ``QUYẾT NGHỊ:``, ``CHỈ THỊ:``) that opens the articles.
ENACTING_RE = re.compile(
    r"^\s*(?:quy[ếe]t\s+[đd][ịi]nh|quy[ếe]t\s+ngh[ịi]|ch[ỉi]\s+th[ịi])\s*:\s*$", _I
)

#: Preamble grounds: ``Căn cứ ...``, ``Xét đề nghị ...``, ``Theo đề nghị ...``, ``Trên cơ sở đề
#: nghị / đề xuất ...``, ``Thực hiện ...`` (``Thi hành Chỉ thị số ...`` in older ones); ``Căn
#: cư`` with its tone mark lost in the typing is still a ground.
#: A purpose clause among the grounds of an older decision's preamble (``- Để thống nhất việc
#: lập và nộp báo cáo quyết toán ...;``): not a ground, but the preamble goes on after it.
PREAMBLE_PURPOSE_RE = re.compile(r"^\s*[-+•]?\s*[đĐ]ể\s")

BASIS_RE = re.compile(
    r"""^\s*[-+•]?\s*(?:
        (?P<can_cu>c[ăa]n\s+c[ứuư]\b)
      | (?P<de_nghi>(?:x[ée]t|theo|tr[êe]n\s+c[ơo]\s+s[ởo](?:\s+xem\s+x[ée]t)?)\s+(?:[đd][ềe]\s+ngh[ịi]|[đd][ềe]\s+xu[ấa]t|t[ờo]\s+tr[ìi]nh|b[áa]o\s+c[áa]o|[ýy]\s+ki[ếe]n)\b|x[ée]t\s+[đd][ơo]n\b)
      | (?P<thuc_hien>th[ựu]c\s+hi[ệe]n\b|thi\s+h[àa]nh\s+(?=[A-ZĐ]))
    )""",
    _I | _X,
)

#: Where a paragraph starts a second ground: a lead phrase after ``;`` or ``.``:
#: ``... Luật Luật sư. Căn cứ hồ sơ ...``, ``...; Xét đề nghị của ...``, or capitalised where
#: the stop between them was lost (``... của Bộ Tài chính Xét đề nghị của Cục Thuế ...``), or
#: after ``và`` (``Thực hiện Kế hoạch số 45/KH-UBND ... và xét đề nghị của UBND các huyện``; a
#: bare ``và đề nghị của ...`` goes on with the proposal before it).
BASIS_SPLIT_RE = re.compile(
    r"(?:[.;]\s+|,?\s+v[àa]\s+(?=(?:x[ée]t|theo)\s+[đd][ềe]\s+ngh[ịi]\b))(?=(?:c[ăa]n\s+c[ứu]|x[ée]t\s+(?:[đd][ềe]\s+ngh[ịi]|t[ờo]\s+tr[ìi]nh)|theo\s+[đd][ềe]\s+ngh[ịi]|th[ựu]c\s+hi[ệe]n)\b)"
    r"|(?-i:\s+(?=(?:Căn\s+cứ|Xét\s+(?:đề\s+nghị|tờ\s+trình|Tờ\s+trình)|Theo\s+đề\s+nghị)\b))",
    _I,
)

#: Two flattened columns on one line: ``SỞ NỘI VỤ      Độc lập - Tự do - Hạnh phúc``.
COLUMN_GAP_RE = re.compile(r"^(?P<left>\s*\S.*?)(?:\s{3,}|\t+)(?P<right>\S.*)$")

#: A run of spaces (three or more) or tabs between flattened columns.
WIDE_GAP_RE = re.compile(r"[ \t]*\t[ \t]*| {3,}")

#: A signing authority glued to the Nơi nhận entry beside it, the cell mark between them lost
#: (``- Lưu: VT, CAT (PC17).KT. TRƯỞNG BAN``: a .doc saved by LibreOffice drops its closing
#: table's cell ends): the entry ends at its stop, the authority's words are capitals; so is
#: the position of one who signs in his own name (``- Lưu: VP, ĐĐBĐ.TỔNG CỤC TRƯỞNG``), two
#: words or more ending a head's title (``TRƯỞNG``, ``GIÁM ĐỐC``, ``CHỦ TỊCH``, ``BÍ THƯ``).
#: Case-sensitive, on the line as written.
_CAPS = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
GLUED_AUTHORITY_RE = re.compile(
    rf"(?<=[.;,)])\s*(?=(?:KT|TM|TL|TUQ|Q|K/T|T/M|T/L)\.?\s*[A-ZĐ][{_CAPS} ]+$"
    rf"|(?:[{_CAPS}]+\s+){{1,4}}(?:TRƯỞNG|ĐỐC|TỊCH|THƯ)$)"
)

#: A bullet alone before a gap (``-      các đơn vị trực thuộc``) is no column of its own.
LONE_BULLET_RE = re.compile(r"^\s*[-–+•*]\s*$")

#: ``Số:`` alone: the gap after it is a blank number, not a column gap.
NUMBER_LABEL_RE = re.compile(r"^\s*s[ốô]\s*:?\s*$", _I)

#: An unusual number split at its last ``/`` before a letter: ``10-01/26/PT-NC``.
LOOSE_NUMBER_RE = re.compile(r"^(?P<num>.*?\d[^/]*(?:/\d+)*)?/(?P<sym>[^\W\d_].*)$")

#: Leading digits of a number with no ``/``.
LEADING_DIGITS_RE = re.compile(r"^(\d+)")

#: Separators inside a ký hiệu: ``QĐ-UBND``, ``HD/VPTW``.
SYMBOL_SEP_RE = re.compile(r"[-/]")

#: Placeholders where the signature goes: ``[daky]``, ``(Chữ ký số)``, ``(ký, ghi rõ họ tên)``.
SIGN_PLACEHOLDER_RE = re.compile(
    r"^\W*(?:\[.*\]|\(.*\)|ch[ữu]\s+k[ýy]\b.*|[đd][ãa]\s+k[ýy].*)\W*$", _I
)

#: The Công báo's running head at the top of each page of a reprint, with the issue's number
#: and date and the page's (``CÔNG BÁO      Số 40 - 30 - 10 - 1999``, ``2  CÔNG BÁO/Số 1025 +
#: 1026/Ngày 27-12-2016``): print furniture, no number or issuer of the document. Nothing but
#: numbers, dates and ``Số``/``Ngày`` may follow the name; case-insensitive, on ``canon`` text.
GAZETTE_HEAD_RE = re.compile(
    r"^\s*(?:\d{1,5}\s+)?c[ôo]ng\s+b[áa]o\s*[/|–-]?\s*s[ốô]\s*:?\s*\d[\d\s+/.–-]*"
    r"(?:ng[àa]y\s*:?\s*\d[\d\s/.–-]*)?$",
    _I,
)

#: A title followed by its author, as the Công báo and older letters print it:
#: ``QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH``, ``Quyết định của Bộ trưởng ...``.
TITLE_OF_RE = re.compile(r"^\s*(?P<title>\S.*?)\s+(?P<of>c[ủu]a\s+\S.*)$", _I)
#: The first line of the author, number and date after a title: ``CỦA CHÍNH PHỦ SỐ ...``,
#: ``của Bộ trưởng Bộ Tài chính số 1141-TC/QĐ/CĐKT``.
#: ``LIÊN TỊCH BỘ TÀI CHÍNH - ... SỐ 120/2000/TTLT-...`` under ``THÔNG TƯ`` (the second word of
#: the title opens the authors' line) and ``Số 117/2003/NĐ-CP ngày ...`` with no author.
GAZETTE_OPEN_RE = re.compile(r"^\s*(?:c[ủu]a\s+\S|li[êe]n\s+t[ịi]ch\s+\S|s[ốô]\s*:?\s*\d)", _I)
#: The line under a bare title that names its author: ``CỦA BỘ TRƯỞNG BỘ NÔNG NGHIỆP`` (the number
#: and date, if any, are GAZETTE_RE's). Case-insensitive.
AUTHOR_OPEN_RE = re.compile(r"^\s*c[ủu]a\s+\S", _I)
#: A subject's lead inside such a line: ``của Ban Thường vụ Tỉnh ủy *về* tăng cường ...``.
#: Case-insensitive, on ``canon`` text.
SUBJECT_IN_AUTHOR_RE = re.compile(r"\s(?:v[ềe](?:\s+vi[ệe]c)?|v\s*/\s*v)\s", _I)
#: The joint word that belongs to the title when an authors' line opens with it.
JOINT_RE = re.compile(r"^\s*li[êe]n\s+t[ịi]ch\b", _I)
#: The author, number and date written after such a title (one to three lines joined):
#: ``CỦA CHÍNH PHỦ SỐ 94 /1998/NĐ-CP NGÀY 17 THÁNG 11 NĂM 1998``, ``của Bộ trưởng Bộ Tài chính
#: số 1141-TC/QĐ/CĐKT ngày 01 tháng 11 năm 1995 Về việc ban hành``; ``rest`` opens the subject.
#: A slash after the first is spaced (``120 /2000/ TTLT``) or part of the symbol's run: each
#: ``/`` has one way to be read, so ``Số: 1/1/1/1/...`` with no date fails at once.
GAZETTE_RE = re.compile(
    r"""^\s*(?:(?:c[ủu]a|li[êe]n\s+t[ịi]ch)\s+(?P<author>.+?)\s+)?s[ốô]\s*:?\s*(?P<number>[\d.]+\s*[a-z]?\s*[/-]\S*?(?:\s+/\s*\S+?|/\s+\S+?)*)
        \s*,?\s+ng[àa]y\s+(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}
        | \d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4})(?P<rest>.*)$""",
    _I | _X,
)

#: The issuing authority's own line between the subject and the grounds, in older letters:
#: ``BỘ TRƯỞNG BỘ TÀI CHÍNH``, ``Bộ trưởng Bộ Tài chính``, ``CHÍNH PHỦ``, ``ỦY BAN NHÂN DÂN ...``.
AUTHORITY_LINE_RE = re.compile(
    r"^\s*(?:b[ộo]\s+tr[ưu][ởo]ng|th[ủu]\s+t[ướư][ớo]ng|ch[ủu]\s+t[ịi]ch|ch[íi]nh\s+ph[ủu]|[ủu]y\s+ban"
    r"|h[ộo]i\s+[đd][ồo]ng|t[ổo]ng\s+c[ụu]c\s+tr[ưu][ởo]ng|gi[áa]m\s+[đd][ốo]c|th[ốo]ng\s+[đd][ốo]c)\b[^.;:]{0,70}$",
    _I,
)

#: A form's numbered trích yếu field: ``2. Trích yếu: V/v cho phép đổi tên Hội ...`` (a phiếu
#: trình gives the submitted letter's subject there), or its ``Vấn đề trình:``; the value may
#: stand on the lines under the field's name.
FORM_SUBJECT_RE = re.compile(
    r"^\s*(?:\d+\.\s*)?(?:tr[íi]ch\s+y[ếe]u|v[ấa]n\s+[đd][ềe]\s+tr[ìi]nh)\s*:\s*(?P<value>.*)$", _I
)

#: A form's field name alone on its line, its value under it: ``Cơ quan trình:``, ``Hồ sơ kèm
#: theo:``, ``Ý kiến của chuyên viên:``.
FORM_FIELD_RE = re.compile(r"^\s*(?:\d+\.\s*)?[^\W\d][^:.;]{0,40}:\s*$")

#: A form's độ khẩn field: ``5. Độ mật: Không. Độ khẩn: Hỏa tốc.``
FORM_URGENCY_RE = re.compile(rf"\b[đd][ộo]\s+kh[ẩa]n\s*:\s*(?P<mark>{_URGENCY_MARK})\b", _I)

#: The office leader's box of a phiếu trình: ``LÃNH ĐẠO VĂN PHÒNG``.
LEAD_BOX_RE = re.compile(r"^\s*l[ãa]nh\s+[đd][ạa]o\s+\S", _I)
