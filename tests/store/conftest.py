"""Fixtures for the store: an opened data folder, meetings of any size, and an
encrypted folder holding a secret note."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from intervisie_desktop.domain.agenda import build_agenda
from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.group import Group, Member
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


PASSPHRASE = "correct horse battery staple"
SECRET = "GEHEIM-7f3a: Dewi overweegt ontslag te nemen — strikt vertrouwelijk"
SECRET_PARTS = ("GEHEIM-7f3a", "ontslag te nemen", "strikt vertrouwelijk")


def leaks(root: Path) -> list[str]:
    """Files under ``root`` holding any part of the secret, in any likely encoding."""
    needles = [
        form
        for part in SECRET_PARTS
        for form in (part.encode(), part.encode("utf-16-le"), json.dumps(part).encode())
    ]
    return [
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


@pytest.fixture
def encrypted(data_dir: Path, library: MethodLibrary) -> Path:
    """A folder with a meeting (holding the secret note), a group and backups, then encrypted."""
    with DataFolder.open(data_dir) as folder:
        meeting = make_meeting(library, note=SECRET)
        for _ in range(3):
            folder.save_meeting(meeting)
        folder.save_group(Group(id="a1b2c3d4e5f6", name="Wijkteam", members=[Member(name="Dewi")]))
        folder.methods.save(library.get("roddel").model_copy(update={"id": "eigen"}))
        folder.list_meetings()
        assert leaks(data_dir)  # plain so far
        folder.enable_encryption(PASSPHRASE)
        assert folder.encrypted
    return data_dir
