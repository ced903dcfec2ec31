"""The series as an iCalendar file: read back by icalendar, by vobject and by a strict check."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar

from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.series.ical import CalendarOptions, series_calendar
from intervisie_desktop.domain.series.model import Series, Venue
from intervisie_desktop.domain.series.plan import (
    Rotation,
    cancel_meeting,
    move_meeting,
    plan_series,
    set_method,
    set_venue,
)

from . import rfc5545
from .plans import NOW, PLAN

GROUP = "Wijkteam Noord"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _vobject_events(raw: bytes) -> list[vobject.base.Component]:
    calendar = vobject.readOne(raw.decode("utf-8"))
    return list(calendar.vevent_list)


def _icalendar_events(raw: bytes) -> list[Calendar]:
    return list(Calendar.from_ical(raw).walk("VEVENT"))


def test_a_series_of_six_reads_back_the_same_in_two_parsers_and_a_strict_check(
    series: Series,
) -> None:
    raw = series_calendar(series, GROUP, "nl", NOW)
    checked = rfc5545.parse(raw)
    assert len(checked.walk("VEVENT")) == 6
    assert [z.values("TZID") for z in checked.walk("VTIMEZONE")] == [["Europe/Amsterdam"]]

    by_icalendar = _icalendar_events(raw)
    by_vobject = _vobject_events(raw)
    expected_starts = [datetime.combine(m.day, time(14, 0), AMSTERDAM) for m in series.meetings]
    assert [e.start for e in by_icalendar] == expected_starts
    assert [e.dtstart.value for e in by_vobject] == expected_starts
    assert [e.end - e.start for e in by_icalendar] == [timedelta(hours=2)] * 6
    assert [str(e["UID"]) for e in by_icalendar] == [e.uid.value for e in by_vobject]
    assert [e.summary.value for e in by_vobject] == [
        f"Intervisie {GROUP} ({n}/6)" for n in range(1, 7)
    ]
    assert {e.location.value for e in by_vobject} == {"Wijkcentrum De Linde, zaal 2"}


def test_the_local_time_holds_across_summer_time(series: Series) -> None:
    """14:00 in Amsterdam is 13:00 UTC in March and 12:00 UTC from the end of March."""
    raw = series_calendar(series, GROUP, "nl", NOW)
    utc_hours = [e.dtstart.value.astimezone(UTC).hour for e in _vobject_events(raw)]
    assert utc_hours == [13, 12, 12, 12, 12, 12]


def test_a_re_export_updates_instead_of_duplicating(series: Series) -> None:
    first = _icalendar_events(series_calendar(series, GROUP, "nl", NOW))
    third = series.meetings[2]
    moved = move_meeting(series, third.id, date(2026, 5, 7), time(9, 30), 120)
    later = NOW + timedelta(days=3)
    second = _icalendar_events(series_calendar(moved, GROUP, "nl", later))
    assert [str(e["UID"]) for e in first] == [str(e["UID"]) for e in second]
    assert len({str(e["UID"]) for e in second}) == 6
    sequences = {str(e["UID"]): int(e["SEQUENCE"]) for e in second}
    changed = next(e for e in second if e.start.date() == date(2026, 5, 7))
    assert sequences.pop(str(changed["UID"])) == 1
    assert set(sequences.values()) == {0}
    assert {e["DTSTAMP"].dt for e in second} == {later}


def test_one_meeting_alone(series: Series) -> None:
    second = series.meetings[1]
    raw = series_calendar(series, GROUP, "en", NOW, meeting_ids={second.id})
    rfc5545.parse(raw)
    (event,) = _vobject_events(raw)
    assert event.summary.value == f"Intervisie {GROUP} (2/6)"
    assert event.dtstart.value == datetime(2026, 4, 7, 14, 0, tzinfo=AMSTERDAM)
    with pytest.raises(KeyError):
        series_calendar(series, GROUP, "en", NOW, meeting_ids={"not-in-it"})


def test_a_cancelled_meeting_goes_out_as_cancelled(series: Series, rotation: Rotation) -> None:
    second = series.meetings[1]
    cancelled = cancel_meeting(series, second.id, rotation)
    events = _icalendar_events(series_calendar(cancelled, GROUP, "nl", NOW))
    statuses = {str(e["UID"]).split("-")[1].split("@")[0]: str(e["STATUS"]) for e in events}
    assert statuses.pop(second.id) == "CANCELLED"
    assert set(statuses.values()) == {"CONFIRMED"}


def test_online_with_a_link(series: Series) -> None:
    first = series.meetings[0]
    online = set_venue(series, first.id, Venue(online=True, place="https://meet.example/x"))
    (event,) = _vobject_events(series_calendar(online, GROUP, "en", NOW, meeting_ids={first.id}))
    assert event.location.value == "Online — https://meet.example/x"


def test_the_description_tells_roles_and_method_but_can_leave_them_out(
    series: Series, library: MethodLibrary
) -> None:
    first = series.meetings[0]
    with_method = set_method(series, first.id, "incident")
    methods = library.methods_by_id()
    raw = series_calendar(with_method, GROUP, "en", NOW, meeting_ids={first.id}, methods=methods)
    (event,) = _vobject_events(raw)
    description = event.description.value
    assert f"Case presenter: {first.case_presenter}" in description
    assert f"Facilitator: {first.facilitator}" in description
    assert "Method: Incident method" in description
    assert "stays in the group" in description
    assert event.contents["class"][0].value == "PRIVATE"  # hidden in shared calendars

    bare = series_calendar(
        with_method,
        GROUP,
        "en",
        NOW,
        meeting_ids={first.id},
        methods=methods,
        options=CalendarOptions(roles=False, method=False),
    )
    text = bare.decode("utf-8")
    assert str(first.case_presenter) not in text
    assert str(first.facilitator) not in text
    assert "Incident" not in text


def test_nothing_confidential_can_reach_the_file(series: Series) -> None:
    """The calendar is built from the series alone: no case question, no pre-talk note."""
    raw = series_calendar(series, GROUP, "nl", NOW)
    fields = set(type(series).model_fields) | set(type(series.meetings[0]).model_fields)
    assert not {"case_question", "note", "answers"} & fields
    assert b"?" not in raw.replace(b"https://", b"")  # no question of any kind


def test_the_stamp_is_in_utc_whatever_clock_is_given(series: Series) -> None:
    local_now = NOW.astimezone(ZoneInfo("Pacific/Auckland"))
    events = _icalendar_events(series_calendar(series, GROUP, "nl", local_now))
    assert {e["DTSTAMP"].dt for e in events} == {NOW}
    assert {e["DTSTAMP"].dt.utcoffset() for e in events} == {timedelta(0)}


@pytest.mark.parametrize(
    ("damage", "complaint"),
    [
        (lambda raw: raw.replace(b"\r\n", b"\n"), "CRLF"),
        (lambda raw: raw.replace(b"\r\n ", b""), "more than 75"),
        (lambda raw: raw.replace(b"zaal 2", b"zaal 2, achter"), "not escaped"),
        (lambda raw: raw.replace(b"TZID:Europe/Amsterdam", b"TZID:Europe/Berlin"), "VTIMEZONE"),
        (lambda raw: raw.replace(b"END:VEVENT\r\n", b"", 1), "does not close"),
        (lambda raw: raw.replace(b"DTSTAMP:", b"X-STAMP:", 1), "DTSTAMP"),
    ],
)
def test_the_strict_check_is_not_easy_to_please(
    series: Series, damage: object, complaint: str
) -> None:
    raw = series_calendar(series, GROUP, "nl", NOW)
    with pytest.raises(rfc5545.NotValidError, match=complaint):
        rfc5545.parse(damage(raw))  # type: ignore[operator]


def test_awkward_names_and_places_survive_escaping_and_folding() -> None:
    place = "Zoë’s kamer; 3e verdieping, ‘Één’ \\ achterin\nbij de lift — " + "é" * 60
    plan = replace(PLAN, venue=Venue(place=place), title="Team A; B, C ✓")
    series = plan_series("g", plan, Rotation(["Zoë", "Jan-Willem Ünal"], []), NOW)
    raw = series_calendar(series, GROUP, "nl", NOW)
    rfc5545.parse(raw)  # every physical line is whole UTF-8, text is escaped
    first = _vobject_events(raw)[0]
    assert first.location.value == place
    assert first.summary.value == "Team A; B, C ✓ (1/6)"
    assert _icalendar_events(raw)[0]["LOCATION"] == place
    assert "Zoë" in first.description.value
