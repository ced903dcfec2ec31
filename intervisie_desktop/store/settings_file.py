"""The settings file: ``settings.json`` in the data folder.

Settings are never encrypted, also in an encrypted folder: the app needs the
language before it can ask for a passphrase. They hold nothing about people or
meetings: the language, the name of the projector's screen, the warning time,
sound on or off, the projector's text size, theme and blackout colour, and
whether the welcome was shown (see ``domain/settings.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.store.atomic import ReadOnlyFileError
from intervisie_desktop.store.envelope import DataFileError, MissingFileError
from intervisie_desktop.store.files import FileStore, Problem
from intervisie_desktop.store.problems import Code
from intervisie_desktop.store.safe_read import read_regular
from intervisie_desktop.store.settings_format import SETTINGS
from intervisie_desktop.store.settings_peek import SETTINGS_FILE

FORMAT = SETTINGS.format
SCHEMA_VERSION = SETTINGS.version


@dataclass
class LoadedSettings:
    settings: Settings
    problem: Problem | None = None  # when the file could not be used (the UI words it)
    read_only: bool = False  # written by a newer app version: it is not saved over


def read_settings(files: FileStore) -> LoadedSettings:
    """Read the settings; a bad file is quarantined (never overwritten) and defaults used."""
    try:
        loaded = files.read(SETTINGS, SETTINGS_FILE)
    except MissingFileError:
        return LoadedSettings(Settings())
    except DataFileError:
        problem = next(p for p in files.problems if p.name == SETTINGS_FILE)
        return LoadedSettings(Settings(), problem)
    except OSError:  # the folder itself cannot be read: opening it says why, in words
        return LoadedSettings(Settings(), read_only=True)
    return LoadedSettings(loaded.data, read_only=loaded.read_only)


def _newer_on_disk(path: Path) -> bool:
    """Whether the settings file there comes from a newer app (settings are small)."""
    try:
        wrapper = json.loads(read_regular(path, SETTINGS_FILE, make_private=False))
        version = wrapper["schema_version"]
    except (DataFileError, ValueError, KeyError, TypeError):
        return False
    return isinstance(version, int) and version > SCHEMA_VERSION


def write_settings(files: FileStore, settings: Settings) -> None:
    if _newer_on_disk(files.path(SETTINGS_FILE)):
        raise ReadOnlyFileError(SETTINGS_FILE, Code.NEWER_VERSION)
    files.write(SETTINGS, SETTINGS_FILE, settings)


def load_settings(data_dir: Path) -> LoadedSettings:
    """Read ``settings.json`` of a data folder (usable before the folder is opened)."""
    return read_settings(FileStore(data_dir))


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Save ``settings.json`` atomically, keeping the previous version as a backup."""
    write_settings(FileStore(data_dir), settings)
