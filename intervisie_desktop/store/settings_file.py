"""The settings file: ``settings.json`` in the data folder."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from intervisie_desktop import __version__
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.atomic import write_atomic

SETTINGS_FILE = "settings.json"
FORMAT = "intervisie-desktop/settings"
SCHEMA_VERSION = 1


@dataclass
class LoadedSettings:
    settings: Settings
    problem: str | None = None  # plain words, when the file could not be used


def load_settings(data_dir: Path) -> LoadedSettings:
    """Read the settings; a bad file is set aside (never overwritten) and defaults used."""
    path = data_dir / SETTINGS_FILE
    if not path.exists():
        return LoadedSettings(Settings())
    try:
        wrapper = json.loads(path.read_bytes())
        if wrapper.get("format") != FORMAT:
            raise ValueError("it is not an Intervisie Desktop settings file")
        return LoadedSettings(Settings.model_validate(wrapper["data"]))
    except (OSError, ValueError, KeyError, AttributeError, ValidationError) as exc:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{SETTINGS_FILE}.unreadable-{stamp}")
        path.rename(kept)
        reason = str(exc).splitlines()[0]
        return LoadedSettings(
            Settings(),
            f"The settings file could not be read ({reason}); it was kept as {kept.name}.",
        )


def save_settings(data_dir: Path, settings: Settings) -> None:
    wrapper = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "data": settings.model_dump(mode="json"),
    }
    write_atomic(data_dir / SETTINGS_FILE, json.dumps(wrapper, indent=2).encode("utf-8"))
