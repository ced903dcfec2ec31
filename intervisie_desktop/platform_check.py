"""Before Qt starts on Linux: are the system libraries there that Qt links to?

Without them Qt does not start: a missing library of Qt itself is a Python ImportError,
and one of the X11 ("xcb") platform plugin makes Qt print a hint about plugins and
abort. Neither says which package to install. This module tries to load each library
(as Qt would, by its soname) and, when one is missing, words a message that names the
Debian/Ubuntu packages, in English and Dutch (there is no Qt yet to translate it).

No Qt import here: it runs before PySide6 is imported. `make run` installs the same
packages (RUNTIME_DEBS in the Makefile; tests/test_platform_check.py keeps the two
lists and the Qt libraries' own needs in step).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

# The libraries that Qt's Core, Gui, Widgets, Svg, Network and DBus link to, by soname,
# with the Debian package that has each. Not listed: the C and C++ runtime and the
# compression libraries that every Debian system has, and ICU, which PySide6 ships.
QT_LIBRARIES: Mapping[str, str] = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}

# What Qt's X11 platform plugin (libqxcb.so and libQt6XcbQpa) links to besides those.
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

Loader = Callable[[str], object]


def load_like_qt(soname: str) -> object:
    """Load a library where Qt would find it: in the frozen bundle's folder (PyInstaller
    copies some libraries in, and Qt finds them there), else on the system's path."""
    bundled = Path(getattr(sys, "_MEIPASS", "")) / soname
    if getattr(sys, "frozen", False) and bundled.is_file():
        return ctypes.CDLL(str(bundled))
    return ctypes.CDLL(soname)


@dataclass(frozen=True)
class MissingLibraries:
    """Libraries that could not be loaded, and the packages that have them."""

    sonames: tuple[str, ...]
    packages: tuple[str, ...]
    for_xcb: bool  # True when only the X11 plugin is short of something

    def message(self) -> str:
        """What to tell the user, in English and Dutch."""
        libraries = ", ".join(self.sonames)
        packages = " ".join(self.packages)
        install = f"    sudo apt-get install {packages}"
        if self.for_xcb:
            english = "Intervisie Desktop cannot open its window on X11 (Qt's xcb platform plugin)"
            dutch = "Intervisie Desktop kan zijn venster niet openen onder X11 (Qt's xcb-plug-in)"
        else:
            english = "Intervisie Desktop cannot start Qt"
            dutch = "Intervisie Desktop kan Qt niet starten"
        return (
            f"{english}: these system libraries are missing: {libraries}.\n"
            f"On Debian or Ubuntu, install them with:\n{install}\n"
            "(Elsewhere, install the packages that provide these libraries.)\n\n"
            f"{dutch}: deze systeembibliotheken ontbreken: {libraries}.\n"
            f"Installeer ze op Debian of Ubuntu met:\n{install}\n"
            "(Op andere systemen: installeer de pakketten die deze bibliotheken leveren.)"
        )


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will start with its X11 platform plugin first.

    ``QT_QPA_PLATFORM`` decides when set (``xcb``, ``xcb:option``, ``xcb;wayland``);
    otherwise Qt uses X11 unless the session is a Wayland session.
    """
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    return environ.get("XDG_SESSION_TYPE", "") != "wayland"


def _load_fails(load: Loader, soname: str) -> bool:
    try:
        load(soname)
    except OSError:
        return True
    return False


def find_missing(
    environ: Mapping[str, str], load: Loader = load_like_qt
) -> MissingLibraries | None:
    """The libraries Qt will need here that cannot be loaded, or None if all load."""
    wanted = dict(QT_LIBRARIES)
    if uses_xcb(environ):
        wanted.update(XCB_LIBRARIES)
    missing = [soname for soname in wanted if _load_fails(load, soname)]
    if not missing:
        return None
    packages = sorted({wanted[soname] for soname in missing})
    return MissingLibraries(
        sonames=tuple(missing),
        packages=tuple(packages),
        for_xcb=all(soname in XCB_LIBRARIES for soname in missing),
    )


def startup_problem(
    environ: Mapping[str, str], platform: str = sys.platform, load: Loader = load_like_qt
) -> str | None:
    """The message to print instead of starting Qt, or None when Qt can start.

    Only on Linux: on Windows and macOS the bundle carries what Qt needs.
    """
    if not platform.startswith("linux"):
        return None
    missing = find_missing(environ, load)
    return None if missing is None else missing.message()
