"""Rotation: who waited longest goes first, nobody twice before everyone once."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from intervisie_desktop.domain.rotation import (
    PastRoles,
    Slot,
    Suggestion,
    case_suggestions,
    facilitator_suggestions,
    rotate,
)

GROUP = ["Anna", "Bram", "Chris", "Dewi", "Eva"]
START = datetime(2026, 1, 6, 14, 0)


def _waiting(members: list[str]) -> list[Suggestion]:
    return [Suggestion(m, None) for m in members]


def _fair(picks: list[str | None], members: list[str]) -> bool:
    """At every moment, nobody has had more than one turn more than anyone else."""
    counts: Counter[str] = Counter()
    for person in picks:
        assert person is not None
        counts[person] += 1
        if max(counts.values()) - min(counts[m] for m in members) > 1:
            return False
    return True


def test_the_one_who_waited_longest_brings_the_first_case() -> None:
    history = [
        PastRoles(START, ("Anna",), "Bram"),
        PastRoles(START + timedelta(weeks=4), ("Chris",), "Anna"),
        PastRoles(START + timedelta(weeks=8), ("Bram",), "Chris"),
    ]
    picks = rotate(case_suggestions(["Anna", "Bram", "Chris", "Dewi"], history), [Slot()] * 5)
    assert picks == ["Dewi", "Anna", "Chris", "Bram", "Dewi"]


def test_the_facilitator_is_never_that_meetings_case_presenter() -> None:
    members = ["Anna", "Bram", "Chris"]
    presenters = rotate(_waiting(members), [Slot()] * 6)
    facilitators = rotate(
        _waiting(members), [Slot(excluded=frozenset({p})) for p in presenters if p]
    )
    assert all(f != p for f, p in zip(facilitators, presenters, strict=True))
    # the simple "longest waiting" rule would give Bram twice before Chris once here
    assert _fair(facilitators, members)


def test_a_choice_by_hand_counts_as_that_persons_turn() -> None:
    picks = rotate(_waiting(GROUP[:4]), [Slot(fixed="Chris"), Slot(), Slot(), Slot(), Slot()])
    assert picks[0] == "Chris"
    assert sorted(picks[:4]) == sorted(GROUP[:4])  # Chris is not picked again in the round
    assert picks[4] == "Chris"  # a new round starts with who waited longest: Chris


def test_someone_from_outside_the_group_can_be_chosen_by_hand() -> None:
    picks = rotate(_waiting(["Anna", "Bram"]), [Slot(fixed="Lisa (extern)"), Slot(), Slot()])
    assert picks == ["Lisa (extern)", "Anna", "Bram"]


def test_a_group_of_one_still_gets_a_case_presenter_but_no_second_role() -> None:
    assert rotate(_waiting(["Anna"]), [Slot(), Slot()]) == ["Anna", "Anna"]
    assert rotate(_waiting(["Anna"]), [Slot(excluded=frozenset({"Anna"}))]) == [None]
    assert rotate([], [Slot()]) == [None]


def test_the_single_meeting_suggestions_are_unchanged() -> None:
    history = [PastRoles(START, ("Anna",), "Bram")]
    assert [s.member for s in case_suggestions(["Anna", "Bram"], history)] == ["Bram", "Anna"]
    assert [s.member for s in facilitator_suggestions(["Anna", "Bram"], history)] == [
        "Anna",
        "Bram",
    ]


@settings(max_examples=150, deadline=None)
@given(
    size=st.integers(min_value=2, max_value=8),
    meetings=st.integers(min_value=1, max_value=20),
    past=st.lists(st.integers(min_value=0, max_value=7), max_size=10),
)
def test_a_series_is_fair_for_case_presenters_and_facilitators(
    size: int, meetings: int, past: list[int]
) -> None:
    members = GROUP[:size] + [f"Lid {n}" for n in range(size - len(GROUP))]
    history = [
        PastRoles(
            START + timedelta(weeks=n),
            (members[who % size],),
            members[(who + 1) % size],
        )
        for n, who in enumerate(past)
    ]
    presenters = rotate(case_suggestions(members, history), [Slot()] * meetings)
    facilitators = rotate(
        facilitator_suggestions(members, history),
        [Slot(excluded=frozenset({p})) for p in presenters if p],
    )
    assert _fair(presenters, members)
    assert _fair(facilitators, members)
    assert all(f != p for f, p in zip(facilitators, presenters, strict=True))
