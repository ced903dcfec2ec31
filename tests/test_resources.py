"""Resources are found from a checkout and are all inside the built wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from intervisie_desktop.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parent.parent


def test_resources_are_found_from_the_checkout() -> None:
    assert resources_root() == ROOT / "resources"
    assert resource_path("icons", "intervisie-desktop.svg").is_file()


@pytest.mark.slow
def test_every_resource_file_is_inside_the_wheel(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("intervisie_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = sorted(
        p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file()
    )
    assert shipped, "resources/ is empty"
    missing = [p for p in shipped if f"intervisie_desktop/{p}" not in names]
    assert missing == []
    assert "intervisie_desktop/domain/methods.py" in names
