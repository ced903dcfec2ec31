"""The built-in methods as the first window lists them, read with the standard library.

The first window shows each method's name, minutes and number of steps. Reading
those needs no validation, so the window can be painted before pydantic and the
full definitions are loaded; the validated library (:mod:`methods`) follows right
after and replaces this list. The order and the texts are the library's own: the
files sorted by name, ``_*.json`` left out, texts stripped as the models strip them.

A file that cannot be read as a method at all gives no catalogue (None): the app
then loads the library at once, which names the file and the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intervisie_desktop.domain.languages import text_language
from intervisie_desktop.resources import resource_path

if TYPE_CHECKING:
    from intervisie_desktop.domain.methods import MethodLibrary


@dataclass(frozen=True)
class ListedMethod:
    """One row of the method list, in the UI's language."""

    id: str
    name: str
    purpose: str
    minutes: int
    steps: int
    own: bool = False  # the facilitator's own method, not a built-in one


def _text(value: Any, language: str) -> str:
    """A ``LocalizedText`` as JSON: Dutch unless English is asked (as ``get`` does)."""
    text = value[text_language(language)]
    if not isinstance(text, str):
        raise TypeError(text)
    return text.strip()


def _listed(data: Any, language: str) -> ListedMethod:
    steps = data["steps"]
    minutes = [step["minutes"] for step in steps]
    if not isinstance(data["id"], str) or not all(type(m) is int for m in minutes):
        raise TypeError(data["id"])
    return ListedMethod(
        id=data["id"],
        name=_text(data["name"], language),
        purpose=_text(data["purpose"], language),
        minutes=sum(minutes),
        steps=len(steps),
    )


def read_catalogue(language: str, folder: Path | None = None) -> list[ListedMethod] | None:
    """The built-in methods' rows, or None when a file is not a readable method."""
    folder = folder or resource_path("methods")
    try:
        paths = sorted(p for p in folder.glob("*.json") if not p.name.startswith("_"))
        return [_listed(json.loads(p.read_bytes()), language) for p in paths]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def listed_methods(library: MethodLibrary, language: str) -> list[ListedMethod]:
    """The rows of the validated library (own methods included), in its order."""
    return [
        ListedMethod(
            id=method.id,
            name=method.name.get(language),
            purpose=method.purpose.get(language),
            minutes=method.total_minutes,
            steps=len(method.steps),
            own=not library.is_builtin(method.id),
        )
        for method in library.methods
    ]
