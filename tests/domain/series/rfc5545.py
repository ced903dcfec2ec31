"""A strict, independent check of an iCalendar file's form (RFC 5545), for the tests.

It reads the raw bytes itself (no library): CRLF line ends, lines of at most 75
octets, folding, property syntax, nesting, the properties a calendar and an
event must have exactly once, escaped text, UTC stamps, and a VTIMEZONE for
every TZID used.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_NAME = r"[A-Za-z0-9-]+"
_PARAM = rf'{_NAME}=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*'
_LINE = re.compile(rf"^(?P<name>{_NAME})(?P<params>(?:;{_PARAM})*):(?P<value>.*)$")
_TEXT_PROPERTIES = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT"}
_ONCE_IN_CALENDAR = {"PRODID", "VERSION"}
_ONCE_IN_EVENT = {"UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "SUMMARY"}
_STAMP = re.compile(r"^\d{8}T\d{6}Z$")
_LOCAL = re.compile(r"^\d{8}T\d{6}$")


@dataclass
class Component:
    name: str
    properties: list[tuple[str, str, str]] = field(default_factory=list)  # name, params, value
    children: list[Component] = field(default_factory=list)

    def values(self, name: str) -> list[str]:
        return [v for n, _p, v in self.properties if n == name]

    def walk(self, name: str) -> list[Component]:
        found = [self] if self.name == name else []
        for child in self.children:
            found += child.walk(name)
        return found


class NotValidError(AssertionError):
    pass


def _unfold(raw: bytes) -> list[str]:
    if not raw.endswith(b"\r\n"):
        raise NotValidError("the file does not end with CRLF")
    physical = raw[:-2].split(b"\r\n")
    for number, line in enumerate(physical, start=1):
        if b"\n" in line or b"\r" in line:
            raise NotValidError(f"line {number}: a bare CR or LF")
        if len(line) > 75:  # RFC 5545, 3.1
            raise NotValidError(f"line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")  # folding should not split a character (3.1)
        except UnicodeDecodeError as exc:
            raise NotValidError(f"line {number}: folding split a character") from exc
    logical: list[bytes] = []
    for line in physical:
        if line[:1] in (b" ", b"\t"):
            if not logical:
                raise NotValidError("the file starts with a continuation line")
            logical[-1] += line[1:]
        else:
            logical.append(line)
    try:
        return [line.decode("utf-8") for line in logical]
    except UnicodeDecodeError as exc:
        raise NotValidError("not UTF-8") from exc


def _text_is_escaped(value: str) -> bool:
    return re.search(r"(?<!\\)[,;]", value.replace("\\\\", "")) is None


def parse(raw: bytes) -> Component:
    """The calendar, or :class:`NotValidError` saying what is wrong."""
    stack: list[Component] = []
    top: Component | None = None
    for line in _unfold(raw):
        match = _LINE.match(line)
        if not match:
            raise NotValidError(f"not a content line: {line!r}")
        name, params, value = match["name"].upper(), match["params"], match["value"]
        if name == "BEGIN":
            stack.append(Component(value.upper()))
        elif name == "END":
            if not stack or stack[-1].name != value.upper():
                raise NotValidError(f"END:{value} does not close what was begun")
            done = stack.pop()
            if stack:
                stack[-1].children.append(done)
            elif top is None:
                top = done
            else:
                raise NotValidError("more than one calendar")
        else:
            if not stack:
                raise NotValidError(f"{name} outside any component")
            if name in _TEXT_PROPERTIES and not _text_is_escaped(value):
                raise NotValidError(f"{name}: a comma or semicolon is not escaped")
            stack[-1].properties.append((name, params, value))
    if stack or top is None or top.name != "VCALENDAR":
        raise NotValidError("the file is not one complete VCALENDAR")
    _check(top)
    return top


def _once(component: Component, names: set[str]) -> None:
    counts = Counter(n for n, _p, _v in component.properties)
    for name in names:
        if counts[name] != 1:
            raise NotValidError(f"{component.name} has {counts[name]} {name}, not one")


def _check(calendar: Component) -> None:
    _once(calendar, _ONCE_IN_CALENDAR)
    if calendar.values("VERSION") != ["2.0"]:
        raise NotValidError("VERSION is not 2.0")
    zones = {z.values("TZID")[0] for z in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        _once(event, _ONCE_IN_EVENT)
        if not _STAMP.match(event.values("DTSTAMP")[0]):
            raise NotValidError("DTSTAMP is not in UTC")
        for name, params, value in event.properties:
            tzid = re.search(r";TZID=([^;:]+)", params)
            if tzid and tzid[1] not in zones:
                raise NotValidError(f"{name} names a zone without VTIMEZONE: {tzid[1]}")
            if name in {"DTSTART", "DTEND"} and not (tzid and _LOCAL.match(value)):
                raise NotValidError(f"{name} is not a local time with its zone")
        start, end = event.values("DTSTART")[0], event.values("DTEND")[0]
        if end <= start:
            raise NotValidError("DTEND is not after DTSTART")
