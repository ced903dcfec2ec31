"""Whatever is pasted, nothing that could be a message is lost.

- A chat written out in any supported layout, with system lines, reactions and
  blank lines between its messages, gives back exactly its messages: every line
  people wrote ends up in a message's text, under the right name.
- Any text at all is read without error, and every non-blank line is accounted
  for exactly once: in a message (its header or its text) or skipped with a reason.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from intervisie_desktop.domain.chat import ChatFormat, parse_chat
from intervisie_desktop.domain.chat.cleaning import clean_lines
from tests.domain.chat.chat_samples import load_samples

NAMES = ["Eva Jansen", "Bram de Vries", "Chloë van den Berg", "Farid El Amrani", "Zoë Clarke"]
WORDS = [  # message words that no pattern reads as a name, time or event
    "wat", "hoe", "waarom", "wanneer", "gebeurt", "er", "met", "jou", "als", "je", "teamleider",
    "taak", "extra", "nee", "zeggen", "what", "how", "does", "your", "manager", "feel", "when",
    "you", "say", "café", "één", "collega's", "grens", "👍", "dat", "weken", "planning",
    "agenda", "moment", "vorige", "keer", "helpt", "jullie",
]  # fmt: skip
NOISE = [
    "Eva Jansen joined the meeting",
    "Farid El Amrani heeft de vergadering verlaten",
    "Recording started",
    "Opname gestart",
    "👍",
    "❤️ 2",
    "Bram de Vries reacted with 👍",
]

line_text = st.lists(st.sampled_from(WORDS), min_size=2, max_size=9).map(
    lambda words: " ".join(words) + "?"
)
message = st.tuples(st.sampled_from(NAMES), st.lists(line_text, min_size=1, max_size=3))
chat = st.lists(message, min_size=1, max_size=12)
noise = st.lists(st.sampled_from([*NOISE, ""]), max_size=2)

Layout = Callable[[str, int, list[str]], list[str]]
LAYOUTS: dict[ChatFormat, Layout] = {
    ChatFormat.TEAMS: lambda who, n, text: [who, f"10:{n:02d}", *text],
    ChatFormat.TEAMS_CLASSIC: lambda who, n, text: [f"[10:{n:02d}] {who}", *text],
    ChatFormat.ZOOM_FILE: lambda who, n, text: [
        f"10:{n:02d}:00 From {who} to Everyone:",
        *(f"\t{t}" for t in text),
    ],
    ChatFormat.ZOOM_MEETING: lambda who, n, text: [f"From {who} to Everyone:", *text],
    ChatFormat.PLAIN_COLON: lambda who, n, text: [f"{who}: {text[0]}", *text[1:]],
}


@settings(max_examples=60, deadline=None)
@given(
    layout=st.sampled_from(sorted(LAYOUTS)),
    messages=chat,
    between=st.lists(noise, min_size=12, max_size=12),
)
def test_a_chat_in_any_layout_gives_back_every_line_people_wrote(
    layout: ChatFormat, messages: list[tuple[str, list[str]]], between: list[list[str]]
) -> None:
    lines: list[str] = []
    for n, ((who, text), extra) in enumerate(zip(messages, between, strict=False)):
        lines += LAYOUTS[layout](who, n, text)
        lines += [e for e in extra if e or layout is not ChatFormat.PLAIN_COLON]

    parse = parse_chat("\n".join(lines))

    kept = [line for m in parse.messages for line in m.text.split("\n")]
    for _, text in messages:  # nothing people wrote is lost, whatever the format
        assert all(any(t in line for line in kept) for t in text)
    if len(messages) > 1 or layout is not ChatFormat.PLAIN_COLON:
        # one "Name: text" line above others may be a label: read as plain lines
        assert [(m.author, m.text.split("\n")) for m in parse.messages] == messages


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_is_read_and_every_line_accounted_for_once(text: str) -> None:
    check_accounting(text)


corpus_lines = [line for s in load_samples() for line in s.text.split("\n")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(corpus_lines), max_size=60))
def test_chat_lines_in_any_order_are_accounted_for_once(lines: list[str]) -> None:
    check_accounting("\n".join(lines))


def check_accounting(text: str) -> None:
    parse = parse_chat(text)
    cleaned, _ = clean_lines(text)
    non_blank = [n for n, line in enumerate(cleaned, start=1) if line.strip()]
    used = [n for m in parse.messages for n in m.lines] + [s.line for s in parse.skipped]

    assert sorted(used) == non_blank
    for m in parse.messages:
        assert m.text.strip()
        # the message's last line is text, never a header: it is in the message
        assert cleaned[m.lines[-1] - 1].strip() in m.text or m.lines[-1] == m.lines[0]
    if parse.format is ChatFormat.PLAIN_LINES:  # each line its own message, unchanged
        for m in parse.messages:
            assert [m.text] == [cleaned[n - 1].strip() for n in m.lines]
