"""PySide6 must not keep the source of every module imported after it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# A fresh interpreter: the test process has long since imported PySide6.
_PROBE = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
if sys.argv[2] == "stop":
    from intervisie_desktop.ui.pyside_imports import stop_source_scan
    assert stop_source_scan()
    assert not stop_source_scan()  # once is enough
else:
    import PySide6.QtCore
import imported_after_qt
print(any(name.endswith("imported_after_qt.py") for name in linecache.cache))
names = {}
exec("from PySide6.QtCore import *", names)
print("QTimer" in names)
"""


def _run(tmp_path: Path, mode: str) -> list[str]:
    (tmp_path / "imported_after_qt.py").write_text("ANSWER = 42\n" * 1000)
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path), mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return result.stdout.split()


def test_modules_imported_after_pyside_are_not_kept_as_source(tmp_path: Path) -> None:
    source_kept, star_import_works = _run(tmp_path, "stop")
    assert source_kept == "False"
    assert star_import_works == "True"


def test_without_it_pyside_keeps_their_source(tmp_path: Path) -> None:
    """What the app undoes (if a PySide6 version stops doing this, the app's call is
    a no-op and this test says so)."""
    source_kept, _ = _run(tmp_path, "keep")
    if source_kept != "True":
        pytest.fail("this PySide6 no longer reads imported modules' source")
