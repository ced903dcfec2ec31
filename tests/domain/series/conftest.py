"""A group of five with a series of six meetings, every four weeks, across a DST change."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from intervisie_desktop.domain.series.plan import Rotation, Series, SeriesPlan, Venue, plan_series

MEMBERS = ["Anna", "Bram", "Chris", "Dewi", "Eva"]
NOW = datetime(2026, 2, 1, 9, 30, tzinfo=UTC)
PLAN = SeriesPlan(
    start=date(2026, 3, 10),  # a Tuesday, before summer time starts on 29 March
    every_weeks=4,
    start_time=time(14, 0),
    minutes=120,
    venue=Venue(place="Wijkcentrum De Linde, zaal 2"),
    count=6,
    time_zone="Europe/Amsterdam",
)


@pytest.fixture
def rotation() -> Rotation:
    return Rotation(list(MEMBERS), [])


@pytest.fixture
def series(rotation: Rotation) -> Series:
    return plan_series("wijkteam", PLAN, rotation, NOW)
