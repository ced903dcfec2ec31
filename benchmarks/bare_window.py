"""Baseline: a bare PySide6 QMainWindow, started and painted the same way as the app.

Without options it prints "painted" after its first paint and quits (start-up).
``--idle`` keeps it open, doing nothing; ``--clock`` shows a label that counts
down once a second, the least any countdown can do. Both print "shown" once
painted and run until stopped (presenting cost).
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _Painted(QObject):
    def __init__(self, window: QMainWindow, stay: bool) -> None:
        super().__init__(window)
        self._stay = stay
        self._said = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._said:
            self._said = True
            print("shown" if self._stay else "painted", flush=True)
            if not self._stay:
                QTimer.singleShot(0, QApplication.quit)
        return False


def _tick(label: QLabel, left: list[int]) -> None:
    left[0] -= 1
    label.setText(f"{left[0] // 60}:{left[0] % 60:02d}")


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    if mode == "--clock":
        label = QLabel("20:00")
        window.setCentralWidget(label)
        timer = QTimer(window)
        left = [20 * 60]
        timer.timeout.connect(lambda: _tick(label, left))
        timer.start(1000)
    window.installEventFilter(_Painted(window, stay=mode in ("--idle", "--clock")))
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
