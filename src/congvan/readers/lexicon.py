"""Names OCR'd text is mended against: provinces, ministries, the words of a letter's frame
and the two-syllable words administrative letters use on every page.

Tesseract's Vietnamese model gets the letters of a scanned letter right and its
tone marks wrong often enough to spoil exactly the fields that are names
(``UBND TỈNH LÂM ĐÔNG``, ``SỞ TU PHÁP``, ``HỘI ĐÔNG THÁM ĐỊNH``). Those names come
from a short, closed list: the provinces, the ministries and sectors whose
names the Sở repeat, the bodies that issue letters, the national motto. A run
of words whose letters (marks aside) are those of a listed name of two words or
more, but whose marks differ, is written as the list writes it. A name whose
bare letters belong to two different listed names is left alone, and so is a
single word (``TÍNH`` and ``TỈNH`` are both words), and a word whose marks are
only placed the other way (``Hoà`` for ``Hòa``) is kept as the letter has it.

The list is facts (names as the State writes them), not text of any document.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from congvan import patterns
from congvan.encodings import TONES, is_syllable
from congvan.normalize import plain

#: Provinces and centrally run cities, before and after the 2025 merger.
_PROVINCES = """
An Giang; Bà Rịa - Vũng Tàu; Bạc Liêu; Bắc Giang; Bắc Kạn; Bắc Ninh; Bến Tre; Bình Dương;
Bình Định; Bình Phước; Bình Thuận; Cà Mau; Cao Bằng; Cần Thơ; Đà Nẵng; Đắk Lắk; Đắk Nông;
Điện Biên; Đồng Nai; Đồng Tháp; Gia Lai; Hà Giang; Hà Nam; Hà Nội; Hà Tĩnh; Hải Dương;
Hải Phòng; Hậu Giang; Hòa Bình; Hưng Yên; Khánh Hòa; Kiên Giang; Kon Tum; Lai Châu;
Lạng Sơn; Lào Cai; Lâm Đồng; Long An; Nam Định; Nghệ An; Ninh Bình; Ninh Thuận; Phú Thọ;
Phú Yên; Quảng Bình; Quảng Nam; Quảng Ngãi; Quảng Ninh; Quảng Trị; Sóc Trăng; Sơn La;
Tây Ninh; Thái Bình; Thái Nguyên; Thanh Hóa; Thừa Thiên Huế; Tiền Giang; Hồ Chí Minh;
Trà Vinh; Tuyên Quang; Vĩnh Long; Vĩnh Phúc; Yên Bái
"""

#: Ministries and the sectors named after them (``Bộ Tư pháp``, ``Sở Tư pháp``).
_SECTORS = """
Nội vụ; Tư pháp; Tài chính; Xây dựng; Y tế; Công Thương; Ngoại giao; Quốc phòng; Công an;
Giáo dục và Đào tạo; Khoa học và Công nghệ; Văn hóa, Thể thao và Du lịch;
Nông nghiệp và Môi trường; Tài nguyên và Môi trường; Nông nghiệp và Phát triển nông thôn;
Kế hoạch và Đầu tư; Lao động - Thương binh và Xã hội; Giao thông vận tải;
Thông tin và Truyền thông; Dân tộc và Tôn giáo
"""

#: Central bodies.
_CENTRAL = """
Thanh tra Chính phủ; Văn phòng Chính phủ; Thủ tướng Chính phủ; Ngân hàng Nhà nước;
Kiểm toán Nhà nước; Tòa án nhân dân; Viện kiểm sát nhân dân; Quốc hội; Chủ tịch nước
"""

#: The bodies that issue letters, and the words of the letter's frame.
_FRAME = """
Ủy ban nhân dân; Hội đồng nhân dân; Mặt trận Tổ quốc Việt Nam; Ban Chấp hành; Ban Thường vụ;
Ban Chỉ đạo; Hội đồng thẩm định; Ban Tổ chức; Văn phòng; Tỉnh ủy; Thành ủy;
Đoàn Thanh niên Cộng sản Hồ Chí Minh; Hội Liên hiệp Phụ nữ; Liên đoàn Lao động;
Hội Nông dân; Hội Cựu chiến binh; Cộng hòa xã hội chủ nghĩa Việt Nam;
Độc lập - Tự do - Hạnh phúc; Đảng Cộng sản Việt Nam; Kính gửi; Nơi nhận; Giám đốc;
Phó Giám đốc; Chủ tịch; Phó Chủ tịch; Chánh Văn phòng; Trưởng ban; Phó Trưởng ban;
Thủ trưởng; Bộ trưởng; Thứ trưởng; Ký thay; Thừa lệnh; Thừa ủy quyền; Về việc;
cải cách hành chính; chỉ số cải cách hành chính
"""

#: Words of two syllables that administrative letters use on every page, chosen so that no
#: other word has the same letters with other marks (``công tác`` is left out: ``công tắc``
#: is a switch; so are ``chỉ tiêu``, ``đô thị`` and ``môi trường``: ``chi tiêu``, ``đồ thị``,
#: ``mỗi trường``). Vocabulary, not any letter's text.
_COMMON = """
tổ chức; thực hiện; triển khai; đầu tư; tiến bộ; phòng chống; lần thứ; thẩm định; bổ sung;
sửa đổi; hướng dẫn; báo cáo; kế hoạch; quyết định; chỉ đạo; chỉ thị; thông báo; thông tư;
nghị định; nghị quyết; công văn; văn bản; đề nghị; đề xuất; đề án; dự án; dự thảo; dự toán;
ngân sách; kinh phí; tài sản; đất đai; giao thông; nông nghiệp; giáo dục;
đào tạo; văn hóa; thể thao; du lịch; khoa học; công nghệ; thông tin; truyền thông;
thương binh; xã hội; dân tộc; tôn giáo; kiểm tra; giám sát; đánh giá; tổng hợp;
tuyên truyền; phổ biến; quán triệt; phối hợp; chủ trì; trách nhiệm; nhiệm vụ; quyền hạn;
chức năng; cơ cấu; bộ máy; biên chế; cán bộ; công chức; viên chức; doanh nghiệp;
hợp tác xã; hiệp hội; đại hội; nhiệm kỳ; điều lệ; quy chế; quy định; quy trình; thủ tục;
hành chính; cải cách; chuyển đổi số; dữ liệu; hồ sơ; giải quyết; tiếp nhận; kết quả;
khen thưởng; kỷ luật; thi đua; phát triển; kinh tế; nông thôn; an ninh;
trật tự; an toàn; phòng cháy; chữa cháy; ma túy; tệ nạn; hội nghị; hội thảo; tập huấn;
bồi dưỡng; tuyển dụng; bổ nhiệm; điều động; luân chuyển; thời gian; địa điểm; thành phần;
nội dung; mục đích; yêu cầu; tiến độ; hoàn thành; thường xuyên; định kỳ; đột xuất;
khẩn trương; nghiêm túc; hiệu quả; chất lượng; năng lực; đội ngũ; phụ nữ; thanh niên;
giúp việc; thư ký; ủy viên; thành viên; lãnh đạo; tham mưu; tham gia; tham dự;
giới thiệu; ý kiến; góp ý; thống nhất; thành lập; sáp nhập; hợp nhất; giải thể;
công nhận; phê duyệt; ban hành; hiệu lực; thi hành; đơn vị; địa phương; cơ quan;
chương trình; mục tiêu quốc gia; sơ kết; tổng kết; số liệu; cập nhật; trên địa bàn;
xúc tiến; trung tâm; thương mại; chỉ số; đến năm; tổ công tác; tổ giúp việc; tổ thư ký
"""


def _marks(word: str) -> tuple[str, tuple[str, ...]]:
    """A word's tone and the marks on each letter besides: equal for ``Hoà`` and ``Hòa``."""
    tone = ""
    letters: list[str] = []
    for c in unicodedata.normalize("NFD", word.lower()):
        if c in TONES:
            tone = c
        elif unicodedata.combining(c) and letters:
            letters[-1] += c
        else:
            letters.append(c)
    return tone, tuple(letters)


@functools.cache
def _listed_names() -> tuple[str, ...]:
    provinces, sectors = _listed(_PROVINCES), _listed(_SECTORS)
    return (
        *provinces,
        *(f"{kind} {p}" for p in provinces for kind in ("tỉnh", "thành phố")),
        *sectors,
        *(f"{kind} {s}" for s in sectors for kind in ("Bộ", "Sở")),
        *_listed(_CENTRAL),
        *_listed(_FRAME),
        *_listed(_COMMON),
    )


@functools.cache
def _names() -> dict[str, dict[tuple[str, ...], tuple[str, ...]]]:
    """Listed names of two words or more by first bare word, then by all their bare words."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for name in _listed_names():
        words = tuple(patterns.WORD_RE.findall(name))
        if len(words) >= 2:
            found.setdefault(tuple(plain(w) for w in words), set()).add(words)
    out: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {}
    for bare, spellings in found.items():
        if len({tuple(_marks(w) for w in s) for s in spellings}) == 1:  # else: ambiguous
            out.setdefault(bare[0], {})[bare] = next(iter(spellings))
    return out


@functools.cache
def _spaced() -> frozenset[tuple[str, ...]]:
    """Listed names written with nothing but spaces between their words."""
    out = set()
    for name in _listed_names():
        words = tuple(patterns.WORD_RE.findall(name))
        if " ".join(words) == " ".join(name.split()):
            out.add(words)
    return frozenset(out)


@functools.cache
def _joined() -> dict[str, tuple[str, ...]]:
    """Listed names of two words by their bare letters run together (``quyetdinh``), where no
    other listed name runs together the same."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for name in _spaced():
        if len(name) == 2:
            found.setdefault("".join(plain(w) for w in name), set()).add(name)
    return {bare: next(iter(s)) for bare, s in found.items() if len(s) == 1}


def mend_joined(word: str) -> str:
    """A title in capitals OCR read as one word (``QUYÉTĐỊNH``): the listed name of two words
    whose letters it holds, in its case (``QUYẾT ĐỊNH``); any other word as read."""
    name = _joined().get(plain(word))
    if name is None:
        return word
    return " ".join(_cased(w, w.upper() if word.isupper() else w) for w in name)


def _listed(block: str) -> list[str]:
    return [unicodedata.normalize("NFC", n.strip()) for n in block.replace("\n", " ").split(";")]


def mend_names(text: str) -> str:
    """``text`` with every listed name spelt as listed where only its marks differ."""
    words = list(patterns.WORD_RE.finditer(text))
    if len(words) < 2:
        return text
    names = _names()
    bare = [plain(m.group()) for m in words]
    out: list[str] = []
    last = 0
    i = 0
    while i < len(words):
        best: tuple[str, ...] | None = None
        for key, spelt in names.get(bare[i], {}).items():
            n = len(key)
            if tuple(bare[i : i + n]) == key and (best is None or n > len(best)):
                best = spelt
        if best is None:
            i += 1
            continue
        run = words[i : i + len(best)]
        for k, (m, right) in enumerate(zip(run, best, strict=True)):
            read = m.group()
            if (
                k
                and best in _spaced()
                and patterns.OCR_NAME_SPECK_RE.fullmatch(text, run[k - 1].end(), m.start())
            ):
                out.append(text[last : run[k - 1].end()] + " ")  # ``ỦY, BAN NHÂN. DÂN``
                last = m.start()
            if _marks(read) != _marks(right):
                out.append(text[last : m.start()])
                out.append(_cased(right, read))
                last = m.end()
        i += len(best)
    out.append(text[last:])
    return "".join(out)


def _cased(right: str, read: str) -> str:
    """``right``'s letters in the case ``read`` has them (``ĐỒNG`` over ``ĐÔNG``)."""
    if read.isupper():
        return right.upper()
    read = unicodedata.normalize("NFC", read)
    if len(read) != len(right):
        return right
    pairs = zip(right, read, strict=True)
    return "".join(r.upper() if c.isupper() else r.lower() for r, c in pairs)


#: Vowels under whose own mark (circumflex, breve) a tone is stacked: a word holding one is
#: Vietnamese, not an abbreviation or an English word.
_STACKED = frozenset("âêôă")
#: Letters that end a syllable on a stop: such a syllable takes only the tones sắc and nặng.
_STOPS = ("c", "ch", "p", "t")


def mend_stop_tones(text: str) -> str:
    """``quôc`` -> ``quốc``, ``nhât`` -> ``nhất``, ``Bât`` -> ``Bất``: a syllable ending in a
    stop (``c``, ``ch``, ``p``, ``t``) cannot be level, so a toneless one lost the mark
    Tesseract drops most, the acute stacked on ``â ê ô``; the dot below (nặng) it keeps.
    Only a syllable whose tone would sit on ``â ê ô ă`` changes: over ``ơ ư`` the acute is not
    stacked, and a lost dot below (``đươc`` for ``được``) is no acute."""
    return patterns.WORD_RE.sub(_stop_tone, text)


def _stop_tone(m: re.Match[str]) -> str:
    word = m.group()
    low = word.lower()
    if (
        not low.endswith(_STOPS)
        or any(c in TONES for c in unicodedata.normalize("NFD", low))
        or not is_syllable(low)
    ):
        return word
    end = len(word) - (2 if low.endswith("ch") else 1)
    vowel = max(i for i in range(end) if plain(word[i]) in "aeiouy")
    if low[vowel] not in _STACKED:
        return word
    toned = unicodedata.normalize("NFC", word[vowel] + "\u0301")
    return word[:vowel] + toned + word[vowel + 1 :]
