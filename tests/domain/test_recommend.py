"""The method advice follows the source texts' "when to use which"."""

from __future__ import annotations

from intervisie_desktop.domain.methods import CaseFact, CaseType, MethodLibrary
from intervisie_desktop.domain.recommend import (
    Answers,
    Experience,
    Familiarity,
    Reason,
    recommend,
)


def _ranking(library: MethodLibrary, answers: Answers) -> list[str]:
    return [r.method.id for r in recommend(library.methods, answers)]


def test_new_group_with_a_practical_question_gets_five_steps(library: MethodLibrary) -> None:
    answers = Answers(
        CaseType.PRACTICAL,
        experience=Experience.NEW,
        familiarity=Familiarity.STRANGERS,
        minutes_available=60,
    )
    ranking = _ranking(library, answers)
    assert ranking[0] == "vijfstappen"
    assert ranking.index("roddel") > ranking.index("incident")


def test_one_concrete_emotional_event_gets_the_incident_method(library: MethodLibrary) -> None:
    answers = Answers(CaseType.INCIDENT, strong_emotion=True, experience=Experience.NEW)
    assert _ranking(library, answers)[0] == "incident"


def test_a_stubborn_question_with_time_gets_ten_steps(library: MethodLibrary) -> None:
    answers = Answers(
        CaseType.COMPLEX,
        experience=Experience.EXPERIENCED,
        familiarity=Familiarity.TRUSTED,
        minutes_available=120,
    )
    assert _ranking(library, answers)[0] == "tienstappen"


def test_without_the_time_ten_steps_drops_and_says_why(library: MethodLibrary) -> None:
    answers = Answers(CaseType.COMPLEX, minutes_available=60)
    ranked = recommend(library.methods, answers)
    ten = next(r for r in ranked if r.method.id == "tienstappen")
    assert not ten.fits_time and Reason.TOO_LONG in ten.reasons
    assert ranked[0].method.id != "tienstappen"


def test_roddel_only_where_there_is_trust(library: MethodLibrary) -> None:
    trusted = Answers(
        CaseType.OWN_PART, familiarity=Familiarity.TRUSTED, experience=Experience.EXPERIENCED
    )
    strangers = Answers(
        CaseType.OWN_PART, familiarity=Familiarity.STRANGERS, experience=Experience.EXPERIENCED
    )
    assert _ranking(library, trusted)[0] == "roddel"
    roddel = next(r for r in recommend(library.methods, strangers) if r.method.id == "roddel")
    assert Reason.NEEDS_TRUST in roddel.reasons
    assert _ranking(library, strangers)[0] != "roddel"


def test_feelings_and_blind_spots_point_to_balint(library: MethodLibrary) -> None:
    answers = Answers(
        CaseType.FEELINGS,
        strong_emotion=True,
        familiarity=Familiarity.TRUSTED,
        experience=Experience.EXPERIENCED,
    )
    assert _ranking(library, answers)[0] == "balint"


def test_every_method_is_always_offered(library: MethodLibrary) -> None:
    assert sorted(_ranking(library, Answers())) == sorted(m.id for m in library.methods)


def test_the_pre_talk_weighs_in_with_its_reasons(library: MethodLibrary) -> None:
    """What the pre-talk found raises the methods that need it and lowers them on a no."""
    neutral = Answers()
    found = Answers(pretalk={CaseFact.DEEP_QUESTION: True, CaseFact.OPEN_TO_REFLECTION: True})
    ten_before = next(
        r for r in recommend(library.methods, neutral) if r.method.id == "tienstappen"
    )
    ten_after = next(r for r in recommend(library.methods, found) if r.method.id == "tienstappen")
    assert ten_after.score == ten_before.score + 4
    assert Reason.PRETALK_CONFIRMS in ten_after.reasons
    incident = next(r for r in recommend(library.methods, found) if r.method.id == "incident")
    assert incident.score == next(
        r.score for r in recommend(library.methods, neutral) if r.method.id == "incident"
    )
    denied = Answers(pretalk={CaseFact.OPEN_TO_REFLECTION: False})
    ten_denied = next(r for r in recommend(library.methods, denied) if r.method.id == "tienstappen")
    assert ten_denied.score == ten_before.score - 4
    assert Reason.PRETALK_ADVISES_AGAINST in ten_denied.reasons
