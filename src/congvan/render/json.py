"""JSON: the model dump, Unicode kept, keys in the contract's order."""

from __future__ import annotations

import json

from pydantic_core import PydanticSerializationError

from congvan.models import Document


def to_data(doc: Document) -> dict[str, object]:
    return doc.model_dump(mode="json")


def render_json(doc: Document) -> str:
    """One document as indented JSON.

    pydantic's serializer writes the same bytes as ``json.dumps(..., ensure_ascii=False,
    indent=2)`` five times faster; a string it cannot encode (a lone surrogate from a
    broken file) goes the slow way, as before.
    """
    try:
        return doc.model_dump_json(indent=2)
    except PydanticSerializationError:
        return json.dumps(to_data(doc), ensure_ascii=False, indent=2)


def render_jsonl_line(doc: Document) -> str:
    """One document on one line (JSON Lines)."""
    try:
        return doc.model_dump_json()
    except PydanticSerializationError:
        return json.dumps(to_data(doc), ensure_ascii=False, separators=(",", ":"))


def render_json_array(docs: list[Document]) -> str:
    """Several documents as one JSON array."""
    return json.dumps([to_data(d) for d in docs], ensure_ascii=False, indent=2)
