"""The terminal view: what the letter asks of whom and by when, at a glance.

Returns rich renderables; the CLI decides where to print them.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from congvan.models import Document, Severity, Task
from congvan.render.labels import (
    FIELD_LABELS as L,
    count_tasks,
    date_text,
    deadline_text,
    marker_text,
    number_text,
    shown_path,
    title_path,
)

_MISSING = Text(L["missing"], style="dim")
_SEVERITY_STYLE = {Severity.INFO: "cyan", Severity.WARNING: "yellow", Severity.ERROR: "red"}


def _value(text: str | None) -> Text:
    return Text(text) if text else _MISSING


def _header(doc: Document) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    place_date = ", ".join(x for x in (doc.place, date_text(doc.date)) if x) or None
    rows = [
        (L["doc_type"], doc.doc_type.name if doc.doc_type else None),
        (L["number"], number_text(doc)),
        (L["issuer"], doc.issuer.name if doc.issuer else None),
        (L["parent"], doc.issuer.parent if doc.issuer else None),
        (L["place_date"], place_date),
        (L["urgency"], doc.urgency),
        (L["confidentiality"], doc.confidentiality),
        (L["subject"], doc.subject),
    ]
    for label, value in rows:
        if value is None and label in (L["parent"], L["urgency"], L["confidentiality"]):
            continue
        style = "bold red" if label in (L["urgency"], L["confidentiality"]) else ""
        table.add_row(label, Text(value, style=style) if value else _MISSING)
    if doc.recipients:
        table.add_row(L["recipients"], Text("\n".join(r.name for r in doc.recipients)))
    if doc.signer is not None:
        s = doc.signer
        who = "\n".join([*s.chain, s.position or "", " ".join(x for x in (s.rank, s.name) if x)])
        table.add_row(L["signer"], _value(who.strip() or None))
    else:
        table.add_row(L["signer"], _MISSING)
    return table


def _task_label(task: Task) -> Text:
    text = Text()
    text.append(f"{marker_text(task)} ", style="bold")
    text.append(task.text if len(task.text) < 400 else task.text[:400] + "…")
    if task.assignees:
        text.append(f"\n  {L['assignees']}: ", style="green")
        text.append("; ".join(task.assignees))
    if task.partners:
        text.append(f"\n  {L['partners']}: ", style="cyan")
        text.append("; ".join(task.partners))
    if task.deadline is not None:
        text.append(f"\n  {L['deadline']}: ", style="magenta")
        text.append(deadline_text(task.deadline) or task.deadline.raw, style="bold magenta")
    return text


def _add(tree: Tree, task: Task) -> None:
    branch = tree.add(_task_label(task))
    for sub in task.subtasks:
        _add(branch, sub)


def render_view(doc: Document) -> RenderableType:
    """Everything a clerk needs from one document, as a rich renderable."""
    parts: list[RenderableType] = [_header(doc)]
    if doc.legal_basis:
        basis = Tree(Text(L["legal_basis"], style="bold"))
        for b in doc.legal_basis:
            basis.add(Text(b.text))
        parts.append(basis)
    items = doc.tasks or doc.requests
    tasks = Tree(Text(f"{L['tasks']} ({count_tasks(items)})", style="bold"))
    for task in items:
        _add(tasks, task)
    if not items:
        tasks.add(Text("Không có mục đánh số.", style="dim"))
        for mention in doc.deadlines:
            when = deadline_text(mention) or mention.raw
            tasks.add(Text(f"{L['deadline']} {when}: {mention.sentence}", style="magenta"))
    parts.append(tasks)
    if doc.distribution:
        dist = Tree(Text(L["distribution"], style="bold"))
        for e in doc.distribution:
            dist.add(Text(e.name + (f" ({e.note})" if e.note else "")))
        parts.append(dist)
    shown = [d for d in doc.diagnostics if d.severity != Severity.INFO]
    if shown:
        diag = Tree(Text(L["diagnostics"], style="bold"))
        for d in shown:
            where = f" (dòng {d.line})" if d.line else ""
            diag.add(Text(f"{d.code}{where}: {d.message}", style=_SEVERITY_STYLE[d.severity]))
        parts.append(diag)
    path = doc.source.path or "<stdin>"
    title = title_path(path)
    if title != path:  # the whole name inside, where it may wrap
        parts.insert(0, Text(f"{L['file']}: {shown_path(path)}", style="dim"))
    return Panel(Group(*parts), title=escape(title), title_align="left")
