"""The checker: an item's kind, text and the meeting's language in, hints out.

Rule-based and transparent: every hint comes from a cue in the pattern tables
(:mod:`.dutch`, :mod:`.english`), and the order of decisions is written here:

- A question is looked at sentence by sentence. In one sentence a suggestive
  question is not also called closed or a why question: "Waarom ga je niet
  gewoon…?" gets one hint, about the advice hidden in it, since rewording only
  the "why" ("Wat maakt dat je niet…?") would keep the advice in.
- More than one question mark, or two questions joined by "en"/"and", is
  several questions in one item.
- A definition is checked as a whole for the first person, and at the start of
  its core (after "Mijn probleem is dat…") for who the problem is about.
- An advice is "not from the speaker" only when it is worded as an instruction
  ("Je moet…", "Bel haar…") and nowhere speaks from the speaker ("ik zou…").

Hints never block anything; they are shown beside the item on the laptop only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from intervisie_desktop.domain.board import Board, BoardItem, ItemKind
from intervisie_desktop.domain.coach.cues import Effect, LanguageCues, Scope
from intervisie_desktop.domain.coach.dutch import DUTCH
from intervisie_desktop.domain.coach.english import ENGLISH
from intervisie_desktop.domain.coach.hints import Hint, HintCode, build_hints
from intervisie_desktop.domain.languages import text_language
from intervisie_desktop.domain.methods import Rule

QUESTION_CODES = (
    HintCode.WHY_QUESTION,
    HintCode.CLOSED_QUESTION,
    HintCode.SUGGESTIVE_QUESTION,
    HintCode.SEVERAL_QUESTIONS,
)
DEFINITION_CODES = (HintCode.DEFINITION_NOT_FIRST_PERSON, HintCode.PROBLEM_OUTSIDE_PRESENTER)
CODES_FOR_KIND: Mapping[ItemKind, tuple[HintCode, ...]] = {
    ItemKind.QUESTION: QUESTION_CODES,
    ItemKind.PROBLEM_DEFINITION: DEFINITION_CODES,
    ItemKind.REDEFINITION: DEFINITION_CODES,
    ItemKind.ADVICE: (HintCode.ADVICE_NOT_FROM_SPEAKER, HintCode.SEVERAL_ADVICES),
    # the roddel method's joint advice is the group's, often about the presenter in
    # the third person: only "one advice" applies
    ItemKind.SHARED_ADVICE: (HintCode.SEVERAL_ADVICES,),
}
# Steps whose own instruction asks for something a rule would flag.
STEP_EXEMPTIONS: Mapping[str, frozenset[HintCode]] = {
    # "Het probleem is…" from several perspectives: the presenter's, the other's, the organisation's
    "socratisch.reformulate": frozenset(DEFINITION_CODES),
}

Dismissed = frozenset[tuple[str, HintCode]]  # (item id, code) the facilitator waved away
BoardHints = Mapping[str, tuple[Hint, ...]]  # item id -> its hints, only items that have any

_SENTENCE_END = re.compile(r"(?<=[?!.])\s+")
_CLAUSE_BREAK = re.compile(r"[,:;]\s*")
_LEADING_AND = re.compile(r"(?:en|maar|dus|and|but)\s+")  # "En heb je…?" opens with "heb"
_QUOTED = re.compile(r"(?<!\w)([\"'])[^\"']+\1(?!\w)")
_SPACES = re.compile(r"\s+")
# A flip-chart item is a line or two; of anything pasted beyond this only the start is
# checked, so a long paste cannot slow typing down.
MAX_CHARS = 600
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "…": "..."})


def exempt_in_block(block_id: str | None) -> frozenset[HintCode]:
    """The codes that do not apply to items captured in this agenda block."""
    if not block_id:
        return frozenset()
    step = block_id.split(".", 1)[1] if block_id.startswith("case") else block_id
    return STEP_EXEMPTIONS.get(step, frozenset())


def _normalise(text: str) -> str:
    return _SPACES.sub(" ", text[: MAX_CHARS * 2].translate(_TYPOGRAPHY)).strip()[:MAX_CHARS]


def _either(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@dataclass(frozen=True)
class _Compiled:
    """One language's cues, joined per (hint, scope, effect) into one expression each."""

    patterns: Mapping[tuple[HintCode, Scope, Effect], re.Pattern[str]]
    name_after: str

    @classmethod
    def of(cls, language: LanguageCues) -> _Compiled:
        grouped: dict[tuple[HintCode, Scope, Effect], list[str]] = {}
        for cue in language.cues:
            grouped.setdefault((cue.code, cue.scope, cue.effect), []).append(cue.pattern)
        patterns = {key: _either(group) for key, group in grouped.items()}
        return cls(patterns, language.name_after)

    def get(self, code: HintCode, scope: Scope, effect: Effect) -> re.Pattern[str] | None:
        return self.patterns.get((code, scope, effect))

    def search(self, code: HintCode, scope: Scope, effect: Effect, text: str) -> bool:
        pattern = self.get(code, scope, effect)
        return pattern is not None and pattern.search(text) is not None

    def match_at(
        self,
        code: HintCode,
        scope: Scope,
        text: str,
        positions: Sequence[int],
        effect: Effect = Effect.FIRES,
    ) -> int | None:
        """The end of the first match of the cues at one of ``positions``, if any."""
        pattern = self.get(code, scope, effect)
        if pattern is None:
            return None
        for position in positions:
            found = pattern.match(text, position)
            if found is not None:
                return found.end()
        return None


class Coach:
    """Checks items against the method's rules; build once, use for every item."""

    def __init__(self, common_rules: Sequence[Rule]) -> None:
        self.hints = build_hints(common_rules)
        self._languages = {"nl": _Compiled.of(DUTCH), "en": _Compiled.of(ENGLISH)}

    def check(
        self,
        kind: ItemKind,
        text: str,
        language: str,
        exempt: frozenset[HintCode] = frozenset(),
    ) -> tuple[Hint, ...]:
        """The hints for one item, in a fixed order; empty when all is well."""
        codes = [c for c in CODES_FOR_KIND.get(kind, ()) if c not in exempt]
        normal = _normalise(text)
        if not codes or not normal:
            return ()
        cues = self._languages[text_language(language)]
        if kind is ItemKind.QUESTION:
            found = self._question(cues, normal.lower())
        elif kind in (ItemKind.PROBLEM_DEFINITION, ItemKind.REDEFINITION):
            found = self._definition(cues, normal)
        else:
            found = self._advice(cues, normal.lower())
        return tuple(self.hints[c] for c in codes if c in found)

    def check_item(self, item: BoardItem, language: str) -> tuple[Hint, ...]:
        return self.check(item.kind, item.text, language, exempt_in_block(item.block_id))

    def check_board(
        self, board: Board, language: str, dismissed: Dismissed = frozenset()
    ) -> BoardHints:
        """Hints for every item that has any, keyed by item id (never stored on the item)."""
        result = {}
        for item in board.items:
            hints = tuple(
                h for h in self.check_item(item, language) if (item.id, h.code) not in dismissed
            )
            if hints:
                result[item.id] = hints
        return result

    # ----- questions -------------------------------------------------------------------

    def _question(self, cues: _Compiled, text: str) -> set[HintCode]:
        text = _QUOTED.sub("_", text)  # someone else's words are not the asker's question
        found: set[HintCode] = set()
        questions = 0
        for sentence in _SENTENCE_END.split(text):
            if not sentence:
                continue
            asked = sentence.endswith("?")
            questions += asked
            found |= self._question_sentence(cues, sentence, asked)
        if questions > 1:
            found.add(HintCode.SEVERAL_QUESTIONS)
        return found

    def _question_sentence(self, cues: _Compiled, sentence: str, asked: bool) -> set[HintCode]:
        leading = _LEADING_AND.match(sentence)
        openings = [0] if leading is None else [0, leading.end()]
        clauses = list(openings)
        if asked:
            clauses += [m.end() for m in _CLAUSE_BREAK.finditer(sentence)]
        found = set()
        for code in QUESTION_CODES:
            if cues.search(code, Scope.SENTENCE, Effect.EXCUSES, sentence):
                continue
            if (
                cues.search(code, Scope.SENTENCE, Effect.FIRES, sentence)
                or cues.match_at(code, Scope.OPENING, sentence, openings) is not None
                or cues.match_at(code, Scope.CLAUSE, sentence, clauses) is not None
            ):
                found.add(code)
        if HintCode.SUGGESTIVE_QUESTION in found:
            found -= {HintCode.CLOSED_QUESTION, HintCode.WHY_QUESTION}
        return found

    # ----- definitions -----------------------------------------------------------------

    def _definition(self, cues: _Compiled, text: str) -> set[HintCode]:
        lower = text.lower()
        found = set()
        first_person = HintCode.DEFINITION_NOT_FIRST_PERSON
        if not cues.search(first_person, Scope.ITEM, Effect.REQUIRED, lower):
            found.add(first_person)
        if self._problem_elsewhere(cues, text, lower):
            found.add(HintCode.PROBLEM_OUTSIDE_PRESENTER)
        return found

    def _problem_elsewhere(self, cues: _Compiled, text: str, lower: str) -> bool:
        """Is the core's subject someone else ("mijn leidinggevende…", "zij…")?"""
        outside = HintCode.PROBLEM_OUTSIDE_PRESENTER
        first_person_code = HintCode.DEFINITION_NOT_FIRST_PERSON
        core = 0
        while True:
            end = cues.match_at(outside, Scope.SUBJECT, lower, [core], Effect.FRAME)
            if end is None or end == core:
                break
            core = end
        if cues.match_at(outside, Scope.SUBJECT, lower, [core]) is not None:
            return True
        # "Mijn probleem is dat Pieter…": a name right after the frame's "dat"
        return (
            core > 0
            and lower[:core].rstrip().endswith(f" {cues.name_after}")
            and len(text) == len(lower)
            and text[core : core + 1].isupper()
            and cues.match_at(first_person_code, Scope.ITEM, lower, [core], Effect.REQUIRED) is None
        )

    # ----- advice ----------------------------------------------------------------------

    def _advice(self, cues: _Compiled, text: str) -> set[HintCode]:
        found = set()
        not_own = HintCode.ADVICE_NOT_FROM_SPEAKER
        if cues.search(not_own, Scope.ITEM, Effect.FIRES, text) and not cues.search(
            not_own, Scope.ITEM, Effect.EXCUSES, text
        ):
            found.add(not_own)
        if cues.search(HintCode.SEVERAL_ADVICES, Scope.ITEM, Effect.FIRES, text):
            found.add(HintCode.SEVERAL_ADVICES)
        return found
