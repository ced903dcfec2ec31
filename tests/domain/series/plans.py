"""A group of five and a series of six meetings, every four weeks, across a DST change."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from intervisie_desktop.domain.series.model import Venue
from intervisie_desktop.domain.series.plan import SeriesPlan

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
