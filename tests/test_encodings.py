"""Legacy Vietnamese encodings: tables, detection in .txt, Word runs with legacy fonts."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from congvan import encodings, parse_bytes, parse_file
from congvan.readers import read_bytes

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TXT_SAMPLES = sorted(SAMPLES.glob("*.txt"))

VOWELS = "aâăeêioôơuưy"
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
#: Every letter of the Vietnamese alphabet with every tone, both cases (134 + đ Đ ...).
ALPHABET = sorted(
    {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES}
    | {c.upper() for v in VOWELS for t in TONES for c in unicodedata.normalize("NFC", v + t)}
    | set("đĐ")
)
LEGACY = ["tcvn3", "vni", "viscii", "vps", "cp1258"]
SENTENCE = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Ủy ban nhân dân tỉnh Quảng Ngãi: bình đẳng, khuya, nghiêng, người, quốc."
)


def _expected(letter: str, encoding: str) -> str:
    # TCVN3 has one code for a toned vowel in both cases.
    lossy = encoding == "tcvn3" and letter != letter.lower() and letter.lower() in encodings._LOSSY
    return letter.lower() if lossy else letter


@pytest.mark.parametrize("encoding", LEGACY)
@pytest.mark.parametrize("letter", ALPHABET)
def test_every_letter_with_every_tone_round_trips(letter, encoding):
    data = encodings.encode(letter, encoding)

    assert encodings.decode(data, encoding) == _expected(letter, encoding)
    assert b"?" not in data


def test_tcvn3_uses_the_vn3_layout_not_x11_vn1():
    # ABC/.VnTime: á = 0xB8 for both cases, Ă = 0xA1, ă = 0xA8, đ = 0xAE (VN1 differs).
    assert encodings.encode("áÁĂăđĐ", "tcvn3") == bytes([0xB8, 0xB8, 0xA1, 0xA8, 0xAE, 0xA7])
    assert encodings.decode("ViÖt Nam".encode("latin-1"), "tcvn3") == "Việt Nam"


def test_vni_writes_base_letter_then_mark():
    assert encodings.encode("Việt Nam", "vni") == "Vieät Nam".encode("latin-1")
    assert encodings.decode("Coäng hoøa, ñoäc laäp, bình ñaúng".encode("latin-1"), "vni") == (
        "Cộng hòa, độc lập, bình đẳng"
    )


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv không có")
@pytest.mark.parametrize("encoding", ["VISCII", "WINDOWS-1258"])
def test_tables_agree_with_glibc_iconv(encoding):
    name = "viscii" if encoding == "VISCII" else "cp1258"
    letters = [c for c in ALPHABET if encoding == "VISCII" or c.lower() not in "âăêôơư"]
    for letter in letters:
        ref = subprocess.run(
            ["iconv", "-f", "UTF-8", "-t", encoding],
            input=unicodedata.normalize("NFD" if name == "cp1258" else "NFC", letter).encode(),
            capture_output=True,
            check=False,
        )
        if ref.returncode == 0:
            assert encodings.decode(ref.stdout, name) == letter, letter


@pytest.mark.parametrize("encoding", LEGACY)
def test_detection_picks_the_encoding_of_a_letter(encoding):
    found = encodings.detect_and_decode(encodings.encode(SENTENCE, encoding))

    assert found is not None
    text, name, share = found
    assert name == encoding
    assert share > 0.9
    if encoding != "tcvn3":
        assert text == SENTENCE


@pytest.mark.parametrize(
    ("word", "ok"),
    [
        ("nghiêng", True),
        ("Quốc", True),
        ("người", True),
        ("khuya", True),
        ("ViÖt", False),
        ("Vieät", False),
        ("hoàà", False),
        ("xyz", False),
    ],
)
def test_syllable_check(word, ok):
    assert encodings.is_syllable(word) is ok


# --- .txt files in legacy encodings ----------------------------------------------------------


def _comparable(doc) -> dict:
    data = json.loads(doc.model_dump_json())
    data.pop("source")
    data["diagnostics"] = [d for d in data["diagnostics"] if d["code"] not in {"CV003", "CV004"}]
    return data


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "cp1258"])
@pytest.mark.parametrize("sample", TXT_SAMPLES, ids=[p.stem for p in TXT_SAMPLES])
def test_legacy_txt_parses_like_the_unicode_file(sample, encoding, tmp_path):
    legacy = tmp_path / sample.name
    legacy.write_bytes(encodings.encode(sample.read_text(encoding="utf-8"), encoding))

    got = parse_file(legacy)

    assert got.source.encoding == encoding
    assert "CV003" in {d.code for d in got.diagnostics}
    assert _comparable(got) == _comparable(parse_file(sample))


def test_tcvn3_text_gets_its_capitals_back():
    data = encodings.encode(
        "QUYẾT ĐỊNH\nỦY BAN NHÂN DÂN TỈNH\nVề việc: ủy quyền.\n- ủy ban xã", "tcvn3"
    )

    src = read_bytes(data, "a.txt", ".txt")

    assert [x.text for x in src.lines] == [
        "QUYẾT ĐỊNH",
        "ỦY BAN NHÂN DÂN TỈNH",
        "Về việc: Ủy quyền.",
        "- Ủy ban xã",
    ]
    assert {"CV003", "CV004"} <= {d.code for d in src.diagnostics}


def test_tcvn3_letter_matches_keywords_without_case_restoration():
    # Patterns run with IGNORECASE on canon text, so ``QUYếT ĐịNH`` still reads as a title
    # once the capitals are restored, and ``Căn cứ``/``Nơi nhận`` match in any case.
    text = (SAMPLES / "quyet_dinh.txt").read_text(encoding="utf-8")
    doc = parse_bytes(encodings.encode(text, "tcvn3"), "qd.txt", ".txt")

    assert doc.doc_type is not None
    assert doc.doc_type.name == "Quyết định"
    assert doc.legal_basis
    assert doc.distribution


def test_valid_utf8_vietnamese_is_never_converted():
    data = SENTENCE.encode("utf-8")

    src = read_bytes(data, "a.txt", ".txt")

    assert src.encoding == "utf-8"
    assert "\n".join(x.text for x in src.lines) == SENTENCE


def test_legacy_text_saved_again_as_utf8_is_converted():
    view = encodings.encode(SENTENCE, "tcvn3").decode("cp1252", errors="replace")

    src = read_bytes(view.encode("utf-8"), "a.txt", ".txt")

    assert src.encoding == "tcvn3"
    assert src.lines[2].text.startswith("Ủy ban nhân dân tỉnh Quảng Ngãi")


def test_decomposed_unicode_file_becomes_nfc(tmp_path):
    sample = SAMPLES / "cong_van.txt"
    nfd = tmp_path / "nfd.txt"
    nfd.write_bytes(unicodedata.normalize("NFD", sample.read_text(encoding="utf-8")).encode())

    got = parse_file(nfd)

    assert got.source.encoding == "utf-8"
    assert "CV002" in {d.code for d in got.diagnostics}
    want = _comparable(parse_file(sample))
    assert {k: v for k, v in _comparable(got).items() if k != "diagnostics"} == {
        k: v for k, v in want.items() if k != "diagnostics"
    }


def test_utf16_file_parses_like_utf8(tmp_path):
    sample = SAMPLES / "thong_bao.txt"
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes(sample.read_text(encoding="utf-8").encode("utf-16"))

    got = parse_file(utf16)

    assert got.source.encoding == "utf-16"
    assert {k: v for k, v in _comparable(got).items() if k != "diagnostics"} == {
        k: v for k, v in _comparable(parse_file(sample)).items() if k != "diagnostics"
    }


def test_bytes_that_read_as_no_vietnamese_encoding_are_refused():
    from congvan.errors import ReadError

    with pytest.raises(ReadError, match="bảng mã"):
        read_bytes(bytes(range(0x80, 0x100)) * 4, "a.txt", ".txt")


# --- Word runs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "font", "expected"),
    [
        pytest.param("ViÖt Nam", ".VnTime", ("Việt Nam", "tcvn3"), id="vntime"),
        pytest.param("quyÕt ®Þnh", ".VnTimeH", ("QUYẾT ĐỊNH", "tcvn3"), id="vntimeh-upper"),
        pytest.param("Céng hoµ", "ABCDEF+.VnArial", ("Cộng hoà", "tcvn3"), id="pdf-subset"),
        # TCVN3 ư is byte 0xAD, the soft hyphen: Word/LibreOffice keep it as U+00AD.
        pytest.param("t\u00adëng", ".VnTime", ("tưởng", "tcvn3"), id="soft-hyphen-u"),
        # Bytes 0x80-0x9F reach a .docx as the cp1252 character the font shows.
        pytest.param("Coäng hoøa", "VNI-Times", ("Cộng hòa", "vni"), id="vni"),
        # cp1252 punctuation (“ ” – …) in an ANSI legacy font stays punctuation.
        pytest.param("“ViÖt” – …", ".VnTime", ("“Việt” – …", "tcvn3"), id="cp1252-punct"),
        pytest.param("Vi\xaet Nam", "VISCII Times", ("Việt Nam", "viscii"), id="viscii"),
        pytest.param("VI\u017dT", "VISCII Times", ("VIỆT", "viscii"), id="viscii-cp1252"),
        pytest.param("Vi\x06T", "VPS Times", ("ViỆT", "vps"), id="vps"),
        pytest.param("Việt Nam", ".VnTime", ("Việt Nam", None), id="unicode-in-old-font"),
        pytest.param("ViÖt Nam", "Times New Roman", ("ViÖt Nam", None), id="unicode-font"),
        pytest.param("ViÖt Nam", None, ("ViÖt Nam", None), id="no-font"),
    ],
)
def test_convert_run_by_font(text, font, expected):
    assert encodings.convert_run(text, font) == expected


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", ("tcvn3", False)),
        (".VnTimeH", ("tcvn3", True)),
        (".VnArialH", ("tcvn3", True)),
        (".vntime", ("tcvn3", False)),
        ("VNI-Times", ("vni", False)),
        ("VNI-Helve-Condense", ("vni", False)),
        ("VPS Times", ("vps", False)),
        ("VISCII Times", ("viscii", False)),
        ("Times New Roman", (None, False)),
        # A PDF names the face by its PostScript name, without the dot: the ABC families
        # count then, not any name starting ``Vn``.
        ("GDNPNH+VnTime", ("tcvn3", False)),
        ("VnTimeH", ("tcvn3", True)),
        ("VnArial Narrow", ("tcvn3", False)),
        ("VnExpress Sans", (None, False)),
        ("Vnfoo", (None, False)),
    ],
)
def test_font_encoding(font, expected):
    assert encodings.font_encoding(font) == expected
