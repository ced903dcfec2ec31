"""A first look at ``settings.json``, before anything else is loaded: the language and
the window's place, so the first window is painted in the right language and spot.

Read with the standard library only (no models, no pydantic), and only looked at:
nothing is written, moved or reported here. Anything unexpected (no file, a link,
a file of another user, something large, not JSON, an odd value) gives the
defaults; the settings are read properly right after the first paint
(:mod:`settings_file`), and that read reports and quarantines a bad file.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SETTINGS_FILE = "settings.json"
PEEK_LIMIT = 256 * 1024  # settings are a few hundred bytes; window places a few KiB
MAX_LANGUAGE = 35  # as domain.settings.Settings.language
_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


@dataclass(frozen=True)
class SettingsPeek:
    language: str | None = None  # None: follow the system
    window_geometry: dict[str, str] = field(default_factory=dict)


def _plain_file_of_mine(info: os.stat_result) -> bool:
    reparse: int = getattr(info, "st_reparse_tag", 0)  # a Windows link or junction
    mine = os.name != "posix" or info.st_uid == os.geteuid()
    return stat.S_ISREG(info.st_mode) and not reparse and mine and info.st_size <= PEEK_LIMIT


def _read(path: Path) -> bytes | None:
    try:
        if not _plain_file_of_mine(path.lstat()):
            return None
        fd = os.open(path, _FLAGS)
    except OSError:
        return None
    try:
        if not _plain_file_of_mine(os.fstat(fd)):
            return None
        return os.read(fd, PEEK_LIMIT + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def _peeked(data: Any) -> SettingsPeek:
    if not isinstance(data, dict):
        return SettingsPeek()
    language = data.get("language")
    if not (isinstance(language, str) and 0 < len(language) <= MAX_LANGUAGE):
        language = None
    places = data.get("window_geometry")
    if not isinstance(places, dict):
        places = {}
    geometry = {k: v for k, v in places.items() if isinstance(k, str) and isinstance(v, str)}
    return SettingsPeek(language, geometry)


def peek_settings(data_dir: Path) -> SettingsPeek:
    """The language and window places in ``settings.json``, or the defaults."""
    raw = _read(data_dir / SETTINGS_FILE)
    if raw is None or len(raw) > PEEK_LIMIT:
        return SettingsPeek()
    try:
        wrapper = json.loads(raw)
    except ValueError:
        return SettingsPeek()
    return _peeked(wrapper.get("data") if isinstance(wrapper, dict) else None)
