"""Fixtures: the group of :mod:`.plans` and its planned series."""

from __future__ import annotations

import pytest

from intervisie_desktop.domain.series.model import Series
from intervisie_desktop.domain.series.plan import Rotation, plan_series

from .plans import MEMBERS, NOW, PLAN


@pytest.fixture
def rotation() -> Rotation:
    return Rotation(list(MEMBERS), [])


@pytest.fixture
def series(rotation: Rotation) -> Series:
    return plan_series("wijkteam", PLAN, rotation, NOW)
