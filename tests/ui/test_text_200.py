"""200 % text on a 1920×1080 screen: windows fit and no button or label is cut off.

The app runs in its own process with ``QT_SCALE_FACTOR=2`` (960×540 to the layouts);
``scaled_layout.py`` reports per window or page what does not fit (the meeting page
in every block of the demo meeting, in Dutch).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SCREEN = ROOT / "tests" / "data" / "one_screen_1080.json"
DIALOGS = ["help", "settings", "method editor", "passphrase", "welcome", "about"]
PAGES = ["main window", "methods", *(f"prepare {n}" for n in range(1, 6)), "meeting", *DIALOGS]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def at_200(tmp_path_factory: pytest.TempPathFactory) -> Any:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}",
        "QT_SCALE_FACTOR": "2",
    }
    data = tmp_path_factory.mktemp("text200") / "data"
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.scaled_layout", str(data)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=100,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_every_page_is_checked(at_200: Any) -> None:
    assert list(at_200) == PAGES


@pytest.mark.parametrize("page", PAGES)
def test_nothing_is_cut_off_at_200_percent(at_200: Any, page: str) -> None:
    assert at_200[page] == []
