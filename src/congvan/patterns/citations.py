"""Patterns of cited documents: type words, numbers, dates, issuers and titles."""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
_X = re.VERBOSE

#: Types of cited documents, longest first so ``Thông tư liên tịch`` beats ``Thông tư``.
CITED_TYPES = (
    "Văn bản hợp nhất",
    "Nghị quyết liên tịch",
    "Thông tư liên tịch",
    "Thông tư liên bộ",
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
    "Chương trình hành động",
    "Chương trình",
    "Kế hoạch hành động",
    "Đề án",
    "Báo cáo thẩm tra",
    "Báo cáo thẩm định",
    "Báo cáo",
    "Tờ trình",
    "Phiếu trình",
    "Giấy mời",
    "Văn bản",
    "Điều lệ",
    "Đơn đề nghị",
    "Biên bản",
    "Giấy phép",
    "Hợp đồng kinh tế",
    "Hợp đồng",
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


#: A ký hiệu's code: ``nđ-cp``, ``ttlt-bnv-vpcp``, and the older codes with more slashes
#: (``qđ/btc``, ``ttlt/btc-blđtbxh``, ``tc/qđ/tccb``).
_MORE_CODE = r"(?:/[^\W\d_][\w&]*(?:-[\w&]+)*)*"
_CODE = r"[^\W\d_][\w&]*(?:\s*-\s*[\w&]+(?:\([\w]+\))?)*" + _MORE_CODE


def _lower(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


#: The kinds a ground names a document by, without a number: every cited kind but a law's,
#: which has its own pattern (LAW_NAME_GROUND_RE), and the bare ``Văn bản``.
_NAMED_TYPES = tuple(
    t for t in CITED_TYPES if t not in ("Luật", "Bộ luật", "Pháp lệnh", "Lệnh", "Văn bản")
)


#: ``Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư``;
#: ``Quy định số 66-QĐ/TW, ngày 06/02/2017 của Ban Bí thư``; ``Công văn 3653/VPCP-CĐS``; its
#: urgency between type and number (``Công điện khẩn số 1157/UB-PCLB``, ``Công văn hỏa tốc số``),
#: or a few words of its name before ``số`` (``Quy chế làm việc số 01-QC/ĐU``, ``Tờ trình liên
#: Sở số 98/TTrLS-TC-KH``, ``Luật Doanh nghiệp số 13/1999/QH10``), none of them a type or a word
#: that joins two documents (``quy định tại Quyết định số 142/2008/QĐ-TTg`` cites a Quyết định,
#: ``Kế hoạch thực hiện Luật số ...`` a Luật); the type is a word of its own (``pháp luật số``
#: holds no ``Luật``). A law's name before its number is LAW_BY_NAME_RE's, which keeps it.
#: Lower case, on ``canon_lower`` text (as UNNUMBERED_CITATION_RE and the two hints).
#: A số/ký hiệu: ``30/2020/NĐ-CP``, ``02/1997/QH9``, ``178/CP``, ``66-QĐ/TW``; and, in letters
#: before 1992, a number and code joined by a dash alone (``25-HĐBT``, ``5762-KTTH``: group
#: ``dashed``, taken only when the code is written in capitals, which these patterns on lower
#: case text cannot see), or by a space where a dash was meant (``1205 TC/NS``, group
#: ``spaced``, in capitals too; the space is kept, as written).
_NUMBER = rf"""(?P<number>
            \d[\d.]*[a-z]?\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?{_CODE}
          | \d[\d.]*[a-z]?\s*-\s*[^\W\d_][\w&]*\s*/\s*[^\W_][\w&]*(?:-[\w&]+)*{_MORE_CODE}
          | \d+\s*-\s*(?P<dashed>[^\W\d_]{{2,}})(?![\w/-])
          | \d+\s+(?P<spaced>[^\W\d_]{{2,6}})\s*/\s*[^\W\d_][\w&]*{_MORE_CODE}(?![\w/-])
        )"""

CITATION_RE = re.compile(
    rf"""(?<!\w)(?P<type>{_trie(_lower(CITED_TYPES))})\s+
        (?:(?:hỏa|hoả)\s+tốc\s+|(?:thượng\s+)?khẩn\s+)?
        (?:(?<!luật\s)(?<!lệnh\s)(?:(?!(?:{_trie(_lower(CITED_TYPES))}|tại|theo|của|về|và|với|ngày)(?!\w))[^\W\d_]+\s+){{1,3}}?(?=s[ốo]\s*:?\s*\d))?
        (?:(?:s[ốo]|số\s+hiệu)\s*:?\s*)?
        {_NUMBER}""",
    _X,
)

#: One more document of the same type in a list: ``các Công văn số 4830/KTTH ngày ..., số
#: 1440/CP-KTTH ngày ... và số 3300/VPCP-KTTH ngày ...``; ``Luật ... ngày 05/07/1993; số
#: 04/1998/QH10 ngày 20/05/1998``. Lower case, after a citation's end.
CITATION_MORE_RE = re.compile(
    rf"""\s*[,;]?\s*(?:v[àa]\s+|ho[ặa]c\s+)?s[ốo]\s*:?\s*{_NUMBER}""",
    _X,
)

#: Cheap tests that must pass before the citation patterns are run on a paragraph (most
#: paragraphs fail them): CITATION_RE needs a number ``30/`` or ``66-`` (its own number
#: head, same flags); UNNUMBERED_CITATION_RE and LAW_BY_NAME_RE need ``ngày`` and a digit.
#: A number starts after anything but a digit or a dot: tried from inside ``1.1.1.1...`` too,
#: the test scanned the rest of the run from every digit (quadratic).
CITATION_NUMBER_HINT_RE = re.compile(r"(?<![\d.])\d[\d.]*+(?:[a-z]?\s*[/-]|\s+[^\W\d_]{2,6}\s*/)")

CITATION_DATE_HINT_RE = re.compile(r"ng[àa]y\s+\d")

#: Words that make a cited document part of another's title: ``Nghị định 82/2023 sửa đổi,
#: bổ sung một số điều của Nghị định 120/2016``, ``Mẫu số 14 ban hành kèm theo Nghị định ...``.
NESTED_LINK_RE = re.compile(
    r"(?:s[ửu]a\s+[đd][ổo]i|b[ổo]\s+sung|thay\s+th[ếe]|h[ướư][ớo]ng\s+d[ẫa]n|quy\s+[đd][ịi]nh\s+chi\s+ti[ếe]t|b[ãa]i\s+b[ỏo]|k[èe]m\s+theo|thi\s+h[àa]nh|tri[ểe]n\s+khai|th[ựu]c\s+hi[ệe]n)\b[^;]{0,60}$",
    _I,
)

#: ``... kèm theo`` just before a citation: a form or annex of it is meant, not the document.
ATTACHED_TO_RE = re.compile(r"k[èe]m\s+theo\s*$", _I)
#: Rules issued with the document cited next, which has no number of its own: ``Căn cứ Quy chế
#: ... ban hành kèm theo Quyết định số 43/2007/QĐ-BGDĐT``, ``Điều lệ trường đại học ban hành
#: kèm theo ...``: the ground rests on that decision, which is cited. A form or an annex
#: (``Mẫu số 14 Phụ lục III ban hành kèm theo ...``) or an enclosure (``(kèm theo Công văn
#: ...)``) is not. The rules' name is capitalised, as a document's is.
RULES_ATTACHED_RE = re.compile(
    r"(?:Quy\s+chế|Quy\s+định|Điều\s+lệ|Bộ\s+tiêu\s+chí|Quy\s+trình|Nội\s+quy|Tiêu\s+chuẩn"
    r"|Chế\s+độ|Danh\s+mục|Đề\s+án|Chương\s+trình|Kế\s+hoạch|Hướng\s+dẫn|Quy\s+tắc)\s"
    r"(?:(?!Mẫu|Phụ\s+lục|Biểu)[^;()])*ban\s+hành\s+kèm\s+theo\s*$"
)

#: A document cited by type and date, without a number: ``Tờ trình ngày 10/12/2025 của Hội ...``.
UNNUMBERED_CITATION_RE = re.compile(
    rf"""(?P<type>{_trie(_lower(_NAMED_TYPES))})\s+
        ng[àa]y\s+(?P<date>\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}|\d{{1,2}}\s+th[áa]ng\s+\d{{1,2}}\s+n[ăa]m\s+\d{{4}})""",
    _X,
)

#: ``Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`` (a law cited by name),
#: ``Luật thuế Giá trị gia tăng số 02/1997/QH9 ngày 10/5/1997`` (its number after the name,
#: one the legislature gives: ``.../QH10``, ``.../PL-UBTVQH11``, ``...-L/CTN``; any other number
#: there is another document's, and a name holding ``số 12`` is no name),
#: ``Căn cứ luật tổ chức ...`` (typed in lower case after the lead phrase).
LAW_BY_NAME_RE = re.compile(
    r"""(?P<type>B[ộo]\s+lu[ậa]t|Lu[ậa]t|(?<=[Cc][ăa]n\sc[ứu]\s)lu[ậa]t|Ph[áa]p\s+l[ệe]nh)\s+
        (?P<name>[^\W\d_][^;:]{2,160}?)\s*,?\s+
        (?:s[ốo]\s*:?\s*(?P<number>\d{1,4}\s*[/-]\s*(?:\d{4}\s*/\s*)?(?:[\w.-]*?/)?[\w.-]*?(?:QH\d+|CTN))\s*,?\s+)?ng[àa]y\s+(?P<date>\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})""",
    _X,
)

#: A ground that is a law's name and nothing more: ``Căn cứ Luật hoạt động giám sát của Quốc
#: hội;``, ``Căn cứ Luật Tổ chức HĐND và UBND năm 2003;`` (no day, no number: the law is cited by
#: name, and only a whole ground is read so, never a ``Luật`` inside a sentence).
LAW_NAME_GROUND_RE = re.compile(
    r"""\s*c[ăa]n\s+c[ứuư]\s+(?P<type>b[ộo]\s+lu[ậa]t|lu[ậa]t|ph[áa]p\s+l[ệe]nh)\s+
        (?P<name>[^\W\d_][^;:\d()]{2,120}?)(?:\s+n[ăa]m\s+(?P<year>\d{4}))?\s*[;.,]?\s*""",
    _I | _X,
)

#: A ground that cites a document by its name and date, without a number: ``Căn cứ Nghị quyết
#: Hội nghị Ban Chấp hành Hội lần thứ 6 (khoá III) ngày 22/4/2006;``, ``Căn cứ Kết luận của
#: Thường trực Tỉnh ủy tại buổi làm việc ngày 12/3/2026;``. Only a whole ground is read so (a
#: name in running text is no citation); a name holding ``số 12`` or a slash is a numbered
#: document's, and laws have LAW_NAME_GROUND_RE.
DATED_NAME_GROUND_RE = re.compile(
    rf"""\s*c[ăa]n\s+c[ứuư]\s+(?:v[àa]o\s+)?(?P<type>{_trie(_lower(_NAMED_TYPES))})\s+
        (?P<name>(?:(?!s[ốo]\s*:?\s*\d)[^;:/]){{2,200}}?)\s*,?\s+
        ng[àa]y\s+(?P<date>\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}|\d{{1,2}}\s+th[áa]ng\s+\d{{1,2}}\s+n[ăa]m\s+\d{{4}})
        (?:\s*,?\s+c[ủu]a\s+[^;:]{{1,150}}?)?\s*[;.,]?\s*""",
    _I | _X,
)

#: A ground that cites a document by its name alone, with no number and no date: ``Căn cứ
#: Điều lệ Đảng;``, ``Căn cứ Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII;``, ``Căn cứ vào Quy
#: chế làm việc của Ban Thường vụ;``. The kind is written with its capital and so is the name
#: after it (a document's name): ``Căn cứ quy định hiện hành`` and ``Căn cứ Quy định hiện
#: hành`` name none. Only a whole ground is read so; laws have LAW_NAME_GROUND_RE.
NAME_ONLY_GROUND_RE = re.compile(
    rf"""\s*(?i:c[ăa]n\s+c[ứuư])\s+(?:(?i:v[àa]o)\s+)?(?P<type>{_trie(_NAMED_TYPES)})\s+
        (?P<name>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ](?:(?!s[ốo]\s*:?\s*\d|ng[àa]y\s+\d)[^;:/])*?)\s*[;.,]?\s*""",
    _X,
)

#: A ``Thực hiện`` ground that names the document it carries out with no number, then says what
#: the writer does: ``Thực hiện Chương trình công tác của Ủy ban nhân dân tỉnh tháng 01/2026, Ủy
#: ban nhân dân tỉnh tổ chức họp ...``, ``Thực hiện Chương trình mục tiêu quốc gia ... đến năm
#: 2030 (gọi chung là Chương trình), Ủy ban nhân dân tỉnh xây dựng kế hoạch ...``. The kind is
#: written with its capital; the name runs to the first comma before a capital, where the
#: writer's sentence opens (``phòng, chống`` goes on), and holds no number (``số 12``,
#: ``12/KH-UBND``).
CARRIED_OUT_NAME_RE = re.compile(
    rf"""\s*(?i:th[ựu]c\s+hi[ệe]n)\s+(?P<type>{_trie(_NAMED_TYPES)})\s+
        (?P<name>(?:(?!(?i:s[ốo])\s*:?\s*\d|\d+\s*/\s*[A-ZĐ])[^;:])+?)\s*(?:\([^()]{{0,80}}\))?\s*,\s+
        (?P<rest>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ].*)""",
    _X | re.S,
)

#: The last ground, citing a document by its name alone, run on into the sentence that issues
#: the document (no ``;`` between): ``Căn cứ Nghị quyết Đại hội Đảng bộ Khối các cơ quan tỉnh
#: lần thứ III, Ban Chấp hành Đảng bộ Khối ... ban hành Quy chế làm việc như sau:``. As
#: CARRIED_OUT_NAME_RE, the name runs to the first comma before a capital; what follows issues,
#: decides or guides (``ban hành``, ``quyết định``, ``quyết nghị``, ``hướng dẫn``).
NAME_GROUND_ENACTS_RE = re.compile(
    rf"""\s*(?i:c[ăa]n\s+c[ứuư])\s+(?:(?i:v[àa]o)\s+)?(?P<type>{_trie(_NAMED_TYPES)})\s+
        (?P<name>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ](?:(?!(?i:s[ốo])\s*:?\s*\d|\d+\s*/\s*[A-ZĐ]|(?i:ng[àa]y)\s+\d)[^;:,])+?)\s*,\s+
        (?P<rest>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ][^;]*?
        \b(?i:ban\s+h[àa]nh|quy[ếe]t\s+(?:đ[ịi]nh|ngh[ịi])|h[ưu][ớo]ng\s+d[ẫa]n)\b[^;]*)""",
    _X | re.S,
)

#: The Constitution cited by its year, as a law by its name and date: ``Hiến pháp nước Cộng
#: hòa xã hội chủ nghĩa Việt Nam năm 1992`` (no number; ``name`` runs to the year). A
#: Constitution named without a year (``Căn cứ Hiến pháp nước ...;``) is no citation here.
CONSTITUTION_RE = re.compile(
    r"(?P<type>Hi[ếe]n\s+ph[áa]p)\s+(?P<name>(?:[^\W\d_][^\d;:.]{0,100}?\s+)?n[ăa]m\s+(?P<year>\d{4}))(?!\d)"
)

#: After a citation's number: ``, ngày 05/3/2020`` or ``ngày 05 tháng 3 năm 2020``. This
#: and the two below are lower case and run on ``canon_lower`` text, as CITATION_RE.
CITATION_DATE_RE = re.compile(
    r"\s*,?\s*(?:ban\s+h[àa]nh\s+)?ng[àa]y\s+(?P<date>\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4})",
)

#: The verbs a title may open with when no ``về`` leads it (``..., quy định chi tiết ...``), which
#: also end an issuer's name (``của Chính phủ quy định ...``).
_TITLE_VERBS = (
    r"quy\s+[đd][ịi]nh|h[ướư][ớo]ng\s+d[ẫa]n|ban\s+h[àa]nh|ph[êe]\s+duy[ệe]t|s[ửu]a\s+[đd][ổo]i"
)
#: A programme's or plan's title says what it carries out (``Chương trình hành động số
#: 06-CTr/TU ... của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 66-NQ/TW ...``): the verb
#: ends the issuer and opens the title, but inside a title (``về xây dựng và thực hiện Quy chế
#: dân chủ ... và Nghị định số ...``) it nests nothing.
_OPENING_VERBS = rf"{_TITLE_VERBS}|th[ựu]c\s+hi[ệe]n|tri[ểe]n\s+khai"

#: A second document named after ``và`` where the first one's issuer ends: ``... của Bộ trưởng
#: Bộ Giáo dục và Đào tạo *và Quy chế* học sinh ... ban hành kèm theo Quyết định số ...``,
#: ``... của Chính phủ *và Quyết định* số ...``. Lower case, on ``canon_lower`` text.
_NEXT_DOCUMENT = rf"\s+v[àa]\s+(?:{_trie(_lower(CITED_TYPES))}|điều\s+lệ)(?!\w)"
NEXT_DOCUMENT_RE = re.compile(_NEXT_DOCUMENT)

#: After the date: ``của Chính phủ`` up to ``về``/``V/v``/``quy định``/punctuation, a second
#: document (_NEXT_DOCUMENT), or up to the date written after it (``Nghị định số 77-CP của
#: Chính phủ ngày 18/6/1997``).
CITATION_ISSUER_RE = re.compile(
    rf"\s*,?\s*c[ủu]a\s+(?P<issuer>.+?)(?=\s+(?:ng[àa]y\s+(?=\d)|v[ềe]\s+vi[ệe]c|v[ềe]|v/v|{_OPENING_VERBS}|t[ạa]i|[đd][ốo]i\s+v[ớo]i|nh[ằa]m|theo)\b|{_NEXT_DOCUMENT}|\s*[;,.()]|\s*$)",
)

#: After the issuer: ``về công tác văn thư`` (a title) up to ``;`` ``.`` or ``,``. The title runs
#: to the first place where _TITLE_END holds; characters that cannot start it (all but spaces,
#: ``;``, ``.`` and ``(``) are taken a run at a time instead of testing _TITLE_END before each.
_TITLE_END = r"\s*[;]|\s*\.\s|\s*\.$|\s*\(|$"

CITATION_TITLE_RE = re.compile(
    rf"\s*,?\s*(?:(?:v[ềe]\s+vi[ệe]c|v[ềe]|v/v)\s*:?\s+)?(?P<title>(?:{_OPENING_VERBS})?"
    rf"(?:[^\s;.(]++|(?!{_TITLE_END})[^;])*+)(?={_TITLE_END})",
)

#: A second document cited after ``và`` inside what reads as the first one's title: ``Nghị
#: định số 58/2001/NĐ-CP ... về quản lý và sử dụng con dấu *và Luật Công chứng số
#: 82/2006/QH11* ngày ...``; its number comes within a name's length. Lower case, on
#: ``canon_lower`` text.
COORDINATED_CITATION_RE = re.compile(
    rf"\s+v[àa]\s+(?:{_trie(_lower(CITED_TYPES))})\s+[^;.]{{0,120}}?s[ốo]\s*:?\s*\d"
)

#: What makes a document named in a title part of that title, not a second citation: the
#: title amends, details, guides or repeals it (``sửa đổi, bổ sung ... Nghị định số ... và
#: Nghị định số ...``). Lower case, on ``canon_lower`` text.
NESTING_TITLE_RE = re.compile(
    rf"(?:{_TITLE_VERBS}|b[ổo]\s+sung|thi\s+h[àa]nh|thay\s+th[ếe]|b[ãa]i\s+b[ỏo]|c[ủu]a)(?!\w)"
)

#: A law's or a decree's type, whose title details or amends documents of its rank or above, and
#: a circular coordinated after it, which it never does: ``Nghị định số 85/2007/NĐ-CP ... quy
#: định chi tiết thi hành một số điều của Luật Quản lý thuế *và Thông tư số 60/2007/TT-BTC*``
#: cites the circular too. Lower case, on ``canon_lower`` text (the type; the ``và`` at the start
#: of COORDINATED_CITATION_RE's match).
OUTRANKING_TYPE_RE = re.compile(r"(?:bộ\s+)?luật|pháp\s+lệnh|nghị\s+định")
LOWER_RANK_RE = re.compile(r"\s+v[àa]\s+thông\s+tư\b")

#: _TITLE_VERBS opening a title. Lower case, on ``canon_lower`` text.
TITLE_VERB_RE = re.compile(rf"(?:{_TITLE_VERBS})(?!\w)")

#: Spaces around ``/`` and ``-`` in a số/ký hiệu: ``15 / QĐ - BNV`` -> ``15/QĐ-BNV``.
NUMBER_SPACES_RE = re.compile(r"\s*([/-])\s*")

#: Every run of digits (day, month, year of a citation date).
DIGITS_RE = re.compile(r"\d+")

#: ``số 12`` inside a law's name means the match was not a law cited by name.
HAS_NUMBER_RE = re.compile(r"\bs[ốo]\s*\d", _I)
