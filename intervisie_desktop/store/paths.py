"""Where the data lives: platformdirs' user data folder, or a folder the user names."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_state_path

from intervisie_desktop import APP_NAME

ENV_DATA_DIR = "INTERVISIE_DATA_DIR"


def default_data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, roaming=True)


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``$INTERVISIE_DATA_DIR``, then the platform default."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def rescue_dir() -> Path:
    """Where the running meeting is kept when the app must stop while its data folder is
    gone (a stick pulled, then a logout): this computer's own disk, a folder that is
    not roamed or synced."""
    return user_state_path(APP_NAME, appauthor=False) / "rescued"


def rescued_meetings() -> list[Path]:
    """The copies kept there, oldest first."""
    try:
        found = [p for p in rescue_dir().iterdir() if p.suffix == ".json" and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime)
