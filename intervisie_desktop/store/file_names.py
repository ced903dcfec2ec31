"""The names of data files: ``<folder>/<id>.json``, with an id that is safe as a file
name, and how a kind of file is named in a problem."""

from __future__ import annotations

import re

from pydantic import BaseModel

from intervisie_desktop.store.envelope import FORMAT_PREFIX, FileKind

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def item_name(folder: str, item_id: str) -> str:
    """``<folder>/<id>.json``; an id that is not safe as a file name is refused."""
    if not _ID.match(item_id):
        raise ValueError(f"not a valid id for a file name: {item_id!r}")
    return f"{folder}/{item_id}.json"


def item_id_of(file_name: str) -> str | None:
    """The id in ``<id>.json``, or None for any other file (temporary files, notes)."""
    item_id = file_name.removesuffix(".json")
    return item_id if file_name.endswith(".json") and _ID.match(item_id) else None


def what_of(kind: FileKind[BaseModel]) -> str:
    """How the kind is named in a :class:`Problem`: ``meeting``, ``group``, ..."""
    return kind.format.removeprefix(FORMAT_PREFIX)
