"""The settings file's kind, on its own: reading the settings at start-up (for the
language, before anything else) then needs no other stored model."""

from __future__ import annotations

from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.envelope import FileKind

SETTINGS = FileKind(
    "intervisie-desktop/settings", 1, Settings, "settings", indent=2, encrypted=False
)
