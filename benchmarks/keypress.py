"""From a key press (next block) to the presenter view repainted.

The app's main window runs the demo meeting with the projector window shown;
PageDown is sent the way Qt delivers a real key press, and the time until the
presenter's countdown has painted the new block is measured. Baseline, in the
same process: a bare QLabel's text changed and painted.
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from benchmarks import app_parts
from benchmarks.painting import PaintWatch
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.demo import build_demo_meeting
from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers
from intervisie_desktop.domain.methods import load_method_library

GOAL_MS = 16.0


def measure(rounds: int = 40) -> dict[str, float]:
    clock = FakeClock()
    library = load_method_library()
    demo = build_demo_meeting(library, load_builtin_icebreakers(), clock, "nl")
    window = app_parts.meeting_window(
        library, clock, demo.engine, demo.board, title=demo.title, rules=demo.reminder_rules
    )
    window.show()
    app_parts.present(window)
    assert window.presenter is not None and window.controller is not None
    watch = PaintWatch(window.presenter.view.countdown)
    QCoreApplication.processEvents()
    app_ms = []
    for _ in range(rounds):
        if demo.engine.current + 1 >= len(demo.engine.blocks):
            window.controller.jump(0)
            QCoreApplication.processEvents()
        pressed = time.perf_counter()
        QTest.keyClick(window, Qt.Key.Key_PageDown)
        app_ms.append(watch.ms_until_painted(pressed))

    label = QLabel("--:--")
    label.resize(400, 200)
    label.show()
    bare_watch = PaintWatch(label)
    QCoreApplication.processEvents()
    bare_ms = []
    for i in range(rounds):
        pressed = time.perf_counter()
        label.setText(f"{i}:00")
        bare_ms.append(bare_watch.ms_until_painted(pressed))
    window.close()
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
