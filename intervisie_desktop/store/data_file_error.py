"""A data file that could not be used: one error with a :class:`Code` and parameters,
so callers need one ``except``. The parameters never hold a file's values: pydantic's
messages quote them, and a meeting's notes must never reach a traceback or a log."""

from __future__ import annotations

from pydantic import ValidationError

from intervisie_desktop.store.problems import Code, ParamValue, technical

_MAX_SHOWN_PROBLEMS = 3


class DataFileError(ValueError):
    """A data file could not be used: ``reason`` (a :class:`Code`) and ``params``."""

    def __init__(self, name: str, reason: Code, **params: ParamValue) -> None:
        super().__init__(technical(reason, name, params))
        self.name = name
        self.reason = reason
        self.params: dict[str, ParamValue] = dict(params)

    @property
    def code(self) -> Code:
        return self.reason


class MissingFileError(DataFileError):
    """The file does not exist (nothing to quarantine)."""

    def __init__(self, name: str) -> None:
        super().__init__(name, Code.MISSING)


def invalid_fields(error: ValidationError) -> dict[str, ParamValue]:
    """Which fields are not valid, as ``path (kind)``: no values (they may be notes)."""
    found = [f"{_location(tuple(e['loc']))} ({e['type']})" for e in error.errors()]
    shown = found[:_MAX_SHOWN_PROBLEMS]
    return {"fields": "; ".join(shown), "more": len(found) - len(shown)}


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(file)"
