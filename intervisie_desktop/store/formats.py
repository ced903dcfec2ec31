"""The kinds of data file, their current schema versions and their migrations.

A migration is one small dict-to-dict function per version, run before
validation. Sample files of every version live in ``tests/store/samples``.
"""

from __future__ import annotations

from typing import Any

from intervisie_desktop.domain.board import Board
from intervisie_desktop.domain.bounds import MAX_ITEMS
from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.methods import Method
from intervisie_desktop.domain.series.evaluation import Evaluation
from intervisie_desktop.domain.series.model import Series
from intervisie_desktop.domain.series.pretalk import PretalkRecord
from intervisie_desktop.store.envelope import FileKind
from intervisie_desktop.store.settings_format import SETTINGS


def meeting_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 had ``case`` and a flat list of ``notes``; version 2 has
    ``case_question`` and the board, where the notes become free-note items."""
    data = dict(data)
    data["case_question"] = data.pop("case", "")
    notes = data.pop("notes", [])
    if not isinstance(notes, list):
        raise TypeError("notes must be a list")
    data["board"] = {
        "items": [
            {"id": f"v1-note-{number}", "kind": "note", "text": text}
            for number, text in enumerate(notes, start=1)
        ],
        "shared_lists": [],
    }
    return data


def meeting_v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 added the entry line's ``draft``, ``closed`` (closed for good, not to be
    resumed) and the clock's ``quit_while_running``, all with defaults, and made the
    fields a second case added under version 2 official (``second_case_question``,
    ``attendance.second_case_presenter``, a block's ``case_presenter``): nothing to
    change. The version moved so that builds that only know version 2 open these
    files read-only instead of refusing them."""
    return data


def check_meeting_bounds(meeting: Meeting) -> None:
    """What a meeting's autosave checks instead of reading the whole file back: every
    field but the board's items (validated whenever one is made or changed) and their
    number. Raises ``ValidationError``; see ``envelope.encode_file``."""
    whole = meeting.model_dump(exclude={"board": {"items"}})
    whole["board"]["items"] = []
    Meeting.model_validate(whole)
    Board.model_validate({"items": [], "shared_lists": meeting.board.shared_lists})
    if len(meeting.board.items) > MAX_ITEMS:
        Board.model_validate({"items": meeting.board.items})


def fields_added(data: dict[str, Any]) -> dict[str, Any]:
    """A version that only added fields with defaults: the data needs no change. The
    version moved so that older builds open newer files read-only, never damaged."""
    return data


GROUP = FileKind("intervisie-desktop/group", 1, Group, "group", indent=2)
# version 2: the method's own pre-talk points; version 3: a step's wording for a video call
METHOD = FileKind(
    "intervisie-desktop/method", 3, Method, "method", {1: fields_added, 2: fields_added}, indent=2
)
MEETING = FileKind(
    "intervisie-desktop/meeting",
    5,  # version 5: a block's wording for a video call (``Block.online``)
    Meeting,
    "meeting",
    {1: meeting_v1_to_v2, 2: meeting_v2_to_v3, 3: fields_added, 4: fields_added},
    indent=None,
    recheck=False,  # autosaved every few seconds: see envelope.encode_file
    light_check=check_meeting_bounds,
)

# between meetings (issue 16): a group's series, the pre-talks, the group's evaluations
SERIES = FileKind("intervisie-desktop/series", 1, Series, "series", indent=1)
PRETALK = FileKind("intervisie-desktop/pretalk", 1, PretalkRecord, "pre-talk", indent=1)
EVALUATION = FileKind("intervisie-desktop/evaluation", 1, Evaluation, "evaluation", indent=1)

__all__ = ["EVALUATION", "GROUP", "MEETING", "METHOD", "PRETALK", "SERIES", "SETTINGS"]
