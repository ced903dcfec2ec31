"""Find the files shipped under ``resources/``.

The same code runs from a source checkout (``resources/`` next to the package),
from an installed wheel (the build maps it to ``intervisie_desktop/resources``)
and from a PyInstaller bundle (unpacked under ``sys._MEIPASS``).  This module is
the lowest layer: standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def candidate_roots() -> list[Path]:
    """Where ``resources/`` may be, most specific first."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(_PACKAGE_DIR / "resources")  # installed wheel
    roots.append(_PACKAGE_DIR.parent / "resources")  # source checkout
    return roots


def resources_root() -> Path:
    """The folder holding methods/, icebreakers/, translations/ and icons/."""
    for root in candidate_roots():
        if (root / "methods").is_dir():
            return root
    searched = ", ".join(str(r) for r in candidate_roots())
    raise FileNotFoundError(f"The app's resource files are missing (looked in: {searched})")


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_root().joinpath(*parts)
