"""Translated display names for the domain's enumerations."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from intervisie_desktop.domain.agenda_fit import Trim
from intervisie_desktop.domain.board import ItemKind, Rating
from intervisie_desktop.domain.methods import CaptureKind, CaseType, Role, Trust, TurnTaking
from intervisie_desktop.domain.outline import Part
from intervisie_desktop.domain.recommend import Experience, Familiarity, Reason
from intervisie_desktop.domain.timefmt import format_countdown
from intervisie_desktop.ui.minutes import minutes_text as plain_minutes_text

_ROLES = {
    Role.CASE_PRESENTER: QT_TRANSLATE_NOOP("Labels", "case presenter"),
    Role.MEMBERS: QT_TRANSLATE_NOOP("Labels", "members"),
    Role.FACILITATOR: QT_TRANSLATE_NOOP("Labels", "facilitator"),
}
_CAPTURES = {
    CaptureKind.QUESTIONS: QT_TRANSLATE_NOOP("Labels", "questions"),
    CaptureKind.QUESTION_RATINGS: QT_TRANSLATE_NOOP("Labels", "rating the questions (W/N/K)"),
    CaptureKind.QUESTION_ANSWERS: QT_TRANSLATE_NOOP("Labels", "answering questions"),
    CaptureKind.PROBLEM_DEFINITIONS: QT_TRANSLATE_NOOP("Labels", "problem definitions"),
    CaptureKind.DEFINITION_RATINGS: QT_TRANSLATE_NOOP("Labels", "rating the definitions (W/N/K)"),
    CaptureKind.REDEFINITION: QT_TRANSLATE_NOOP("Labels", "the case presenter's redefinition"),
    CaptureKind.ADVICE: QT_TRANSLATE_NOOP("Labels", "advice per member"),
    CaptureKind.SHARED_ADVICE: QT_TRANSLATE_NOOP("Labels", "shared advice"),
    CaptureKind.CHOSEN_ADVICE: QT_TRANSLATE_NOOP("Labels", "chosen advice"),
    CaptureKind.ACTION_PLAN: QT_TRANSLATE_NOOP("Labels", "action plan"),
    CaptureKind.EVALUATION: QT_TRANSLATE_NOOP("Labels", "evaluation"),
    CaptureKind.NOTES: QT_TRANSLATE_NOOP("Labels", "notes"),
}
_TURNS = {
    TurnTaking.NONE: QT_TRANSLATE_NOOP("Labels", "no turns"),
    TurnTaking.MEMBERS: QT_TRANSLATE_NOOP("Labels", "each member in turn"),
    TurnTaking.EVERYONE: QT_TRANSLATE_NOOP("Labels", "everyone in turn"),
}
_TRUST = {
    Trust.LOW: QT_TRANSLATE_NOOP("Labels", "little trust needed"),
    Trust.MEDIUM: QT_TRANSLATE_NOOP("Labels", "some trust needed"),
    Trust.HIGH: QT_TRANSLATE_NOOP("Labels", "a lot of trust needed"),
}

_LIST_TITLES = {
    ItemKind.QUESTION: QT_TRANSLATE_NOOP("Labels", "Questions"),
    ItemKind.PROBLEM_DEFINITION: QT_TRANSLATE_NOOP("Labels", "Problem definitions"),
    ItemKind.REDEFINITION: QT_TRANSLATE_NOOP("Labels", "The case presenter's definition"),
    ItemKind.ADVICE: QT_TRANSLATE_NOOP("Labels", "Advice"),
    ItemKind.SHARED_ADVICE: QT_TRANSLATE_NOOP("Labels", "Shared advice"),
    ItemKind.ACTION: QT_TRANSLATE_NOOP("Labels", "Action plan"),
    ItemKind.EVALUATION: QT_TRANSLATE_NOOP("Labels", "Evaluation"),
    ItemKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Notes"),
}
_ITEM_NAMES = {
    ItemKind.QUESTION: QT_TRANSLATE_NOOP("Labels", "Question"),
    ItemKind.PROBLEM_DEFINITION: QT_TRANSLATE_NOOP("Labels", "Problem definition"),
    ItemKind.REDEFINITION: QT_TRANSLATE_NOOP("Labels", "Redefinition"),
    ItemKind.ADVICE: QT_TRANSLATE_NOOP("Labels", "Advice"),
    ItemKind.SHARED_ADVICE: QT_TRANSLATE_NOOP("Labels", "Shared advice"),
    ItemKind.ACTION: QT_TRANSLATE_NOOP("Labels", "Action"),
    ItemKind.EVALUATION: QT_TRANSLATE_NOOP("Labels", "Evaluation"),
    ItemKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
}
# W/N/K in Dutch (warm, neutraal, koud); W/N/C in English (warm, neutral, cold).
_RATING_LETTERS = {
    Rating.WARM: QT_TRANSLATE_NOOP("Labels", "W"),
    Rating.NEUTRAL: QT_TRANSLATE_NOOP("Labels", "N"),
    Rating.COLD: QT_TRANSLATE_NOOP("Labels", "C"),
}
_RATING_NAMES = {
    Rating.WARM: QT_TRANSLATE_NOOP("Labels", "warm"),
    Rating.NEUTRAL: QT_TRANSLATE_NOOP("Labels", "neutral"),
    Rating.COLD: QT_TRANSLATE_NOOP("Labels", "cold"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_name(role: Role) -> str:
    return _t(str(_ROLES[role]))


def roles_text(roles: list[Role]) -> str:
    return ", ".join(role_name(r) for r in roles) or "—"


def capture_name(kind: CaptureKind) -> str:
    return _t(str(_CAPTURES[kind]))


def turns_name(turns: TurnTaking) -> str:
    return _t(str(_TURNS[turns]))


def trust_name(trust: Trust) -> str:
    return _t(str(_TRUST[trust]))


def minutes_text(minutes: int) -> str:
    return plain_minutes_text(minutes)


def board_list_title(kind: ItemKind) -> str:
    return _t(str(_LIST_TITLES[kind]))


def item_name(kind: ItemKind) -> str:
    return _t(str(_ITEM_NAMES[kind]))


def rating_letter(rating: Rating | None) -> str:
    return "" if rating is None else _t(str(_RATING_LETTERS[rating]))


_CASE_TYPES = {
    CaseType.PRACTICAL: QT_TRANSLATE_NOOP("Labels", "a practical question from daily work"),
    CaseType.COMPLEX: QT_TRANSLATE_NOOP("Labels", "a complex or stubborn question"),
    CaseType.INCIDENT: QT_TRANSLATE_NOOP("Labels", "one concrete incident that raised emotion"),
    CaseType.FEELINGS: QT_TRANSLATE_NOOP("Labels", "feelings and blind spots"),
    CaseType.OWN_PART: QT_TRANSLATE_NOOP("Labels", "my own part in a problem"),
    CaseType.CRITICAL_THINKING: QT_TRANSLATE_NOOP("Labels", "sharpening my thinking"),
}
_EXPERIENCE = {
    Experience.NEW: QT_TRANSLATE_NOOP("Labels", "new to intervisie"),
    Experience.SOME: QT_TRANSLATE_NOOP("Labels", "some experience"),
    Experience.EXPERIENCED: QT_TRANSLATE_NOOP("Labels", "experienced"),
}
_FAMILIARITY = {
    Familiarity.STRANGERS: QT_TRANSLATE_NOOP("Labels", "hardly know each other"),
    Familiarity.ACQUAINTED: QT_TRANSLATE_NOOP("Labels", "know each other a little"),
    Familiarity.TRUSTED: QT_TRANSLATE_NOOP("Labels", "know and trust each other well"),
}
_REASONS = {
    Reason.FITS_CASE: QT_TRANSLATE_NOOP("Labels", "✓ suits this kind of case"),
    Reason.OTHER_CASE: QT_TRANSLATE_NOOP("Labels", "– made for other kinds of cases"),
    Reason.GOOD_FOR_NEW_GROUP: QT_TRANSLATE_NOOP("Labels", "✓ easy for a group new to this"),
    Reason.DEMANDING_FOR_NEW_GROUP: QT_TRANSLATE_NOOP("Labels", "– demanding for a new group"),
    Reason.NEEDS_TRUST: QT_TRANSLATE_NOOP("Labels", "✗ only where the group trusts each other"),
    Reason.NEEDS_SOME_TRUST: QT_TRANSLATE_NOOP("Labels", "– needs some trust"),
    Reason.EMOTION_WELCOME: QT_TRANSLATE_NOOP("Labels", "✓ leaves room for emotion"),
    Reason.TOO_LONG: QT_TRANSLATE_NOOP("Labels", "✗ does not fit in the time"),
    Reason.FITS_TIME: QT_TRANSLATE_NOOP("Labels", "✓ fits in the time"),
    Reason.SUGGESTED_MINUTES: QT_TRANSLATE_NOOP("Labels", "(minutes are a suggestion)"),
    Reason.FITS_IF_TRIMMED: QT_TRANSLATE_NOOP("Labels", "✓ fits with a shorter agenda"),
    Reason.PRETALK_CONFIRMS: QT_TRANSLATE_NOOP("Labels", "✓ the pre-talk confirms what it needs"),
    Reason.PRETALK_ADVISES_AGAINST: QT_TRANSLATE_NOOP(
        "Labels", "✗ the pre-talk found something it needs missing"
    ),
}
# what each usual trim of the agenda does, as the end of "fits if ..."
_TRIM_DROPS = {
    Part.COFFEE: QT_TRANSLATE_NOOP("Labels", "the coffee is left out"),
    Part.CASE: QT_TRANSLATE_NOOP("Labels", "choosing the case is left out"),
    Part.INTRODUCTIONS: QT_TRANSLATE_NOOP("Labels", "the introductions are left out"),
    Part.REFLECTION: QT_TRANSLATE_NOOP("Labels", "the case presenter's reflection is left out"),
    Part.CHECK_IN: QT_TRANSLATE_NOOP("Labels", "the check-in is left out"),
    Part.EVALUATION: QT_TRANSLATE_NOOP("Labels", "the joint evaluation is left out"),
}
_TRIM_SHORTENS = {
    Part.CHECK_IN: QT_TRANSLATE_NOOP("Labels", "the check-in takes %n minutes"),
    Part.EVALUATION: QT_TRANSLATE_NOOP("Labels", "the joint evaluation takes %n minutes"),
}


def case_type_name(case_type: CaseType) -> str:
    return _t(str(_CASE_TYPES[case_type]))


def experience_name(experience: Experience) -> str:
    return _t(str(_EXPERIENCE[experience]))


def familiarity_name(familiarity: Familiarity) -> str:
    return _t(str(_FAMILIARITY[familiarity]))


def reason_text(reason: Reason) -> str:
    return _t(str(_REASONS[reason]))


def trim_text(trim: Trim) -> str:
    if trim.drops or trim.part not in _TRIM_SHORTENS:
        return _t(str(_TRIM_DROPS[trim.part]))
    return QCoreApplication.translate("Labels", str(_TRIM_SHORTENS[trim.part]), "", trim.minutes)


def joined(parts: list[str]) -> str:
    """A list as "a, b and c", in the UI's language."""
    if len(parts) < 2:
        return "".join(parts)
    last = QCoreApplication.translate("Labels", "%1 and %2")
    return last.replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])


def fits_if_text(trims: tuple[Trim, ...]) -> str:
    """Like "fits if the check-in takes 5 minutes and the introductions are left out"."""
    return QCoreApplication.translate("Labels", "fits if %1").replace(
        "%1", joined([trim_text(t) for t in trims])
    )


def time_left_text(remaining: float) -> str:
    """Like "12:34 left", or past zero "0:12 over time" (never a plus sign to decode)."""
    if remaining >= 0:
        return QCoreApplication.translate("Labels", "%1 left").replace(
            "%1", format_countdown(remaining)
        )
    return QCoreApplication.translate("Labels", "%1 over time").replace(
        "%1", format_countdown(-remaining)
    )
