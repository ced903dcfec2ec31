"""From a key press (next block) to the presenter view repainted.

The app's main window runs the demo meeting with the projector window shown;
PageDown is sent the way Qt delivers a real key press, and the time until the
projector has painted the new block (its clock page, or the wall of lists where a
block shows those) is measured. Baseline, in the
same process: a bare QLabel's text changed and painted.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from benchmarks import app_parts
from benchmarks.painting import PaintWatch, activate, press
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.demo import DEMO_GROUP_ID, build_demo_meeting
from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers
from intervisie_desktop.domain.methods import load_method_library
from intervisie_desktop.store.repository import DataFolder

GOAL_MS = 16.0


def measure(rounds: int = 40) -> dict[str, float]:
    clock = FakeClock()
    library = load_method_library()
    demo = build_demo_meeting(library, load_builtin_icebreakers(), clock, "nl")
    with (
        tempfile.TemporaryDirectory(prefix="intervisie-bench-") as folder,
        DataFolder.open(Path(folder)) as store,
    ):
        window = app_parts.meeting_window(
            library, clock, demo.start(DEMO_GROUP_ID, clock.wall()), store
        )
        window.show()
        app_parts.present(window)
        activate(window)  # the facilitator's laptop window has the keyboard
        watch = PaintWatch(app_parts.projector_view(window), whole_window=True)
        QCoreApplication.processEvents()
        app_ms = []
        for _ in range(rounds):
            if demo.engine.current + 1 >= len(demo.engine.blocks):
                app_parts.controller(window).jump(0)
                QCoreApplication.processEvents()
            before = demo.engine.current
            pressed = press(Qt.Key.Key_PageDown)
            if demo.engine.current != before + 1:
                raise RuntimeError("PageDown did not move the meeting to the next block")
            app_ms.append(watch.ms_until_painted(pressed))
        app_parts.close(window)

    label = QLabel("--:--")
    label.resize(400, 200)
    label.show()
    bare_watch = PaintWatch(label, whole_window=True)
    QCoreApplication.processEvents()
    bare_ms = []
    for i in range(rounds):
        pressed = time.perf_counter()
        label.setText(f"{i}:00")
        bare_ms.append(bare_watch.ms_until_painted(pressed))
    label.close()
    return {
        "app_ms": statistics.median(app_ms),
        "app_worst_ms": max(app_ms),
        "bare_ms": statistics.median(bare_ms),
    }


def report() -> bool:
    r = measure()
    print("Key press (next block) to presenter repainted, median of 40")
    print(f"  bare QLabel repaint   {r['bare_ms']:6.2f} ms")
    print(
        f"  intervisie-desktop    {r['app_ms']:6.2f} ms  (worst {r['app_worst_ms']:.2f} ms;"
        f" goal < {GOAL_MS:.0f} ms)"
    )
    print(f"  ratio                 {r['app_ms'] / max(r['bare_ms'], 1e-6):6.1f}x")
    return r["app_ms"] < GOAL_MS
