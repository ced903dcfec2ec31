"""Both entry points answer --version and --help, and the app starts and paints."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from intervisie_desktop import __version__

SCRIPT = Path(sys.executable).parent / "intervisie-desktop"
ENTRY_POINTS = [[sys.executable, "-m", "intervisie_desktop"], [str(SCRIPT)]]


def _run(
    cmd: list[str], *args: str, data_dir: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the app offscreen, never in the user's own data folder."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["INTERVISIE_DATA_DIR"] = str(data_dir or Path(tempfile.mkdtemp(prefix="intervisie-test-")))
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, check=False, env=env, timeout=60
    )


@pytest.mark.parametrize("cmd", ENTRY_POINTS, ids=["module", "script"])
def test_version(cmd: list[str]) -> None:
    result = _run(cmd, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"intervisie-desktop {__version__}"


@pytest.mark.parametrize("cmd", ENTRY_POINTS, ids=["module", "script"])
def test_help_names_the_options(cmd: list[str]) -> None:
    result = _run(cmd, "--help")
    assert result.returncode == 0
    for option in ("--lang", "--version", "--smoke"):
        assert option in result.stdout


def test_unknown_language_is_refused_with_a_clear_message() -> None:
    result = _run(ENTRY_POINTS[0], "--lang", "fr")
    assert result.returncode == 2
    assert "invalid choice: 'fr'" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_smoke_start_paints_the_main_window_and_quits_cleanly(lang: str) -> None:
    result = _run([str(SCRIPT)], "--smoke", "--lang", lang)
    assert result.returncode == 0, result.stderr
    painted, pause = result.stdout.splitlines()  # a plain start loads nothing more
    assert painted == "painted" and re.fullmatch(r"longest pause \d+\.\d ms", pause)
    result = _run([str(SCRIPT)], "--smoke", "--check-bundle", "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stdout.splitlines() if "pause" not in line] == [
        "painted",
        "checked time zones and calendar",
        "checked encryption",
        "checked pdf",
        "checked translations",
    ]


@pytest.mark.slow
def test_demo_screenshots_are_written(tmp_path: Path) -> None:

    result = _run([str(SCRIPT)], "--demo", "--screenshot", str(tmp_path), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    for name, width in (("main.png", 1366), ("presenter.png", 1280), ("methods.png", 1366)):
        image = QImage(str(tmp_path / name))
        assert image.width() == width, name
