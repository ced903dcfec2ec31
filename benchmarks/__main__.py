"""``python -m benchmarks``: run every benchmark and print the ratios against baselines."""

from __future__ import annotations

import sys

from benchmarks import startup


def main() -> int:
    results = {"startup": startup.report()}
    missed = [name for name, met in results.items() if not met]
    print()
    print("all goals met" if not missed else f"goals missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
