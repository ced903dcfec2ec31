"""The chat-paste corpus in chat_corpus/: loading the samples, and tallying how
the parser does on them (used by the tests and by ``python -m scripts.chat_corpus``).

Each sample is a pasted piece of chat (<format>/NN_name.txt) with the messages it
should give (NN_name.json). Every name and message in it is made up.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intervisie_desktop.domain.authors import AuthorMatcher
from intervisie_desktop.domain.chat import ChatMessage, ChatParse, parse_chat

CORPUS = Path(__file__).resolve().parent / "chat_corpus"
FORMATS = ("teams_new", "teams_classic", "zoom_file", "zoom_meeting", "meet", "plain")


@dataclass(frozen=True)
class Sample:
    folder: str
    name: str
    text: str
    expected: dict[str, Any]
    group: dict[str, Any]

    @property
    def members(self) -> list[str]:
        return list(self.group["members"])


def load_samples() -> list[Sample]:
    groups = json.loads((CORPUS / "groups.json").read_text(encoding="utf-8"))
    samples = []
    for folder in FORMATS:
        for text_file in sorted((CORPUS / folder).glob("*.txt")):
            expected = json.loads(text_file.with_suffix(".json").read_text(encoding="utf-8"))
            samples.append(
                Sample(
                    folder=folder,
                    name=text_file.stem,
                    text=text_file.read_text(encoding="utf-8"),
                    expected=expected,
                    group=groups[expected["group"]],
                )
            )
    return samples


def expected_messages(sample: Sample) -> list[ChatMessage]:
    """The JSON's messages as ChatMessage (line numbers are not part of the expectation)."""
    return [
        ChatMessage(
            text=m["text"],
            author=m["author"],
            time=m.get("time"),
            from_self=m.get("self", False),
            direct=m.get("direct", False),
        )
        for m in sample.expected["messages"]
    ]


def without_lines(parse: ChatParse) -> list[ChatMessage]:
    return [ChatMessage(m.text, m.author, m.time, m.from_self, m.direct) for m in parse.messages]


@dataclass
class Tally:
    samples: int = 0
    format_right: int = 0
    expected: int = 0
    found: int = 0
    extra: int = 0
    written_names: int = 0
    matched: int = 0
    ambiguous: int = 0
    skipped_right: int = 0

    def add(self, sample: Sample) -> None:
        parse = parse_chat(sample.text)
        expected = expected_messages(sample)
        got = Counter(without_lines(parse))
        want = Counter(expected)
        self.samples += 1
        self.format_right += parse.format.value == sample.expected["format"]
        self.expected += len(expected)
        self.found += sum((got & want).values())
        self.extra += sum((got - want).values())
        matcher = AuthorMatcher(sample.members)
        for message in parse.messages:
            if message.author is not None:
                self.written_names += 1
                answer = matcher.match(message.author)
                self.matched += answer.matched
                self.ambiguous += answer.ambiguous
        counts = {reason.value: n for reason, n in parse.skipped_counts().items()}
        self.skipped_right += counts == sample.expected["skipped"]


def summary() -> list[tuple[str, Tally]]:
    tallies = {folder: Tally() for folder in FORMATS}
    for sample in load_samples():
        tallies[sample.folder].add(sample)
    return list(tallies.items())
