"""What ``--smoke`` checks after the first paint: the parts a bundle can miss.

A frozen bundle (PyInstaller) only holds what its import scan found. The
first window needs little, so a bundle that paints can still lack what loads
later: the time-zone data behind a series' calendar file (``tzdata`` on
Windows), the ``icalendar`` library, the AES cipher of an encrypted folder,
the PDF writer of the take-away, the translations. Each check does the real
thing once, in memory, and nothing is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.domain.report import Report, Section
from intervisie_desktop.domain.series.ical import series_calendar
from intervisie_desktop.domain.series.model import PlannedMeeting, Series
from intervisie_desktop.store.crypto import KEY_BYTES, FileCipher
from intervisie_desktop.ui.reports.pdf_export import pdf_bytes

SMOKE_ZONE = "Europe/Amsterdam"  # the zone a Dutch group's calendar file carries


def _time_zones_and_calendar(_language: str) -> None:
    planned = PlannedMeeting(day=date(2026, 3, 30), start_time=time(19, 30), minutes=150)
    series = Series(
        group_id="smoke",
        time_zone=SMOKE_ZONE,
        every_weeks=4,
        created=datetime(2026, 1, 5, tzinfo=UTC),
        meetings=[planned],
    )
    ics = series_calendar(series, "Smoke", "nl", datetime(2026, 1, 5, tzinfo=UTC))
    # 19:30 in Amsterdam in summer time: the zone's rules were found, not guessed
    if b"TZID=Europe/Amsterdam:20260330T193000" not in ics or b"BEGIN:VTIMEZONE" not in ics:
        raise AssertionError("the calendar file lacks the meeting's local time or its zone")


def _encryption(_language: str) -> None:
    cipher = FileCipher(os.urandom(KEY_BYTES), "smoke")
    sealed = cipher.seal({}, b"what is said here stays here", "smoke.json")
    if cipher.open(sealed, "smoke.json")[1] != b"what is said here stays here":
        raise AssertionError("a sealed file did not open to what was sealed")


def _pdf(language: str) -> None:
    report = Report("Smoke", [("a", "b")], [Section("c", ["d"])], "e", language)
    if not pdf_bytes(report).startswith(b"%PDF"):
        raise AssertionError("the take-away's writer made no PDF")


def _translations(language: str) -> None:
    source = "A method definition is damaged, so the app cannot start:\n%1"
    if language == "nl" and QCoreApplication.translate("App", source) == source:
        raise AssertionError("the Dutch translation is not loaded")


CHECKS: dict[str, Callable[[str], None]] = {
    "time zones and calendar": _time_zones_and_calendar,
    "encryption": _encryption,
    "pdf": _pdf,
    "translations": _translations,
}


def run_smoke_checks(language: str) -> list[str]:
    """Run every check; the lines to print, the failed ones starting with ``FAILED``."""
    lines = []
    for name, check in CHECKS.items():
        try:
            check(language)
        except Exception as exc:  # any failure is the finding, named
            lines.append(f"FAILED {name}: {type(exc).__name__}: {exc}")
        else:
            lines.append(f"checked {name}")
    return lines
