"""A parsed chat becomes flap items of the current step's kind: private, with
their authors matched, unmatched names listed for a fix, and the messages that
should not be added without a look held back."""

from __future__ import annotations

from intervisie_desktop.domain.board import Board, BoardItem, ItemKind
from intervisie_desktop.domain.chat import (
    MAX_ITEM_CHARS,
    MAX_ITEMS_PER_PASTE,
    HoldReason,
    MeetingPeople,
    chat_to_items,
    parse_chat,
    split_questions,
)

PEOPLE = MeetingPeople(
    members=("Eva Jansen", "Eva de Wit", "Bram de Vries", "Dewi", "Farid El Amrani"),
    case_presenter="Dewi",
    facilitator="Farid El Amrani",
)
TEAMS = """Jansen, Eva (Extern)
10:02
Hoe lang speelt dit al?
Bram de Vries
10:03
Wat heb je al geprobeerd?
Eva
10:04
Wat gebeurt er als je nee zegt?
Piet Groen (Gast)
10:05
Mag ik ook iets vragen: wat wil je bereiken?
Dewi
10:06
Dank, ik schrijf ze op.
10:07
Nog twee minuten.
"""


def test_each_message_becomes_a_private_item_of_the_steps_kind() -> None:
    paste = chat_to_items(parse_chat(TEAMS), ItemKind.QUESTION, PEOPLE, "b4")

    assert [(i.author, i.text) for i in paste.items] == [
        ("Eva Jansen", "Hoe lang speelt dit al?"),
        ("Bram de Vries", "Wat heb je al geprobeerd?"),
        (None, "Wat gebeurt er als je nee zegt?"),
        (None, "Mag ik ook iets vragen: wat wil je bereiken?"),
    ]
    assert all(i.kind is ItemKind.QUESTION and i.block_id == "b4" for i in paste.items)
    assert not any(i.shared or i.rating or i.answered for i in paste.items)


def test_the_kind_follows_the_step() -> None:
    for kind in (ItemKind.PROBLEM_DEFINITION, ItemKind.ADVICE, ItemKind.EVALUATION):
        paste = chat_to_items(parse_chat(TEAMS), kind, PEOPLE, "b")
        assert {i.kind for i in paste.items} == {kind}


def test_unmatched_names_are_listed_with_their_items_and_candidates() -> None:
    paste = chat_to_items(parse_chat(TEAMS), ItemKind.QUESTION, PEOPLE, "b4")
    by_id = {i.id: i for i in paste.items}

    eva, piet = paste.unmatched
    assert eva.written == "Eva"
    assert eva.candidates == ("Eva Jansen", "Eva de Wit")  # two Evas: never a guess
    assert [by_id[i].text for i in eva.item_ids] == ["Wat gebeurt er als je nee zegt?"]
    assert piet.written == "Piet Groen (Gast)"
    assert piet.candidates == ()
    assert [m.text for m in piet.messages] == ["Mag ik ook iets vragen: wat wil je bereiken?"]


def test_a_fix_for_one_name_fixes_all_its_items() -> None:
    chat = "Piet: Hoe lang al?\nBram: Wat nog meer?\nPiet: En waarom nu?\n"
    paste = chat_to_items(parse_chat(chat), ItemKind.QUESTION, PEOPLE, "b")
    board = Board()
    for item in paste.items:
        board.add(item)

    (piet,) = paste.unmatched
    for item_id in piet.item_ids:  # what the one-key fix does
        board.update(item_id, author="Eva de Wit")
    assert board.questions_by("Eva de Wit") == 2


def test_the_case_presenter_and_the_facilitator_are_held_back_in_a_question_round() -> None:
    paste = chat_to_items(parse_chat(TEAMS), ItemKind.QUESTION, PEOPLE, "b4")

    held = [(h.reason, h.items[0].author, h.message.text) for h in paste.held_back]
    assert held == [
        (HoldReason.CASE_PRESENTER, "Dewi", "Dank, ik schrijf ze op."),
        (HoldReason.FACILITATOR, "Farid El Amrani", "Nog twee minuten."),
    ]
    assert all(h.items[0].kind is ItemKind.QUESTION for h in paste.held_back)


def test_in_the_evaluation_everyones_lines_are_added() -> None:
    paste = chat_to_items(parse_chat(TEAMS), ItemKind.EVALUATION, PEOPLE, "b9")

    assert paste.held_back == ()
    assert [i.author for i in paste.items][-2:] == ["Dewi", "Farid El Amrani"]


def test_a_direct_message_is_always_held_back() -> None:
    chat = (
        "10:02:00 From Bram de Vries to Everyone:\n\tWat heb je geprobeerd?\n"
        "10:03:00 From Eva Jansen to Me (Direct Message):\n\tMag ik anoniem iets vragen?\n"
    )
    for kind in (ItemKind.QUESTION, ItemKind.NOTE):
        paste = chat_to_items(parse_chat(chat), kind, PEOPLE, "b")
        assert [i.text for i in paste.items] == ["Wat heb je geprobeerd?"]
        assert [(h.reason, h.items[0].author) for h in paste.held_back] == [
            (HoldReason.DIRECT_MESSAGE, "Eva Jansen")
        ]


def test_consecutive_questions_under_one_name_become_separate_questions() -> None:
    chat = "Eva Jansen\n10:02\nHoe lang speelt dit al?\nEn wie merkt het als eerste?\n"
    questions = chat_to_items(parse_chat(chat), ItemKind.QUESTION, PEOPLE, "b")
    advice = chat_to_items(parse_chat(chat), ItemKind.ADVICE, PEOPLE, "b")

    assert [(i.author, i.text) for i in questions.items] == [
        ("Eva Jansen", "Hoe lang speelt dit al?"),
        ("Eva Jansen", "En wie merkt het als eerste?"),
    ]
    assert [i.text for i in advice.items] == [
        "Hoe lang speelt dit al?\nEn wie merkt het als eerste?"
    ]


def test_a_question_over_two_lines_stays_one_question() -> None:
    assert split_questions("Als je terugdenkt aan vorige week:\nwat was anders?") == [
        "Als je terugdenkt aan vorige week:\nwat was anders?"
    ]


def test_pasting_the_same_chat_again_adds_only_what_is_new() -> None:
    first = chat_to_items(parse_chat(TEAMS), ItemKind.QUESTION, PEOPLE, "b4")
    more = TEAMS + "Bram de Vries\n10:08\nWat heb je van ons nodig?\n"

    second = chat_to_items(parse_chat(more), ItemKind.QUESTION, PEOPLE, "b4", existing=first.items)
    assert [i.text for i in second.items] == ["Wat heb je van ons nodig?"]
    assert second.duplicates == 4


def test_a_second_paste_after_fixing_a_name_adds_nothing_twice() -> None:
    chat = "Piet: Hoe lang al?\nBram: Wat nog meer?\n"
    first = chat_to_items(parse_chat(chat), ItemKind.QUESTION, PEOPLE, "b")
    board = Board(items=list(first.items))
    board.update(first.unmatched[0].item_ids[0], author="Eva de Wit")

    again = chat_to_items(parse_chat(chat), ItemKind.QUESTION, PEOPLE, "b", existing=board.items)
    assert again.items == ()
    assert again.duplicates == 2


def test_two_people_asking_the_same_are_two_questions() -> None:
    chat = "Eva Jansen: Wat heb je al geprobeerd?\nBram: Wat heb je al geprobeerd?\n"
    paste = chat_to_items(parse_chat(chat), ItemKind.QUESTION, PEOPLE, "b")

    assert [i.author for i in paste.items] == ["Eva Jansen", "Bram de Vries"]
    assert paste.duplicates == 0


def test_the_same_text_in_another_step_is_not_a_duplicate() -> None:
    earlier = [BoardItem(kind=ItemKind.QUESTION, text="Hoe lang speelt dit al?", block_id="b2")]
    paste = chat_to_items(parse_chat(TEAMS), ItemKind.QUESTION, PEOPLE, "b4", existing=earlier)

    assert paste.duplicates == 0
    assert len(paste.items) == 4


def test_a_huge_paste_is_capped_and_says_where_to_continue() -> None:
    chat = "\n".join(f"Vraag nummer {n}?" for n in range(1, 20_001))
    paste = chat_to_items(parse_chat(chat), ItemKind.QUESTION, PEOPLE, "b")

    assert len(paste.items) == MAX_ITEMS_PER_PASTE
    assert paste.items[-1].text == f"Vraag nummer {MAX_ITEMS_PER_PASTE}?"
    assert paste.over_cap == 20_000 - MAX_ITEMS_PER_PASTE
    assert paste.first_line_over_cap == MAX_ITEMS_PER_PASTE + 1


def test_held_back_items_count_towards_the_cap() -> None:
    chat = "\n".join(f"Dewi: Antwoord {n}." for n in range(30))
    paste = chat_to_items(parse_chat(chat), ItemKind.QUESTION, PEOPLE, "b", limit=10)

    assert len(paste.held_back) == 10
    assert paste.over_cap == 20


def test_a_very_long_message_is_cut_and_counted() -> None:
    chat = "Eva Jansen: " + "woord " * 1000
    paste = chat_to_items(parse_chat(chat), ItemKind.ADVICE, PEOPLE, "b")

    (item,) = paste.items
    assert len(item.text) == MAX_ITEM_CHARS
    assert item.text.endswith("…")
    assert paste.shortened == 1


def test_skipped_lines_are_reported_with_the_items() -> None:
    chat = "Eva: Hoe lang al?\nBram de Vries joined the meeting\n👍\nBram: En nu?"
    paste = chat_to_items(parse_chat(chat), ItemKind.QUESTION, PEOPLE, "b")

    assert dict(paste.skipped) == {"system": 1, "reaction": 1}
