"""Patterns of plain text: normalization, Word runs, sentences, the command line."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_X = re.VERBOSE

#: A character the first normalization step maps (``normalize._TABLE``: exotic spaces,
#: zero-width characters and soft hyphen, look-alikes of ``Đ`` and ``-``); the text is
#: mapped only where one occurs. A test keeps the two lists equal.
NORMALIZE_MAPPED_RE = re.compile(
    "[\u00a0\u2000-\u200a\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\u00d0\u00f0\u2010\u2011]"
)

#: ``<https://www.facebook.com/ubnd>`` -> ``https://www.facebook.com/ubnd``
MD_LINK_RE = re.compile(r"<(?P<url>(?:https?|ftp)://[^>\s]+)>")

#: ``**Mọi thông tin ...**`` -> ``Mọi thông tin ...``
MD_STRONG_RE = re.compile(r"\*\*(?P<inner>[^*\n]+?)\*\*")

#: ``(*Theo dõi trang*)`` -> ``(Theo dõi trang)``; a lone ``*`` (Party headers) stays.
MD_EM_RE = re.compile(r"(?<![\w*])\*(?P<inner>[^*\s][^*\n]*?)\*(?![\w*])")

#: Old tone placement at a word end: ``hoà``, ``uỷ``, ``khoẻ`` (not ``quý``, where ``u`` is
#: part of the consonant ``qu``). ``canon`` runs it on every new string: both cases are spelled
#: out instead of ``IGNORECASE``, and each alternative starts with a letter (``qu`` is checked
#: behind the ``u``), so that ``re`` can skip to an ``o`` or a ``u``.
OLD_TONE_RE = re.compile(
    r"""(?:o[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ] | O[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]
      | u(?<![qQ]u)[ỳýỷỹỵỲÝỶỸỴ] | U(?<![qQ]U)[ỳýỷỹỵỲÝỶỸỴ]
    )(?![^\W\d_])""",
    _X,
)

#: Bullets at the start of a value: ``- Như trên``, ``+ Sở Tài chính``, ``• A``.
LEADING_BULLET_RE = re.compile(r"^(?:[-+•·*–—]+|\.(?!\d))\s*")


#: A page-header line that says nothing but its page number once field results of
#: ``PAGE`` are dropped: ``Trang``, ``- 2 -``, ``3/5``, an empty line.
PAGE_ONLY_RE = re.compile(r"^\W*(?:trang\b)?[\d\s/.\-–—]*$", _I)

#: Line endings of any platform (``\r\n``, ``\r``, ``\n``); other separators stay in the text.
NEWLINE_RE = re.compile(r"\r\n|\r|\n")

#: Sentence boundaries inside a paragraph.
SENTENCE_BREAK_RE = re.compile(r"[.;!?]\s+(?=\S)")

SENTENCE_END_RE = re.compile(r"[.;!?](?:\s|$)")

#: click's message for an unknown command: ``No such command 'nope'.``
CLI_NO_COMMAND_RE = re.compile(r"No such command '(?P<name>[^']*)'")

#: A row of a table exported as text ends with a cell border: ``- VP Quốc hội||``.
CELL_ROW_END_RE = re.compile(r"\|[ \t]*$")
