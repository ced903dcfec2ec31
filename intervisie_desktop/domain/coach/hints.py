"""What the coach says: one hint per rule, tied to the method rule it comes from.

A hint is constant data: its wording never contains the item's text, so it can
be shown in a tooltip without repeating (or leaking) what the scribe typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from intervisie_desktop.domain.methods import Rule
from intervisie_desktop.domain.text import LocalizedText


class HintCode(StrEnum):
    """Stable codes: the UI, the corpus and dismissals refer to these."""

    WHY_QUESTION = "why_question"
    CLOSED_QUESTION = "closed_question"
    SUGGESTIVE_QUESTION = "suggestive_question"
    SEVERAL_QUESTIONS = "several_questions"
    DEFINITION_NOT_FIRST_PERSON = "definition_not_first_person"
    PROBLEM_OUTSIDE_PRESENTER = "problem_outside_presenter"
    ADVICE_NOT_FROM_SPEAKER = "advice_not_from_speaker"
    SEVERAL_ADVICES = "several_advices"


@dataclass(frozen=True)
class Hint:
    """One nudge for the facilitator, beside one item on the laptop only."""

    code: HintCode
    rule: Rule  # the rule it comes from: a common rule (e.g. ``no-why``) or the coach's own
    steps: tuple[str, ...]  # "method.step" whose rules or guidance ask for this
    message: LocalizedText  # the kind one-liner
    alternative: LocalizedText | None = None  # a way to put it instead


def _text(nl: str, en: str) -> LocalizedText:
    return LocalizedText(nl=nl, en=en)


# Rules the method texts state per step (without an id of their own), in the coach's words.
OWN_RULES = (
    Rule(
        id="one-question-per-item",
        text=_text(
            "Eén vraag per briefje: dan kan elke vraag een eigen waardering en antwoord krijgen.",
            "One question per note, so each question gets its own rating and answer.",
        ),
    ),
    Rule(
        id="first-person-definition",
        text=_text(
            "Schrijf een probleemdefinitie in de ik-vorm, alsof je zelf de casusinbrenger bent.",
            "Write a problem definition in the first person, as if you were the case presenter.",
        ),
    ),
    Rule(
        id="problem-with-presenter",
        text=_text(
            "Leg het probleem bij de casusinbrenger zelf, waar die er iets aan kan doen.",
            "Keep the problem with the case presenter, where they can do something about it.",
        ),
    ),
    Rule(
        id="advice-from-yourself",
        text=_text(
            "Geef advies vanuit jezelf: 'Als ik jou was, zou ik…'.",
            "Give advice from yourself: 'If I were you, I would…'.",
        ),
    ),
    Rule(
        id="one-advice-per-item",
        text=_text(
            "Eén advies per keer, zodat de casusinbrenger er rustig uit kan kiezen.",
            "One piece of advice at a time, so the case presenter can choose calmly.",
        ),
    ),
)


@dataclass(frozen=True)
class _Wording:
    rule_id: str
    steps: tuple[str, ...]
    message: LocalizedText
    alternative: LocalizedText | None


_WORDING: dict[HintCode, _Wording] = {
    HintCode.WHY_QUESTION: _Wording(
        "no-why",
        (),
        _text(
            "Een waarom-vraag kan voelen als je moeten verantwoorden.",
            "A 'why' question can feel like having to justify yourself.",
        ),
        _text(
            "Bijvoorbeeld: 'Wat maakte dat je…?' of 'Wat dacht of voelde je toen…?'",
            "For example: 'What made you…?' or 'What were you thinking or feeling when…?'",
        ),
    ),
    HintCode.CLOSED_QUESTION: _Wording(
        "no-suggestive",
        (
            "vijfstappen.problem-exploration",
            "tienstappen.clarifying-questions",
            "socratisch.question-round-1",
        ),
        _text(
            "Dit is een gesloten vraag: het antwoord kan ja of nee zijn.",
            "This is a closed question: it can be answered with yes or no.",
        ),
        _text(
            "Open hem met wat, hoe, wie of welke: 'Hoe…?', 'Wat…?'",
            "Open it with what, how, who or which: 'How…?', 'What…?'",
        ),
    ),
    HintCode.SUGGESTIVE_QUESTION: _Wording(
        "no-suggestive",
        (
            "vijfstappen.problem-exploration",
            "tienstappen.clarifying-questions",
            "intercollegiale-bevraging.problem-analysis",
        ),
        _text(
            "In deze vraag zit misschien al een antwoord of een advies.",
            "This question may already hold an answer or a piece of advice.",
        ),
        _text(
            "Vraag naar wat de casusinbrenger zelf ziet: 'Wat heb je al geprobeerd?', "
            "'Welke mogelijkheden zie je?'",
            "Ask what the case presenter sees: 'What have you tried so far?', "
            "'Which options do you see?'",
        ),
    ),
    HintCode.SEVERAL_QUESTIONS: _Wording(
        "one-question-per-item",
        ("tienstappen.clarifying-questions",),
        _text("Hier staan meer vragen in één.", "There is more than one question here."),
        _text("Zet elke vraag apart.", "Put each question on its own."),
    ),
    HintCode.DEFINITION_NOT_FIRST_PERSON: _Wording(
        "first-person-definition",
        ("vijfstappen.problem-definition", "tienstappen.problem-definitions"),
        _text(
            "Deze definitie staat niet in de ik-vorm.",
            "This definition is not in the first person.",
        ),
        _text(
            "Begin met 'Mijn probleem is dat ik…'.",
            "Start with 'My problem is that I…'.",
        ),
    ),
    HintCode.PROBLEM_OUTSIDE_PRESENTER: _Wording(
        "problem-with-presenter",
        ("tienstappen.problem-definitions",),
        _text(
            "Hier ligt het probleem bij een ander, buiten de invloed van de casusinbrenger.",
            "This puts the problem with someone else, outside the case presenter's influence.",
        ),
        _text(
            "Wat is het aandeel van de casusinbrenger? 'Mijn probleem is dat ik…'",
            "What is the case presenter's own part? 'My problem is that I…'",
        ),
    ),
    HintCode.ADVICE_NOT_FROM_SPEAKER: _Wording(
        "advice-from-yourself",
        ("vijfstappen.advice-round", "balint.interpretations"),
        _text(
            "Dit klinkt als een opdracht, niet als een advies vanuit jezelf.",
            "This sounds like an instruction rather than advice from yourself.",
        ),
        _text("'Als ik jou was, zou ik…'", "'If I were you, I would…'"),
    ),
    HintCode.SEVERAL_ADVICES: _Wording(
        "one-advice-per-item",
        ("incident.advice-round", "roddel.gossip"),
        _text("Hier staan meer adviezen in één.", "There is more than one piece of advice here."),
        _text(
            "Kies het belangrijkste, of zet ze apart.",
            "Pick the most important one, or put each on its own.",
        ),
    ),
}


def build_hints(common_rules: Sequence[Rule]) -> dict[HintCode, Hint]:
    """One hint per code, with the wording of the rule it comes from.

    Raises ``KeyError`` if a common rule the coach refers to is missing.
    """
    rules = {rule.id: rule for rule in OWN_RULES}
    rules.update({rule.id: rule for rule in common_rules})
    return {
        code: Hint(code, rules[w.rule_id], w.steps, w.message, w.alternative)
        for code, w in _WORDING.items()
    }
