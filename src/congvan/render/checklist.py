"""A Markdown checklist a clerk can paste into a work log.

One ``- [ ]`` line per task and subtask, its label as the document shows it,
its text, who must do it and by when (dd/mm/yyyy); the letter's number, date
and subject as the heading.
"""

from __future__ import annotations

from congvan.models import Document, Task
from congvan.render.labels import (
    FIELD_LABELS,
    date_phrase,
    deadline_text,
    marker_text,
    number_text,
)


def _heading(doc: Document) -> list[str]:
    kind = doc.doc_type.name if doc.doc_type else "Văn bản"
    parts = [kind]
    if (number := number_text(doc)) is not None:
        parts.append(f"số {number}")
    if (date := date_phrase(doc.date)) is not None:
        parts.append(date)
    if doc.issuer is not None:
        parts.append(f"của {doc.issuer.name}")
    out = [f"# {' '.join(parts)}"]
    if doc.subject:
        out += ["", f"**{FIELD_LABELS['subject']}:** {doc.subject}"]
    return out


def _task_lines(task: Task, depth: int) -> list[str]:
    indent = "  " * depth
    text = f"{indent}- [ ] **{marker_text(task)}** {task.text}".rstrip()
    extras = []
    if task.assignees:
        extras.append(f"*{FIELD_LABELS['assignees']}:* {'; '.join(task.assignees)}")
    if task.partners:
        extras.append(f"*{FIELD_LABELS['partners']}:* {'; '.join(task.partners)}")
    if (deadline := deadline_text(task.deadline)) is not None:
        extras.append(f"*{FIELD_LABELS['deadline']}:* {deadline}")
    if extras:
        text += " — " + " — ".join(extras)
    out = [text]
    for sub in task.subtasks:
        out += _task_lines(sub, depth + 1)
    return out


def render_checklist(doc: Document) -> str:
    lines = _heading(doc)
    lines.append("")
    if doc.tasks or doc.requests:
        for task in doc.tasks or doc.requests:
            lines += _task_lines(task, 0)
    else:
        lines.append("*(Văn bản không có mục nhiệm vụ được đánh số.)*")
        for d in doc.deadlines:
            lines.append(
                f"- [ ] {d.sentence} — *{FIELD_LABELS['deadline']}:* {deadline_text(d) or d.raw}"
            )
    return "\n".join(lines) + "\n"
