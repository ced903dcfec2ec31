"""Which method fits: a short advice from the case, the group and the time.

The facts come from the source texts: roddel only where there is trust; the
incident method for one concrete event with strong emotion (good for
beginners too); five steps for practical questions and new groups; ten steps
for a stubborn question and enough time; Balint for feelings and blind spots;
socratic to sharpen thinking. What the pre-talk with the case presenter
established (see ``Method.pretalk``) weighs in too: a confirmed fact raises the
methods that depend on it, a denied one lowers them. Time is judged against the
agenda each method would get; a method that fits once the usual parts are
trimmed says so. Where the advice ties, the main manual's four methods (source
002) come first: its table is the sources' own advice. The advice ranks; the
facilitator decides.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from intervisie_desktop.domain.agenda_fit import AgendaFrame, Trim
from intervisie_desktop.domain.methods import CaseFact, CaseType, Method, Trust

MAIN_MANUAL = "002"  # the facilitators' manual: ten steps, five steps, roddel, incident


class Experience(StrEnum):
    NEW = "new"  # new to intervisie
    SOME = "some"
    EXPERIENCED = "experienced"


class Familiarity(StrEnum):
    STRANGERS = "strangers"  # just met
    ACQUAINTED = "acquainted"  # know each other a little
    TRUSTED = "trusted"  # know each other long and well


class Reason(StrEnum):
    FITS_CASE = "fits_case"
    OTHER_CASE = "other_case"
    GOOD_FOR_NEW_GROUP = "good_for_new_group"
    DEMANDING_FOR_NEW_GROUP = "demanding_for_new_group"
    NEEDS_TRUST = "needs_trust"
    NEEDS_SOME_TRUST = "needs_some_trust"
    EMOTION_WELCOME = "emotion_welcome"
    TOO_LONG = "too_long"
    FITS_TIME = "fits_time"
    FITS_IF_TRIMMED = "fits_if_trimmed"  # fits once the agenda's usual parts are trimmed
    SUGGESTED_MINUTES = "suggested_minutes"
    PRETALK_CONFIRMS = "pretalk_confirms"  # the pre-talk confirmed what this method needs
    PRETALK_ADVISES_AGAINST = "pretalk_advises_against"  # ... or found it missing


@dataclass(frozen=True)
class Answers:
    case_type: CaseType | None = None
    strong_emotion: bool = False
    experience: Experience = Experience.SOME
    familiarity: Familiarity = Familiarity.ACQUAINTED
    minutes_available: int | None = None  # for the method itself
    pretalk: Mapping[CaseFact, bool] = field(default_factory=dict)  # what the pre-talk found
    agenda: AgendaFrame | None = None  # when given, time is judged against the agenda


@dataclass
class Recommendation:
    method: Method
    score: int = 0
    reasons: list[Reason] = field(default_factory=list)
    trims: tuple[Trim, ...] = ()  # with FITS_IF_TRIMMED: what it would take

    @property
    def fits_time(self) -> bool:
        return Reason.TOO_LONG not in self.reasons


def from_main_manual(method: Method) -> bool:
    return MAIN_MANUAL in (part.strip() for part in method.source.split(","))


def default_set(methods: list[Method], builtin: Callable[[str], bool]) -> list[Method]:
    """The methods offered first: the main manual's four, and the facilitator's own."""
    return [m for m in methods if from_main_manual(m) or not builtin(m.id)]


_EMOTION_TYPES = {CaseType.INCIDENT, CaseType.FEELINGS}
PRETALK_CONFIRMED_POINTS = 2  # per confirmed fact the method depends on
PRETALK_DENIED_POINTS = -4  # per denied fact: a "no" in the pre-talk weighs more


def _score_case(method: Method, answers: Answers, add: Callable[[int, Reason], None]) -> None:
    fit = method.suitability
    if answers.case_type is not None:
        if answers.case_type in fit.case_types:  # the first listed is what it suits most
            add(4 if fit.case_types[0] is answers.case_type else 3, Reason.FITS_CASE)
        else:
            add(0, Reason.OTHER_CASE)
    if answers.strong_emotion and _EMOTION_TYPES & set(fit.case_types):
        add(2, Reason.EMOTION_WELCOME)


def _score_pretalk(method: Method, answers: Answers, add: Callable[[int, Reason], None]) -> None:
    needed = {p.fact for p in method.pretalk if p.fact is not None}
    confirmed = sum(1 for fact in needed if answers.pretalk.get(fact) is True)
    denied = sum(1 for fact in needed if answers.pretalk.get(fact) is False)
    if confirmed:
        add(confirmed * PRETALK_CONFIRMED_POINTS, Reason.PRETALK_CONFIRMS)
    if denied:
        add(denied * PRETALK_DENIED_POINTS, Reason.PRETALK_ADVISES_AGAINST)


def _score_time(
    method: Method, answers: Answers, add: Callable[[int, Reason], None], rec: Recommendation
) -> None:
    if answers.agenda is not None:
        fit = answers.agenda.fit(method)
        if fit.fits:
            add(1, Reason.FITS_TIME)
        elif fit.trims is not None:
            rec.trims = fit.trims
            add(0, Reason.FITS_IF_TRIMMED)
        else:
            add(-5, Reason.TOO_LONG)
    elif answers.minutes_available is not None:
        if method.total_minutes > answers.minutes_available:
            add(-5, Reason.TOO_LONG)
        else:
            add(1, Reason.FITS_TIME)


def _score(method: Method, answers: Answers) -> Recommendation:
    fit = method.suitability
    rec = Recommendation(method)

    def add(points: int, reason: Reason) -> None:
        rec.score += points
        rec.reasons.append(reason)

    _score_case(method, answers, add)
    _score_pretalk(method, answers, add)
    if answers.experience is Experience.NEW:
        if fit.suits_new_groups:
            add(2, Reason.GOOD_FOR_NEW_GROUP)
        else:
            add(-2, Reason.DEMANDING_FOR_NEW_GROUP)
    if fit.trust_needed is Trust.HIGH and answers.familiarity is not Familiarity.TRUSTED:
        add(-6, Reason.NEEDS_TRUST)
    elif fit.trust_needed is Trust.MEDIUM and answers.familiarity is Familiarity.STRANGERS:
        add(-1, Reason.NEEDS_SOME_TRUST)
    _score_time(method, answers, add, rec)
    if method.minutes_are_suggestions:
        rec.reasons.append(Reason.SUGGESTED_MINUTES)
    return rec


def recommend(methods: list[Method], answers: Answers) -> list[Recommendation]:
    """All methods, best fit first. Ties: one the pre-talk advised against goes last,
    then the main manual's before others, the shorter first, then the library's
    order (the sort is stable)."""
    ranked = [_score(m, answers) for m in methods]
    return sorted(
        ranked,
        key=lambda r: (
            -r.score,
            Reason.PRETALK_ADVISES_AGAINST in r.reasons,
            not from_main_manual(r.method),
            r.method.total_minutes,
        ),
    )
