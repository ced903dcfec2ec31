"""Values that pass a type check but would break the app are refused when a model is
made (that is, when a file is read): NaN or endless time, a block that does not
exist, a moment without a time zone, a method step of a million years, texts and
lists far beyond anything the app writes. And whatever the app itself does stays
inside those bounds, so nothing it saves is refused when it is read again."""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from intervisie_desktop.domain import bounds
from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.board import BoardItem
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.icebreakers import Icebreaker, load_builtin_icebreakers
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.methods import Method, MethodLibrary, TurnTaking
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.domain.snapshot import EngineSnapshot, snapshot_at_quit, take_snapshot
from intervisie_desktop.domain.text import LocalizedText

HUGE = "x" * (bounds.MAX_TEXT + 1)


def agenda(count: int = 3) -> list[Block]:
    return [
        Block(
            id=f"b{i}",
            kind=BlockKind.STEP,
            title=LocalizedText(nl="b", en="b"),
            planned_seconds=600,
            turns=TurnTaking.MEMBERS if i == 1 else TurnTaking.NONE,
        )
        for i in range(count)
    ]


def running_meeting() -> dict[str, Any]:
    """A started meeting with turns, as JSON data."""
    clock = FakeClock()
    engine = SessionEngine(agenda(), clock, Participants(("Anna", "Bram", "Chris"), "Anna"))
    engine.start()
    clock.advance(90)
    engine.next()
    clock.advance(30)
    engine.next_turn()
    meeting = Meeting(created=clock.wall(), blocks=agenda(), clock=take_snapshot(engine))
    data: dict[str, Any] = json.loads(meeting.model_dump_json())
    return data


def refused(model: type[BaseModel], data: object) -> None:
    with pytest.raises(ValidationError):
        model.model_validate(data)


def test_a_sound_meeting_is_accepted() -> None:
    Meeting.model_validate(running_meeting())


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda d: d["clock"]["counted"].__setitem__(0, math.nan), id="nan-elapsed"),
        pytest.param(
            lambda d: d["clock"]["counted"].__setitem__(0, math.inf), id="endless-elapsed"
        ),
        pytest.param(lambda d: d["clock"]["counted"].__setitem__(0, -5.0), id="negative-elapsed"),
        pytest.param(lambda d: d["clock"]["counted"].__setitem__(0, 1e300), id="elapsed-of-ages"),
        pytest.param(
            lambda d: d["clock"]["segments"][0].update(seconds=math.nan), id="nan-segment"
        ),
        pytest.param(lambda d: d["clock"].update(current=7), id="current-out-of-range"),
        pytest.param(lambda d: d["clock"].update(current=-1), id="current-negative"),
        pytest.param(lambda d: d["clock"]["counted"].append(0.0), id="clock-not-fitting-agenda"),
        pytest.param(lambda d: d["clock"]["segments"][0].update(block_index=9), id="segment-block"),
        pytest.param(lambda d: d["clock"]["turns"][0].update(block_index=5), id="turn-block"),
        pytest.param(lambda d: d["clock"]["turns"][0].update(current=8), id="turn-person"),
        pytest.param(lambda d: d["clock"]["turns"][0].update(done=[0, 40]), id="turn-done"),
        pytest.param(lambda d: d["clock"]["turns"][0].update(people=[]), id="turn-nobody"),
        pytest.param(
            lambda d: d["clock"]["turns"][0].update(seconds_per_turn=0), id="turn-of-no-time"
        ),
        pytest.param(
            lambda d: d["clock"]["turns"][0].update(turn_started_at=math.inf), id="turn-endless"
        ),
        pytest.param(lambda d: d.update(created="2026-03-12T14:00:00"), id="naive-created"),
        pytest.param(
            lambda d: d["clock"].update(saved_at="2026-03-12T14:00:00"), id="naive-saved-at"
        ),
        pytest.param(lambda d: d["clock"].update(end_by="2026-03-12T18:00:00"), id="naive-end"),
        pytest.param(lambda d: d.update(created="9999-12-31T23:59:59+00:00"), id="end-of-time"),
        pytest.param(lambda d: d.update(blocks=[]), id="no-blocks"),
        pytest.param(lambda d: d["blocks"][0].update(planned_seconds=10**12), id="block-of-ages"),
        pytest.param(lambda d: d["blocks"][0].update(seconds_per_turn=0), id="turn-seconds-0"),
        pytest.param(lambda d: d.update(case_question=HUGE), id="huge-case-question"),
        pytest.param(lambda d: d.update(title=HUGE), id="huge-title"),
        pytest.param(lambda d: d.update(id="../../etc"), id="id-not-a-file-name"),
        pytest.param(
            lambda d: d["attendance"].update(present=["x"] * (bounds.MAX_PEOPLE + 1)),
            id="too-many-people",
        ),
        pytest.param(
            lambda d: d["board"].update(
                items=[{"kind": "note", "text": "n"}] * (bounds.MAX_ITEMS + 1)
            ),
            id="too-many-items",
        ),
        pytest.param(
            lambda d: d["board"].update(items=[{"kind": "note", "text": HUGE}]), id="huge-note"
        ),
        pytest.param(lambda d: d.update(draft={"text": HUGE, "kind": "question"}), id="huge-draft"),
    ],
)
def test_a_meeting_that_would_break_the_app_is_refused(spoil: Any) -> None:
    data = running_meeting()
    spoil(data)
    refused(Meeting, data)


def method_data(library: MethodLibrary) -> dict[str, Any]:
    data: dict[str, Any] = library.get("vijfstappen").model_dump(mode="json")
    return data


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda d: d["steps"][0].update(minutes=10**12), id="minutes-of-ages"),
        pytest.param(lambda d: d["steps"][0].update(max_questions_per_member=10**9), id="max-q"),
        pytest.param(lambda d: d["name"].update(nl=HUGE), id="huge-name"),
        pytest.param(
            lambda d: d.update(
                steps=[{**d["steps"][0], "id": f"s{n}", "minutes": 1} for n in range(500)]
            ),
            id="too-many-steps",
        ),
        pytest.param(lambda d: d.update(source=HUGE), id="huge-source"),
    ],
)
def test_an_imported_method_that_would_break_the_app_is_refused(
    library: MethodLibrary, spoil: Any
) -> None:
    data = method_data(library)
    Method.model_validate(data)
    spoil(data)
    refused(Method, data)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d["steps"][0].update(minutes=10**12, seconds_per_person=None),
        lambda d: d["steps"][0].update(minutes=None, seconds_per_person=10**12, in_turns=True),
        lambda d: d.update(variants=[d["summary"]] * 10_000),
    ],
)
def test_an_icebreaker_that_would_break_the_app_is_refused(spoil: Any) -> None:
    data: dict[str, Any] = load_builtin_icebreakers()[0].model_dump(mode="json")
    spoil(data)
    refused(Icebreaker, data)


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (Settings, {"language": HUGE}),
        (Settings, {"presenter_screen": HUGE}),
        (Settings, {"presenter_font_scale": math.nan}),
        (Group, {"name": HUGE}),
        (Group, {"name": "g", "members": [{"name": "m"}] * (bounds.MAX_PEOPLE + 1)}),
        (Group, {"name": "g", "members": [{"name": HUGE}]}),
        (Group, {"name": "g", "retention_months": 10**9}),
        (Group, {"name": "g", "id": "../x"}),
        (BoardItem, {"kind": "note", "text": HUGE}),
    ],
)
def test_settings_groups_and_items_beyond_bounds_are_refused(
    model: type[BaseModel], data: dict[str, Any]
) -> None:
    refused(model, data)


def test_a_snapshot_that_does_not_fit_itself_is_refused() -> None:
    data = running_meeting()["clock"]
    EngineSnapshot.model_validate(data)
    data["current"] = len(data["counted"])
    refused(EngineSnapshot, data)


# ----- what the app itself writes always passes -----------------------------------------

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(0, 10**7, allow_nan=False)),
        st.tuples(
            st.sampled_from(
                ["start", "pause", "next", "previous", "restart", "finish", "turn", "skip", "back"]
            ),
            st.just(0),
        ),
        st.tuples(st.just("minutes"), st.integers(-(10**6), 10**6)),
        st.tuples(st.just("jump"), st.integers(0, 20)),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(ops=OPERATIONS, quit_at_end=st.booleans())
def test_whatever_the_engine_does_is_saved_within_bounds(
    ops: list[tuple[str, float]], quit_at_end: bool
) -> None:
    clock = FakeClock()
    blocks = agenda(4)
    engine = SessionEngine(blocks, clock, Participants(("Anna", "Bram", "Chris"), "Anna"))
    actions = {
        "turn": engine.next_turn,
        "skip": engine.skip_turn,
        "back": engine.previous_turn,
        "restart": engine.restart_block,
    }
    for op, arg in ops:
        if op == "advance":
            clock.advance(arg)
        elif op == "minutes":
            engine.add_minutes(int(arg))
        elif op == "jump":
            engine.jump(int(arg) % len(blocks))
        else:
            actions.get(op, getattr(engine, op, None) or (lambda: None))()
    snapshot = snapshot_at_quit(engine) if quit_at_end else take_snapshot(engine)
    meeting = Meeting(created=clock.wall(), blocks=engine.blocks, clock=snapshot)
    again = Meeting.model_validate_json(meeting.model_dump_json())
    assert again.clock is not None


def test_a_block_never_grows_beyond_its_bound() -> None:
    engine = SessionEngine(agenda(1), FakeClock())
    engine.add_minutes(10**9)
    assert engine.block.planned_seconds == bounds.MAX_BLOCK_SECONDS


def test_moments_keep_their_time_zone_and_range() -> None:
    assert bounds.MIN_YEAR <= datetime.now().year <= bounds.MAX_YEAR
    ok = running_meeting()
    ok["created"] = "1980-01-01T00:00:00+00:00"  # a laptop whose clock battery died
    Meeting.model_validate(ok)
