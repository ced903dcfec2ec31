"""How the series' codes and states read in the UI, in the app's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from intervisie_desktop.domain.series.model import PlannedMeeting
from intervisie_desktop.domain.series.pretalk import PretalkAnswer
from intervisie_desktop.domain.series.timeline import EntryKind, planned_kind

_PROBLEMS = {
    "unknown_time_zone": QT_TRANSLATE_NOOP(
        "Series", "This time zone is not known; pick one from the list."
    ),
    "too_many_meetings": QT_TRANSLATE_NOOP("Series", "A series has at most 52 meetings."),
    "no_meetings": QT_TRANSLATE_NOOP("Series", "Plan at least one meeting."),
    "bad_rhythm": QT_TRANSLATE_NOOP("Series", "Meet every 1 to 12 weeks."),
}
_KINDS = {
    EntryKind.PLANNED: QT_TRANSLATE_NOOP("Series", "planned"),
    EntryKind.OVERDUE: QT_TRANSLATE_NOOP("Series", "not held yet"),
    EntryKind.HELD: QT_TRANSLATE_NOOP("Series", "held"),
    EntryKind.CANCELLED: QT_TRANSLATE_NOOP("Series", "cancelled"),
}
_ANSWERS = {
    PretalkAnswer.YES: QT_TRANSLATE_NOOP("Series", "yes"),
    PretalkAnswer.NO: QT_TRANSLATE_NOOP("Series", "no"),
    PretalkAnswer.UNSURE: QT_TRANSLATE_NOOP("Series", "not sure"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Series", text)


def series_problem(code: str) -> str:
    return _t(str(_PROBLEMS.get(code, code)))


def entry_kind(kind: EntryKind) -> str:
    return _t(str(_KINDS[kind]))


def planned_status(planned: PlannedMeeting, today: date) -> str:
    return entry_kind(planned_kind(planned, today))


def answer_name(answer: PretalkAnswer) -> str:
    return _t(str(_ANSWERS[answer]))
