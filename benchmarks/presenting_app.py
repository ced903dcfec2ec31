"""The app as the facilitator presents: ``--demo`` (a meeting running), the projector
window shown. Prints "presenting" once it is, then runs until stopped.

``python -m benchmarks.presenting_app DATA_DIR``
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from benchmarks import app_parts
from intervisie_desktop.app import main as app_main


def main() -> int:
    app = QApplication(sys.argv[:1])  # the app's main() takes this one

    def present() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, app_parts.MainWindow)]
        app_parts.present(windows[0])
        if not app_parts.presenting_a_running_meeting(windows[0]):
            print("not presenting a running meeting", flush=True)
            app.exit(1)
            return
        print("presenting", flush=True)

    QTimer.singleShot(0, present)
    return app_main(["--demo", "--lang", "nl", "--data-dir", sys.argv[1]])


if __name__ == "__main__":
    raise SystemExit(main())
