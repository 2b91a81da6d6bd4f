"""``congvan check``: review a draft against the thể thức of Nghị định 30/2020/NĐ-CP.

The draft is parsed as any letter is (every format congvan reads); the text rules
(:mod:`congvan.check.text`) read the parse and its lines, the page rules
(:mod:`congvan.check.page`) a .docx's sections. A rule not decided for a file (one that
needs Word formatting on a PDF, or one this version does not check yet) is listed under
``unchecked`` with the reason, never counted as passed.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from congvan.check.fix import FIXABLE, fix_docx
from congvan.check.format import FORMAT_RULES, check_format
from congvan.check.page import PAGE_RULES, check_page, open_word
from congvan.check.report import CheckReport, Finding, Unchecked
from congvan.check.rules import BY_ID, RULES, ZONES
from congvan.check.spacing import SPACING_RULES, check_spacing
from congvan.check.text import TEXT_RULES, Draft, check_text, out_of_scope
from congvan.errors import OutputError, ReadError
from congvan.extract import extract_document
from congvan.normalize import normalize_document
from congvan.output import atomic_write_bytes
from congvan.readers import read_path
from congvan.segment import segment
from congvan.source import SourceDocument

__all__ = [
    "RULES",
    "CheckReport",
    "Finding",
    "check_file",
    "check_source",
    "fix_file",
    "select_rules",
]

_ZONE_ORDER = {zone: i for i, zone in enumerate(ZONES)}


def select_rules(select: Collection[str] = (), ignore: Collection[str] = ()) -> set[str]:
    """Rule ids kept by ``--select`` and ``--ignore``: ids (``TT221``), or prefixes naming a
    group (``TT2`` for the header, ``TT22`` for the number). Unknown names raise ValueError."""
    for name in (*select, *ignore):
        if not any(rule.id.startswith(name.upper()) for rule in RULES):
            raise ValueError(name)
    chosen = {r.id for r in RULES if not select or any(r.id.startswith(s.upper()) for s in select)}
    return {r for r in chosen if not any(r.startswith(i.upper()) for i in ignore)}


def check_source(
    src: SourceDocument,
    *,
    docx_path: str | os.PathLike[str] | None = None,
    rules: set[str] | None = None,
    final: bool = False,
) -> CheckReport:
    """Check a read file; ``docx_path`` (a .docx) enables the page rules."""
    return _check(src, docx_path, rules, final)[0]


def _check(
    src: SourceDocument,
    docx_path: str | os.PathLike[str] | None,
    rules: set[str] | None,
    final: bool,
) -> tuple[CheckReport, Draft]:
    src = normalize_document(src)
    layout = segment(src.lines)
    doc = extract_document(src, layout)
    wanted = {r.id for r in RULES} if rules is None else rules
    draft = Draft(doc, layout, src.lines, final)
    scope = out_of_scope(draft)
    if scope is not None:
        report = CheckReport(
            file=src.path,
            doc_type=doc.doc_type.name if doc.doc_type else None,
            findings=[],
            unchecked=[Unchecked(rules=sorted(wanted), reason=scope)] if wanted else [],
        )
        return report, draft
    findings = list(check_text(draft))
    decided = set(TEXT_RULES)
    formatting = check_format(draft)
    if formatting is not None:
        findings += formatting
        decided |= set(FORMAT_RULES)
    word = open_word(docx_path) if docx_path is not None else None
    page = check_page(docx_path, word) if docx_path is not None and word is not None else None
    if page is not None:
        findings += page
        decided |= set(PAGE_RULES)
    spacing = check_spacing(word, draft) if word is not None else None
    if spacing is not None:
        findings += spacing
        decided |= set(SPACING_RULES)
    kept = [f for f in findings if f.rule in wanted]
    kept.sort(key=lambda f: (_ZONE_ORDER[f.zone], f.evidence.start if f.evidence else 0, f.rule))
    report = CheckReport(
        file=src.path,
        doc_type=doc.doc_type.name if doc.doc_type else None,
        findings=kept,
        unchecked=_unchecked(wanted - decided, page is not None, src.format),
    )
    return report, draft


def _unchecked(rules: set[str], docx: bool, fmt: str) -> list[Unchecked]:
    formatting = sorted(r for r in rules if BY_ID[r].needs != "text")
    pending = sorted(r for r in rules if BY_ID[r].needs == "text")
    out: list[Unchecked] = []
    if formatting and not docx:
        reason = f"cần định dạng Word (.docx: phông, cỡ chữ, lề); tệp này là .{fmt}"
        out.append(Unchecked(rules=formatting, reason=reason))
    elif formatting:
        out.append(Unchecked(rules=formatting, reason="phiên bản này chưa kiểm tra định dạng này"))
    if pending:
        out.append(Unchecked(rules=pending, reason="phiên bản này chưa kiểm tra quy tắc này"))
    return out


def check_file(
    path: str | os.PathLike[str], *, rules: set[str] | None = None, final: bool = False
) -> CheckReport:
    """Check the draft at ``path``; raises :class:`CongvanError` for an unreadable file."""
    src = read_path(path)
    docx = Path(path).suffix.lower() == ".docx" and src.format == "docx"
    return check_source(src, docx_path=path if docx else None, rules=rules, final=final)


def fix_file(
    path: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    rules: set[str] | None = None,
    final: bool = False,
) -> tuple[CheckReport, CheckReport]:
    """Write to ``output`` a copy of the .docx at ``path`` with its mechanical findings fixed
    (never over the input); the check of the draft and the check of the copy."""
    if Path(path).suffix.lower() != ".docx":
        raise ReadError(str(path), "chỉ sửa được tệp .docx (--fix).")
    target = Path(output)
    if target.exists() and target.resolve() == Path(path).resolve():
        raise OutputError(str(output), "không ghi đè lên dự thảo; hãy cho một tên tệp khác.")
    src = read_path(path)
    if src.format != "docx":
        raise ReadError(str(path), "tệp không phải .docx thật (--fix chỉ sửa tệp Word .docx).")
    before, draft = _check(src, path, rules, final)
    fixable = [f for f in before.findings if f.rule in FIXABLE]
    try:
        fixed = fix_docx(path, draft, fixable)
    except Exception as exc:  # python-docx may not model a file the reader took
        reason = f"không sửa được tệp này ({type(exc).__name__}); hãy sửa tay theo báo cáo."
        raise ReadError(str(path), reason) from None
    atomic_write_bytes(target, fixed)
    after = check_file(target, rules=rules, final=final)
    return before, after
