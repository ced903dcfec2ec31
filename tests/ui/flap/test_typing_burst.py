"""A word typed in the flip-over's list is a note, not a rating and a blackout."""

from __future__ import annotations

from intervisie_desktop.ui.flap.typing_burst import BURST_SECONDS, TypingBurst


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def after(self, seconds: float) -> None:
        self.now += seconds


def test_command_letters_followed_quickly_by_a_writing_letter_were_a_word() -> None:
    clock = Clock()
    burst = TypingBurst(clock)
    burst.carried_out("rate_cold", "k", 3)
    clock.after(0.12)
    burst.carried_out("rate_neutral", "n", 4)
    clock.after(0.15)
    taken = burst.writing_starts()  # "e": "kne…"
    assert [(t.letter, t.row) for t in taken] == [("k", 3), ("n", 4)]
    assert burst.writing_starts() == ()  # taken back once


def test_a_deliberate_rating_is_never_taken_back() -> None:
    clock = Clock()
    burst = TypingBurst(clock)
    burst.carried_out("rate_warm", "w", 0)
    clock.after(BURST_SECONDS + 0.5)  # the scribe starts a note a moment later
    assert burst.writing_starts() == ()


def test_ratings_in_a_row_then_a_pause_stay() -> None:
    clock = Clock()
    burst = TypingBurst(clock)
    for letter in "wnk":
        burst.carried_out("rate", letter, 0)
        clock.after(0.3)
    clock.after(BURST_SECONDS)
    assert burst.writing_starts() == ()


def test_another_key_in_between_ends_the_word() -> None:
    clock = Clock()
    burst = TypingBurst(clock)
    burst.carried_out("blackout", "b", 0)
    burst.other_key()  # e.g. an arrow key
    assert burst.writing_starts() == ()


def test_a_slow_first_command_is_left_out_of_a_later_word() -> None:
    clock = Clock()
    burst = TypingBurst(clock)
    burst.carried_out("rate_warm", "w", 0)
    clock.after(BURST_SECONDS + 1)
    burst.carried_out("blackout", "b", 1)
    clock.after(0.1)
    assert [t.letter for t in burst.writing_starts()] == ["b"]
