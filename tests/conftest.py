"""Shared fixtures. Qt runs offscreen with two virtual screens (a laptop and a
projector), so no real screen is needed and none is touched."""

from __future__ import annotations

import os
from pathlib import Path

SCREENS = Path(__file__).parent / "data" / "two_screens.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"

import pytest  # noqa: E402  (after choosing the Qt platform)

from intervisie_desktop.domain.methods import (  # noqa: E402
    MethodLibrary,
    load_method_library,
)


@pytest.fixture(scope="session")
def library() -> MethodLibrary:
    return load_method_library()
