"""Dates and times as people write them, in Dutch or English, without the OS locale."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from intervisie_desktop.domain.languages import text_language

_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def long_date(day: date, language: str) -> str:
    """``dinsdag 14 april 2026`` / ``Tuesday 14 April 2026``."""
    lang = text_language(language)
    weekday = _WEEKDAYS[lang][day.weekday()]
    return f"{weekday} {day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """``14-04-2026``, as elsewhere in the app."""
    return day.strftime("%d-%m-%Y")


def clock(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def time_range(start: time, minutes: int) -> str:
    """``14:00–16:00`` (the end may fall after midnight: it is shown as the clock says)."""
    end = (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()
    return f"{clock(start)}–{clock(end)}"
