"""One planned meeting with the series and the group it belongs to."""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.series.model import PlannedMeeting, Series


@dataclass(frozen=True)
class PlannedRef:
    group: Group
    series: Series
    planned: PlannedMeeting
