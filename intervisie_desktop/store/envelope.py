"""The envelope every data file is wrapped in, and the one loader for all of them.

A file is ``{"format": ..., "schema_version": N, "app_version": ..., "data": {...}}``.
Older versions are migrated step by step (one dict-to-dict function per
version) *before* pydantic validation. A file from a newer app is read
leniently and marked read-only: pydantic would silently drop fields it does not
know, so writing it back would lose data. Every problem becomes one
:class:`DataFileError` with a plain reason, so callers need one ``except``.

Errors about a file's contents are raised ``from None``: pydantic's own messages
quote the values, and a meeting's notes must never reach a traceback or a log.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError

from intervisie_desktop import __version__
from intervisie_desktop.domain.definitions import describe_validation_error
from intervisie_desktop.store.atomic import SaveError

ModelT = TypeVar("ModelT", bound=BaseModel)
ModelT_co = TypeVar("ModelT_co", bound=BaseModel, covariant=True)
Migration = Callable[[dict[str, Any]], dict[str, Any]]

FORMAT_PREFIX = "intervisie-desktop/"
ENCRYPTED_MAGIC = b"INTERVISIE-ENCRYPTED-1\n"
_MAX_SHOWN_PROBLEMS = 3
_CUT_OFF_MARGIN = 16  # a JSON error this close to the end: the file was cut short
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


class DataFileError(ValueError):
    """A data file could not be used. ``str()`` is a plain sentence naming the file."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"The file {name} could not be read: {reason}.")
        self.name = name
        self.reason = reason


class MissingFileError(DataFileError):
    """The file does not exist (nothing to quarantine)."""

    def __init__(self, name: str) -> None:
        super().__init__(name, "it does not exist")


class Cipher(Protocol):
    """Whole-file encryption (see :mod:`crypto`); ``open`` raises ``ValueError`` in words."""

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
    that second pass, which for a 2,000-item meeting costs more than the save.
    Raises :class:`SaveError`.
    """
    try:
        body = data.model_dump_json(indent=kind.indent, warnings="error")
    except PydanticSerializationError:
        raise SaveError(name, "it holds a value of the wrong type") from None
    if kind.recheck:
        try:
            kind.model.model_validate_json(body)
        except ValidationError as exc:
            problems = "; ".join(describe_validation_error(exc)[:_MAX_SHOWN_PROBLEMS])
            raise SaveError(name, f"it would not be readable ({problems})") from None
    header = {"format": kind.format, "schema_version": kind.version, "app_version": __version__}
    head = json.dumps(header)[:-1]
    plaintext = f'{head}, "data": {body}}}\n'.encode()
    if cipher is None:
        return plaintext
    return cipher.seal(header, plaintext, name)


def _json(raw: bytes, name: str) -> object:
    if not raw.strip():
        raise DataFileError(name, "the file is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(name, "it is not a text file (it may be damaged)") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        near_end = len(text.rstrip()) - exc.pos <= _CUT_OFF_MARGIN
        if (near_end and _unclosed(text)) or exc.msg.startswith("Unterminated string"):
            raise DataFileError(name, "it is cut off: the end of the file is missing") from exc
        where = f"line {exc.lineno}, column {exc.colno}"
        raise DataFileError(name, f"it is damaged ({exc.msg.lower()} at {where})") from exc
    except (ValueError, RecursionError) as exc:
        raise DataFileError(name, "it is damaged (it holds values that cannot be read)") from exc


def _unclosed(text: str) -> bool:
    """More brackets opened than closed (outside strings): the end is missing."""
    bare = _STRING.sub("", text)
    return bare.count("{") + bare.count("[") > bare.count("}") + bare.count("]")


def _describe_format(found: str) -> str:
    if found.startswith(FORMAT_PREFIX):
        return f"an Intervisie Desktop {found.removeprefix(FORMAT_PREFIX)} file"
    return "not an Intervisie Desktop file"


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
            raise DataFileError(name, "it is encrypted, but this data folder has no key")
        try:
            outer, raw = cipher.open(raw, name)
        except ValueError as exc:
            raise DataFileError(name, str(exc)) from exc
    wrapper = _json(raw, name)
    if not isinstance(wrapper, dict) or not isinstance(wrapper.get("format"), str):
        raise DataFileError(name, "it is not an Intervisie Desktop data file")
    found: str = wrapper["format"]
    if found != fmt:
        raise DataFileError(name, f"it is {_describe_format(found)}, not a {what} file")
    version = wrapper.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DataFileError(name, "its version number is missing or not valid")
    if outer is not None and (
        outer.get("format") != found or outer.get("schema_version") != version
    ):
        raise DataFileError(name, "its encrypted and its visible header do not match")
    app_version = wrapper.get("app_version", "")
    data = wrapper.get("data")
    if not isinstance(app_version, str) or not isinstance(data, dict):
        raise DataFileError(name, "its contents are missing")
    return version, app_version, data


def _migrate(
    data: dict[str, Any], name: str, version: int, current: int, migrations: Mapping[int, Migration]
) -> dict[str, Any]:
    for step in range(version, current):
        migrate = migrations.get(step)
        if migrate is None:
            raise DataFileError(name, f"there is no way to convert it from version {step}")
        try:
            data = migrate(data)
        except Exception:  # a migration meets arbitrary old data
            raise DataFileError(name, f"it could not be converted from version {step}") from None
        if not isinstance(data, dict):
            raise DataFileError(name, f"it could not be converted from version {step}")
    return data


def _drop(data: object, loc: tuple[int | str, ...]) -> bool:
    """Remove the field at ``loc``; False if the path is not there."""
    *parents, last = loc
    for part in parents:
        in_dict = isinstance(data, dict) and part in data
        in_list = isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)
        if not (in_dict or in_list):
            return False
        data = data[part]  # type: ignore[index]
    if isinstance(data, dict) and last in data:
        del data[last]
        return True
    return False


def _validate(model: type[ModelT], data: dict[str, Any], name: str, lenient: bool) -> ModelT:
    """Validate; ``lenient`` drops fields the model does not know (newer files)."""
    for _ in range(100):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            unknown = [tuple(e["loc"]) for e in exc.errors() if e["type"] == "extra_forbidden"]
            if not (lenient and unknown and all(_drop(data, loc) for loc in unknown)):
                problems = describe_validation_error(exc)
                shown = "; ".join(problems[:_MAX_SHOWN_PROBLEMS])
                hidden = len(problems) - _MAX_SHOWN_PROBLEMS
                more = f" and {hidden} more" if hidden > 0 else ""
                raise DataFileError(
                    name, f"some of its contents are not valid ({shown}{more})"
                ) from None
        except RecursionError:
            raise DataFileError(name, "its contents are nested too deeply") from None
    raise DataFileError(name, "its contents are not valid")


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
    loaded = _validate(model, data, name, lenient=newer)
    return LoadedFile(loaded, version, app_version, newer, migrated_from)


def read_file_bytes(path: Path, name: str) -> bytes:
    """Read a whole file; any problem becomes a :class:`DataFileError`."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise MissingFileError(name) from exc
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        raise DataFileError(name, f"it could not be opened ({reason})") from exc


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
