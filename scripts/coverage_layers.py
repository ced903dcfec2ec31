"""Coverage per layer, from the combined data of `make coverage`.

python -m scripts.coverage_layers
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import coverage

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "intervisie_desktop"


def layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    if len(parts) == 1:
        return "app (app.py, cli.py, …)"
    return parts[0] if parts[0] != "ui" or len(parts) == 2 else f"ui/{parts[1]}"


def main() -> int:
    data = coverage.Coverage(data_file=str(ROOT / ".coverage"))
    data.load()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in data.get_data().measured_files():
        path = Path(name)
        if PACKAGE not in path.parents:
            continue
        _file, statements, _excluded, missing, _text = data.analysis2(name)
        total = totals[layer(path)]
        total[0] += len(statements)
        total[1] += len(statements) - len(missing)
    print(f"{'layer':<28}{'statements':>11}{'covered':>9}{'%':>7}")
    for name, (statements, covered) in sorted(totals.items()):
        print(f"{name:<28}{statements:>11}{covered:>9}{100 * covered / max(1, statements):>7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
