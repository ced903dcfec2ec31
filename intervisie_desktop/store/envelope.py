"""The envelope every data file is wrapped in, and the one loader for all of them.

A file is ``{"format": ..., "schema_version": N, "app_version": ..., "data": {...}}``.
Older versions are migrated step by step (one dict-to-dict function per
version) *before* pydantic validation. A file from a newer app is read
leniently and marked read-only (:mod:`validation`). Every problem becomes one
:class:`DataFileError` with a :class:`Code` (:mod:`data_file_error`: the loader's
error, importable from here), so callers need one ``except``.

Errors about a file's contents are raised ``from None``: pydantic's own messages
quote the values, and a meeting's notes must never reach a traceback or a log.
"""

from __future__ import annotations

import copy
import errno
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError

from intervisie_desktop import __version__
from intervisie_desktop.store.atomic import SaveError
from intervisie_desktop.store.data_file_error import DataFileError, MissingFileError, invalid_fields
from intervisie_desktop.store.json_bytes import parse_json
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.validation import validate

__all__ = [  # the loader's error is importable from here, as it always was
    "DataFileError",
    "MissingFileError",
]
ModelT = TypeVar("ModelT", bound=BaseModel)
ModelT_co = TypeVar("ModelT_co", bound=BaseModel, covariant=True)
Migration = Callable[[dict[str, Any]], dict[str, Any]]

FORMAT_PREFIX = "intervisie-desktop/"
ENCRYPTED_MAGIC = b"INTERVISIE-ENCRYPTED-1\n"
_MAX_SHOWN_PROBLEMS = 3
_CUT_OFF_MARGIN = 16  # a JSON error this close to the end: the file was cut short
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


class Cipher(Protocol):
    """Whole-file encryption (see :mod:`crypto`); ``open`` raises :class:`DataFileError`."""

    def seal(self, header: Mapping[str, object], plaintext: bytes, name: str) -> bytes: ...

    def open(self, blob: bytes, name: str) -> tuple[dict[str, object], bytes]: ...


@dataclass(frozen=True)
class FileKind(Generic[ModelT_co]):
    """One kind of data file: its format name, current version, model and migrations."""

    format: str
    version: int
    model: type[ModelT_co]
    what: str  # how the user calls it: "meeting", "group", ...
    migrations: Mapping[int, Migration] = field(default_factory=dict)
    indent: int | None = 1
    encrypted: bool = True  # False: stays plain in an encrypted folder (settings)
    recheck: bool = True  # validate the encoded file again before writing (see encode_file)
    # instead of ``recheck``: a cheaper check of the bounds that matter (see encode_file)
    light_check: Callable[[Any], None] | None = None


@dataclass(frozen=True)
class LoadedFile(Generic[ModelT_co]):
    data: ModelT_co
    schema_version: int
    app_version: str
    read_only: bool = False  # written by a newer app: never write it back
    migrated_from: int | None = None


def encode_file(
    kind: FileKind[ModelT], data: ModelT, name: str, cipher: Cipher | None = None
) -> bytes:
    """The complete file, checked in memory (and encrypted when a cipher is given).

    The serializer refuses any value of the wrong type. Small files are also
    validated again from their JSON, so nothing is written that could not be read
    back; a kind with ``recheck=False`` (meetings, saved every few seconds) skips
    that second pass, which for a 2,000-item meeting costs more than the save, and
    runs its ``light_check`` instead (a meeting: everything but the board items,
    which are validated whenever one is made or changed). Raises :class:`SaveError`.
    """
    try:
        body = data.model_dump_json(indent=kind.indent, warnings="error")
        if kind.light_check is not None:
            kind.light_check(data)
    except PydanticSerializationError:
        raise SaveError(name, Code.WRONG_TYPE) from None
    except ValidationError as exc:
        raise SaveError(name, Code.NOT_READABLE_BACK, **invalid_fields(exc)) from None
    if kind.recheck:
        try:
            kind.model.model_validate_json(body)
        except ValidationError as exc:
            raise SaveError(name, Code.NOT_READABLE_BACK, **invalid_fields(exc)) from None
    header = {"format": kind.format, "schema_version": kind.version, "app_version": __version__}
    head = json.dumps(header)[:-1]
    plaintext = f'{head}, "data": {body}}}\n'.encode()
    if cipher is None:
        return plaintext
    return cipher.seal(header, plaintext, name)


def envelope_header(raw: bytes, kind: FileKind[BaseModel], name: str) -> dict[str, object]:
    """The visible header of a plain file (to encrypt it as it is, unknown fields and all)."""
    version, app_version, _ = _unwrap(raw, name, kind.format, kind.what, None)
    return {"format": kind.format, "schema_version": version, "app_version": app_version}


def _unwrap(
    raw: bytes, name: str, fmt: str, what: str, cipher: Cipher | None
) -> tuple[int, str, dict[str, Any]]:
    """Decrypt if needed and check the envelope; returns (version, app version, data)."""
    outer: Mapping[str, object] | None = None
    if raw.startswith(ENCRYPTED_MAGIC):
        if cipher is None:
            raise DataFileError(name, Code.NO_KEY)
        outer, raw = cipher.open(raw, name)
    elif cipher is not None and raw.strip():
        # a plain file where everything is encrypted: never trusted (it may have been
        # put there to be read as one of ours); see FileStore.read
        raise DataFileError(name, Code.PLAIN_IN_ENCRYPTED)
    wrapper = parse_json(raw, name)
    if not isinstance(wrapper, dict) or not isinstance(wrapper.get("format"), str):
        raise DataFileError(name, Code.NOT_OURS)
    found: str = wrapper["format"]
    if found != fmt:
        if found.startswith(FORMAT_PREFIX):
            raise DataFileError(name, Code.OTHER_KIND, found=found.removeprefix(FORMAT_PREFIX))
        raise DataFileError(name, Code.NOT_OURS)
    version = wrapper.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DataFileError(name, Code.BAD_VERSION)
    if outer is not None and (
        outer.get("format") != found or outer.get("schema_version") != version
    ):
        raise DataFileError(name, Code.HEADER_MISMATCH)
    app_version = wrapper.get("app_version", "")
    data = wrapper.get("data")
    if not isinstance(app_version, str) or not isinstance(data, dict):
        raise DataFileError(name, Code.NO_CONTENTS)
    return version, app_version, data


def _migrate(
    data: dict[str, Any], name: str, version: int, current: int, migrations: Mapping[int, Migration]
) -> dict[str, Any]:
    for step in range(version, current):
        migrate = migrations.get(step)
        if migrate is None:
            raise DataFileError(name, Code.NO_MIGRATION, version=step)
        try:
            data = migrate(data)
        except Exception:  # a migration meets arbitrary old data
            raise DataFileError(name, Code.MIGRATION_FAILED, version=step) from None
        if not isinstance(data, dict):
            raise DataFileError(name, Code.MIGRATION_FAILED, version=step)
    return data


def decode_data(
    raw: bytes,
    format: str,
    current_version: int,
    migrations: Mapping[int, Migration],
    model: type[ModelT],
    *,
    name: str,
    what: str = "data",
    cipher: Cipher | None = None,
) -> LoadedFile[ModelT]:
    """Turn a file's bytes into a validated model (see :func:`read_data_file`)."""
    version, app_version, data = _unwrap(raw, name, format, what, cipher)
    newer = version > current_version
    migrated_from = version if version < current_version else None
    if newer:
        data = copy.deepcopy(data)
    else:
        data = _migrate(data, name, version, current_version, migrations)
    loaded = validate(model, data, name, lenient=newer)
    return LoadedFile(loaded, version, app_version, newer, migrated_from)


def read_file_bytes(path: Path, name: str) -> bytes:
    """Read a whole file; any problem becomes a :class:`DataFileError`."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise MissingFileError(name) from exc
    except OSError as exc:
        error = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
        raise DataFileError(name, Code.CANNOT_OPEN, error=error) from exc


def read_data_file(
    path: Path,
    format: str,
    current_version: int,
    migrations: Mapping[int, Migration],
    model: type[ModelT],
    *,
    name: str | None = None,
    what: str = "data",
    cipher: Cipher | None = None,
) -> LoadedFile[ModelT]:
    """Read, decrypt, check, migrate and validate one file.

    Returns the model plus ``read_only`` (the file is from a newer app) and
    ``migrated_from``. Raises :class:`DataFileError` for anything else.
    """
    label = name or path.name
    raw = read_file_bytes(path, label)
    return decode_data(
        raw, format, current_version, migrations, model, name=label, what=what, cipher=cipher
    )


def read_kind(
    kind: FileKind[ModelT], path: Path, name: str, cipher: Cipher | None = None
) -> LoadedFile[ModelT]:
    """:func:`read_data_file` for a :class:`FileKind`."""
    return decode_kind(kind, read_file_bytes(path, name), name, cipher)


def decode_kind(
    kind: FileKind[ModelT], raw: bytes, name: str, cipher: Cipher | None = None
) -> LoadedFile[ModelT]:
    """:func:`decode_data` for a :class:`FileKind`."""
    return decode_data(
        raw,
        kind.format,
        kind.version,
        kind.migrations,
        kind.model,
        name=name,
        what=kind.what,
        cipher=cipher,
    )
