"""Exporting and importing one custom method as a file, to share it with a colleague.

An exported file is a plain (never encrypted) method envelope. Import also
accepts a bare definition file like the built-in ones in ``resources/methods``.
The whole file is read and validated before anything is saved, so a bad file
is refused with the reason and nothing is half-imported.
"""

from __future__ import annotations

import json
from pathlib import Path

from intervisie_desktop.domain.definitions import DefinitionError, parse_definition
from intervisie_desktop.domain.methods import Method
from intervisie_desktop.store.atomic import write_atomic
from intervisie_desktop.store.envelope import (
    ENCRYPTED_MAGIC,
    DataFileError,
    decode_kind,
    encode_file,
    read_file_bytes,
)
from intervisie_desktop.store.formats import METHOD

MAX_METHOD_FILE_BYTES = 1024 * 1024


class MethodImportError(ValueError):
    """A method file was refused; ``str()`` says why in plain words."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"The method in {source} was not imported: {reason}.")
        self.source = source
        self.reason = reason


def read_method_file(path: Path) -> Method:
    """Read and fully validate a method file (an export or a bare definition)."""
    source = path.name
    try:
        if path.stat().st_size > MAX_METHOD_FILE_BYTES:
            raise MethodImportError(source, "the file is too large to be a method")
        raw = read_file_bytes(path, source)
    except OSError as exc:
        raise MethodImportError(source, f"it could not be opened ({exc.strerror})") from exc
    except DataFileError as exc:
        raise MethodImportError(source, exc.reason) from exc
    if raw.startswith(ENCRYPTED_MAGIC):
        raise MethodImportError(source, "it is encrypted; export it again to share it")
    try:
        wrapper = json.loads(raw)
    except (ValueError, RecursionError):
        wrapper = None
    try:
        if isinstance(wrapper, dict) and "format" in wrapper:
            return decode_kind(METHOD, raw, source).data
        return parse_definition(Method, raw, source)
    except DataFileError as exc:
        raise MethodImportError(source, exc.reason) from exc
    except DefinitionError as exc:
        raise MethodImportError(source, "; ".join(exc.problems)) from exc


def write_method_file(method: Method, target: Path) -> None:
    """Write ``method`` as a plain, shareable file (atomically, like every save)."""
    write_atomic(target, encode_file(METHOD, method, target.name), name=target.name)
