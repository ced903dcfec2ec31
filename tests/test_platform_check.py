"""The app on a real X server, and what it says when a system library is missing.

The rest of the suite runs Qt offscreen, which needs none of the X11 libraries; these
tests start the app with Qt's xcb platform plugin on an Xvfb of their own, so a library
that `make run` forgets to install (RUNTIME_DEBS in the Makefile) fails the build.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intervisie_desktop.platform_check import (
    QT_LIBRARIES,
    XCB_LIBRARIES,
    find_missing,
    startup_problem,
    uses_xcb,
)

ROOT = Path(__file__).resolve().parent.parent
START_APP = "import sys; from intervisie_desktop.app import main; sys.exit(main())"
# The C and C++ runtime and the compression libraries: on every Debian system.
BASE_LIBRARIES = re.compile(
    r"(ld-linux.*|lib(c|m|dl|rt|pthread|resolv|gcc_s|stdc\+\+|z|zstd)\.so\.\d+)"
)
# The PySide6 modules the app imports, and Qt's X11 platform plugin.
APP_QT_MODULES = ("Core", "Gui", "Widgets", "Svg", "Network", "DBus")


def _missing(*sonames: str) -> Callable[[str], object]:
    """A loader that fails for these sonames, as dlopen does for a missing library."""

    def load(soname: str) -> object:
        if soname in sonames:
            raise OSError(f"{soname}: cannot open shared object file")
        return object()

    return load


# --- Which platform, which libraries -------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "xcb"),
    [
        ({}, True),
        ({"XDG_SESSION_TYPE": "x11"}, True),
        ({"XDG_SESSION_TYPE": "wayland"}, False),
        ({"XDG_SESSION_TYPE": "wayland", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, True),
        ({"QT_QPA_PLATFORM": "xcb;wayland"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ],
)
def test_xcb_is_checked_only_where_qt_will_use_it(environ: dict[str, str], xcb: bool) -> None:
    assert uses_xcb(environ) is xcb


def test_nothing_to_say_when_every_library_loads() -> None:
    assert find_missing({}, _missing()) is None
    assert startup_problem({}, "linux", _missing()) is None


def test_a_missing_xcb_library_names_its_package_in_english_and_dutch() -> None:
    problem = startup_problem(
        {"QT_QPA_PLATFORM": "xcb"}, "linux", _missing("libxcb-cursor.so.0", "libxcb-icccm.so.4")
    )
    assert problem is not None
    assert problem.count("sudo apt-get install libxcb-cursor0 libxcb-icccm4") == 2
    assert "cannot open its window on X11" in problem
    assert "kan zijn venster niet openen onder X11" in problem
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in problem


def test_a_missing_qt_library_is_not_blamed_on_x11() -> None:
    missing = find_missing({"QT_QPA_PLATFORM": "xcb"}, _missing("libEGL.so.1", "libxcb.so.1"))
    assert missing is not None
    assert missing.packages == ("libegl1", "libxcb1")
    assert not missing.for_xcb
    assert "cannot start Qt" in missing.message()
    assert "kan Qt niet starten" in missing.message()


def test_one_package_for_two_of_its_libraries() -> None:
    missing = find_missing({}, _missing("libglib-2.0.so.0", "libgthread-2.0.so.0"))
    assert missing is not None and missing.packages == ("libglib2.0-0",)


def test_xcb_libraries_are_not_needed_on_wayland_or_offscreen() -> None:
    hidden = _missing(*XCB_LIBRARIES)
    assert find_missing({"XDG_SESSION_TYPE": "wayland"}, hidden) is None
    assert find_missing({"QT_QPA_PLATFORM": "offscreen"}, hidden) is None
    assert find_missing({}, hidden) is not None


def test_only_linux_is_checked() -> None:
    everything = _missing(*QT_LIBRARIES, *XCB_LIBRARIES)
    assert startup_problem({}, "win32", everything) is None
    assert startup_problem({}, "darwin", everything) is None
    assert startup_problem({}, "linux", everything) is not None


def test_the_check_imports_no_qt() -> None:
    """It runs before Qt: importing Qt would fail on the very library it looks for."""
    probe = "import sys, intervisie_desktop.platform_check; print(sorted(sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "PySide6" not in done.stdout and "shiboken6" not in done.stdout


# --- The lists match Qt and the Makefile ----------------------------------------------


def _needed(library: Path) -> list[str]:
    """The DT_NEEDED entries of an ELF64 little-endian shared library (like readelf -d)."""
    data = library.read_bytes()
    assert data[:6] == b"\x7fELF\x02\x01", f"{library} is not a 64-bit little-endian ELF file"
    (section_offset,) = struct.unpack_from("<Q", data, 0x28)
    entry_size, count = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQII", data, section_offset + index * entry_size)
        for index in range(count)
    ]
    needed = []
    for _name, kind, _flags, _address, offset, size, link, _info in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings_offset = sections[link][4]
        for position in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, position)
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strings_offset + value)
                needed.append(data[strings_offset + value : end].decode())
    return needed


def _system_libraries_of(roots: list[Path], qt_lib: Path) -> set[str]:
    """What these Qt libraries link to outside Qt, following Qt's own libraries."""
    found: set[str] = set()
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        library = todo.pop()
        for soname in _needed(library):
            if soname.startswith(("libQt6", "libicu")):
                if soname not in seen and (qt_lib / soname).is_file():
                    seen.add(soname)
                    todo.append(qt_lib / soname)
            elif not BASE_LIBRARIES.fullmatch(soname):
                found.add(soname)
    return found


@pytest.fixture(scope="module")
def qt_dir() -> Path:
    import PySide6  # noqa: PLC0415

    qt = Path(PySide6.__file__).parent / "Qt"
    if not (qt / "lib").is_dir():
        pytest.skip("these checks read the Linux PySide6 wheel's libraries")
    return qt


def test_the_lists_cover_what_qt_links_to(qt_dir: Path) -> None:
    """A new Qt that links to another system library fails here until it is listed."""
    qt_lib = qt_dir / "lib"
    app_qt = _system_libraries_of([qt_lib / f"libQt6{m}.so.6" for m in APP_QT_MODULES], qt_lib)
    xcb = _system_libraries_of([qt_dir / "plugins" / "platforms" / "libqxcb.so"], qt_lib)
    assert app_qt == set(QT_LIBRARIES)
    assert xcb - app_qt == set(XCB_LIBRARIES)


def _make_list(name: str) -> set[str]:
    """A package list from the Makefile, with $(OTHER) lists expanded."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    match = re.search(rf"^{name}\s*:=(.*)$", makefile, re.MULTILINE)
    assert match, f"{name} is not in the Makefile"
    words: set[str] = set()
    for word in match.group(1).split():
        inner = re.fullmatch(r"\$\((\w+)\)", word)
        words |= _make_list(inner.group(1)) if inner else {word}
    return words


def test_make_run_installs_every_library_qt_needs() -> None:
    runtime = _make_list("RUNTIME_DEBS")
    assert set(QT_LIBRARIES.values()) | set(XCB_LIBRARIES.values()) <= runtime
    assert runtime <= _make_list("TEST_DEBS")
    assert not {"xvfb", "xauth", "poppler-utils", "appstream"} & runtime, "test tools only"


# --- On a real X server ---------------------------------------------------------------


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    """An Xvfb of our own, on the first free display number (Xvfb picks and tells it)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is missing: `make test` installs it (package 'xvfb').")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        number = os.read(read_end, 16).decode().strip() if ready else ""
        if not number:
            server.kill()
            _, errors = server.communicate(timeout=30)
            pytest.fail(f"Xvfb did not start: {errors.decode(errors='replace')}")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.communicate(timeout=30)


def _start_app(
    display: str, data_dir: Path, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "WAYLAND_", "XDG_SESSION"))
    }
    environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return subprocess.run(
        [*(prefix or []), sys.executable, "-c", START_APP, "--smoke", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=environ,
        cwd=ROOT,
        timeout=90,
        check=False,
    )


@pytest.mark.slow
def test_the_app_paints_on_a_real_x_server(x_display: str, tmp_path: Path) -> None:
    done = _start_app(x_display, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "painted" in done.stdout.splitlines(), done.stdout + done.stderr
    assert (tmp_path / "meetings").is_dir()  # it opened its data folder too


def _can_hide_a_library() -> str | None:
    """Why a library cannot be hidden from a child process here, or None."""
    if os.geteuid() != 0:
        return "hiding a system library needs root (a private mount namespace)"
    if shutil.which("unshare") is None:
        return "hiding a system library needs unshare (util-linux)"
    probe = subprocess.run(
        ["unshare", "--mount", "true"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        return f"this machine allows no private mount namespace: {probe.stderr.strip()}"
    return None


@pytest.mark.slow
def test_a_missing_xcb_library_is_named_instead_of_qts_abort(
    x_display: str, tmp_path: Path
) -> None:
    """As on a machine without libxcb-cursor0: the library is covered with an empty file
    inside a mount namespace of the child's own (the machine's copy is not touched)."""
    reason = _can_hide_a_library()
    if reason:
        pytest.skip(reason)
    path = next(
        (
            Path(folder) / "libxcb-cursor.so.0"
            for folder in ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/usr/lib64")
            if (Path(folder) / "libxcb-cursor.so.0").exists()
        ),
        None,
    )
    assert path, "libxcb-cursor0 is not installed (make test installs it)"
    real = path.resolve()
    hide = ["unshare", "--mount", "sh", "-c", f'mount --bind /dev/null "{real}" && exec "$@"', "-"]
    done = _start_app(x_display, tmp_path, prefix=hide)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "sudo apt-get install libxcb-cursor0" in done.stderr
    assert "libxcb-cursor.so.0" in done.stderr
    assert "Aborted" not in done.stderr and "painted" not in done.stdout
