"""A series, or one meeting of it, as an iCalendar file (RFC 5545) for any calendar app.

Built with the ``icalendar`` library. Times carry the series' zone (``TZID``)
with its ``VTIMEZONE``, as the library recommends, so a meeting stays at the
planned local time. Every meeting keeps one ``UID`` for good and a ``SEQUENCE``
that goes up with every change (see :mod:`.plan`), so importing a newer file
updates the entries instead of adding them twice; a cancelled meeting is sent
as ``STATUS:CANCELLED`` so calendars take it out.

What goes in is only what a calendar may show: date, time, place, the group's
name, and, by default, who brings a case and who facilitates and the method.
Never the case question or anything from the pre-talk: this module is not
given them. Entries are marked ``CLASS:PRIVATE`` for shared calendars.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event
from icalendar.enums import CLASS, STATUS

from intervisie_desktop.domain.methods import Method
from intervisie_desktop.domain.series.model import PlannedMeeting, Series
from intervisie_desktop.domain.series.texts import texts, venue_text

PRODID = "-//Intervisie Desktop//Intervisie Desktop//NL"
UID_DOMAIN = "intervisie-desktop"


@dataclass(frozen=True)
class CalendarOptions:
    """What the entries tell besides date, time and place (never the case question)."""

    roles: bool = True  # who brings a case, who facilitates
    method: bool = True  # the method's name, when chosen


def event_uid(series: Series, planned: PlannedMeeting) -> str:
    """The same for a meeting every time it is exported (how calendars spot an update)."""
    return f"{series.id}-{planned.id}@{UID_DOMAIN}"


def event_title(series: Series, planned: PlannedMeeting, group_name: str, language: str) -> str:
    t = texts(language)
    title = series.title.strip() or f"{t['intervisie']} {group_name}".strip()
    number = series.number_of(planned.id)
    return f"{title} ({number}/{series.count})" if number else f"{title} ({t['cancelled']})"


def event_description(
    series: Series,
    planned: PlannedMeeting,
    language: str,
    options: CalendarOptions,
    methods: Mapping[str, Method],
) -> str:
    t = texts(language)
    lines = []
    number = series.number_of(planned.id)
    if number:
        lines.append(t["meeting_of"].format(number=number, count=series.count) + ".")
    else:
        lines.append(t["cancelled"] + ".")
    if options.roles:
        if planned.case_presenter:
            lines.append(f"{t['case_presenter']}: {planned.case_presenter}")
        if planned.facilitator:
            lines.append(f"{t['facilitator']}: {planned.facilitator}")
    method = methods.get(planned.method_id or "")
    if options.method and method is not None:
        lines.append(f"{t['method']}: {method.name.get(language)}")
    lines.append(t["confidential"])
    return "\n".join(lines)


def _event(
    series: Series,
    planned: PlannedMeeting,
    *,
    group_name: str,
    language: str,
    options: CalendarOptions,
    methods: Mapping[str, Method],
    now: datetime,
) -> Event:
    zone = series.zone
    return Event.new(
        uid=event_uid(series, planned),
        stamp=now.astimezone(UTC),
        sequence=planned.sequence,
        start=planned.starts(zone),
        end=planned.ends(zone),
        summary=event_title(series, planned, group_name, language),
        location=venue_text(planned.venue.online, planned.venue.place, language),
        description=event_description(series, planned, language, options, methods),
        status=STATUS.CANCELLED if planned.cancelled else STATUS.CONFIRMED,
        classification=CLASS.PRIVATE,
    )


def series_calendar(
    series: Series,
    group_name: str,
    language: str,
    now: datetime,
    *,
    meeting_ids: Collection[str] | None = None,
    options: CalendarOptions | None = None,
    methods: Mapping[str, Method] | None = None,
) -> bytes:
    """The ``.ics`` file: every meeting of the series, or only ``meeting_ids``.

    ``now`` (aware) becomes each entry's ``DTSTAMP``.
    """
    options = options or CalendarOptions()
    methods = methods or {}
    chosen = [m for m in series.meetings if meeting_ids is None or m.id in meeting_ids]
    if not chosen:
        raise KeyError("none of the meetings is in this series")
    calendar = Calendar.new(prodid=PRODID, method="PUBLISH", uid=f"{series.id}@{UID_DOMAIN}")
    for planned in chosen:
        calendar.add_component(
            _event(
                series,
                planned,
                group_name=group_name,
                language=language,
                options=options,
                methods=methods,
                now=now,
            )
        )
    zone = series.zone
    first = min(m.starts(zone) for m in chosen).date() - timedelta(days=366)
    last = max(m.ends(zone) for m in chosen).date() + timedelta(days=366)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return bytes(calendar.to_ical())
