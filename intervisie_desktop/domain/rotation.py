"""Rotation suggestions: whose turn is it to bring a case, or to facilitate?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PastRoles:
    """The roles of one past meeting."""

    date: datetime
    case_presenters: tuple[str, ...]
    facilitator: str | None


@dataclass(frozen=True)
class Suggestion:
    member: str
    last_time: datetime | None  # None: never yet


def _longest_ago(members: list[str], last: dict[str, datetime]) -> list[Suggestion]:
    """Never first (in member order), then the longest ago."""
    never = [Suggestion(m, None) for m in members if m not in last]
    done = sorted(
        (Suggestion(m, last[m]) for m in members if m in last),
        key=lambda s: s.last_time or datetime.min,
    )
    return never + done


def case_suggestions(members: list[str], history: list[PastRoles]) -> list[Suggestion]:
    """Who has not brought a case for the longest time."""
    last: dict[str, datetime] = {}
    for meeting in history:
        for person in meeting.case_presenters:
            if person not in last or last[person] < meeting.date:
                last[person] = meeting.date
    return _longest_ago(members, last)


def facilitator_suggestions(members: list[str], history: list[PastRoles]) -> list[Suggestion]:
    """Who has not facilitated yet, then who did it longest ago."""
    last: dict[str, datetime] = {}
    for meeting in history:
        person = meeting.facilitator
        if person and (person not in last or last[person] < meeting.date):
            last[person] = meeting.date
    return _longest_ago(members, last)
