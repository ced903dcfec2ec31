"""Starting the app: the first window is painted before the heavy parts are loaded,
and a damaged method file still stops the start with its name."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The app started as usual, with two things watched: which modules were loaded when
# the window was first painted, and what a critical message box said.
WATCHED_START = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
import intervisie_desktop.ui.paint_watch as paint_watch
from intervisie_desktop.app import main

if len(sys.argv) > 2:
    sys._MEIPASS = sys.argv[2]  # the resources of a bundle: here, a damaged copy
seen = []
watch = paint_watch.on_first_paint

def answering(window):
    # whether the window answered while the rest of the app was being imported
    if window.attached:
        probe.stop()
    elif "pydantic" in sys.modules and not said_answering:
        said_answering.append(True)
        print("answered_while_loading", flush=True)

said_answering = []
probe = QTimer()

def on_first_paint(widget, callback):
    def first():
        if not seen:
            seen.append(sorted(sys.modules))
            print("loaded " + json.dumps(seen[0]), flush=True)
            probe.timeout.connect(lambda: answering(widget))
            probe.start(0)
            if os.environ.get("CLOSE_AT_FIRST_PAINT"):
                QTimer.singleShot(0, widget.close)
        callback()
    watch(widget, first)

def critical(parent, title, text, *args):
    print("critical " + json.dumps(text), flush=True)

paint_watch.on_first_paint = on_first_paint
QMessageBox.critical = critical
sys.exit(main(["--smoke", "--lang", "en", "--data-dir", sys.argv[1]]))
"""
HEAVY = (
    "pydantic",
    "PySide6.QtNetwork",
    "intervisie_desktop.domain.methods",
    "intervisie_desktop.store.repository",
    "intervisie_desktop.ui.data.folder_service",
    "intervisie_desktop.ui.meeting.running_meeting",
    "intervisie_desktop.ui.prepare.prepare_page",
    "intervisie_desktop.ui.library.method_view",
    "intervisie_desktop.ui.reports.pdf_export",
)


def start(
    data_dir: Path, resources: Path | None = None, *, close_at_first_paint: bool = False
) -> tuple[int, dict[str, object]]:
    """Start the app with --smoke; its exit code and what it said, by kind."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if close_at_first_paint:
        env["CLOSE_AT_FIRST_PAINT"] = "1"
    extra = [str(resources)] if resources else []
    done = subprocess.run(
        [sys.executable, "-c", WATCHED_START, str(data_dir), *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    said: dict[str, object] = {}
    for line in done.stdout.splitlines():
        kind, _, rest = line.partition(" ")
        said[kind] = json.loads(rest) if kind in ("loaded", "critical") else rest or True
    return done.returncode, said


def damaged_resources(tmp_path: Path, change: str) -> Path:
    """A copy of the shipped resources with one method file damaged."""
    resources = tmp_path / "bundle" / "resources"
    shutil.copytree(ROOT / "resources", resources)
    method = resources / "methods" / "04-roddel.json"
    if change == "not JSON":
        method.write_text('{"id": "roddel", "name": ', encoding="utf-8")
    else:
        data = json.loads(method.read_text(encoding="utf-8"))
        data["steps"][1]["minutes"] = 0
        method.write_text(json.dumps(data), encoding="utf-8")
    return resources.parent


@pytest.mark.slow
def test_the_first_paint_waits_for_no_models_no_meeting_and_no_network(tmp_path: Path) -> None:
    code, said = start(tmp_path / "data")
    assert code == 0
    assert said["painted"] is True
    loaded = said["loaded"]
    assert isinstance(loaded, list)
    assert [name for name in HEAVY if name in loaded] == []


@pytest.mark.slow
def test_the_painted_window_answers_while_the_rest_of_the_app_loads(tmp_path: Path) -> None:
    """Most of the loading after the first paint is importing: done on a worker thread,
    so a click or a key on the window is not left waiting for it."""
    code, said = start(tmp_path / "data")
    assert code == 0
    assert said.get("answered_while_loading") is True


@pytest.mark.slow
def test_a_window_closed_while_the_app_still_loads_ends_the_app(tmp_path: Path) -> None:
    """Closed right after it appeared: the app ends (it does not go on loading into a
    window that is gone, nor wait for one) and makes no data folder."""
    code, said = start(tmp_path / "data", close_at_first_paint=True)
    assert code == 0 and said["painted"] is True
    assert not (tmp_path / "data").exists()


@pytest.mark.slow
@pytest.mark.parametrize("change", ["not JSON", "a step of 0 minutes"])
def test_a_damaged_method_file_is_named_and_the_app_stops(tmp_path: Path, change: str) -> None:
    code, said = start(tmp_path / "data", damaged_resources(tmp_path, change))
    assert code == 1
    message = said["critical"]
    assert isinstance(message, str)
    assert "A method definition is damaged" in message and "04-roddel.json" in message
    if change == "not JSON":
        assert "painted" not in said  # known before any window: none is shown
