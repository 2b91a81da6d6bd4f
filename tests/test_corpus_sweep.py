"""Every real document of ``../shared/corpus`` parses, or fails with one clean error.

No file may raise anything but a :class:`congvan.CongvanError`; every ``.docx``,
``.pdf`` and (when LibreOffice is installed) ``.doc`` must parse, and its
``source.format`` is the file's real format. Skipped when the corpus is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from sanity import check, corpus_files

import congvan
from congvan.readers.doc import find_converter

PARSED = {".docx", ".txt", ".md", ".pdf"} | ({".doc", ".rtf"} if find_converter() else set())

FILES = corpus_files()


@pytest.mark.skipif(not FILES, reason="kho văn bản ../shared/corpus không có")
@pytest.mark.parametrize("path", FILES, ids=[p.name[:60] for p in FILES])
def test_corpus_file_parses_or_fails_cleanly(path: Path) -> None:
    if path.suffix.lower() in {".doc", ".rtf"} and find_converter() is None:
        pytest.skip("LibreOffice (soffice) không được cài")
    if path.suffix.lower() not in PARSED:
        with pytest.raises(congvan.CongvanError, match=r"\S"):
            congvan.parse_file(path)
        return
    doc = congvan.parse_file(path)
    assert doc.schema_version == "1"
    # the checklist a clerk reads: no sentence as an assignee, no past fact as a deadline,
    # no task after the signature (bench/sanity.py)
    assert check(json.loads(doc.model_dump_json())) == []
    assert doc.source.sha256
    if path.suffix.lower() in {".pdf", ".doc"}:
        assert doc.source.format == path.suffix.lower()[1:]
