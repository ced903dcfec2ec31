"""The settings file's kind, on its own: reading the settings at start-up (for the
language, before anything else) then needs no other stored model."""

from __future__ import annotations

from typing import Any

from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.envelope import FileKind


def _fields_added(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only added settings with defaults (single keys, the coach, the window's
    place, the warning style, the shared window's size)."""
    return data


SETTINGS = FileKind(
    "intervisie-desktop/settings",
    2,
    Settings,
    "settings",
    {1: _fields_added},
    indent=2,
    encrypted=False,
)
