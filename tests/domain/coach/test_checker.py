"""Examples per rule that should and should not give a hint, and the decisions
between rules (which hint wins, which steps are exempt)."""

from __future__ import annotations

import pytest

from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.domain.coach import Coach, HintCode, exempt_in_block
from intervisie_desktop.domain.coach.checker import MAX_CHARS

Q = ItemKind.QUESTION
DEF = ItemKind.PROBLEM_DEFINITION
ADV = ItemKind.ADVICE


def codes(coach: Coach, kind: ItemKind, text: str, language: str = "nl") -> set[HintCode]:
    return {h.code for h in coach.check(kind, text, language)}


FIRES = [
    (Q, "nl", "Waarom zei je daar niets van?", HintCode.WHY_QUESTION),
    (Q, "nl", "Hoe komt het dat je bleef?", HintCode.WHY_QUESTION),
    (Q, "en", "Why did you say yes?", HintCode.WHY_QUESTION),
    (Q, "nl", "Heb je het haar gevraagd?", HintCode.CLOSED_QUESTION),
    (Q, "nl", "Is er iemand die je steunt?", HintCode.CLOSED_QUESTION),
    (Q, "nl", "Denk jij dat het helpt?", HintCode.CLOSED_QUESTION),
    (Q, "nl", "Je was boos, of niet?", HintCode.CLOSED_QUESTION),
    (Q, "nl", "Als het weer gebeurt, grijp je dan in?", HintCode.CLOSED_QUESTION),
    (Q, "en", "Did she answer?", HintCode.CLOSED_QUESTION),
    (Q, "en", "It was hard, wasn't it?", HintCode.CLOSED_QUESTION),
    (Q, "nl", "Heb je al eens geprobeerd om het te delegeren?", HintCode.SUGGESTIVE_QUESTION),
    (Q, "nl", "Zou het niet beter zijn om te stoppen?", HintCode.SUGGESTIVE_QUESTION),
    (Q, "nl", "Is het niet zo dat je bang bent?", HintCode.SUGGESTIVE_QUESTION),
    (Q, "nl", "Kun je niet gewoon nee zeggen?", HintCode.SUGGESTIVE_QUESTION),
    (Q, "nl", "Had je niet eerder moeten bellen?", HintCode.SUGGESTIVE_QUESTION),
    (Q, "en", "Have you thought about asking for help?", HintCode.SUGGESTIVE_QUESTION),
    (Q, "en", "Isn't it time to let go?", HintCode.SUGGESTIVE_QUESTION),
    (Q, "nl", "Wat zei ze? En wat zei jij?", HintCode.SEVERAL_QUESTIONS),
    (Q, "nl", "Wat speelde er en wie was erbij?", HintCode.SEVERAL_QUESTIONS),
    (Q, "en", "What did she say and how did you respond?", HintCode.SEVERAL_QUESTIONS),
    (DEF, "nl", "Je kunt geen nee zeggen.", HintCode.DEFINITION_NOT_FIRST_PERSON),
    (DEF, "en", "Her problem is saying no.", HintCode.DEFINITION_NOT_FIRST_PERSON),
    (DEF, "nl", "Mijn leidinggevende luistert niet.", HintCode.PROBLEM_OUTSIDE_PRESENTER),
    (DEF, "nl", "Mijn probleem is dat Eva niet meewerkt.", HintCode.PROBLEM_OUTSIDE_PRESENTER),
    (DEF, "en", "My problem is that they ignore me.", HintCode.PROBLEM_OUTSIDE_PRESENTER),
    (ADV, "nl", "Je moet het gewoon zeggen.", HintCode.ADVICE_NOT_FROM_SPEAKER),
    (ADV, "nl", "Bel haar morgen.", HintCode.ADVICE_NOT_FROM_SPEAKER),
    (ADV, "en", "You should call her.", HintCode.ADVICE_NOT_FROM_SPEAKER),
    (ADV, "nl", "Ik zou bellen. Daarnaast zou ik mailen.", HintCode.SEVERAL_ADVICES),
    (ADV, "en", "If I were you I'd call. I would also write.", HintCode.SEVERAL_ADVICES),
]

QUIET = [
    (Q, "nl", "Wat maakte dat je daar niets van zei?"),
    (Q, "nl", "Hoe reageerde je team?"),
    (Q, "nl", "Kun je iets meer vertellen over die dag?"),  # an invitation to tell
    (Q, "nl", "Wat bedoelde hij met 'waarom jij'?"),  # someone else's words
    (Q, "nl", "Wat heb je al geprobeerd?"),  # the open version of the hidden advice
    (Q, "nl", "Stel dat het lukt, wat is er dan anders?"),
    (Q, "nl", "Vertel eens wat er toen gebeurde."),  # an imperative, not a yes/no question
    (Q, "nl", "Hoe en wanneer heb je het gezegd?"),  # one question about two things
    (Q, "en", "What have you tried so far?"),
    (Q, "en", "Could you describe the moment it changed?"),
    (DEF, "nl", "Mijn probleem is dat ik mijn team te weinig vertrouw."),  # team is the object
    (DEF, "nl", "Mijn angst om te falen remt me af."),
    (DEF, "en", "My problem is that I avoid my manager."),
    (ADV, "nl", "Als ik jou was, zou ik het eerst met je collega bespreken."),
    (ADV, "nl", "Gesprek plannen met de teamleider."),  # the scribe's shorthand
    (ADV, "en", "If I were you, I would talk to her first."),
    (ItemKind.NOTE, "nl", "Waarom? Heb je het al gevraagd?"),  # notes are not checked
    (ItemKind.ACTION, "nl", "Bel haar maandag."),
    (Q, "nl", "   "),
]


@pytest.mark.parametrize(("kind", "language", "text", "code"), FIRES)
def test_the_rule_fires(
    coach: Coach, kind: ItemKind, language: str, text: str, code: HintCode
) -> None:
    assert code in codes(coach, kind, text, language)


@pytest.mark.parametrize(("kind", "language", "text"), QUIET)
def test_no_hint_on_what_follows_the_rules(
    coach: Coach, kind: ItemKind, language: str, text: str
) -> None:
    assert codes(coach, kind, text, language) == set()


RARE_VERBS = [
    "Schaam je je ervoor?",
    "Delegeer je weleens iets?",
    "Schreef je een mail?",
    "Trok je je terug?",
    "Herinner je je het eerste moment?",
    "Voelen jullie je gehoord?",
]
ODD_OPENINGS = [
    "Naast je werk, wat geeft je energie?",
    "Vanuit je rol, hoe kijk je hiernaar?",
    "Volgens je leidinggevende, waar ligt het probleem?",
    "Voor je gevoel, hoe lang speelt dit al?",
    "Omdat je het noemt: hoe ging dat?",
    "Beschrijf je team eens.",
]


@pytest.mark.parametrize("text", RARE_VERBS)
def test_a_question_opening_with_any_verb_before_je_is_closed(coach: Coach, text: str) -> None:
    assert codes(coach, Q, text) == {HintCode.CLOSED_QUESTION}


@pytest.mark.parametrize("text", ODD_OPENINGS)
def test_a_preposition_or_conjunction_before_je_is_no_verb(coach: Coach, text: str) -> None:
    assert codes(coach, Q, text) == set()


@pytest.mark.parametrize(
    "text",
    ["Waarom ga je niet gewoon met haar praten?", "Waarom bel je hem niet eens op?"],
)
def test_a_why_question_that_hides_advice_gets_one_hint_about_the_advice(
    coach: Coach, text: str
) -> None:
    assert codes(coach, Q, text) == {HintCode.SUGGESTIVE_QUESTION}


def test_a_suggestive_question_is_not_also_called_closed(coach: Coach) -> None:
    assert codes(coach, Q, "Heb je overwogen om te stoppen?") == {HintCode.SUGGESTIVE_QUESTION}


def test_each_question_in_an_item_is_judged_on_its_own(coach: Coach) -> None:
    found = codes(coach, Q, "Wat deed je? Heb je het gemeld? Waarom niet?")
    assert found == {
        HintCode.SEVERAL_QUESTIONS,
        HintCode.CLOSED_QUESTION,
        HintCode.WHY_QUESTION,
    }


def test_typographic_quotes_and_spacing_do_not_change_the_outcome(coach: Coach) -> None:
    assert codes(coach, Q, "  Wat bedoelde hij met ‘waarom   jij’? ") == set()
    assert codes(coach, ADV, "Als ik jou was, zou ik  het  zeggen. Daarnaast zou ik…") == {
        HintCode.SEVERAL_ADVICES
    }


def test_the_meeting_language_chooses_the_patterns(coach: Coach) -> None:
    assert codes(coach, Q, "Why did you stay?", "en") == {HintCode.WHY_QUESTION}
    assert codes(coach, Q, "Waarom bleef je?", "en") == set()
    assert codes(coach, Q, "Waarom bleef je?", "fr") == {HintCode.WHY_QUESTION}  # Dutch default


def test_joint_advice_is_only_checked_for_holding_one_advice(coach: Coach) -> None:
    shared = ItemKind.SHARED_ADVICE
    assert codes(coach, shared, "Ze zou haar team meer kunnen vertrouwen.") == set()
    assert codes(coach, shared, "Ze kan bellen. Daarnaast raden we een coach aan.") == {
        HintCode.SEVERAL_ADVICES
    }


def test_a_redefinition_is_held_to_the_definition_rules(coach: Coach) -> None:
    found = codes(coach, ItemKind.REDEFINITION, "De organisatie luistert niet.")
    assert found == {HintCode.DEFINITION_NOT_FIRST_PERSON, HintCode.PROBLEM_OUTSIDE_PRESENTER}


def test_the_socratic_reformulation_asks_for_other_perspectives(coach: Coach) -> None:
    """'Het probleem is…' from the other's or the organisation's view is the assignment."""
    exempt = exempt_in_block("case2.socratisch.reformulate")
    assert codes(coach, DEF, "De organisatie verandert te snel.") != set()
    assert coach.check(DEF, "De organisatie verandert te snel.", "nl", exempt) == ()
    assert exempt_in_block("tienstappen.problem-definitions") == frozenset()
    assert exempt_in_block(None) == frozenset()


def test_hints_come_in_a_fixed_order_and_carry_their_rule(coach: Coach) -> None:
    hints = coach.check(Q, "Waarom? Heb je het gezegd?", "nl")
    assert [h.code for h in hints] == [
        HintCode.WHY_QUESTION,
        HintCode.CLOSED_QUESTION,
        HintCode.SEVERAL_QUESTIONS,
    ]
    assert hints[0].rule.id == "no-why"
    assert hints[0].alternative is not None and "Wat maakte dat" in hints[0].alternative.nl
    assert hints[1].rule.id == "no-suggestive"
    assert hints[2].rule.id == "one-question-per-item"


def test_of_a_long_paste_only_the_start_is_checked(coach: Coach) -> None:
    """A flip-chart item is a line or two; a pasted page must not slow typing down."""
    filler = "Wat deed je toen het misging " * (MAX_CHARS // 20)
    assert codes(coach, Q, "Waarom? " + filler) == {HintCode.WHY_QUESTION}
    assert codes(coach, Q, filler + " Waarom?") == set()
