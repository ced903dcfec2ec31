"""Telling a scribe's typing from the single-letter commands of the flip-over's list.

In the list some letters are commands (W, N, K, H, C rate the selected item; B
blacks out the wall) and every other letter starts writing a new item. A scribe
who types "kort overleg" with the list focused means a note, not a cold rating
of the selected question. So when a letter that starts writing follows letter
commands, each within :data:`BURST_SECONDS` of the one before, those commands
were the first letters of the text: they are taken back, and their letters lead
the new item. A clicker, or someone rating, sends one key at a time or command
letters only (W, N, K in a row), and is never taken back.

Plain Python with an injectable clock, so the rule is tested without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

BURST_SECONDS = 0.8  # between two keys of one word; deliberate single keys are slower


@dataclass(frozen=True)
class LetterCommand:
    """A command carried out by a letter key in the list."""

    command: str  # the key table's Command
    letter: str  # as typed, to put back in front of the text
    row: int  # the list's selected row before it was carried out
    at: float
    item_id: str | None = None  # a rating: the item it rated,
    previous: object = None  # and the rating that item had before


class TypingBurst:
    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._recent: list[LetterCommand] = []

    def carried_out(
        self,
        command: str,
        letter: str,
        row: int,
        item_id: str | None = None,
        previous: object = None,
    ) -> None:
        """A letter command was carried out; it may turn out to be the start of a word."""
        at = self._now()
        if self._recent and at - self._recent[-1].at > BURST_SECONDS:
            self._recent.clear()
        self._recent.append(LetterCommand(command, letter, row, at, item_id, previous))

    def writing_starts(self) -> tuple[LetterCommand, ...]:
        """A letter that starts writing arrived: the commands right before it (oldest
        first) that were really its first letters. They are forgotten here."""
        recent, self._recent = self._recent, []
        if recent and self._now() - recent[-1].at <= BURST_SECONDS:
            return tuple(recent)
        return ()

    def other_key(self) -> None:
        """Any other key ends a word: nothing before it is taken back any more."""
        self._recent.clear()
