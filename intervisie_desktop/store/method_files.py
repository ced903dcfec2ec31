"""Exporting and importing one custom method as a file, to share it with a colleague.

An exported file is a plain (never encrypted) method envelope. Import also
accepts a bare definition file like the built-in ones in ``resources/methods``.
The whole file is read and validated before anything is saved, so a bad file
is refused with the reason and nothing is half-imported.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from intervisie_desktop.domain.methods import Method
from intervisie_desktop.store.atomic import write_atomic
from intervisie_desktop.store.data_file_error import DataFileError, invalid_fields
from intervisie_desktop.store.envelope import ENCRYPTED_MAGIC, decode_kind, encode_file
from intervisie_desktop.store.formats import METHOD
from intervisie_desktop.store.problems import Code, ParamValue, technical
from intervisie_desktop.store.safe_read import read_regular

MAX_METHOD_FILE_BYTES = 1024 * 1024


class MethodImportError(ValueError):
    """A method file was refused: ``reason`` (a code) and ``params`` (with ``file``)."""

    def __init__(self, source: str, reason: Code, **params: ParamValue) -> None:
        self.params: dict[str, ParamValue] = {"file": source, **params}
        super().__init__(technical(reason, source, self.params))
        self.source = source
        self.reason = reason

    @property
    def code(self) -> Code:
        return self.reason


def read_method_file(path: Path) -> Method:
    """Read and fully validate a method file (an export or a bare definition)."""
    source = path.name
    try:
        raw = read_regular(
            path,
            source,
            limit=MAX_METHOD_FILE_BYTES,
            make_private=False,
            follow_links=True,  # a file the user picked, wherever it is
            own_only=False,  # a colleague's file may well be theirs
        )
    except DataFileError as exc:
        raise MethodImportError(source, exc.reason, **exc.params) from exc
    if raw.startswith(ENCRYPTED_MAGIC):
        raise MethodImportError(source, Code.ENCRYPTED_EXPORT)
    try:
        wrapper = json.loads(raw)
    except (ValueError, RecursionError):
        wrapper = None
    try:
        if isinstance(wrapper, dict) and "format" in wrapper:
            return decode_kind(METHOD, raw, source).data
        return Method.model_validate(wrapper) if wrapper is not None else _not_json(source)
    except DataFileError as exc:
        raise MethodImportError(source, exc.reason, **exc.params) from exc
    except ValidationError as exc:
        raise MethodImportError(source, Code.INVALID, **invalid_fields(exc)) from exc


def _not_json(source: str) -> Method:
    raise MethodImportError(source, Code.DAMAGED)


def write_method_file(method: Method, target: Path) -> None:
    """Write ``method`` as a plain, shareable file (atomically, like every save; the
    file is private, the folder the user chose is left as it is)."""
    content = encode_file(METHOD, method, target.name)
    write_atomic(target, content, name=target.name, private_folder=False)
