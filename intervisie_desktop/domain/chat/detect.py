"""Which chat a paste came from, judged by how many of its lines read as each
format's headers. When nothing reads as a header, or a single "Vraag:" in a list
of questions would be the only one, the paste is read as plain lines: each line
a message without an author, so nothing is lost to a wrong guess (a name in the
text stays in the text)."""

from __future__ import annotations

from collections.abc import Sequence

from intervisie_desktop.domain.chat.headers import (
    Header,
    Recogniser,
    bracket,
    colon,
    name_then_time,
    name_with_time,
    zoom_file,
    zoom_panel,
)
from intervisie_desktop.domain.chat.model import ChatFormat
from intervisie_desktop.domain.chat.patterns import SELF_NAMES

# The recognisers each format tries, in order.
FAMILIES: dict[ChatFormat, tuple[Recogniser, ...]] = {
    ChatFormat.ZOOM_FILE: (zoom_file,),
    ChatFormat.TEAMS_CLASSIC: (bracket, name_with_time),
    ChatFormat.TEAMS: (name_then_time, name_with_time),
    ChatFormat.MEET: (name_then_time, name_with_time),
    ChatFormat.PLAIN_COLON: (colon,),
    ChatFormat.ZOOM_MEETING: (zoom_panel, colon),
    ChatFormat.PLAIN_LINES: (),
}
# How telling one header of each kind is: a Zoom file line cannot be anything else,
# "Name: text" could be a sentence.
_WEIGHTS: dict[Recogniser, int] = {
    zoom_file: 4,
    bracket: 3,
    name_then_time: 3,
    zoom_panel: 3,
    name_with_time: 2,
    colon: 1,
}
_CANDIDATES = (  # ties go to the earlier one
    ChatFormat.ZOOM_FILE,
    ChatFormat.TEAMS_CLASSIC,
    ChatFormat.TEAMS,
    ChatFormat.PLAIN_COLON,
    ChatFormat.ZOOM_MEETING,
)
# A chat message rarely runs longer than this many lines, so a long list with one
# or two stray "headers" in it is not a chat.
_LINES_PER_HEADER = 12
_FEW_HEADERS = 3

_TEAMS_HINTS = ("edited", "bewerkt", "begin reference", "reaction.", "reactions.", "last read")
_GUEST_TAGS = ("(guest)", "(gast)", "(extern)", "(external)", "(unverified)")
_MEET_HINTS = ("messages can only be seen", "berichten kunnen alleen", "won't be saved")


# Each recogniser's headers by line, found while detecting, so reading need not
# look for them again.
FoundHeaders = dict[Recogniser, dict[int, Header]]


def detect_format(lines: Sequence[str]) -> tuple[ChatFormat, FoundHeaders]:
    """The format, and the headers each recogniser found on the way."""
    content = sum(1 for line in lines if line.strip())
    found = _find_headers(lines)
    hits = {
        recogniser: sum(1 for header in headers.values() if not header.time_only)
        for recogniser, headers in found.items()
    }
    return _choose(lines, content, hits), found


def _choose(lines: Sequence[str], content: int, hits: dict[Recogniser, int]) -> ChatFormat:
    scores = {fmt: sum(hits[r] * _WEIGHTS[r] for r in FAMILIES[fmt]) for fmt in _CANDIDATES}
    best = max(_CANDIDATES, key=lambda fmt: scores[fmt])  # max keeps the first of equals
    headers = max((hits[r] for r in FAMILIES[best]), default=0)
    if scores[best] == 0:
        return ChatFormat.PLAIN_LINES
    if best is ChatFormat.PLAIN_COLON and headers < 2 and headers * 2 < content:
        return ChatFormat.PLAIN_LINES
    if headers < _FEW_HEADERS and headers * _LINES_PER_HEADER < content:
        return ChatFormat.PLAIN_LINES
    if best is ChatFormat.TEAMS and _looks_like_meet(lines):
        return ChatFormat.MEET
    return best


def _find_headers(lines: Sequence[str]) -> FoundHeaders:
    """Every header each recogniser sees. A lone time line (new Teams shows one above
    one's own messages) is kept but does not count as evidence for a format."""
    found: FoundHeaders = {recogniser: {} for recogniser in _WEIGHTS}
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        for recogniser, headers in found.items():
            header = recogniser(lines, i)
            if header is not None:
                headers[i] = header
    return found


def _looks_like_meet(lines: Sequence[str]) -> bool:
    """Meet and new Teams share a layout; their own words tell them apart."""
    teams = meet = 0
    for line in lines:
        folded = line.strip().casefold()
        if not folded or len(folded) > 200:
            continue
        teams += folded in _TEAMS_HINTS or folded.endswith(_TEAMS_HINTS)
        teams += folded.endswith(_GUEST_TAGS) or ("," in folded and len(folded.split()) <= 4)
        meet += folded in SELF_NAMES or folded.startswith(_MEET_HINTS)
    return meet > teams
