"""From a key press (next block) to the presenter view repainted.

The app's main window runs the demo meeting with the projector window shown;
PageDown is sent the way Qt delivers a real key press, and the time until the
presenter's countdown has painted the new block is measured. Baseline, in the
same process: a bare QLabel's text changed and painted.
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.demo import build_demo_meeting
from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers
from intervisie_desktop.domain.methods import load_method_library
from intervisie_desktop.ui.meeting.chime import Chime
from intervisie_desktop.ui.shell.main_window import MainWindow


class _PaintClock(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted_at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def _until_painted(watch: _PaintClock, pressed: float) -> float:
    deadline = pressed + 2.0
    while watch.painted_at < pressed and time.perf_counter() < deadline:
        QCoreApplication.processEvents()
    return (watch.painted_at - pressed) * 1000


def measure(rounds: int = 40) -> dict[str, float]:
    clock = FakeClock()
    library = load_method_library()
    window = MainWindow(library, "nl", clock=clock, chime=Chime(enabled=False))
    demo = build_demo_meeting(library, load_builtin_icebreakers(), clock, "nl")
    window.start_meeting(demo.engine, demo.title, demo.reminder_rules, board=demo.board)
    window.show()
    window.present()
    assert window.presenter is not None
    watch = _PaintClock()
    window.presenter.view.countdown.installEventFilter(watch)
    QCoreApplication.processEvents()
    app_ms = []
    for _ in range(rounds):
        if demo.engine.current + 1 >= len(demo.engine.blocks):
            window.controller.jump(0)  # type: ignore[union-attr]
            QCoreApplication.processEvents()
        pressed = time.perf_counter()
        QTest.keyClick(window, Qt.Key.Key_PageDown)
        app_ms.append(_until_painted(watch, pressed))

    label = QLabel("0:00")
    label.resize(400, 200)
    label.show()
    bare_watch = _PaintClock()
    label.installEventFilter(bare_watch)
    QCoreApplication.processEvents()
    bare_ms = []
    for i in range(rounds):
        pressed = time.perf_counter()
        label.setText(f"{i}:00")
        bare_ms.append(_until_painted(bare_watch, pressed))
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
        " goal < 16 ms)"
    )
    print(f"  ratio                 {r['app_ms'] / max(r['bare_ms'], 1e-6):6.1f}x")
    return r["app_ms"] < 16
