"""The zip package of a ``.docx``: its parts as safe XML trees, its relationships.

Every part goes through the same guards, because any of them (styles,
numbering, headers, footnotes) can be the hostile one: a declared size and an
actual inflated size both capped, a compression ratio no real XML reaches,
a total budget over all parts, and XML parsed with entities, DTDs and the
network off (a DOCTYPE anywhere is refused). libxml2's own depth limit turns
absurd nesting into a clean error instead of a stack overflow.
"""

from __future__ import annotations

import io
import lzma
import posixpath
import zipfile
import zlib

from lxml import etree

from congvan.errors import ReadError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"

#: One part larger than this once inflated is refused (zip bombs).
MAX_PART_BYTES = 64 * 1024 * 1024
#: All parts together may not inflate past this: memory stays bounded.
MAX_TOTAL_BYTES = 160 * 1024 * 1024
#: Deflated XML of real documents shrinks 5-30 times; past this ratio (on a part
#: big enough to matter) the part is a bomb, not a letter.
MAX_RATIO = 200
_RATIO_FLOOR = 1024 * 1024


def _parser() -> etree.XMLParser:
    # Never resolve entities or fetch DTDs: a hostile file must not read local files.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )


class Package:
    """An opened ``.docx``; :meth:`part` loads one XML part with every guard applied."""

    def __init__(self, data: bytes, path: str | None) -> None:
        self.path = path
        self._inflated = 0
        #: Once closed, parts already inflated can still be parsed (see :meth:`raw`).
        self.closed = False
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            self._names = {info.filename: info for info in self._zip.infolist()}
        except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError, OSError):
            # NotImplementedError: a damaged header claiming an unknown zip version
            raise ReadError(path, "tệp .docx bị hỏng (không mở được tệp nén).") from None

    def close(self) -> None:
        self._zip.close()
        self.closed = True

    def has(self, name: str) -> bool:
        return name in self._names

    def part(self, name: str) -> etree._Element | None:
        """The root of part ``name``, or ``None`` when the package has no such part."""
        xml = self.raw(name)
        return None if xml is None else self.parse(name, xml)

    def raw(self, name: str) -> bytes | None:
        """The inflated bytes of part ``name`` (every size guard applied), to be parsed
        with :meth:`parse` now or later; ``None`` when the package has no such part."""
        info = self._names.get(name)
        return None if info is None else self._read(info)

    def _too_big(self, name: str) -> ReadError:
        return ReadError(self.path, f"phần {name} quá lớn khi giải nén (nghi tệp nén độc hại).")

    def _read(self, info: zipfile.ZipInfo) -> bytes:
        name = info.filename
        if info.file_size > MAX_PART_BYTES:
            raise self._too_big(name)
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise self._too_big(name)
        budget = min(MAX_PART_BYTES, MAX_TOTAL_BYTES - self._inflated)
        try:
            with self._zip.open(info) as fh:
                xml = fh.read(budget + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,  # corrupt deflate data: ``invalid distance too far back``
            lzma.LZMAError,  # a member that claims LZMA compression (method 14) it does not hold
            RuntimeError,  # an encrypted member
            OSError,
            EOFError,
            NotImplementedError,
            ValueError,
        ):
            raise ReadError(self.path, "tệp .docx bị hỏng (dữ liệu nén lỗi).") from None
        if len(xml) > budget:
            raise self._too_big(name)
        self._inflated += len(xml)
        return xml

    def parse(self, name: str, xml: bytes) -> etree._Element:
        """Part ``name``'s bytes as a tree; a DOCTYPE or broken XML is a :class:`ReadError`."""
        try:
            root = etree.fromstring(xml, _parser())
        except etree.XMLSyntaxError as exc:
            msg = str(exc.msg)
            if "depth" in msg.lower():
                raise ReadError(
                    self.path, f"phần {name} lồng cấu trúc quá sâu (bảng lồng bảng?)."
                ) from None
            raise ReadError(self.path, f"tệp .docx có XML hỏng ({msg}).") from None
        # Office never writes a DTD; one in a .docx is an attack (entities are never resolved).
        docinfo = root.getroottree().docinfo
        if docinfo.internalDTD is not None or docinfo.system_url or docinfo.public_id:
            raise ReadError(
                self.path, "tệp .docx chứa khai báo DOCTYPE/ENTITY, bị từ chối vì lý do an toàn."
            )
        return root

    def rels(self, name: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (kind, part name) of part ``name``; kind: ``styles``, ``header``..."""
        folder, base = posixpath.split(name)
        root = self.part(posixpath.join(folder, "_rels", base + ".rels"))
        if root is None:
            return {}
        out: dict[str, tuple[str, str]] = {}
        for rel in root.iter(_PKG_REL):
            rid, target = rel.get("Id"), rel.get("Target")
            if rid is None or target is None or rel.get("TargetMode") == "External":
                continue
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            if target.startswith("/"):
                out[rid] = (kind, target.lstrip("/"))
            else:
                out[rid] = (kind, posixpath.normpath(posixpath.join(folder, target)))
        return out
