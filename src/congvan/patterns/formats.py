"""Patterns of file formats: PDF and sniffing, legacy encodings, Markdown and HTML exports."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_X = re.VERBOSE

#: A page number standing alone at the top or bottom of a PDF page: ``2``, ``- 3 -``, ``Trang 4``.
PAGE_NUMBER_RE = re.compile(r"^\s*(?:trang\s+)?[-–]?\s*\d{1,3}\s*[-–]?\s*$", _I)

#: A page's number at either end of a running header or footer: ``2 CÔNG BÁO ...``, ``... -
#: Trang 2/5``, ``... 3``. Lower case.
RUNNING_PAGE_RE = re.compile(
    r"^\s*(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?\s+(?=\D)|\s+[-–]?\s*(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?\s*$"
)

#: The start of an HTML file saved under a Word name (``Save as .doc`` from a web page):
#: ``<!DOCTYPE html>``, ``<html xmlns:o="urn:schemas-microsoft-com:office:office">``,
#: ``<?xml version="1.0"?><html``, ``<meta ...>`` / ``<head>`` first.
HTML_START_RE = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*
        <(?:!doctype\s+html|html|head|meta|body)\b""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)

#: The subset tag a PDF puts before an embedded font: ``ABCDEF+.VnTime``.
FONT_SUBSET_RE = re.compile(r"^[A-Z]{6}\+")

#: TCVN3 (ABC) fonts: ``.VnTime``, ``.VnArial Narrow``; ``.VnTimeH`` draws capitals only.
#: A PDF may name the face without its dot (``GDNPNH+VnTime``, the PostScript name): then only
#: the ABC families' own names count, not any name starting ``Vn``.
FONT_TCVN3_RE = re.compile(
    r"""^(?:(?i:\.vn)[A-Za-z0-9]*?   # .VnTime, .vnarial
        | (?i:vn(?:time|arial|avant|black|bodoni|book|century|clarendon|commercial|cooper
            |courier|helvet|linus|lucida|monotype|present|shelley|souvir|southern|universe
            |aptima|free|stamp|3d)[A-Za-z0-9]*?))
        (?P<upper>H)?             # .VnTimeH, .VnArialH: the capitals-only twin
        (?=[\s,-]|$)""",
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

#: The scraper's first line: ``*Source: https://thuvienphapluat.vn/van-ban/...aspx*``. (No two
#: ``\s*`` side by side: over a long run of spaces they tried every split, quadratic.)
MD_SOURCE_RE = re.compile(
    r"^\s*(?:\*{1,2}\s*)?(?:source\s*:\s*|nguồn\s*:\s*)?<?https?://\S+?>?\s*(?:\*{1,2}\s*)?$", _I
)

#: A Markdown heading: ``# V/v ban hành Thông tư ...``; the closing ``#`` marks are cut by
#: ``readers.md.heading_text`` (a lazy text before ``\s*#*\s*$`` backtracked over long runs of
#: tabs for minutes).
MD_HEADING_RE = re.compile(r"^\s{0,3}(?P<marks>#{1,6})\s+(?P<text>.*)$")


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
#: ``TL. BỘ TRƯỞNG | VỤ TRƯỞNG VỤ KẾ HOẠCH`` (``TL. TỔNG CỤC TRƯỞNG`` is one title).
MD_POSITION_KT_RE = re.compile(r"\s+(?=(?:PHÓ|THỨ\s+TRƯỞNG)(?:\s|$))")

MD_POSITION_TM_RE = re.compile(
    r"\s+(?=(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ|TRƯỞNG\s+BAN|THỦ\s+TƯỚNG|CHÁNH\s+ÁN|VIỆN\s+TRƯỞNG|CHỦ\s+NHIỆM|TỔNG\s+GIÁM\s+ĐỐC|HIỆU\s+TRƯỞNG|PHÓ)\b)"
)

MD_POSITION_TL_RE = re.compile(
    r"(?<!TỔNG)\s+(?=(?:VỤ\s+TRƯỞNG|CỤC\s+TRƯỞNG|TỔNG\s+CỤC\s+TRƯỞNG|CHÁNH|GIÁM\s+ĐỐC|TRƯỞNG\s+PHÒNG|TRƯỞNG\s+BAN|PHÓ)\b)"
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


#: A date line as OCR may read it (on the text as written): the words with a tone mark gone
#: or wrong (``ngay``, ``thảng``, ``nám``) and letters in the digits' slots (``ngày II tháng
#: 1O năm 2O25``, ``I5tháng``, ``/5thảng``). :func:`congvan.readers.ocr.mend` decides what the
#: slots hold.
OCR_DATE_RE = re.compile(
    r"""(?P<ngay>ng[aàáảãạ]y\s*)(?P<d>/?[0-9Il|!íìÍÌOoØøQDSsZzBGTg]{1,2})\s*
        th[aàáảãạăắằẳẵặâấầẩẫậ]ng\s*(?P<m>[0-9Il|!íìÍÌOoØøQDSsZzBGTg]{1,2})\s*
        n[aáàảãạăắằẳẵặâấầẩẫậ]m\s*(?P<y>[0-9Il|!íìÍÌOoØøQDSsZzBGTg]{4})(?![\w])""",
    _X,
)

#: The month of a date whose day is blank, as OCR may read it (``tháng 1T năm``, ``tháng O4
#: năm``): :func:`congvan.readers.ocr.mend` puts digits in the slot when they make a month.
OCR_MONTH_RE = re.compile(
    r"(?P<head>th[aàáảãạăắằẳẵặâấầẩẫậ]ng\s*)(?P<m>[0-9Il|!íìÍÌOoØøQDSsZzBGTg]{1,2})"
    r"(?P<tail>\s*n[aáàảãạăắằẳẵặâấầẩẫậ]m(?![\w]))"
)

#: The ``năm`` of a date whose day is blank or whose year a narrow column wrapped (``ngày
#: tháng 10 nắm`` over ``2025``), its tone read wrong: after ``tháng`` and its month, before
#: the year or the line's end. ``nắm`` elsewhere (``nắm bắt``) is a word.
OCR_YEAR_WORD_RE = re.compile(
    r"(?P<head>th[aàáảãạăắằẳẵặâấầẩẫậ]ng(?:\s+[0-9]{1,2})?\s+)n[aáàảãạắằẳẵặâấầẩẫậ]m"
    r"(?=\s*(?:[0-9]{4}(?![\w])|$))"
)

#: A roman label whose stop OCR lost: the first one read as a stroke alone (``L CÔNG TÁC CHỈ
#: ĐẠO``, group ``stroke``) or any whose stop was read as a comma (``I, NỘI DUNG TRÌNH``, group
#: ``label``). :func:`congvan.readers.ocr.mend` puts the label and its stop back only when the
#: rest of the line is a heading in capitals, as a section's is.
OCR_ROMAN_LOST_STOP_RE = re.compile(
    r"^(?:(?P<stroke>[lL|])\s+(?=\S{2})|(?P<label>\s*(?:I{1,3}|IV|VI{0,3}|IX|X)),(?=\s+\S))"
)

#: A roman label at the start of an OCR line whose strokes were read as look-alikes (``L.``,
#: ``¡.``, ``IH.`` for ``III.``, ``Il.``, ``lV.``): at least one stroke not ``I`` nor ``V``, then a stop
#: and a capitalised heading, the space after the stop lost too before one in capitals
#: (``L.MỤC ĐÍCH``). ``1.`` stays a number; ``H.`` alone is a letter.
OCR_ROMAN_RE = re.compile(
    r"^(?P<label>(?=[IVlL|¡H]*[lL|¡H])(?!H\.)(?:[IlL|¡]{1,3}|[IlL|¡]?H|[IlL|¡]?V|V[IlL|¡]{1,3}))"
    r"(?P<rest>\.(?:\s+|(?=[A-ZĐÀ-Ỹ]{2}))[A-ZĐÀ-Ỹ])"
)

#: Marks OCR reads before a label at the start of a line (``_1. Báo cáo``, ``‘2. Về``): an
#: underline's or a rule's speck.
OCR_LEAD_JUNK_RE = re.compile(r"^[_~`‘'’]+(?=[0-9IVX]+[.)]\s)")

#: The same speck before a label whose stop OCR read as a comma (``_1, Báo cáo kết quả``):
#: the speck says the line opens with a label, and the label's stop is put back.
OCR_JUNK_COMMA_LABEL_RE = re.compile(r"^[_~`‘'’]+(?P<label>[0-9]{1,2}|[IVX]{1,4}),(?=\s+[A-ZĐÀ-Ỹ])")

#: A sign OCR reads for a speck at a line's start (``® Cơ quan phát hành: ...``): no letter
#: opens with a registered or copyright sign.
OCR_LEAD_SIGN_RE = re.compile(r"^\s*[®©™]+\s*")

#: ``năm`` before a year read with a wrong tone (``ở địa phương nắm 2025``): ``nắm`` (to grasp)
#: never comes before a year.
OCR_YEAR_BEFORE_RE = re.compile(r"(?<![\w])n[ắấẵẫ]m(?=\s+[12][0-9]{3}(?![\w]))")

#: The ``I`` closing an acronym in capitals read as a bracket (``chỉ số PC]``, ``(VCC])``),
#: where no bracket was opened just before.
OCR_ACRONYM_BRACKET_RE = re.compile(r"(?<![\w\[])(?P<head>[A-Z]{1,6})[\]|](?=[\s).,;:]|$)")

#: Between two words of a listed name, a speck OCR read as a stop or a comma (``ỦY, BAN
#: NHÂN. DÂN``, ``DÂN _. TỈNH``): matched on the text between the words.
OCR_NAME_SPECK_RE = re.compile(r"\s*[.,_]+\s+|\s+[.,_]+\s+")

#: A word OCR read that is specks only (``_``, ``.,``, ``~``): no letter, digit, dash, bracket
#: or quotation mark (a closing quote read as ``'`` or a backtick still closes its quotation).
OCR_SPECK_WORD_RE = re.compile(r"^[_~.,:;]+$")

#: A letter's number (``Số:1239 /SYT-TCCB`` opening an OCR line), its date (``ngày 04 tháng
#: 9 năm 2025``) or the ``V/v`` opening its subject and the word after it (``V/v ý``, the
#: ``V/v`` read as OCR_VV_RE's look-alikes or ``V%``): the words inside are kept even when
#: Tesseract is unsure of them, since a blank field is worse than a doubtful one, which its
#: confidence flags. A black-and-white scan reads a small italic ``“V/v ý`` at 20%; the rest
#: of that line may be the other column's (a date whose blank day OCR reads as specks).
OCR_KEY_LINE_RE = re.compile(
    r"^\s*[“”\"‘’']?\s*(?:V\s*/\s*v|V\s*(?:W|/\s*w|\\\s*v|Iv|%)|W%)(?:\s+\S+)?(?!\S)"
    r"|^\s*S[ốoóòỏõọôồổỗộ]\s*[:;.]?\s*[0-9Il|!íìÍÌOoØøQDSsZzBGTg§]{0,6}\s*/\s*[\w&.-]+"
    r"|\bng[aàáảãạ]y\s+(?:\S{1,3}\s+)?th[aàáảãạăắằẳẵặâấầẩẫậ]ng\s+(?:\S{1,3}\s+)?"
    r"n[aáàảãạăắằẳẵặâấầẩẫậ]m(?:\s+\S{4})?(?!\S)",
    re.IGNORECASE,
)

#: A line of one to three specks and nothing else (``:``, ``.'``, ``_,``): dust on the page, or a
#: rule's end. A dash or a star is no speck (a rule, a bullet).
OCR_SPECK_LINE_RE = re.compile(r"^\s*[:;,.'`_~‘’]{1,3}\s*$")

#: A token of specks alone between two words of a heading in capitals (``ỦY BAN NHÂN DÂN _.
#: TỈNH LÂM ĐỒNG``, ``NHÂN ,„_ DÂN``) or at either end of it (``__ DÂN _.``, ``: DÂN``); a dash
#: is no speck (``Độc lập - Tự do``).
OCR_SPECK_TOKEN_RE = re.compile(
    r"(?<=\w)\s+[.,_„‚‘’`']+(?=\s+\w)|^\s*[.,_:„‚‘’`']+\s+(?=\w)|(?<=\w)\s+[.,_]+\s*$"
)

#: The Prime Minister's part of a ký hiệu, always written ``TTg`` (``QĐ-TTg``, ``TTg-KGVX``),
#: which OCR reads in capitals.
OCR_TTG_RE = re.compile(r"(?<=[-/])TTG(?![\w])|(?<![\w])TTG(?=-[A-ZĐ])")

#: The ``UBND`` of a ký hiệu with its D read as a P, an O or a 0 (``BC-UBNP``): no organ's
#: abbreviation is spelt so.
OCR_UBND_RE = re.compile(r"(?<=[-/])UBN[PO0](?![\w])|(?<![\w])UBN[PO0](?=-[A-ZĐ])")

#: ``TỈNH`` ending a heading in capitals with its hook lost or turned (``... CẢI CÁCH HÀNH
#: CHÍNH TINH``, ``TÍNH``, ``TĨNH``, ``TÌNH``): a council or a board of the province. The caller
#: checks the heading's case.
OCR_PROVINCE_END_RE = re.compile(r"(?<=\s)T[IÍĨÌ]NH(?=\s*$)")

#: The first roman label of a section read as the digit one (``1. Thời gian:`` above ``II.
#: Hình thức:``, a black-and-white scan's ``I``) or with a one after its stroke (``I1. MỤC
#: ĐÍCH, YÊU CẦU``, a label no list has), and the second roman label that tells so.
OCR_ONE_FOR_I_RE = re.compile(r"^(\s*)I?1(\.\s+[A-ZĐÀ-Ỹ])")
OCR_SECOND_ROMAN_RE = re.compile(r"^\s*II\s*[.\-/)]\s*\S")

#: A quarter's roman numeral whose strokes OCR read as look-alikes (``quý IH/2025`` for ``quý
#: III/2025``, ``Quý Il năm 2026``); :func:`congvan.readers.ocr.mend` keeps a mended one only
#: when it is a quarter (I to IV).
OCR_QUARTER_RE = re.compile(
    r"(?P<head>\b[Qq][Uu][ÝýYy]\s+)(?P<q>[IVlH|1]{1,4})(?=\s*(?:/|n[ăa]m\b))"
)

#: A section's roman label over its heading in capitals (``II. CHỈ TIÊU``), and a division that
#: starts the numbering afresh (``PHẦN II``, ``Chương III``, ``PHỤ LỤC``).
OCR_ROMAN_HEADING_RE = re.compile(r"^(\s*)(?P<label>[IVX]{1,5})(\.\s*)(?P<rest>\S.*)$")
OCR_NUMBERING_RESTART_RE = re.compile(
    r"^\s*(?:ph[ầa]n|ch[ươư][ơo]ng|m[ụu]c|ph[ụu]\s+l[ụu]c)\b", re.I
)

#: A tờ trình's ``TTr`` opening a ký hiệu, its second T read as an I, an l or a 1 or doubled
#: (``TIr-SNV``, ``TTIr-SNV``, ``Tlr-UBND``): a code no other document type has.
OCR_TTR_RE = re.compile(r"(?<![\w-])T[TIl1]{1,2}r(?=-[A-ZĐ])")

#: What OCR runs onto a state organ's line in capitals from beside it: the motto's last words
#: (``ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG VIỆT NAM``, ``BỘ TÀI CHÍNH VIỆT NAM``) or a speck read as a
#: digit (``... LÂM ĐỒNG 5``), on the organ's line or the province's line under it. No people's
#: committee, council, department, ministry or province ends its name so (``HỘI NÔNG DÂN VIỆT
#: NAM`` is an association: not matched).
OCR_ORGAN_TAIL_RE = re.compile(
    r"^(\s*(?:ỦY\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|SỞ|BỘ|TỈNH|THÀNH\s+PHỐ)\s.*?)"
    r"\s+(?:VIỆT\s+NAM|\d)\s*$"
)

#: A number line whose label's colon OCR read as a stop (``Số.        /KH-UBND``): the blank
#: number and the symbol after it say what the line is.
OCR_NUMBER_STOP_RE = re.compile(r"^(\s*S[ốỐ])[.;,]\s*(?=/\s*[A-ZĐ])")

#: A speck read as a bracket between a number line's slash and its symbol (``Số: /(UBND-``):
#: no ký hiệu opens with a bracket it does not close.
OCR_SYMBOL_SPECK_RE = re.compile(r"^(\s*S[ốỐ]\s*:[^/]*/)\s*[(\[{|](?=[A-ZĐ][^)\]}]*$)")

#: A thông báo's ``TB`` opening a ký hiệu, its T read as an I, an l or a 1 (``IB-UBND``): no
#: document type's code is spelt so.
OCR_TB_RE = re.compile(r"(?<![\w-])[Il1|]B(?=-[A-ZĐ])")

#: A number line of which OCR kept only the symbol (``/BNV-CCHC``: ``Số:`` and the digits a
#: signing system stamped in the blank were lost; ``/TTr-SNV``, a code's own lower case kept):
#: read as a blank number with its symbol.
OCR_SYMBOL_ONLY_RE = re.compile(r"^\s*/\s*[A-ZĐ][A-ZĐa-zđ0-9&.]*(?:-[A-ZĐ][A-ZĐa-zđ0-9&.]*)+\s*$")

#: A speck OCR reads after a heading in capitals, or on a line of its own: a token of at most
#: three characters, a lower-case letter then digits among them (``BCH ĐOÀN TỈNH LÂM ĐỒNG s3``,
#: ``s3``; ``ĐỘI 12A``, ``KHU PHỐ 5b`` are names). The caller checks the heading's case.
OCR_TAIL_SPECK_RE = re.compile(r"(?:^|\s+)(?=\S{1,3}\s*$)(?=\S*\d)[a-zđ]\S*\s*$")

#: ``V/v`` opening a subject line, read as ``VW``, ``V/w``, ``V%`` or ``W%`` (after the quote that may
#: open a quoted subject, kept): the form of the line (a lower-case subject after it) says what
#: it is.
OCR_VV_RE = re.compile(r"^(\s*[“”\"‘’']?)\s*(?:V\s*(?:W|/\s*w|\\\s*v|Iv|%)|W%)\s+(?=[a-zà-ỹđ])")

#: The slots of a date line that hold digits, as Tesseract's own line gives them, however
#: they were read (``ngày 2# tháng 10 năm 2025``, ``ngày /5thảng Z năm 2026``, ``tháng 0T``):
#: :func:`congvan.readers.ocr.reread_digits` reads a slot that is not all digits again.
OCR_DATE_SLOTS_RE = re.compile(
    r"""ng[aàáảãạ]y\s*(?P<d>\S{1,3}?)\s*th[aàáảãạăắằẳẵặâấầẩẫậ]ng\s*(?P<m>\S{1,3}?)\s*
        n[aáàảãạăắằẳẵặâấầẩẫậ]m\s*(?P<y>\S{4})(?!\S)""",
    _X,
)

#: A slot of dashes, dots and underscores: the blank a draft leaves for the day or the number
#: (``ngày — tháng``, ``Số: ..... /``), never read again for digits that are not there.
OCR_BLANK_SLOT_RE = re.compile(r"[\s\-–—_.…,:;'\"‘’“”`~]+")

#: The number slot of a ``Số:`` line, up to the symbol's slash (``Số: 38 l6/SNV``), for the
#: same reading again; a Party letter's ``Số 123-CV/...`` holds letters of its symbol before the
#: slash and is no slot, and a blank number (``Số: /UBND-VP``, ``Số:....... /``) has none: the
#: label's own colon is never taken for the number.
OCR_NUMBER_SLOT_RE = re.compile(
    r"^\s*S[ốoóòỏõọôồổỗộ]\s*[:;.]?\s*(?P<n>[^\s/_.,:;'‘’-]{1,6}(?:\s[^\s/_.,:;'‘’-]{1,3})?)[_.,'‘’]*\s*/"
)

#: The number before the symbol on a ``Số:`` line as OCR may read it (``Số: I25/UBND``, the
#: underscore of the blank read after it: ``Số:85_ /GM-UBND``).
OCR_NUMBER_RE = re.compile(
    r"(?P<pre>^\s*S[ốoóòỏõọôồổỗộ]\s*:\s*)(?P<n>[0-9Il|!íìÍÌOoØøQDSsZzBGTg§]{1,6})[_.,'‘’]*(?P<slash>\s*/)"
)


#: A day given on the command line: ``31/01/2026``, ``31-1-2026`` or ``2026-01-31``.
DAY_OPTION_RE = re.compile(
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})|(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
)
