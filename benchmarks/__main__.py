"""``python -m benchmarks``: run every benchmark and print the ratios against baselines."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from benchmarks import coach, keypress, startup, storage, timer_accuracy


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    del app
    results = {"startup": startup.report()}
    print()
    results["timer"] = timer_accuracy.report()
    print()
    results["keypress"] = keypress.report()
    print()
    results["storage"] = storage.report()
    print()
    results["coach"] = coach.report()
    missed = [name for name, met in results.items() if not met]
    print()
    print("all goals met" if not missed else f"goals missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
