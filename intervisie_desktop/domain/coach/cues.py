"""The shape of the pattern tables: each cue is one regular expression, the hint
it serves, where in the item it is looked for and what a match means.

The tables themselves are per language (:mod:`.dutch`, :mod:`.english`). Patterns
are matched against the item's lower-cased text, with quoted words taken out
(someone else's words in quotes are not the asker's question).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from intervisie_desktop.domain.coach.hints import HintCode


class Scope(StrEnum):
    """Where a cue is looked for."""

    OPENING = "opening"  # at the start of a sentence of a question
    CLAUSE = "clause"  # at the start of a sentence, or of a clause after , : ; in a question
    SENTENCE = "sentence"  # anywhere in one sentence of a question
    ITEM = "item"  # anywhere in the whole item
    SUBJECT = "subject"  # at the start of a definition's core, after its frame


class Effect(StrEnum):
    """What a match means for the cue's hint."""

    FIRES = "fires"  # the hint fires (unless excused)
    EXCUSES = "excuses"  # the hint does not fire in this sentence or item
    REQUIRED = "required"  # the hint fires when no such cue matches the item
    FRAME = "frame"  # a lead-in taken off before the subject ("mijn probleem is dat")


@dataclass(frozen=True)
class Cue:
    code: HintCode
    scope: Scope
    effect: Effect
    pattern: str
    example: str  # a text the cue matches (tests check each one)


@dataclass(frozen=True)
class LanguageCues:
    language: str
    cues: tuple[Cue, ...]
    # a capitalised word right after a frame ending in this word is a person's name
    name_after: str


def words(*forms: str) -> str:
    """An alternation of whole words, for building patterns from word lists."""
    return "(?:" + "|".join(sorted(set(forms), key=len, reverse=True)) + ")"


# Short names the pattern tables are written with.
WHY = HintCode.WHY_QUESTION
CLOSED = HintCode.CLOSED_QUESTION
SUGGESTIVE = HintCode.SUGGESTIVE_QUESTION
SEVERAL_Q = HintCode.SEVERAL_QUESTIONS
NOT_FIRST = HintCode.DEFINITION_NOT_FIRST_PERSON
OUTSIDE = HintCode.PROBLEM_OUTSIDE_PRESENTER
NOT_OWN = HintCode.ADVICE_NOT_FROM_SPEAKER
SEVERAL_A = HintCode.SEVERAL_ADVICES
FIRES, EXCUSES, REQUIRED, FRAME = Effect.FIRES, Effect.EXCUSES, Effect.REQUIRED, Effect.FRAME
OPENING, CLAUSE, SENTENCE = Scope.OPENING, Scope.CLAUSE, Scope.SENTENCE
ITEM, SUBJ = Scope.ITEM, Scope.SUBJECT
