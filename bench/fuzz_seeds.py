"""Seeds for ``bench/fuzz.py``: built-in letters of every format, the repo samples, the corpus.

Built-in seeds are generated here, so the fuzzer (and ``tests/test_fuzz_short.py``)
always has something to mutate: a *công văn* and a *quyết định* as ``.txt``, the
same letter as an exporter's ``.md`` (header table, ``<br>`` cells, spaced
letters), a ``.docx`` written part by part (header and closing tables, Word
numbering, a tracked change, a field, a content control, a legacy-font run), a
``.pdf`` with a two-column header and closing (its text mapped by a ``ToUnicode``
CMap so Vietnamese survives), and an ``.rtf``. The ``samples/`` letters of the repo
come next, and the corpus (``../shared/corpus/raw``) when it is present.

Big corpus files are cut down before use (``max_kb``): what a mutant costs is
what decides how many a run can afford, and the header and the closing, where
most of the parser's decisions are made, survive the cut. ``.txt``/``.md`` keep
their first and last lines, a ``.docx`` its first and last body elements, a
``.pdf`` its first and last page.
"""

from __future__ import annotations

import hashlib
import io
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_build import (
    DOCUMENT_XML,
    W_NS,
    build_docx,
    build_pdf,
    layout_letter,
    rezip,
    unzip,
    w_legacy_run,
    w_para,
    w_run,
    w_table,
    xml_escape,
)
from sanity import corpus_files

REPO = Path(__file__).resolve().parent.parent
#: Formats the fuzzer knows; ``doc`` has no built-in seed (a binary Word file).
FORMATS = ("txt", "md", "docx", "pdf", "rtf", "doc")


@dataclass
class Seed:
    """One input to mutate; ``members`` holds a ``.docx``'s unzipped parts in zip order."""

    fmt: str
    name: str
    data: bytes
    members: list[tuple[str, bytes]] = field(default_factory=list)
    #: Times :func:`shrink` halved it after ``max_kb`` (recorded so a replay rebuilds it).
    halvings: int = 0


CONG_VAN = """\
UBND TỈNH QUẢNG NGÃI
SỞ TÀI CHÍNH
Số: 512/STC-NS
V/v hướng dẫn lập dự toán ngân sách năm 2026

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày 05 tháng 7 năm 2025

Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố.

Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015;
Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ;
Căn cứ Quyết định số 1234/QĐ-UBND ngày 10/6/2025 của UBND tỉnh.

Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:

I. YÊU CẦU CHUNG
1. Lập dự toán đúng quy định, gửi Sở Tài chính trước ngày 20/7/2025.
a) Các sở, ban, ngành tổng hợp số liệu của đơn vị trực thuộc.
b) UBND các huyện chủ trì, phối hợp với Kho bạc Nhà nước lập báo cáo.
2. Giao Phòng Ngân sách theo dõi, báo cáo kết quả trong tháng 8 năm 2025.
II. TỔ CHỨC THỰC HIỆN
Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Sở Tài chính./.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, NS.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Nguyễn Văn An
"""

QUYET_DINH = """\
ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
-------
Số: 49/2025/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Lâm Đồng, ngày 30 tháng 12 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế quản lý văn bản điện tử

ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 88/TTr-SNV ngày 01/12/2025.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý văn bản điện tử.
Điều 2. Quyết định có hiệu lực kể từ ngày 15 tháng 01 năm 2026.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Nội vụ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Thị Bình
"""

MARKDOWN = """\
| UBND TỈNH QUẢNG NGÃI<br>**SỞ TÀI CHÍNH**<br>Số: 512/STC-NS<br>V/v hướng dẫn lập dự toán \
| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>*Qu ả ng Ngãi, \
ngày 0 5 tháng 7 năm 2025* |
|---|---|

**Kính gửi:** Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố.

Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015;

## I. YÊU CẦU CHUNG

1. Lập dự toán đúng quy định, gửi Sở Tài chính **trước ngày 20/7/2025**.
   - a) Các sở, ban, ngành tổng hợp số liệu.
   - b) UBND các huyện chủ trì, phối hợp với Kho bạc Nhà nước.
2. Giao Phòng Ngân sách theo dõi, báo cáo kết quả trong tháng 8 năm 2025.

> Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Sở Tài chính./.

| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT, NS. | **KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC**<br><br>\
Nguyễn Văn An |
|---|---|
"""


def _lines(text: str) -> list[str]:
    return text.strip("\n").split("\n")


def _closing(lines: list[str]) -> tuple[list[str], list[str]]:
    """The Nơi nhận list and the signer block of a built-in letter, as two columns."""
    at = lines.index("Nơi nhận:")
    sign = next(i for i in range(at, len(lines)) if lines[i].startswith(("KT.", "TM.")))
    return lines[at:sign], lines[sign:]


def _letter_docx() -> bytes:
    lines = _lines(CONG_VAN)
    body = [
        w_table(lines[0:4], lines[5:9]),
        w_para(
            "Kính gửi: Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố.", jc="center"
        ),
        w_para(lines[14]),
        f"<w:p>{w_legacy_run(lines[15])}</w:p>",
        w_para(lines[16]),
        w_para(lines[18]),
        w_para("YÊU CẦU CHUNG", num=(2, 0)),
        w_para("Lập dự toán đúng quy định, gửi Sở Tài chính trước ngày 20/7/2025.", num=(1, 0)),
        w_para("Các sở, ban, ngành tổng hợp số liệu của đơn vị trực thuộc.", num=(1, 1)),
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        + w_run("UBND các huyện chủ trì, ")
        + f'<w:ins w:id="1" w:author="A">{w_run("phối hợp với Kho bạc Nhà nước, ")}</w:ins>'
        + '<w:del w:id="2" w:author="A">'
        + f"<w:r><w:delText>{xml_escape('bỏ đi ')}</w:delText></w:r></w:del>"
        + w_run("lập báo cáo.")
        + "</w:p>",
        '<w:sdt><w:sdtPr><w:alias w:val="Giao"/></w:sdtPr><w:sdtContent>'
        + w_para("Giao Phòng Ngân sách theo dõi, báo cáo trong tháng 8 năm 2025.", num=(1, 0))
        + "</w:sdtContent></w:sdt>",
        '<w:p><w:fldSimple w:instr=" PAGE ">'
        + w_run("1")
        + "</w:fldSimple>"
        + w_run("Trong quá trình thực hiện, nếu có vướng mắc,")
        + "<w:r><w:br/></w:r>"
        + w_run("đề nghị phản ánh về Sở Tài chính./.")
        + "</w:p>",
        w_table(*_closing(lines)),
    ]
    return build_docx("".join(body))


def _decision_docx() -> bytes:
    lines = _lines(QUYET_DINH)
    body = [w_table(lines[0:4], lines[5:9])]
    body += [w_para(t, jc="center") for t in lines[10:14]]
    body += [w_para(t) for t in lines[14:24] if t]
    body.append(w_table(*_closing(lines)))
    return build_docx("".join(body))


def _letter_pdf(compress: bool, long_body: bool) -> bytes:
    lines = _lines(CONG_VAN)
    body = [t for t in lines[9 : lines.index("Nơi nhận:")] if t] * (4 if long_body else 1)
    pages = layout_letter(lines[0:4], lines[5:9], body, _closing(lines))
    return build_pdf(pages, compress=compress)


_RTF = (
    "{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs26 "
    + "".join(
        "".join(f"\\u{ord(c)}?" if ord(c) > 127 else c for c in line) + "\\par\n"
        for line in _lines(CONG_VAN)
    )
    + "}"
)


def builtin_seeds() -> list[Seed]:
    """The seeds generated here; independent of the corpus and of the repo samples."""
    seeds = [
        Seed("txt", "builtin/cong_van.txt", CONG_VAN.encode()),
        Seed("txt", "builtin/quyet_dinh.txt", QUYET_DINH.encode()),
        Seed("txt", "builtin/cong_van.utf16.txt", CONG_VAN.encode("utf-16")),
        Seed("md", "builtin/cong_van.md", MARKDOWN.encode()),
        Seed("md", "builtin/quyet_dinh.md", QUYET_DINH.replace("\n", "\n\n").encode()),
        Seed("docx", "builtin/cong_van.docx", _letter_docx()),
        Seed("docx", "builtin/quyet_dinh.docx", _decision_docx()),
        Seed("pdf", "builtin/cong_van.pdf", _letter_pdf(False, False)),
        Seed("pdf", "builtin/cong_van.long.pdf", _letter_pdf(True, True)),
        Seed("rtf", "builtin/cong_van.rtf", _RTF.encode("ascii")),
    ]
    return seeds


def sample_seeds() -> list[Seed]:
    """The letters of ``samples/``: small, and what the golden tests already pin."""
    out = []
    for path in sorted((REPO / "samples").glob("*")):
        fmt = path.suffix.lower().lstrip(".")
        if fmt in FORMATS:
            out.append(Seed(fmt, f"samples/{path.name}", path.read_bytes()))
    return out


def corpus_seeds(max_kb: int, formats: Iterable[str] = FORMATS) -> list[Seed]:
    """Every corpus file of ``formats``, cut to about ``max_kb`` (0: whole); [] if absent."""
    wanted = set(formats) & set(FORMATS)
    out = []
    for path in corpus_files():
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in wanted:
            continue
        data = path.read_bytes()
        if max_kb and len(data) > max_kb * 1024:
            data = shrink(fmt, data, max_kb * 1024)
        out.append(Seed(fmt, f"corpus/{path.parent.name}/{path.name}", data))
    return out


def shrink(fmt: str, data: bytes, limit: int) -> bytes:
    """``data`` cut to about ``limit`` bytes (a ``.pdf``: to fewer pages); unchanged if it won't."""
    try:
        if fmt in ("txt", "md"):
            head = data[: limit // 2].rpartition(b"\n")[0]
            tail = data[-limit // 2 :].partition(b"\n")[2]
            return head + b"\n" + tail
        if fmt == "docx":
            return _shrink_docx(data, limit)
        if fmt == "pdf":
            return _shrink_pdf(data)
    except Exception:  # a seed that will not shrink is used whole
        return data
    return data


#: Parts bigger than this that are not XML (images, fonts) are dropped from a cut ``.docx``:
#: the reader never looks into them and zipping them again costs time on every mutant.
MAX_MEDIA = 4096


def _shrink_docx(data: bytes, limit: int) -> bytes:
    members = [
        (n, b) for n, b in unzip(data) if n.endswith((".xml", ".rels")) or len(b) <= MAX_MEDIA
    ]
    xml = dict(members).get(DOCUMENT_XML)
    if xml is None:
        return data
    root = etree.fromstring(xml, etree.XMLParser(huge_tree=True))
    body = root.find(f"{{{W_NS}}}body")
    if body is None or len(body) < 8:
        return rezip(members)
    children = list(body)
    keep = max(6, int(len(children) * limit / len(data)))
    for child in children[keep * 2 // 3 : len(children) - keep // 3 - 1]:
        body.remove(child)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return rezip([(n, xml if n == DOCUMENT_XML else b) for n, b in members])


def _shrink_pdf(data: bytes) -> bytes:
    """The first and last page of a longer PDF, or the first page of a two-page one."""
    import pypdfium2 as pdfium  # pdfplumber's own dependency

    src = pdfium.PdfDocument(data)
    try:
        if len(src) < 2:
            return data
        new = pdfium.PdfDocument.new()
        new.import_pages(src, [0, len(src) - 1] if len(src) > 2 else [0])
        buf = io.BytesIO()
        new.save(buf)
        new.close()
        return _fixed_ids(buf.getvalue(), hashlib.md5(data).hexdigest().upper().encode())
    finally:
        src.close()


def _fixed_ids(pdf: bytes, digest: bytes) -> bytes:
    """PDFium's file ID and creation date made the same on every run, lengths kept (xref).

    Without this a cut PDF seed differs between runs and ``--replay`` rebuilds another input.
    """
    pdf = re.sub(rb"\(D:\d{14}", b"(D:20000101000000", pdf)

    def same(m: re.Match[bytes]) -> bytes:
        whole = m.group(0)
        for part in (m.group(1), m.group(2)):
            whole = whole.replace(part, (digest * 4)[: len(part)])
        return whole

    return re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", same, pdf)
