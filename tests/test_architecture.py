"""The layers only point down, the domain never pulls in Qt, the store never pulls
in widgets, and the projector sees only the public projection. Each contract is
shown to fail on a planted violation, so a contract that checks nothing is caught.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_import_linter_contracts_hold() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("module", "planted", "contract"),
    [
        ("domain/board.py", "import PySide6.QtCore", "The domain never imports Qt"),
        ("domain/board.py", "import intervisie_desktop.store.atomic", "Layers only point down"),
        ("store/atomic.py", "from PySide6.QtWidgets import QWidget", "The store never imports"),
        (
            "ui/projector/presenter_view.py",
            "from intervisie_desktop.domain.board import Board",
            "The projector sees only the public projection",
        ),
        (
            "ui/projector/presenter_window.py",
            "from intervisie_desktop.ui.flap import board_pane",
            "The projector sees only the public projection",
        ),
    ],
)
def test_each_contract_fails_on_a_planted_violation(
    tmp_path: Path, module: str, planted: str, contract: str
) -> None:
    shutil.copytree(ROOT / "intervisie_desktop", tmp_path / "intervisie_desktop")
    shutil.copytree(ROOT / "scripts", tmp_path / "scripts")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "intervisie_desktop" / module
    target.write_text(target.read_text() + f"\n{planted}  # planted\n")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, result.stdout


NO_QT = ("PySide6", "shiboken6")
NO_WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui")


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [("intervisie_desktop.domain", NO_QT), ("intervisie_desktop.store", NO_WIDGETS)],
)
def test_importing_every_module_of_a_core_layer_loads_no_qt(
    package: str, forbidden: tuple[str, ...]
) -> None:
    """Every submodule is imported, so an import hidden in any of them is found."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"package = importlib.import_module({package!r})\n"
        "for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        f"print(','.join(sorted(m for m in sys.modules if m.startswith({forbidden!r}))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.strip()
    assert out == ""
