"""Fixtures for the store: an opened data folder and meetings of any size."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from intervisie_desktop.domain.agenda import build_agenda
from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.store.repository import DataFolder

SAMPLES = Path(__file__).parent / "samples"


def make_meeting(
    library: MethodLibrary, items: int = 5, *, note: str = "", group_id: str | None = None
) -> Meeting:
    """A meeting on the ten-step method with ``items`` board items (one may be ``note``)."""
    method = library.get("tienstappen")
    meeting = Meeting(
        group_id=group_id,
        title="Tienstappenmethode",
        method_id=method.id,
        created=datetime(2026, 3, 12, 14, 0).astimezone(),
        case_question="Hoe kan ik vaker nee zeggen?",
        blocks=build_agenda(method, library.rules_for(method)),
    )
    kinds = list(ItemKind)
    for number in range(items):
        meeting.board.add(
            BoardItem(kind=kinds[number % len(kinds)], text=f"Item {number}: een vraag of advies")
        )
    if note:
        meeting.board.add(BoardItem(kind=ItemKind.NOTE, text=note))
    return meeting


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def folder(data_dir: Path) -> Iterator[DataFolder]:
    opened = DataFolder.open(data_dir)
    yield opened
    opened.close()
