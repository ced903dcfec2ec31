"""Load and validate definition files (methods, icebreakers) with clear errors.

A bad file is reported by file name and field path in plain words, e.g.
``roddel.json: steps[2].minutes: must be greater than 0``, so whoever edited
it knows where to look.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

ModelT = TypeVar("ModelT", bound=BaseModel)


class DefinitionError(ValueError):
    """A definition file could not be read or is not valid."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "(file)"


def describe_validation_error(error: ValidationError) -> list[str]:
    """One plain line per problem: ``field.path: message``."""
    return [f"{_location(tuple(e['loc']))}: {e['msg']}" for e in error.errors()]


def parse_definition(model: type[ModelT], raw: str | bytes, source: str) -> ModelT:
    """Parse JSON text into ``model``; any problem becomes a :class:`DefinitionError`."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DefinitionError(source, [f"not valid JSON ({exc})"]) from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise DefinitionError(source, describe_validation_error(exc)) from exc


def load_definition(model: type[ModelT], path: Path) -> ModelT:
    """Read one definition file from disk."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DefinitionError(path.name, [f"cannot be read ({exc.strerror})"]) from exc
    return parse_definition(model, raw, path.name)


def load_definition_folder(model: type[ModelT], folder: Path) -> list[ModelT]:
    """Every ``*.json`` in ``folder`` sorted by file name, except ``_*.json`` (shared parts)."""
    paths = sorted(p for p in folder.glob("*.json") if not p.name.startswith("_"))
    return [load_definition(model, p) for p in paths]


def require_unique_ids(ids: list[str], what: str, source: str) -> None:
    """Raise when an id occurs twice (ids are how meetings refer to definitions)."""
    doubles = sorted({i for i in ids if ids.count(i) > 1})
    if doubles:
        raise DefinitionError(source, [f"{what} id used more than once: {', '.join(doubles)}"])
