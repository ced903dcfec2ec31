"""Huge or hostile pastes: read without error, whole, in bounded work.

No test measures time (the suite's per-test timeout stops a paste that takes
quadratic time: each input here is a megabyte or tens of thousands of lines, so
a quadratic reading would run for hours). The pastes aim at the patterns'
weak spots: long lines, repeated header starts, unclosed quotes.
"""

from __future__ import annotations

import pytest

from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.domain.chat import (
    MAX_ITEMS_PER_PASTE,
    ChatFormat,
    MeetingPeople,
    chat_to_items,
    parse_chat,
)

MB = 1_000_000
PEOPLE = MeetingPeople(("Eva Jansen", "Bram de Vries"), case_presenter="Bram de Vries")
TEAMS_MESSAGE = "Eva Jansen\n10:02\nHoe lang speelt dit al?\n"


@pytest.mark.parametrize(
    "paste",
    [
        pytest.param("a" * MB, id="one-line"),
        pytest.param("From " * (MB // 5), id="from-repeated"),
        pytest.param("[" * MB, id="brackets"),
        pytest.param("Eva: " * (MB // 5), id="colons"),
        pytest.param("10:02 " * (MB // 6), id="times"),
        pytest.param("Begin Reference, x by Eva\n" * 40_000, id="unclosed-quotes"),
        pytest.param("Eva Jansen\n10:02\n" * 50_000, id="headers-without-text"),
        pytest.param("👍\u200d" * (MB // 2), id="emoji-joiners"),
        pytest.param("".join(chr(c % 32) for c in range(MB)), id="control-characters"),
        pytest.param("\u202e\u200b\u200f\u2066" * (MB // 4), id="invisible-only"),
    ],
)
def test_a_hostile_paste_is_read_without_error(paste: str) -> None:
    parse = parse_chat(paste)
    paste_items = chat_to_items(parse, ItemKind.QUESTION, PEOPLE, "b")

    assert len(paste_items.items) <= MAX_ITEMS_PER_PASTE
    assert all(m.text.strip() for m in parse.messages)


def test_a_megabyte_of_chat_is_read_whole() -> None:
    paste = TEAMS_MESSAGE * (MB // len(TEAMS_MESSAGE))
    parse = parse_chat(paste)

    assert parse.format is ChatFormat.TEAMS
    assert len(parse.messages) == MB // len(TEAMS_MESSAGE)
    assert parse.truncated_chars == 0


def test_twenty_thousand_lines_give_the_first_items_and_report_the_rest() -> None:
    paste = "\n".join(f"Eva Jansen: Vraag {n} over je werkweek?" for n in range(20_000))
    result = chat_to_items(parse_chat(paste), ItemKind.QUESTION, PEOPLE, "b")

    assert len(result.items) == MAX_ITEMS_PER_PASTE
    assert result.over_cap == 20_000 - MAX_ITEMS_PER_PASTE
    assert result.first_line_over_cap == MAX_ITEMS_PER_PASTE + 1


def test_hidden_characters_cannot_hide_a_name_or_reorder_a_question() -> None:
    paste = "\u202eE\u200bva Jan\u2060sen\n\u200e10:02\n\u2067Hoe lang al?\u2069\x07\n" * 3
    result = chat_to_items(parse_chat(paste), ItemKind.QUESTION, PEOPLE, "b")

    (item,) = result.items  # the same question three times is one item
    assert (item.author, item.text) == ("Eva Jansen", "Hoe lang al?")
    assert result.duplicates == 2
