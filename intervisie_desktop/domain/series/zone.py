"""The computer's time zone as an IANA name (``Europe/Amsterdam``), found offline.

Calendar files name their zone, so a meeting at 14:00 stays at 14:00 in
Amsterdam wherever the calendar is opened. The name is looked up in the usual
places (``TZ``, the ``/etc/localtime`` link, ``/etc/timezone``); where none
gives a known zone (Windows, some containers) the app's home zone is used and
the facilitator can pick another one when planning.
"""

from __future__ import annotations

import contextlib
import os
import zoneinfo
from collections.abc import Mapping
from pathlib import Path

DEFAULT_ZONE = "Europe/Amsterdam"  # intervisie is a Dutch practice
_MARKER = "zoneinfo/"


def is_known_zone(name: str) -> bool:
    """True when ``name`` is an IANA zone this computer (or tzdata) knows."""
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _after_marker(path: str) -> str:
    index = path.rfind(_MARKER)
    return path[index + len(_MARKER) :] if index >= 0 else ""


def _candidates(environ: Mapping[str, str], localtime: Path, timezone_file: Path) -> list[str]:
    found = []
    tz = environ.get("TZ", "").removeprefix(":")
    found += [tz, _after_marker(tz)]
    with contextlib.suppress(OSError):
        found.append(_after_marker(str(localtime.readlink())))
    with contextlib.suppress(OSError, UnicodeDecodeError):
        lines = timezone_file.read_text(encoding="utf-8").splitlines()
        found.append(lines[0].strip() if lines else "")
    return found


def local_zone_name(
    environ: Mapping[str, str] | None = None,
    localtime: Path = Path("/etc/localtime"),
    timezone_file: Path = Path("/etc/timezone"),
) -> str:
    """The local zone's IANA name, or :data:`DEFAULT_ZONE` when it cannot be told."""
    environ = os.environ if environ is None else environ
    for name in _candidates(environ, localtime, timezone_file):
        if is_known_zone(name):
            return name
    return DEFAULT_ZONE


def known_zones() -> list[str]:
    """Every zone name to offer in a list, sorted."""
    return sorted(zoneinfo.available_timezones())
