"""The layers only point down, and the domain never pulls in Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold() -> None:
    """Fails when e.g. the domain imports the store, or the store imports widgets."""
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


NO_QT = ("PySide6", "shiboken6")
NO_WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui")


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("intervisie_desktop.domain", NO_QT),
        ("intervisie_desktop.domain.methods", NO_QT),
        ("intervisie_desktop.domain.icebreakers", NO_QT),
        ("intervisie_desktop.store", NO_WIDGETS),
    ],
)
def test_importing_core_layers_loads_no_qt(module: str, forbidden: tuple[str, ...]) -> None:
    """The domain loads no Qt at all; the store may use QtCore but never widgets."""
    code = (
        f"import sys, {module}; "
        f"qt = sorted(m for m in sys.modules if m.startswith({forbidden!r})); "
        "print(','.join(qt))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
