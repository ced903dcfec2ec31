"""The pasted samples in chat_corpus/ give exactly the messages written next to them:
the right format, every message in order with its author, time and text, the
skipped lines counted by reason, and every written name matched as expected."""

from __future__ import annotations

import pytest

from intervisie_desktop.domain.authors import AuthorMatcher
from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.domain.chat import MeetingPeople, chat_to_items, parse_chat
from tests.domain.chat.chat_samples import (
    FORMATS,
    Sample,
    expected_messages,
    load_samples,
    without_lines,
)

SAMPLES = load_samples()


def _id(sample: Sample) -> str:
    return f"{sample.folder}/{sample.name}"


def test_every_format_has_at_least_five_samples() -> None:
    for folder in FORMATS:
        assert sum(s.folder == folder for s in SAMPLES) >= 5, folder


@pytest.mark.parametrize("sample", SAMPLES, ids=_id)
def test_sample_gives_the_expected_messages(sample: Sample) -> None:
    parse = parse_chat(sample.text)

    assert parse.format.value == sample.expected["format"]
    assert without_lines(parse) == expected_messages(sample)
    counts = {reason.value: n for reason, n in parse.skipped_counts().items()}
    assert counts == sample.expected["skipped"]


@pytest.mark.parametrize("sample", SAMPLES, ids=_id)
def test_sample_authors_match_the_expected_members(sample: Sample) -> None:
    matcher = AuthorMatcher(sample.members)
    for written, expected in sample.expected["authors"].items():
        answer = matcher.match(written)
        if isinstance(expected, list):
            assert answer.member is None and list(answer.candidates) == expected, written
        else:
            assert answer.member == expected, written


@pytest.mark.parametrize("sample", SAMPLES, ids=_id)
def test_every_line_of_a_sample_is_accounted_for(sample: Sample) -> None:
    """Each non-blank line is in a message (header or text) or skipped with a reason."""
    parse = parse_chat(sample.text)
    used = [line for m in parse.messages for line in m.lines]
    used += [s.line for s in parse.skipped]
    non_blank = [n for n, line in enumerate(sample.text.split("\n"), 1) if line.strip()]

    assert sorted(used) == non_blank


@pytest.mark.parametrize("sample", SAMPLES, ids=_id)
def test_a_sample_pasted_in_a_question_round_gives_private_questions(sample: Sample) -> None:
    parse = parse_chat(sample.text)
    people = MeetingPeople(
        tuple(sample.members), sample.group["case_presenter"], sample.group["facilitator"]
    )
    paste = chat_to_items(parse, ItemKind.QUESTION, people, "block-3")

    made = [*paste.items, *(item for held in paste.held_back for item in held.items)]
    assert made, "every sample has something to add"
    assert all(i.kind is ItemKind.QUESTION and i.block_id == "block-3" for i in made)
    assert not any(i.shared for i in made)
    assert all(i.author is None or i.author in sample.members for i in made)
