"""Fields of the contract from a segmented letter.

:func:`extract_document` runs the extractors in dependency order: the header
first (the letter's date resolves relative deadlines), then recipients (the
default assignees), the preamble, the tasks and the closing. Every extractor
records a diagnostic for what it could not find and returns ``None`` or ``[]``.
"""

from __future__ import annotations

from typing import Any

from congvan import codes, patterns
from congvan.extract.body import extract_basis, extract_recipients, extract_tasks, span_of
from congvan.extract.citations import dedupe, find_citations
from congvan.extract.closing import extract_distribution, extract_signer
from congvan.extract.context import Context
from congvan.extract.deadlines import Sentences, find_deadlines, find_inline_due
from congvan.extract.form import FORM_TYPES, form_signer, form_subject, form_urgency
from congvan.extract.header import (
    extract_issuer,
    extract_marks,
    extract_number,
    extract_place_date,
    extract_type_and_subject,
    span,
)
from congvan.models import Citation, DeadlineMention, Document, Evidence, Source, SourceOcr
from congvan.normalize import canon
from congvan.segment import Layout, Paragraph
from congvan.source import SourceDocument


def _references(ctx: Context, body: list[Paragraph]) -> list[Citation]:
    found: list[Citation] = []
    subject = ctx.layout.subject or []
    if subject:
        found += find_citations(" ".join(x.text for x in subject), span(subject))
    left = list(ctx.layout.left)
    if left:
        found += find_citations(" ".join(x.text for x in left), span(left))
    for p in body:
        found += find_citations(p.text, span_of(p))
    found.sort(key=lambda c: c.evidence.start)
    return dedupe(found)


def _mentions(ctx: Context, body: list[Paragraph]) -> list[DeadlineMention]:
    out: list[DeadlineMention] = []
    for p in body:
        attr = patterns.TIME_ATTR_RE.match(canon(p.text))
        offset = attr.start("value") if attr else 0  # ``Thời gian hoàn thành: Quý II/2025``
        sentences: Sentences | None = None
        found = find_deadlines(p.text[offset:], ctx.date)
        if not found and (due := find_inline_due(p.text, ctx.date)) is not None:
            found, offset = [due], 0  # ``... Thời hạn: 31/12/2026.``
        for f in found:
            sentences = sentences or Sentences(p.text)
            if f.iso is None:
                ctx.add(codes.DEADLINE_UNRESOLVED, p.start, f"({f.raw})")
            out.append(
                DeadlineMention(
                    raw=" ".join(f.raw.split()),
                    iso=f.iso,
                    sentence=sentences.around(f.start + offset),
                    evidence=span_of(p),
                )
            )
    return out


#: OCR confidence (0-100) under which a field read from a line gets ``CV029``.
LOW_CONFIDENCE = 70.0


def _unsure(ctx: Context, src: SourceDocument, fields: dict[str, Any]) -> None:
    """``CV029`` for each field whose lines OCR read with low confidence: never a guess
    presented as certain."""
    for name, value in fields.items():
        span = getattr(value, "evidence", None)
        if span is None:
            continue
        sure = [src.confidence[n] for n in range(span.start, span.end + 1) if n in src.confidence]
        if sure and min(sure) < LOW_CONFIDENCE:
            ctx.add(codes.OCR_LOW_CONFIDENCE, span.start, f"({name}: {min(sure):.0f}/100)")


def extract_document(src: SourceDocument, layout: Layout) -> Document:
    """Build the contract's :class:`Document` from a read, normalized and segmented file."""
    ctx = Context(layout=layout, diagnostics=list(src.diagnostics) + list(layout.diagnostics))
    ctx.marks = [line for line in src.lines[:60] if line.text.strip()]
    number = extract_number(ctx)
    issuer = extract_issuer(ctx)
    place, date = extract_place_date(ctx)
    ctx.date = date
    urgency, secrecy = extract_marks(ctx)
    header = [
        [Paragraph(x.text.strip(), x.no, x.no, x.cell) for x in column]
        for column in (layout.left, layout.right)
    ]
    recipients, after = extract_recipients(ctx, layout.body, header)
    ctx.recipients = [r.name for r in recipients]
    doc_type, subject = extract_type_and_subject(ctx, number, bool(recipients))
    if doc_type is not None and doc_type.name == "Công văn" and not recipients:
        ctx.add(codes.RECIPIENTS_MISSING)
    basis, items_start = extract_basis(layout.body, after)
    preamble_end = layout.body[items_start - 1] if items_start > after else None
    form = doc_type is not None and doc_type.name in FORM_TYPES
    boxed = form_signer(src.lines) if form else None
    items = layout.body[items_start:]
    if boxed is not None:  # a form's items end where its row of signature boxes begins
        items = [p for p in items if p.start < boxed[1]]
    tasks, requests = extract_tasks(ctx, items, preamble_end, layout.body[after:items_start])
    body = layout.body[after:]
    deadlines = _mentions(ctx, body)
    if form and subject is None and (subject := form_subject(ctx, src.lines)) is not None:
        ctx.drop(codes.SUBJECT_MISSING)
    if form and urgency is None:
        urgency = form_urgency(ctx, src.lines)
    signer = boxed[0] if boxed is not None else extract_signer(ctx)
    distribution = extract_distribution(ctx)
    if src.confidence:
        _unsure(ctx, src, {"số": number, "ngày": date, "cơ quan": issuer, "người ký": signer})
    if not any(line.text.strip() for line in src.lines):
        ctx.diagnostics = [d for d in ctx.diagnostics if d.code.startswith("CV0")]
        ctx.add(codes.EMPTY)
    elif number is None and date is None and issuer is None:
        ctx.add(codes.NOT_A_LETTER)
    return Document(
        source=Source(
            path=src.path,
            format=src.format,
            sha256=src.sha256,
            encoding=src.encoding,
            pages=src.pages,
            ocr=None
            if src.ocr is None
            else SourceOcr(pages=src.ocr[0], confidence=src.ocr[1], language=src.ocr[2]),
        ),
        doc_type=doc_type,
        number=number,
        issuer=issuer,
        place=place,
        date=date,
        urgency=urgency,
        confidentiality=secrecy,
        subject=subject,
        recipients=recipients,
        legal_basis=basis,
        references=_references(ctx, layout.body),
        tasks=tasks,
        requests=requests,
        deadlines=deadlines,
        signer=signer,
        distribution=distribution,
        diagnostics=ctx.diagnostics,
        evidence=Evidence(**ctx.evidence),
    )
