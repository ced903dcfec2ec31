"""Translated display names for the domain's enumerations."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from intervisie_desktop.domain.methods import CaptureKind, Role, Trust, TurnTaking

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
    return QCoreApplication.translate("Labels", "%n min", "", minutes)
