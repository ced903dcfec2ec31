"""Reading a pasted chat: what is a message, what is skipped (and counted), and
that nothing that could be a message is lost when the layout is not recognised."""

from __future__ import annotations

import pytest

from intervisie_desktop.domain.chat import ChatFormat, ChatParse, SkipReason, parse_chat
from intervisie_desktop.domain.chat.cleaning import MAX_PASTE_CHARS


def texts(paste: str) -> list[str]:
    return [m.text for m in parse_chat(paste).messages]


def said(parse: ChatParse) -> list[tuple[str | None, str]]:
    """Who said what, in order."""
    return [(m.author, m.text) for m in parse.messages]


@pytest.mark.parametrize(
    "line",
    [
        "Eva Jansen joined the meeting",
        "Eva Jansen has left the meeting.",
        "Bram de Vries left",
        "Eva Jansen heeft deelgenomen aan de vergadering",
        "Eva Jansen heeft de vergadering verlaten",
        "Farid El Amrani is vertrokken",
        "Bram de Vries heeft Piet Groen toegevoegd aan de vergadering.",
        "Recording started",
        "Recording has stopped.",
        "Opname gestart",
        "Eva Jansen heeft de opname gestart",
        "Eva Jansen started transcription",
        "Meeting ended: 1h 2m 3s",
        "Vergadering beëindigd: 45m 12s",
        "Dit bericht is verwijderd.",
        "This message has been deleted.",
        "Messages can only be seen by people in the call and are deleted when the call ends",
        "Vandaag",
        "Yesterday",
        "maandag 4 maart",
        "14-3-2024",
    ],
)
def test_system_lines_are_skipped_and_counted(line: str) -> None:
    parse = parse_chat(f"Eva: Hoe lang speelt dit al?\n{line}\nBram: Wat heb je geprobeerd?")

    assert [m.text for m in parse.messages] == [
        "Hoe lang speelt dit al?",
        "Wat heb je geprobeerd?",
    ]
    assert parse.skipped_counts() == {SkipReason.SYSTEM: 1}


@pytest.mark.parametrize(
    "line",
    ["👍", "❤️ 2", "👍 reacted", "Reacted ❤️ to Hoe lang al?", "Eva reacted with 👍",
     "Farid heeft gereageerd met 😂", "2 Like reactions.",
     'Reacted to "Hoe lang speelt..." with 👍', 'Removed a 👍 reaction from "Hoe lang..."'],
)  # fmt: skip
def test_reactions_are_skipped_and_counted(line: str) -> None:
    parse = parse_chat(f"Eva: Hoe lang speelt dit al?\n{line}\nBram: Wat heb je geprobeerd?")

    assert len(parse.messages) == 2
    assert parse.skipped_counts() == {SkipReason.REACTION: 1}


@pytest.mark.parametrize(
    "line",
    [
        "Mijn collega is vertrokken en nu doe ik zijn werk erbij.",
        "I reacted badly to that request.",
        "How he reacted was the real problem.",
        "The meeting started late again, like every week.",
        "Berichten worden niet gelezen door mijn teamleider.",
        "Zij reageerde met boosheid.",
        "Gezien de tijd: laatste vraag?",
        "From now on: what would you do differently?",
        "Van de week heb ik: drie keer nee gezegd.",
    ],
)
@pytest.mark.parametrize(
    "layout",
    [
        "Eva Jansen\n10:02\nHoe lang al?\nBram de Vries\n10:03\n{line}\n",
        "From Eva Jansen to Everyone:\nHoe lang al?\nFrom Bram de Vries to Everyone:\n{line}\n",
        "Eva: Hoe lang al?\nFarid: Sinds wanneer?\nBram: Dit nog:\n{line}\n",
    ],
    ids=["teams", "zoom", "colon"],
)
def test_a_message_about_an_event_is_still_a_message(layout: str, line: str) -> None:
    messages = parse_chat(layout.format(line=line)).messages

    assert messages[-1].author in {"Bram de Vries", "Bram"}
    assert messages[-1].text.endswith(line)


def test_an_unrecognised_layout_becomes_one_message_per_line() -> None:
    paste = "Wat maakt dit lastig?\nVraag: wie bepaalt je prioriteiten?\n\nWat heb je nodig?\n"
    parse = parse_chat(paste)

    assert parse.format is ChatFormat.PLAIN_LINES
    assert said(parse) == [
        (None, "Wat maakt dit lastig?"),
        (None, "Vraag: wie bepaalt je prioriteiten?"),
        (None, "Wat heb je nodig?"),
    ]


def test_one_name_like_line_in_a_long_list_does_not_swallow_the_list() -> None:
    questions = [f"Wat is vraag nummer {n} voor jou?" for n in range(15)]
    paste = "\n".join(["Eva Jansen", "10:02", *questions])

    assert parse_chat(paste).format is ChatFormat.PLAIN_LINES
    assert all(q in texts(paste) for q in questions)


def test_in_name_colon_lists_a_blank_line_ends_a_message() -> None:
    paste = "Eva: Als ik jou was,\nzou ik eerst slapen.\n\nEn dan nog iets.\nBram: Klopt."
    parse = parse_chat(paste)

    assert said(parse) == [
        ("Eva", "Als ik jou was,\nzou ik eerst slapen."),
        (None, "En dan nog iets."),
        ("Bram", "Klopt."),
    ]


def test_text_above_the_first_header_is_kept_as_messages_without_author() -> None:
    paste = "eerste vraag zonder naam?\nEva Jansen\n10:02\nHoe lang al?\nBram de Vries\n10:03\nEn?"
    parse = parse_chat(paste)

    assert parse.format is ChatFormat.TEAMS
    assert (
        parse.messages[0].author,
        parse.messages[0].text,
    ) == (None, "eerste vraag zonder naam?")
    assert [m.author for m in parse.messages[1:]] == ["Eva Jansen", "Bram de Vries"]


def test_a_one_word_message_above_ones_own_message_is_text_not_a_name() -> None:
    """New Teams shows no name above one's own messages, only the time."""
    for short in ("Top", "Eens", "Dank je wel"):
        parse = parse_chat(f"Eva Jansen\n10:02\n{short}\n10:03\nNog twee minuten.\n")

        assert [(m.author, m.from_self, m.text) for m in parse.messages] == [
            ("Eva Jansen", False, short),
            (None, True, "Nog twee minuten."),
        ]


def test_a_header_without_text_is_skipped_as_empty() -> None:
    parse = parse_chat("Eva Jansen\n10:02\nBram de Vries\n10:03\nWat heb je geprobeerd?")

    assert [m.author for m in parse.messages] == ["Bram de Vries"]
    assert [(s.line, s.reason) for s in parse.skipped] == [
        (1, SkipReason.EMPTY),
        (2, SkipReason.EMPTY),
    ]


def test_a_quoted_reply_keeps_only_the_replys_own_text() -> None:
    paste = (
        "Eva Jansen\n10:02\nHoe lang speelt dit al tussen jullie?\n"
        "Bram de Vries\n10:03\n"
        "Begin Reference, Hoe lang speelt dit al... by Eva Jansen\n"
        "Eva Jansen\n10:02\nHoe lang speelt dit al tussen jullie?\n"
        "En wat was de aanleiding?\n"
    )
    parse = parse_chat(paste)

    assert said(parse) == [
        ("Eva Jansen", "Hoe lang speelt dit al tussen jullie?"),
        ("Bram de Vries", "En wat was de aanleiding?"),
    ]
    assert parse.skipped_counts() == {SkipReason.QUOTE: 4}


def test_a_quote_without_end_line_does_not_reach_into_the_next_reply() -> None:
    paste = (
        "Bram de Vries\n10:03\n"
        "Begin Reference, Hoe lang al? by Eva Jansen\nEva Jansen\n10:02\nHoe lang al?\n"
        "Sinds de zomer, denk ik.\n"
        "Farid El Amrani\n10:05\n"
        "Begin Reference, Sinds de zomer by Bram de Vries\nSinds de zomer, denk ik.\n"
        "End Reference\n"
        "Wat gebeurde er in de zomer?\n"
    )
    parse = parse_chat(paste)

    assert said(parse) == [
        ("Bram de Vries", "Sinds de zomer, denk ik."),
        ("Farid El Amrani", "Wat gebeurde er in de zomer?"),
    ]


def test_quote_lines_and_zoom_replies_are_skipped_as_quotes() -> None:
    paste = (
        "Eva: Hoe lang al?\n"
        "Farid: En sinds wanneer?\n"
        "Bram: Wat heb je geprobeerd?\n"
        "> Wat heb je geprobeerd?\n"
        'Replying to "Wat heb je geprobeerd?":\n'
        "Nog niets eigenlijk.\n"
    )
    parse = parse_chat(paste)

    assert parse.messages[-1].text == "Wat heb je geprobeerd?\nNog niets eigenlijk."
    assert parse.skipped_counts() == {SkipReason.QUOTE: 2}


def test_the_count_under_a_reaction_goes_with_it() -> None:
    parse = parse_chat("Eva Jansen\n10:02\nHoe lang al?\n👍\n2\nBram de Vries\n10:03\nEn?")

    assert parse.messages[0].text == "Hoe lang al?"
    assert parse.skipped_counts() == {SkipReason.REACTION: 2}


def test_the_pasters_own_and_direct_messages_are_marked() -> None:
    paste = (
        "10:02:00 From Me to Everyone:\n\tNog twee minuten.\n"
        "10:03:00 From Eva Jansen to Me (Direct Message):\n\tMag ik anoniem iets vragen?\n"
        "10:04:00 From Bram de Vries to Everyone:\n\tWat heb je geprobeerd?\n"
    )
    messages = parse_chat(paste).messages

    assert [(m.author, m.from_self, m.direct) for m in messages] == [
        (None, True, False),
        ("Eva Jansen", False, True),
        ("Bram de Vries", False, False),
    ]


def test_a_chosen_format_overrides_detection() -> None:
    paste = "Eva: Hoe lang al?\nBram: Wat heb je geprobeerd?"

    parse = parse_chat(paste, ChatFormat.PLAIN_LINES)
    assert said(parse) == [
        (None, "Eva: Hoe lang al?"),
        (None, "Bram: Wat heb je geprobeerd?"),
    ]


def test_steering_and_invisible_characters_are_removed() -> None:
    """A right-to-left override could reverse text on the projector; zero-width
    spaces would stop "Eva" matching; the joiner inside an emoji stays."""
    paste = "\u202eEva\u200b Jansen\u200f\n10:02\nHoe\u2066 lang\x00 al?\u00ad 👩\u200d💻\r\n"
    message = parse_chat(paste).messages[0]

    assert message.author == "Eva Jansen"
    assert message.text == "Hoe lang al? 👩\u200d💻"


def test_any_line_break_convention_reads_the_same() -> None:
    unix = "Eva Jansen\n10:02\nHoe lang al?\nBram de Vries\n10:03\nEn?"
    for newline in ("\r\n", "\r", "\u2028"):
        assert parse_chat(unix.replace("\n", newline)).messages == parse_chat(unix).messages


def test_text_past_the_paste_limit_is_reported_not_read() -> None:
    paste = "Wat is je vraag?\n" * (MAX_PASTE_CHARS // 17 + 100)
    parse = parse_chat(paste)

    read = MAX_PASTE_CHARS // 17  # whole lines only
    assert len(parse.messages) == read
    assert parse.truncated_chars == len(paste) - read * 17
