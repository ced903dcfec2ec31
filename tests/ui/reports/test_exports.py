"""Exports are private from their first byte: the take-away (PDF or Markdown) is never,
not for a moment, a file others may read, also when it replaces an older export.

The folder is watched with inotify while the export is written: a file made with
the umask's mode and made private afterwards shows as a change of its mode
(IN_ATTRIB) after it was made; a file written in place of an older one shows as
written to (IN_MODIFY) while it still had the old file's mode.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import stat
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from intervisie_desktop.domain.report import Report, Section
from intervisie_desktop.ui.reports.exports import ExportError, write_report

pytestmark = pytest.mark.skipif(os.uname().sysname != "Linux", reason="inotify")

IN_MODIFY, IN_ATTRIB, IN_CREATE, IN_MOVED_TO = 0x2, 0x4, 0x100, 0x80
_EVENT = struct.Struct("iIII")
SECRET = "Dewi twijfelt of ze blijft"


class Watch:
    """Every change in one folder, in order: (event mask, file name)."""

    def __init__(self, folder: Path) -> None:
        self._libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self._fd = self._libc.inotify_init1(os.O_NONBLOCK)
        mask = IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_MOVED_TO
        if self._fd < 0 or self._libc.inotify_add_watch(self._fd, bytes(folder), mask) < 0:
            pytest.skip("inotify is not available here")

    def events(self) -> list[tuple[int, str]]:
        found = []
        try:
            data = os.read(self._fd, 1 << 20)
        except BlockingIOError:
            return found
        offset = 0
        while offset < len(data):
            _, mask, _, length = _EVENT.unpack_from(data, offset)
            offset += _EVENT.size
            name = data[offset : offset + length].rstrip(b"\0").decode()
            offset += length
            found.append((mask, name))
        return found

    def close(self) -> None:
        os.close(self._fd)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    before = os.umask(0o022)  # the usual umask: new files readable by everyone
    yield
    os.umask(before)


def report() -> Report:
    return Report(
        title="Meegeefverslag",
        facts=[("Casusinbrenger", "Dewi")],
        sections=[Section("Adviezen", [SECRET])],
        confidential="Vertrouwelijk",
        language="nl",
    )


@pytest.mark.usefixtures("loose_umask", "qapp")
@pytest.mark.parametrize("suffix", [".pdf", ".md"])
@pytest.mark.parametrize("earlier", [False, True], ids=["new", "over-an-earlier-export"])
def test_an_export_is_private_from_its_first_byte(
    tmp_path: Path, suffix: str, earlier: bool
) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    folder.chmod(0o755)
    target = folder / f"meegeefverslag{suffix}"
    if earlier:
        target.write_text("an earlier export", encoding="utf-8")
        target.chmod(0o644)
    watch = Watch(folder)
    try:
        write_report(report(), target)
        events = watch.events()
    finally:
        watch.close()
    made_private_later = [name for mask, name in events if mask & IN_ATTRIB and name]
    assert made_private_later == [], events
    written_in_place = [name for mask, name in events if mask & IN_MODIFY and name == target.name]
    assert written_in_place == [], events  # written elsewhere, then moved into place
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # nothing left over
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755  # the user's folder is theirs


def test_a_failed_export_leaves_the_earlier_one(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "x" / "take-away.txt"
    with pytest.raises(ExportError):
        write_report(report(), target)  # not .pdf or .md
    assert not target.exists()


def test_a_failed_export_is_told_in_words_not_codes(
    demo_window,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    from intervisie_desktop.store.problems import Code  # noqa: PLC0415
    from intervisie_desktop.ui.reports import report_export  # noqa: PLC0415
    from intervisie_desktop.ui.reports.exports import ExportError  # noqa: PLC0415

    def full(_report: object, path: Path) -> None:
        raise ExportError(path.name, Code.DISK_FULL)

    monkeypatch.setattr(report_export, "ask_export_path", lambda *_a: tmp_path / "r.pdf")
    monkeypatch.setattr(report_export, "write_report", full)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(str(a[2])))
    report_export.export_meeting_report(demo_window, demo_window.meeting, lambda _t: None)
    (text,) = warned
    assert "disk is full" in text and "disk_full" not in text and "r.pdf" in text
