"""What goes into the PyInstaller bundle, and what stays out.

Shared by ``intervisie-desktop.spec``, the Qt hooks in ``hooks/`` and
``tests/test_packaging.py``. Standard library only (plus our own package for the
version and app id), so the tests can check these rules without PyInstaller.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from intervisie_desktop import APP_ID, APP_NAME, __version__

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
RESOURCES = ROOT / "resources"

EXECUTABLE = APP_NAME  # "intervisie-desktop": the command, the bundle folder, WM_CLASS
VERSION = __version__
BUNDLE_IDENTIFIER = APP_ID  # macOS CFBundleIdentifier = the .desktop / AppStream id
DISPLAY_NAME = "Intervisie Desktop"

WINDOWS_ICON = PACKAGING / "windows" / "intervisie-desktop.ico"
MACOS_ICON = PACKAGING / "macos" / "intervisie-desktop.icns"

# Source files under resources/ that the running app never reads (the .qm is compiled
# from the .ts by `make translations`).
RESOURCE_SUFFIXES_LEFT_OUT = frozenset({".ts"})

# Python modules that must not end up in the bundle even if something imports them.
# We use QtCore, QtGui and QtWidgets; QtSvg's *library* comes in through the SVG
# image-format and icon-engine plugins. QtNetwork is deliberately not listed: PySide6's
# own __init__ refers to it, and the store may use QLocalServer (single instance).
# QtDBus stays: on Linux the app hears from logind that the laptop goes to sleep.
EXCLUDED_MODULES = [
    *(
        f"PySide6.{module}"
        for module in (
            "QtConcurrent",
            "QtDesigner",
            "QtHelp",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtPdf",  # QPdfWriter, which writes the take-away, lives in QtGui
            "QtPdfWidgets",
            "QtPrintSupport",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuickWidgets",
            "QtSql",
            "QtSvgWidgets",
            "QtTest",  # tests and benchmarks only
            "QtUiTools",
            "QtXml",
        )
    ),
    # Development tools that pydantic's hook pulls in: its mypy plugin (pydantic.mypy
    # imports mypy) and rich for printing schemas while debugging.
    "mypy",
    "pydantic.mypy",
    "pydantic.v1.mypy",
    "rich",
    "pygments",
    "tkinter",
    "_tkinter",
    "pytest",
    "hypothesis",
]

# Imported in ways PyInstaller's import scan cannot see.
HIDDEN_IMPORTS = [
    "wakepy.dbus_adapters.jeepney",  # wakepy imports its D-Bus adapter via a module __getattr__
    "tzdata",  # zoneinfo reads it as a resource when the system has no zone files
]

# Qt's own translations: only the languages the app offers.
QT_LANGUAGES = frozenset({"nl", "en"})

# Qt plugins a desktop widgets app does not load, by plugin folder. ``None`` drops the
# whole folder; otherwise the plugin names (without "lib" and the file suffix) to drop.
# Everything not listed is kept, so a plugin new in a later Qt is kept until judged.
DROPPED_QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # Embedded and remote back ends: no desktop session uses them.
    "platforms": frozenset({"qeglfs", "qminimalegl", "qlinuxfb", "qvnc", "qvkkhrdisplay"}),
    "egldeviceintegrations": None,
    "generic": None,  # evdev/tslib/TUIO input for the embedded back ends
    # Image formats: the app reads only its SVG icon (PNG is built into QtGui).
    "imageformats": frozenset(
        {"qgif", "qicns", "qico", "qjpeg", "qpdf", "qtga", "qtiff", "qwbmp", "qwebp"}
    ),
    "platforminputcontexts": frozenset({"qtvirtualkeyboardplugin"}),  # needs QtQuick
    # The GTK 3 theme would bundle GTK, Pango and Cairo from the build machine (or, on a
    # machine without them, load the user's GTK next to our GLib). Qt's built-in GNOME
    # and KDE themes and the XDG desktop portal theme remain.
    "platformthemes": frozenset({"qgtk3"}),
    # Wayland: keep xdg-shell and the EGL client buffers; the rest serves Qt's own
    # compositors and embedded shells.
    "wayland-shell-integration": frozenset(
        {"fullscreen-shell-v1", "ivi-shell", "qt-shell", "wl-shell-plugin"}
    ),
    "wayland-graphics-integration-client": frozenset(
        {"dmabuf-server", "drm-egl-server", "shm-emulation-server", "vulkan-server"}
    ),
    "wayland-graphics-integration-server": None,
    # QtNetwork's plugins: the app never talks to the network (a local socket needs none).
    "tls": None,
    "networkinformation": None,
    "networkaccess": None,
    "qmltooling": None,
    "sqldrivers": None,
    "designer": None,
    "printsupport": None,
}

_PLUGIN_SUFFIX = re.compile(r"\.(so|dll|dylib)$")


def resource_datas(resources: Path = RESOURCES) -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` for every shipped file under ``resources/``.

    The app finds them in ``sys._MEIPASS/resources`` (see intervisie_desktop/resources.py).
    """
    datas: list[tuple[str, str]] = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        if path.suffix in RESOURCE_SUFFIXES_LEFT_OUT:
            continue
        relative_dir = path.parent.relative_to(resources.parent)
        datas.append((str(path), relative_dir.as_posix()))
    return datas


def keep_qt_translation(file_name: str) -> bool:
    """Keep a Qt ``.qm`` only for Dutch and English (``qtbase_nl.qm``, ``qt_en.qm``)."""
    name = PurePath(file_name).name
    if not name.endswith(".qm"):
        return True
    language = name.removesuffix(".qm").rsplit("_", 1)[-1]
    return language in QT_LANGUAGES


def plugin_name(file_name: str) -> str:
    """``libqxcb.so`` / ``qxcb.dll`` / ``libqxcb.dylib`` -> ``qxcb``."""
    name = _PLUGIN_SUFFIX.sub("", PurePath(file_name).name)
    return name.removeprefix("lib")


def keep_qt_plugin(plugin_dir: str, file_name: str) -> bool:
    """Whether the plugin ``file_name`` in the Qt plugin folder ``plugin_dir`` is bundled."""
    folder = PurePath(plugin_dir).name
    if folder not in DROPPED_QT_PLUGINS:
        return True
    dropped = DROPPED_QT_PLUGINS[folder]
    return dropped is not None and plugin_name(file_name) not in dropped


def filter_qt_binaries(binaries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop unused plugins from a hook's ``(source, destination folder)`` list."""
    kept = []
    for source, destination in binaries:
        parts = PurePath(destination).parts
        is_plugin = "plugins" in parts and parts[-1] != "plugins"
        if not is_plugin or keep_qt_plugin(destination, source):
            kept.append((source, destination))
    return kept


def filter_qt_datas(datas: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop Qt translations other than Dutch and English from a hook's data list."""
    return [(source, destination) for source, destination in datas if keep_qt_translation(source)]


def macos_info_plist() -> dict[str, object]:
    """Info.plist entries of the macOS ``.app`` (see packaging/macos/README.md)."""
    return {
        "CFBundleName": DISPLAY_NAME,
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleShortVersionString": VERSION,
        "CFBundleVersion": VERSION,
        "CFBundleDevelopmentRegion": "nl",
        "CFBundleLocalizations": ["nl", "en"],
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        "NSSupportsAutomaticGraphicsSwitching": True,
        "NSHumanReadableCopyright": "GPL-3.0-or-later",
    }
