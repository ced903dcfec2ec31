"""A file's bytes as JSON, each way that fails with its own code: empty, not text,
cut off (the end is missing: a save interrupted) or damaged (with line and column).
``NaN`` and ``Infinity`` are refused: they are not JSON."""

from __future__ import annotations

import json
import re

from intervisie_desktop.store.data_file_error import DataFileError
from intervisie_desktop.store.problems import Code

_CUT_OFF_MARGIN = 16  # a JSON error this close to the end: the file was cut short
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def parse_json(raw: bytes, name: str) -> object:
    if not raw.strip():
        raise DataFileError(name, Code.EMPTY)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(name, Code.NOT_TEXT) from exc
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        near_end = len(text.rstrip()) - exc.pos <= _CUT_OFF_MARGIN
        if (near_end and _unclosed(text)) or exc.msg.startswith("Unterminated string"):
            raise DataFileError(name, Code.CUT_OFF) from exc
        raise DataFileError(name, Code.DAMAGED, line=exc.lineno, column=exc.colno) from exc
    except (ValueError, RecursionError) as exc:
        raise DataFileError(name, Code.DAMAGED) from exc


def _refuse_constant(word: str) -> object:
    """``NaN`` and ``Infinity`` are not JSON; Python would read them as numbers."""
    raise ValueError(f"not a JSON value: {word}")


def _unclosed(text: str) -> bool:
    """More brackets opened than closed (outside strings): the end is missing."""
    bare = _STRING.sub("", text)
    return bare.count("{") + bare.count("[") > bare.count("}") + bare.count("]")
