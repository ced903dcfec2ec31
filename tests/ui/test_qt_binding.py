"""Guards against a broken Qt binding: the app emits signals every second for hours."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ticked = Signal()
    flagged = Signal(bool)


def test_emitting_signals_from_python_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 lost a reference to True on every emit, so a running meeting
    crashed Python 3.11 after some minutes. A four-hour meeting emits ~15,000 times."""
    emitter = _Emitter()
    received = [0]
    emitter.flagged.connect(lambda flag: received.__setitem__(0, received[0] + flag))
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2000):
        emitter.ticked.emit()
        emitter.flagged.emit(True)
    after = (sys.getrefcount(True), sys.getrefcount(False))
    assert received == [2000]
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50
