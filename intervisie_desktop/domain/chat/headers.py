"""The line (or two) above a message that says who wrote it and when.

Each recogniser looks at line ``i`` of the cleaned paste and returns a
:class:`Header` or None. A chat format is an ordered choice of recognisers; only
those are tried, so "Note: ..." inside a Teams message never becomes an author.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from intervisie_desktop.domain.authors import fold
from intervisie_desktop.domain.chat.patterns import (
    CLOCK,
    MAX_HEADER_CHARS,
    is_self,
    looks_like_name,
    name_and_time,
    time_of,
)


@dataclass(frozen=True)
class Header:
    author: str | None
    time: str | None = None
    text: str = ""  # the start of the message, when it is on the header line itself
    size: int = 1  # lines the header takes
    from_self: bool = False
    direct: bool = False
    time_only: bool = False  # only a time line: weak evidence of any format


Recogniser = Callable[[Sequence[str], int], Header | None]

_EVERYONE = frozenset({"everyone", "iedereen", "all", "allen", "everyone in the meeting"})
_PRIVATE = r"\((?:direct message|privately|privé|prive|direct bericht|priv[eé]bericht)\)"
_PRIVATE_TAG = re.compile(rf"\s*{_PRIVATE}\s*$", re.IGNORECASE)
_FROM = r"(?:from|van)"
_TO = r"(?:to|aan|naar)"
_ZOOM_FILE = re.compile(
    rf"(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)\s+{_FROM}\s+(?P<name>[^:]{{1,100}}?)"
    rf"(?:\s+{_TO}\s+(?P<to>[^:]{{1,100}}?))?\s*:(?=\s|$)",
    re.IGNORECASE,
)
_ZOOM_FROM = re.compile(
    rf"{_FROM}\s+(?P<name>[^:]{{1,100}}?)(?:\s+{_TO}\s+(?P<to>[^:]{{1,100}}?))?"
    rf"(?:\s*:(?=\s|$)|\s+(?P<time>{CLOCK})$|$)",
    re.IGNORECASE,
)
_ZOOM_TO = re.compile(
    rf"(?P<name>[^:]{{1,100}}?)\s+{_TO}\s+(?P<to>everyone|iedereen|me|mij|[^:]{{1,100}}?"
    rf"\s*{_PRIVATE})\s*:?(?:\s+(?P<time>{CLOCK}))?",
    re.IGNORECASE,
)
_BRACKET = re.compile(
    r"\[(?P<time>[^\]]{0,40}?\d{1,2}[:.]\d{2}[^\]]{0,40})\]\s*(?P<name>[^:\[\]]{1,100}?)\s*"
    r"(?::(?=\s|$)|$)"
)
_COLON = re.compile(r"(?P<name>[^:]{1,80}?)\s*:(?=\s|$)")


def _head(line: str) -> str:
    """The part of a line a header can be in (a header line may carry a long message)."""
    return line.strip()[: MAX_HEADER_CHARS * 2]


def _rest(line: str, end: int) -> str:
    return line.strip()[end:].strip()


def _is_private(to: str | None) -> bool:
    """Sent to one person: a "(Direct Message)" tag, or anyone but everyone."""
    if to is None:
        return False
    bare = _PRIVATE_TAG.sub("", to)
    return bare != to or fold(bare) not in _EVERYONE


def _from_header(name: str, to: str | None, time: str | None, text: str) -> Header:
    own = is_self(name)
    return Header(
        author=None if own else name.strip(),
        time=time,
        text=text,
        from_self=own,
        direct=_is_private(to),
    )


def zoom_file(lines: Sequence[str], i: int) -> Header | None:
    """ "10:02:33 From Eva Jansen to Everyone:" (text on the line or below it)."""
    found = _ZOOM_FILE.match(_head(lines[i]))
    if found is None:
        return None
    return _from_header(
        found.group("name"), found.group("to"), found.group("time"), _rest(lines[i], found.end())
    )


def zoom_panel(lines: Sequence[str], i: int) -> Header | None:
    """Zoom's chat panel: "From Eva Jansen to Everyone:", "From Eva:", "Eva Jansen to
    Everyone 10:02", "Me to Eva (Direct Message)"."""
    head = _head(lines[i])
    found = _ZOOM_FROM.match(head)  # the name strict: "From now on: ..." is a sentence
    if found is None or not looks_like_name(found.group("name"), strict=True):
        found = _ZOOM_TO.fullmatch(head.rstrip(":").rstrip()) if len(head) <= 200 else None
        if found is None or not looks_like_name(found.group("name"), strict=True):
            return None
        text = ""
    else:
        text = _rest(lines[i], found.end())
    return _from_header(found.group("name"), found.group("to"), found.group("time"), text)


def bracket(lines: Sequence[str], i: int) -> Header | None:
    """ "[10:02] Eva Jansen" (classic Teams), "[14-03 10:02] Eva: text"."""
    found = _BRACKET.match(_head(lines[i]))
    if found is None or not looks_like_name(found.group("name")):
        return None
    name = found.group("name").strip()
    return Header(
        author=None if is_self(name) else name,
        time=found.group("time").strip(),
        text=_rest(lines[i], found.end()),
        from_self=is_self(name),
    )


def name_then_time(lines: Sequence[str], i: int) -> Header | None:
    """A name line with a time line under it (one blank line between is allowed):
    new Teams, Google Meet. A time line on its own is the paster's own message in
    Teams, which shows no name above one's own messages."""
    line = lines[i].strip()
    own_time = time_of(line)
    if own_time is not None:
        return Header(author=None, time=own_time, from_self=True, time_only=True)
    if not looks_like_name(line):
        return None
    for gap in (1, 2):
        below = lines[i + gap].strip() if i + gap < len(lines) else ""
        if below:
            time = time_of(below)
            if time is None:
                return None
            own = is_self(line)
            return Header(author=None if own else line, time=time, size=gap + 1, from_self=own)
    return None


def name_with_time(lines: Sequence[str], i: int) -> Header | None:
    """ "Eva Jansen  10:02" on one line (classic Teams, Meet)."""
    found = name_and_time(lines[i])
    if found is None:
        return None
    name, time = found
    return Header(author=None if is_self(name) else name, time=time, from_self=is_self(name))


def colon(lines: Sequence[str], i: int) -> Header | None:
    """ "Eva: message" — the name strict (capitals, at most four words, no label)."""
    found = _COLON.match(_head(lines[i]))
    if found is None or not looks_like_name(found.group("name"), strict=True):
        return None
    name = found.group("name").strip()
    return Header(
        author=None if is_self(name) else name,
        text=_rest(lines[i], found.end()),
        from_self=is_self(name),
    )
