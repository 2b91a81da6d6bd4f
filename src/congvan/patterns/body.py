"""Patterns of the body: item labels, headings, task tables, the closing text and what a letter asks."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_X = re.VERBOSE

#: Item labels at the start of a paragraph, tried in this order: the divisions of a decree
#: or a guide (``Chương I``, ``PHẦN THỨ NHẤT``, ``Phần A``, ``Mục 2``), ``Điều 1.``, ``I.``/``II-``/``IV/``, ``A.`` (parts lettered A-D), ``1.2.``, ``1.``/``1)``,
#: ``a)``/``đ.``, ``(1)``, ``(a)``. ``C.`` and ``D.`` are letters: roman C and D never number.
#: Older letters also write ``A -``, ``D- Miễn thuế``, ``1/``, ``1-``, ``1.-``, ``1.1-``, ``4.1:``,
#: ``3.1 -``, ``a/``, ``a -`` (a dash or slash with a space after it, so ``1-2 ngày`` and
#: ``12/2025`` stay text; ``III/2026``, a quarter whose ``Quý`` a table cell put on the line
#: above, too). Tax circulars number points under a letter ``b1.``, ``b2.`` and
#: list grounds in lower-case roman numerals, ``(i)``, ``(ii)``, ``ii.``, ``iii-``: the ones
#: that cannot be a letter are matched here, a lone ``i``, ``v`` or ``x`` is told from the
#: letter by the items before it (:meth:`congvan.extract.body._Tree.open_item`).
LABEL_RE = re.compile(
    r"""^\s*(?:
        (?P<division>(?i:ch[ươư][ơo]ng|ph[ầa]n|m[ụu]c)\s+(?:[IVXLC]{1,6}|\d{1,3}
            |(?i:th[ứu]\s+(?:nh[ấa]t|hai|ba|t[ưư]|n[ăa]m|s[áa]u|b[ảa]y|t[áa]m|ch[íi]n|m[ườư][ờo]i)))
            |(?i:ph[ầa]n)\s+[A-H])
        (?!\w)\s*[.:\-]?\s*
      | (?P<article>[ĐđDd]i[ềe]u\s+\d+[a-z]?)\s*[.:]\s*
      | (?P<roman>[IVXL]{1,6})\s*(?:[.\-)]|/(?!\d))\s*(?=\S)
      | (?P<upper_letter>[A-HK-UYĐ])(?:\.|\s*-(?=\s))\s+(?=\S)
      | (?P<multi>\d{1,3}(?:\.\d{1,3}){1,4})(?:\.-?|\s?-(?=\s)|:)?\s+(?=\S)
      | (?P<arabic>\d{1,3})\s*(?:\.-|[.)](?:\s+|(?=[^\W\d_]))|[/-](?=\s+[^\W\d_]))\s*(?=\S)
      | (?P<lroman>ii|iii|iv|vi|vii|viii|ix)\s*(?:[.)]|[/-](?=\s))\s*(?=\S)
      | (?P<letter_num>[a-zđ]\d{1,2})\s*[.)]\s+(?=\S)
      | (?P<letter>[a-zđ])\s*(?:[)]|[/-](?=\s))\s*(?=\S)
      | (?P<letter_dot>[a-zđ])\.\s+(?=\S)
      | \((?P<paren_num>\d{1,3})\)\s*(?=\S)
      | \((?P<paren_lroman>ii|iii|iv|vi|vii|viii|ix)\)\s*(?=\S)
      | \((?P<paren_letter>[a-zđ])\)\s*(?=\S)
    )""",
    _X,
)

#: A section's label alone on its line with its heading on the next (``IV.`` over ``TỔ CHỨC
#: THỰC HIỆN``, ``Điều 5.`` over ``Trách nhiệm của Sở Tài chính``), as text exports and PDFs
#: break them: the two are one line. Only a roman numeral or an article: a number or a letter
#: alone is as often a table's row number read apart from its row (a scan) or a page number.
LONE_LABEL_RE = re.compile(r"^\s*(?:[ĐđDd]i[ềe]u\s+\d+[a-z]?\s*[.:]?|[IVXL]{1,6}\s*[.\-/)])\s*$")

#: ... and a number or a letter alone (``1.``, ``2.1.``, ``a)``, ``đ)``) over its heading, as a
#: text copied out of a PDF breaks them; only where no scan was read (see LONE_LABEL_RE).
LONE_ITEM_LABEL_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)/]|[a-zđ]\s*[)/])\s*$")

#: Attribute lines under an item, after any bullet a list line may have (``-``, ``–``, ``•``):
#: ``- Đơn vị chủ trì: Sở Tài chính.``, ``Cơ quan chủ trì theo
#: dõi: Văn phòng UBND tỉnh``, ``- Thời gian hoàn thành: trong tháng 8/2025.``
LEAD_UNIT_RE = re.compile(
    r"^\s*[-+•·–—]?\s*(?:(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi])\s+(?:ch[ủu]\s+tr[ìi](?:\s+theo\s+d[õo]i)?|th[ựu]c\s+hi[ệe]n|ch[ịi]u\s+tr[áa]ch\s+nhi[ệe]m)|ch[ủu]\s+tr[ìi](?:\s+th[ựu]c\s+hi[ệe]n)?"
    r"|tr[áa]ch\s+nhi[ệe]m\s+th[ựu]c\s+hi[ệe]n)\s*:\s*(?P<value>.+)$",
    _I,
)

#: A numbered item that only captions who leads or coordinates the work of its section,
#: over a list or with the names after a colon (a ministry's plan): ``2. Cơ quan chủ trì, phối
#: hợp`` over ``a) Cơ quan chủ trì`` (``- Ban Chỉ đạo quốc gia.``) and ``b) Cơ quan phối hợp``;
#: ``a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.`` ``both`` is a caption over the two.
#: ``2. Chủ trì thực hiện`` over its list names the leads without ``Cơ quan``; ``both_partner``
#: tells ``chủ trì, phối hợp`` from ``chủ trì, thực hiện``.
CAPTION_RE = re.compile(
    r"^\s*(?:(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi])\s+|(?=ch[ủu]\s+tr[ìi]))(?:(?P<lead>ch[ủu]\s+tr[ìi](?:\s+th[ựu]c\s+hi[ệe]n)?|th[ựu]c\s+hi[ệe]n)(?P<both>\s*,\s*(?:(?P<both_partner>ph[ốo]i\s+h[ợo]p)|th[ựu]c\s+hi[ệe]n))?|(?P<partner>ph[ốo]i\s+h[ợo]p))\s*(?::\s*(?P<value>.*?))?\s*[.;:]?\s*$",
    _I,
)

TIME_ATTR_RE = re.compile(
    r"^\s*[-+•·–—]?\s*(?:th[ờo]i\s+(?:gian|h[ạa]n)(?:\s+(?:ho[àa]n\s+th[àa]nh|th[ựu]c\s+hi[ệe]n|b[áa]o\s+c[áa]o))?"
    r"|ti[ếe]n\s+[đd][ộo](?:\s+ho[àa]n\s+th[àa]nh)?)\s*:\s*(?P<value>.+)$",
    _I,
)

#: A member named after a caption: ``1. Chủ tịch Hội đồng: Ông Đinh Văn Tuấn - ...``, ``- Bà
#: Lê Thị Thêu``, ``Đại tướng Lương Tam Quang``: the line lists who sits on a body, it assigns
#: no work. Case-sensitive on the text as written.
#: A table cell that is only a row's number (``III.1``, ``2``, ``IV``): in a table of figures it
#: numbers a row, it opens no item.
ROW_NUMBER_CELL_RE = re.compile(r"\s*(?:[IVXLC]+|\d{1,3})(?:\.\d{1,3})*\.?\s*")

#: A heading that names whose duties follow: ``Trách nhiệm của Sở Tài chính``, ``Nhiệm vụ và
#: quyền hạn của Ban Chỉ đạo``, ``Quyền hạn, nghĩa vụ của ...``, ``Quyền và nghĩa vụ của ...``
#: (rights alone, ``Quyền của X``, ask nothing of X), ``Trách nhiệm thông tin, báo
#: cáo của Bộ ...`` (``Chức năng của X`` states a remit, no duties); what the duty is
#: about (``trong việc ...``, ``đối với ...``) is not part of the name. Case-insensitive, on
#: ``canon`` text; the whole heading must be this (a sentence after it is not a name).
DUTY_HEADING_RE = re.compile(
    r"\s*(?:tr[áa]ch\s+nhi[ệe]m|nhi[ệe]m\s+v[ụu]|ngh[ĩi]a\s+v[ụu]|quy[ềe]n\s+h[ạa]n"
    r"|quy[ềe]n(?=\s*(?:,|v[àa])\s*(?:ngh[ĩi]a\s+v[ụu]|tr[áa]ch\s+nhi[ệe]m|nhi[ệe]m\s+v[ụu])))"
    r"(?:\s*(?:,|v[àa])\s*(?:quy[ềe]n\s+h[ạa]n|quy[ềe]n|ho[ạa]t\s+[đd][ộo]ng|tr[áa]ch\s+nhi[ệe]m"
    r"|nhi[ệe]m\s+v[ụu]|ngh[ĩi]a\s+v[ụu]"
    r"|th[ôo]ng\s+tin|b[áa]o\s+c[áa]o))*(?:\s+th[ôo]ng\s+tin,\s*b[áa]o\s+c[áa]o)?"
    r"\s+c[ủu]a\s+(?P<who>[^:;]+?)(?:\s+(?:trong\s+(?:vi[ệe]c|th[ựu]c\s+hi[ệe]n|tri[ểe]n\s+khai)"
    r"|[đd][ốo]i\s+v[ớo]i|v[ềe]\s+vi[ệe]c)\b[^:;]*)?\s*[.:]?\s*$",
    _I,
)

#: An article that defines or scopes rather than assigns: ``Điều 3. Giải thích từ ngữ``,
#: ``Phạm vi điều chỉnh``, ``Đối tượng áp dụng``; its points name terms and whom the rule
#: covers (``8. Thanh tra nhân dân là hình thức giám sát ...``), nobody who must act. The
#: whole heading line, case-insensitive, on ``canon`` text.
DEFINING_HEADING_RE = re.compile(
    r"\s*(?:gi[ảa]i\s+th[íi]ch\s+t[ừu]\s+ng[ữu]|ph[ạa]m\s+vi\s+[đd]i[ềe]u\s+ch[ỉi]nh"
    r"(?:\s+v[àa]\s+[đd][ốo]i\s+t[ượư][ợo]ng\s+[áa]p\s+d[ụu]ng)?|[đd][ốo]i\s+t[ượư][ợo]ng\s+[áa]p\s+d[ụu]ng)"
    r"\s*[.:]?\s*$",
    _I,
)

#: The lead-in of a list of one holder's duties or powers, ending its paragraph: ``Bộ Nội vụ
#: ... có nhiệm vụ và quyền hạn sau đây:``, ``Thanh tra sở có các nhiệm vụ sau:``, ``Người ra
#: quyết định thanh tra có quyền:``. Lower case,
#: on ``canon_lower`` text.
DUTY_LIST_LEAD_RE = re.compile(
    r"(?<!\w)có\s+(?:các\s+)?(?:nhiệm\s+vụ|quyền(?:\s+hạn)?|nghĩa\s+vụ|trách\s+nhiệm)"
    r"[^:.;]{0,40}?(?:sau\s+đây|như\s+sau|sau)?\s*:\s*$"
)

#: A request an item of such a list opens with (``Yêu cầu Thủ trưởng cơ quan ... báo cáo``,
#: ``Kiến nghị Bộ trưởng xem xét ...``, ``Đề nghị Bộ trưởng ...``): the holder asks; the one
#: asked is no owner of the item. Lower case, on ``canon_lower`` text.
HOLDER_REQUEST_RE = re.compile(r"\s*(?:yêu\s+cầu|đề\s+nghị|kiến\s+nghị)\s")

#: ... or makes after a clause of its own work (``Kiểm sát việc tiếp nhận ...; yêu cầu Cơ quan
#: điều tra cung cấp hồ sơ``). Lower case, searched on ``canon_lower`` text.
HOLDER_REQUEST_CLAUSE_RE = re.compile(r"[;,]\s*(?:yêu\s+cầu|đề\s+nghị|kiến\s+nghị)\s")

#: A caption over the members of a body, whatever follows it: ``3. Các thành viên Tổ giúp việc
#: gồm:``, ``Các thành viên Ban Chỉ đạo:``, ``Thành phần Hội đồng gồm:``. Lower case, on
#: ``canon_lower`` text.
ROSTER_CAPTION_RE = re.compile(
    r"\s*(?:(?:các\s+)?thành\s+(?:viên|phần)(?!\s+(?:phố|công))\b[^:]{0,120}:\s*$|[^:]{0,120}\bgồm(?:\s+có)?\s*:\s*$)"
)

#: An entry of a body's members, a position or a person ending with the seat held:
#: ``Bộ trưởng Bộ Công an Đại tướng Lương Tam Quang, Phó Trưởng Ban Thường trực Ban Chỉ đạo``,
#: ``Giám đốc Sở Nội vụ, Tổ trưởng;``, ``Phó Giám đốc Sở Tài chính - Thành viên.``
MEMBER_SEAT_RE = re.compile(
    r"(?:,|\s[-–])\s*(?:Phó\s+)?(?:Trưởng\s+[Bb]an|Tổ\s+trưởng|Tổ\s+phó|Ủy\s+viên|Uỷ\s+viên"
    r"|Thành\s+viên|Thư\s+ký|Chủ\s+tịch\s+Hội\s+đồng|Đội\s+trưởng|Đội\s+phó)(?!\w)[^,;:]{0,60}[.;]?\s*$"
)

PERSON_RE = re.compile(
    r"\s*(?:[-–+•]\s*)?(?:[ÔôOo]ng|[Bb]à|[Đđ]ồng\s+chí|[Đđ]/[Cc]|[Đđ]ại\s+tướng|[Tt]hượng\s+tướng"
    r"|[Tt]rung\s+tướng|[Tt]hiếu\s+tướng|[Đđ]ại\s+tá|[Tt]hượng\s+tá|[Tt]rung\s+tá|[Tt]hiếu\s+tá"
    r"|[Ll]uật\s+sư|[Tt]iến\s+sĩ|TS\.|ThS\.)\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝ]"
)

#: The seat a member holds, captioned before the person's name in a list of a body's members:
#: ``- Chủ nhiệm: Luật sư ...``, ``- Phó Chủ tịch: Ông ...`` (PERSON_RE reads on from its end).
SEAT_CAPTION_RE = re.compile(r"\s*[-–+•]?\s*[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,5}\s*:\s*")

#: The end of a line that a sentence goes on from, whatever the next line opens with: a
#: comma or a linking word no heading ends with (``2. Giám đốc Sở Xây dựng, Giám đốc Sở Công
#: Thương và`` over ``Trưởng Ban Quản lý ...``), or the plural before a name (``Đối với Hiệu
#: trưởng các trường THPT, Giám đốc các`` over ``Trung tâm GDNN-GDTX``). Case-sensitive: ``Và``
#: ends no wrapped line.
WRAP_END_RE = re.compile(r"(?:,|\s(?:và|hoặc|của|với|cho|tại|để|theo|trong|từ|đến|các|những))\s*$")

#: What stands between two units of one recipient line (``Bộ Chỉ huy Quân sự tỉnh, Công an
#: tỉnh``, ``Sở Tài chính và Sở Nội vụ``): a comma, a semicolon or ``và``; its ``pattern`` joins
#: the units' names to match the line whole.
LIST_JOINT_RE = re.compile(r"(?:\s*[,;]\s*|\s+và\s+)")

#: Attribute lines naming who coordinates: ``- Đơn vị phối hợp: Sở Tài chính``.
PARTNER_ATTR_RE = re.compile(
    r"^\s*[-+•·–—]?\s*(?:(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi])\s+)?ph[ốo]i\s+h[ợo]p(?:\s+th[ựu]c\s+hi[ệe]n)?\s*:\s*(?P<value>.+)$",
    _I,
)

#: An attribute written as the last sentence of an item's paragraph rather than on a line of
#: its own: ``... (dưới 70% thì tiêu chí này đạt 0 điểm). Cơ quan chủ trì theo dõi: Sở Tài
#: chính.``; ``Cơ quan thực hiện: ...``, ``Trách nhiệm thực hiện: ...``, ``Trách nhiệm: Khoa
#: Dược.`` (a lead, group ``duty``)
#: and ``Cơ quan phối hợp: ...`` likewise, or after a semicolon in lower case (``Cơ quan chủ
#: trì: Sở Công Thương; cơ quan phối hợp: Sở Tài chính, ...``, ``Trách nhiệm thực hiện: X; phối
#: hợp: Y, Z``). On ``canon`` text, case as
#: written: the caption opens a sentence or a clause. The value's list may run across ``;``
#: (``Thuế tỉnh Hưng Yên; Kho bạc Nhà nước khu vực V``) up to another attribute (``; thời gian
#: hoàn thành: ...``).
INLINE_ATTR_RE = re.compile(
    r"[.;)]\s+(?:(?:Cơ\s+quan|Đơn\s+vị|(?<=;\s)(?:cơ\s+quan|đơn\s+vị))\s+(?:(?P<lead>chủ\s+trì(?:\s+(?:theo\s+dõi|thực\s+hiện))?|thực\s+hiện|chịu\s+trách\s+nhiệm)"
    r"|(?P<partner>phối\s+hợp(?:\s+thực\s+hiện)?))|(?P<duty>Trách\s+nhiệm(?:\s+thực\s+hiện)?)"
    r"|(?<=;\s)(?P<coordinating>phối\s+hợp))\s*:\s*"
    r"(?P<value>(?:[^.:;]|;(?!\s*(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị|[Tt]hời\s+(?:gian|hạn)|[Tt]iến\s+độ)\b"
    r"|\s*phối\s+hợp\s*:)){2,300})"
)

#: A PDF cell's line that is only a head, a name's first words the cell's width cut before
#: the unit they head (``Văn phòng`` / ``UBND tỉnh``, ``Giám đốc`` / ``Sở Y tế``, ``Chủ tịch UBND``
#: / ``các xã``): the next line goes on with it. ``fullmatch``ed on canon text.
CELL_HEAD_ONLY_RE = re.compile(
    r"(?:(?:Phó\s+)?(?:Giám\s+đốc|Chủ\s+tịch|Trưởng\s+(?:ban|phòng|khoa)|Chánh\s+Văn\s+phòng"
    r"|Bí\s+thư|Chỉ\s+huy\s+trưởng|Cục\s+trưởng|Viện\s+trưởng)|Thủ\s+trưởng|Lãnh\s+đạo|Người\s+đứng\s+đầu"
    r"|Văn\s+phòng|Trung\s+tâm|Chi\s+cục|Chi\s+nhánh|Ủy\s+ban(?:\s+nhân\s+dân)?|Hội\s+đồng(?:\s+nhân\s+dân)?"
    r"|Ban\s+(?:Quản\s+lý|Chỉ\s+đạo|Chỉ\s+huy|Thường\s+vụ)|Bộ\s+Chỉ\s+huy|Các\s+\w+)"
    r"(?:\s+(?:UBND|HĐND))?"
)

#: The bodies a cell's unit may belong to, opening the line that goes on with it (``Ban Kinh tế``
#: / ``Tỉnh uỷ``, ``Phòng Cảnh sát giao thông`` / ``Công an tỉnh``). ``match``ed on canon text.
CELL_PARENT_RE = re.compile(
    r"(?:(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng)\s+[uủ][ỷy]|UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân"
    r"|Công\s+an\s+(?:tỉnh|huyện|thành\s+phố|quận|thị\s+xã)|Bộ\s+(?!Chỉ\s+huy)[A-ZĐ]|Sở\s+[A-ZĐ])"
)

#: A name placed at its level already (``... tỉnh``, ``... huyện Núi Thành``, ``... xã``): it
#: needs no body after it. Searched on canon text.
CELL_PLACED_RE = re.compile(
    r"\s(?:tỉnh|huyện|xã|phường|thị\s+xã|thị\s+trấn|thành\s+phố|quận|đặc\s+khu|Trung\s+ương)(?:\s+[A-ZĐ]\w*)*$"
)

#: ... and a line that ends on a word joining the name to more (``Sở Văn hóa, Thể thao và`` /
#: ``Du lịch``, ``Phòng Kinh tế -`` / ``Hạ tầng``, ``Ban Quản lý dự án của`` / ``...``). Searched.
CELL_NAME_GOES_ON_RE = re.compile(r"(?:\s(?:và|của|thuộc|trực\s+thuộc|các)|[-–,;(])$")

#: Column headings of a task table (``STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
#: Thời gian hoàn thành``), tried in this order on a short header cell: ``Cơ quan phối hợp``
#: (without ``chủ trì``: ``Cơ quan chủ trì, phối hợp`` is one lead column), ``Thời gian thực
#: hiện`` before ``Đơn vị thực hiện``, then the lead, the content and the row number. The
#: units concerned beside the lead (``Đơn vị liên quan``, ``Cơ quan, đơn vị liên quan``)
#: coordinate.
TABLE_PARTNER_HEAD_RE = re.compile(
    r"ph[ốo]i\s+h[ợo]p|(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi])(?:\s*,\s*[đd][ơo]n\s+v[ịi])?\s+li[êe]n\s+quan",
    _I,
)

TABLE_TIME_HEAD_RE = re.compile(
    r"th[ờo]i\s+(?:gian|h[ạa]n|[đd]i[ểe]m)|ti[ếe]n\s+[đd][ộo]|ho[àa]n\s+th[àa]nh", _I
)

#: A time column that says when a task is due (``Thời gian hoàn thành``, ``Thời hạn``, ``Thời
#: gian kết thúc``), preferred to one that says when it starts.
TABLE_DUE_HEAD_RE = re.compile(r"ho[àa]n\s+th[àa]nh|h[ạa]n|k[ếe]t\s+th[úu]c", _I)

#: A heading cell that names only units (``Đơn vị``, ``Cơ quan, đơn vị``): the lead column of a
#: table whose rows are units and their duties (``TT | Đơn vị | Nhiệm vụ được giao | Thời hạn``)
#: when the table has a time column too; a report's table of units' results has none.
TABLE_UNIT_HEAD_RE = re.compile(
    r"\s*(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi])(?:\s*,\s*(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi]|[đd][ịi]a\s+ph[ươư][ơo]ng))*\s*",
    _I,
)

TABLE_LEAD_HEAD_RE = re.compile(
    r"ch[ủu]\s+tr[ìi]|tr[áa]ch\s+nhi[ệe]m|ph[âa]n\s+c[ôo]ng|[đd][ầa]u\s+m[ốo]i|(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi]|b[ộo]\s+ph[ậa]n|ng[ườư][ờo]i)\b[^|]*?\b(?:th[ựu]c\s+hi[ệe]n|tham\s+m[ưu]u)",
    _I,
)

#: The task column: ``Nội dung``, ``Nhiệm vụ``, ``Công việc``, ... and, in a programme that lists
#: the documents to draft, ``Tên văn bản`` or ``Tên đề án`` (each row a document to prepare).
TABLE_TASK_HEAD_RE = re.compile(
    r"n[ộo]i\s+dung|nhi[ệe]m\s+v[ụu]|c[ôo]ng\s+vi[ệe]c|ho[ạa]t\s+[đd][ộo]ng|gi[ảa]i\s+ph[áa]p"
    r"|t[êe]n\s+(?:v[ăa]n\s+b[ảa]n|[đd][ềe]\s+[áa]n)",
    _I,
)

#: The roles a task table's one unit column writes in its cell: a mark after the units it
#: covers (``Chi cục Thủy lợi (chủ trì); UBND các xã, phường (phối hợp)``) or a caption
#: before them (``Chủ trì: Văn phòng HĐND và UBND xã`` / ``Phối hợp: Phòng Kinh tế``, on two
#: lines of the cell). On ``canon`` text.
CELL_ROLE_RE = re.compile(
    r"\(\s*(?P<mark>ch[ủu]\s+tr[ìi]|ph[ốo]i\s+h[ợo]p)\s*\)"
    r"|(?<![^\s;,.(])(?P<caption>(?:(?:c[ơo]\s+quan|[đd][ơo]n\s+v[ịi])\s+)?(?:ch[ủu]\s+tr[ìi]|ph[ốo]i\s+h[ợo]p))\s*:",
    _I,
)

#: A task table's cell that repeats the one above it: ``Như trên``, ``- nt -``, ``Như trên.``.
TABLE_AS_ABOVE_RE = re.compile(r"\s*[-(]?\s*(?:nh[ưu]\s+tr[êe]n|nt)\s*[-).]?\s*", _I)

#: A task table's remarks column (``Ghi chú``): where a row without a time of its own may say
#: when it is due (``Xong trước ngày 31/01/2026``).
TABLE_NOTE_HEAD_RE = re.compile(r"ghi\s+ch[úu]", _I)

#: The row number's column: ``STT``, ``TT``, ``Số TT``, or a procedure's ``Bước`` (step).
TABLE_NUMBER_HEAD_RE = re.compile(
    r"^\s*(?:stt|tt|s[ốo]\s+(?:tt|th[ứu]\s+t[ựu])|b[ướư][ớo]c)\s*\.?\s*$", _I
)

#: The row number of a task table: ``I``, ``1``, ``1.2``, ``a`` with an optional ``.`` or ``)``.
TABLE_ROW_LABEL_RE = re.compile(
    r"^\s*(?:(?P<roman>[IVX]{1,5})|(?P<number>\d{1,3})|(?P<multi>\d{1,3}(?:\.\d{1,3}){1,3})"
    r"|(?P<letter>[a-zđ])|(?P<upper_letter>[A-Z]))\s*[.)]?\s*$"
)

#: A row that numbers the columns under the header: ``(1) | (2) | (3)``.
TABLE_COLUMN_NUMBER_RE = re.compile(r"^\s*\(?\d{1,2}\)?\s*$")

#: Quotation state: a paragraph that opens a quotation it does not close.
QUOTE_OPEN_RE = re.compile(r"^\s*[\"“«„]")

#: Text that starts an attachment after the signature: ``PHỤ LỤC``, ``QUY CHẾ``, ``(Ban hành kèm theo``.
ATTACHMENT_RE = re.compile(
    r"^\s*(?:ph[ụu]\s+l[ụu]c\b|\(?\s*(?:ban\s+h[àa]nh\s+)?k[èe]m\s+theo\b|quy\s+ch[ếe]\b|quy\s+[đd][ịi]nh\b|ch[ươư][ơo]ng\s+tr[ìi]nh\b|[đd][ềe]\s+[áa]n\b|[đd]i[ềe]u\s+l[ệe]\b|bi[ểe]u\s+m[ẫa]u\b|danh\s+s[áa]ch\b|m[ẫa]u\s+s[ốo]\b|b[ảa]ng\b)",
    _I,
)

#: The line under the title of a document issued with another, in brackets: ``(Ban hành kèm
#: theo Nghị định số 29/1998/NĐ-CP ...)``, ``(Kèm theo Quyết định số ...)``.
ISSUED_WITH_RE = re.compile(
    r"^\s*\(\s*(?:ban\s+h[àa]nh\s+)?k[èe]m\s+theo\s+(?:quy[ếe]t\s+[đd][ịi]nh|ngh[ịi]\s+[đd][ịi]nh"
    r"|th[ôo]ng\s+t[ưu]|ch[ỉi]\s+th[ịi]|ngh[ịi]\s+quy[ếe]t|k[ếe]\s+ho[ạa]ch|c[ôo]ng\s+v[ăa]n|v[ăa]n\s+b[ảa]n)",
    _I,
)

#: A division of a regulation: ``Chương I``, ``Mục 2``, ``Phần III``, ``Tiết 1``.
DIVISION_RE = re.compile(
    r"^\s*(?:ch[ươư][ơo]ng|m[ụu]c|ph[ầa]n|ti[ếe]t)\s+(?:[IVXLC]+|\d{1,3})\b", _I
)

#: A body paragraph that closes the letter: ``... triển khai thực hiện./.``
CLOSING_MARK_RE = re.compile(r"\./\.\s*$")

#: Closing sentences of the body that belong to no item: ``Trên đây là ...``, ``Kính trình
#: ...``, ``Văn phòng UBND tỉnh trân trọng thông báo ...`` (a unit's ``trân trọng đề nghị`` asks),
#: an invitation's ``Đề nghị các đồng chí dự họp đúng thành phần ...``.
CLOSING_TEXT_RE = re.compile(
    r"^\s*(?:tr[âa]n\s+tr[ọo]ng|k[íi]nh\s+tr[ìi]nh"
    r"|[^.;:]{1,80}?\btr[âa]n\s+tr[ọo]ng\s+(?:th[ôo]ng\s+b[áa]o|c[ảa]m\s+[ơo]n|k[íi]nh\s+g[ửu]i)"
    r"|[đd][ềe]\s+ngh[ịi]\s+(?:c[áa]c\s+)?(?:[đd][ồo]ng\s+ch[íi]|[đd][ạa]i\s+bi[ểe]u|qu[ýy]\s+\w+)[^.;]{0,30}?"
    r"(?:d[ựu]\s+h[ọo]p|tham\s+d[ựu]|[đd][ếe]n\s+d[ựu])|tr[êe]n\s+[đd][âa]y|trong\s+qu[áa]\s+tr[ìi]nh|qu[áa]\s+tr[ìi]nh\s+th[ựu]c\s+hi[ệe]n"
    r"|nh[ậa]n\s+[đd][ượư][ợo]c\s+(?:v[ăa]n\s+b[ảa]n|c[ôo]ng\s+v[ăa]n|k[ếe]\s+ho[ạa]ch|th[ôo]ng\s+b[áa]o)\s+n[àa]y)\b",
    _I,
)

#: The writer's closing demand after the last item, which asks nothing the items do not: ``Chủ
#: tịch UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện; ...``,
#: ``Yêu cầu các sở, ngành thực hiện nghiêm túc Công văn này./.``. Its first clause ends at the
#: verb of carrying out (and what is carried out: ``Công văn này``, ``các nội dung trên``); one
#: that goes on to a task of its own (``... thực hiện báo cáo trước ngày ...``) is an item's text.
#: Lower case, on ``canon_lower`` text.
CLOSING_DEMAND_RE = re.compile(
    r"\s*(?:[^.;:]{0,60}?\s)?(?:yêu\s+cầu|đề\s+nghị)\s+[^.;:]{3,150}?\s(?:(?:nghiêm\s+túc|khẩn\s+trương|kịp\s+thời)\s+)*"
    r"(?:triển\s+khai\s+|tổ\s+chức\s+)?thực\s+hiện(?:\s+nghiêm\s+túc)?"
    r"(?:\s+(?:các\s+)?nội\s+dung\s+(?:nêu\s+)?trên|\s+(?:công\s+văn|kế\s+hoạch|chỉ\s+thị|quyết\s+định|thông\s+báo"
    r"|văn\s+bản|công\s+điện|chương\s+trình)\s+này)?\s*(?:[;.]|$)"
)

#: A sentence that reports a letter received (``Sở Xây dựng nhận được Công văn số ... của Sở Nội
#: vụ đề nghị cho ý kiến ...``): the request in it is the other's, made of the writer, not one
#: the writer makes of the recipients. On ``canon_lower`` text.
RECEIVED_RE = re.compile(r"(?<!\w)nhận\s+được(?!\w)")

#: Words of a lead-in that asks the recipients to do what follows; not the same words
#: inside a name or a noun (``Ban Chỉ đạo ... báo cáo``, ``Sở Giao thông``, ``được giao``,
#: ``giao ban``, ``theo đề nghị của``, ``tình hình và yêu cầu nhiệm vụ``), in the subject of a
#: cited letter (``Công văn số ... về việc đề nghị phối hợp``), or with nobody after it
#: (``nhiệm vụ được UBND tỉnh giao, ...``).
ASKS_RE = re.compile(
    r"(?<!\w)(?<!ban\s)(?<!tổ\s)(?<!theo\s)(?<!được\s)(?<!xét\s)(?<!việc\s)"
    r"(?:[đd][ềe]\s+ngh[ịi](?!\s+c[ủu]a\b)|ch[ỉi]\s+[đd][ạa]o"
    r"|y[êe]u\s+c[ầa]u(?!\s+(?:nhi[ệe]m\s+v[ụu]|c[ủu]a|th[ựu]c\s+(?:t[ếe]|ti[ễe]n)|c[ôo]ng\s+t[áa]c|[đd][ặa]t\s+ra|[đd][ềe]\s+ra)\b)"
    r"|giao(?!\s+(?:th[ôo]ng|ban|d[ịi]ch|l[ưu]u|k[ếe]t|nh[ậa]n|ti[ếe]p)\b)(?!\s*[,;.]))(?!\w)",
    _I,
)

#: A lead-in that gives a leader's directions (``Thủ tướng Chính phủ yêu cầu:``, ``Phó Thủ tướng
#: ... có ý kiến như sau:``, ``Chủ tịch UBND tỉnh kết luận, chỉ đạo:``), not a request among peers
#: (``đề nghị``, ``hướng dẫn``): the items under it are directed (``Context.directed``). Lower
#: case, on ``canon_lower`` text of the lead-in's last sentence, which ends with its colon.
DIRECTING_LEAD_RE = re.compile(
    r"(?<!\w)(?<!theo\s)(?<!và\s)(?<!được\s)(?<!dung\s)(?<!ban\s)(?<!tổ\s)"  # ``và yêu cầu``, ``Ban Chỉ đạo``
    r"(?:yêu\s+cầu(?!\s+(?:nhiệm\s+vụ|của|thực\s+tế|công\s+tác|đặt\s+ra|đề\s+ra)(?!\w))"
    r"|chỉ\s+đạo(?!\s+của)|kết\s+luận(?!\s+(?:của|số))|có\s+ý\s+kiến)(?!\w)[^.;]*:\s*$"
)

#: A lead-in whose request names nobody after its verb (``Chủ tịch UBND tỉnh kết luận và chỉ đạo
#: như sau:``): the one who speaks is no owner of the items, and only the recipients, if any,
#: are asked. Lower case, on ``canon_lower`` text, at the lead-in's end.
ASKS_NOBODY_RE = re.compile(
    r"(?<!\w)(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|giao)(?:\s+(?:như\s+sau|sau\s+đây))?\s*:\s*$"
)

#: What a closing request asks to be done with the items: ``Đề nghị các Bộ ... tổ chức *triển
#: khai thực hiện*``, ``... *thực hiện* nghiêm túc``, ``... *thi hành*``.
CARRY_OUT_RE = re.compile(r"(?<!\w)(?:tri[ểe]n\s+khai|th[ựu]c\s+hi[ệe]n|thi\s+h[àa]nh)(?!\w)", _I)

#: A lead-in that guides or directs the recipients: ``Bộ hướng dẫn Sở Lao động ... xây dựng
#: dự toán như sau:``, ``Ủy ban nhân dân thành phố chỉ thị Giám đốc Sở ... thực hiện tốt các
#: công việc sau:`` (the caller checks that a unit follows; ``theo hướng dẫn của``, ``Chỉ thị
#: số 16`` name none).
GUIDES_RE = re.compile(r"(?<!\w)(?:h[ướư][ớo]ng\s+d[ẫa]n|ch[ỉi]\s+th[ịi])\s+", _I)

#: A submission's closing that asks its recipient for an act (``Kính trình Chủ tịch Ủy ban
#: nhân dân tỉnh xem xét, ký ban hành``, ``Kính trình UBND tỉnh xem xét, báo cáo Bộ Nội vụ``);
#: the group ``acts`` is what follows ``xem xét``. On ``canon`` text.
SUBMIT_RE = re.compile(r"\s*kính\s+trình\s+(?P<who>.+?)\s+xem\s+xét(?P<acts>[^.;]*)", _I)

#: A heading that reports rather than asks: ``II. KẾT QUẢ THỰC HIỆN``, ``1. Tình hình ...``,
#: ``Đánh giá chung``, ``Thực trạng ...``. Its items are read as a report only when they
#: narrate the past (``PAST_RE``, on lower-case text): ``1. Đánh giá tình hình thực hiện``
#: in a letter that asks for that evaluation is a task.
REPORT_HEAD_RE = re.compile(
    r"\s*(?:v[ềe]\s+)?(?:nh[ữu]ng\s+)?(?:k[ếe]t\s+qu[ảa]|t[ìi]nh\s+h[ìi]nh|th[ựu]c\s+tr[ạa]ng"
    r"|[đd][áa]nh\s+gi[áa])(?!\w)",
    _I,
)
