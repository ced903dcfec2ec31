"""A step's wording for a video call: validated like the rest of a method, and the
built-in methods word for a call whatever only fits a room."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import ValidationError

from intervisie_desktop.domain.icebreakers import IcebreakerStep, load_builtin_icebreakers
from intervisie_desktop.domain.methods import Method, MethodLibrary, Step
from intervisie_desktop.domain.text import LocalizedText

# what only fits a room: written on paper stuck to the wall, a back turned, a circle
ROOM_ONLY = re.compile(r"post-it|sticky note|rug naar|back to the group|\bkring\b|circle", re.I)


def _step(**changes: Any) -> dict[str, Any]:
    step: dict[str, Any] = {
        "id": "gossip",
        "title": {"nl": "Roddelen", "en": "Gossiping"},
        "minutes": 15,
        "speakers": ["members"],
        "listeners": ["case_presenter"],
        "instruction": {"nl": "Praat samen.", "en": "Talk together."},
        "guidance": {"nl": "Let op.", "en": "Watch."},
        "capture": ["notes"],
    }
    return step | changes


def test_a_step_may_word_its_note_and_rules_for_a_call() -> None:
    online = {
        "listener_note": {"nl": "Camera uit.", "en": "Camera off."},
        "rules": [{"nl": "Niets in de chat.", "en": "Nothing in the chat."}],
    }
    step = Step.model_validate(_step(online=online))
    assert step.online is not None and step.online.instruction is None
    assert step.online.listener_note == LocalizedText(nl="Camera uit.", en="Camera off.")


@pytest.mark.parametrize(
    ("online", "problem"),
    [
        ({}, "at least an instruction"),
        ({"instruction": {"nl": "Typ.", "en": ""}}, "en"),
        ({"instruction": {"nl": "Typ."}}, "en"),
        ({"colour": "green"}, "colour"),
    ],
)
def test_an_empty_half_or_unknown_online_wording_is_refused(
    online: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ValidationError, match=problem):
        Step.model_validate(_step(online=online))


def test_an_online_note_for_listeners_needs_someone_who_only_listens() -> None:
    online = {"listener_note": {"nl": "Camera uit.", "en": "Camera off."}}
    with pytest.raises(ValidationError, match="only listens"):
        Step.model_validate(_step(listeners=[], online=online))


def test_an_icebreaker_step_words_only_its_instruction_for_a_call() -> None:
    base = {
        "title": {"nl": "Laten zien", "en": "Show"},
        "instruction": {"nl": "Laat zien.", "en": "Show it."},
        "minutes": 5,
    }
    IcebreakerStep.model_validate(
        base | {"online": {"instruction": {"nl": "Camera.", "en": "Cam."}}}
    )
    with pytest.raises(ValidationError, match="only its instruction"):
        IcebreakerStep.model_validate(base | {"online": {"rules": []}})


def test_the_gossip_step_turns_the_camera_off_instead_of_the_back(library: MethodLibrary) -> None:
    gossip = library.get("roddel").step("gossip")
    assert gossip.listener_note is not None and gossip.online is not None
    assert "back" in gossip.listener_note.en and "rug" in gossip.listener_note.nl
    note = gossip.online.listener_note
    assert note is not None and "camera" in note.en and "camera" in note.nl
    assert gossip.online.rules is not None and any("chat" in r.en for r in gossip.online.rules)


def test_the_question_step_sends_questions_in_the_chat_not_on_sticky_notes(
    library: MethodLibrary,
) -> None:
    step = library.get("tienstappen").step("clarifying-questions")
    assert step.online is not None and step.online.instruction is not None
    assert "chat" in step.online.instruction.en and "chat" in step.online.instruction.nl
    assert step.online.rules is not None
    assert len(step.online.rules) == len(step.rules)  # the same rules, worded for a call
    assert "One question per chat message." in [r.en for r in step.online.rules]


def _room_texts(step: Step) -> dict[str, list[LocalizedText]]:
    return {
        "instruction": [step.instruction],
        "listener_note": [step.listener_note] if step.listener_note else [],
        "rules": list(step.rules),
    }


def test_every_built_in_text_that_only_fits_a_room_has_a_wording_for_a_call(
    library: MethodLibrary,
) -> None:
    """Sticky notes, a back turned, a circle: a call cannot do them, so each such text
    has its call wording, and no call wording asks for them again."""
    for method in library.methods:
        for step in method.steps:
            online = step.online
            for field, texts in _room_texts(step).items():
                if not any(ROOM_ONLY.search(t.nl) or ROOM_ONLY.search(t.en) for t in texts):
                    continue
                where = f"{method.id}.{step.id}.{field}"
                assert online is not None and getattr(online, field) is not None, where
            if online is not None:
                call = [online.instruction, online.listener_note, *(online.rules or [])]
                for text in filter(None, call):
                    assert not ROOM_ONLY.search(text.nl + " " + text.en), (method.id, step.id)


def test_built_in_icebreakers_word_a_camera_and_breakout_rooms_for_a_call() -> None:
    worded = {
        i.id: [s.online.instruction.en for s in i.steps if s.online and s.online.instruction]
        for i in load_builtin_icebreakers()
    }
    assert any("camera" in text for text in worded["voorwerp"])
    assert any("breakout room" in text for text in worded["geweldig"])
    for icebreaker in load_builtin_icebreakers():
        if not icebreaker.works_online:
            assert not worded[icebreaker.id]  # no call wording for what a call cannot do


def test_the_rules_for_a_call_come_with_the_common_rules_only_when_asked(
    library: MethodLibrary,
) -> None:
    method = library.get("roddel")
    ids = [r.id for r in library.call_rules]
    assert ids == ["camera-on", "raise-hand", "private-place"]
    in_room = [r.id for r in library.rules_for(method)]
    in_call = [r.id for r in library.rules_for(method, call=True)]
    assert not set(ids) & set(in_room)
    assert (
        in_call[: len(in_room) - len(method.rules)] == in_room[: len(in_room) - len(method.rules)]
    )
    assert set(ids) <= set(in_call) and in_call[-len(method.rules) :] == [
        r.id for r in method.rules
    ]
    assert library.with_custom([]).call_rules == library.call_rules


def test_an_own_method_may_word_a_step_for_a_call(library: MethodLibrary) -> None:
    data = library.get("roddel").model_dump(mode="json") | {"id": "own-gossip"}
    data["steps"][0]["online"] = {"instruction": {"nl": "Typ het.", "en": "Type it."}}
    own = Method.model_validate(data)
    assert own.steps[0].online is not None
    assert library.with_custom([own]).get("own-gossip").steps[0].online == own.steps[0].online
