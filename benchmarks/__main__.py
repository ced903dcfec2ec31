"""Run the benchmarks (all, or those named): each figure with its baseline, ratio and goal.

``python -m benchmarks [NAME ...]``
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from benchmarks import (
    autosave_copy,
    coach,
    flipover,
    keypress,
    listing,
    presenting,
    startup,
    storage,
    timer_accuracy,
)

BENCHMARKS: dict[str, Callable[[], bool]] = {
    "startup": startup.report,
    "presenting": presenting.report,
    "flipover": flipover.report,
    "autosave-copy": autosave_copy.report,
    "listing": listing.report,
    "timer": timer_accuracy.report,
    "keypress": keypress.report,
    "storage": storage.report,
    "coach": coach.report,
}
QUIET = ("This plugin does not support",)  # the offscreen platform's notes


def _quiet_offscreen_notes(kind: QtMsgType, _context: object, message: str) -> None:
    if not message.startswith(QUIET):
        print(message, file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help="; ".join(BENCHMARKS))
    chosen = parser.parse_args().names or list(BENCHMARKS)
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        parser.error(
            f"no benchmark named {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}"
        )
    qInstallMessageHandler(_quiet_offscreen_notes)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    del app
    missed = []
    for number, name in enumerate(chosen):
        if number:
            print()
        if not BENCHMARKS[name]():
            missed.append(name)
    print()
    print("all goals met" if not missed else f"goals missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
