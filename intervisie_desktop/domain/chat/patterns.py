"""What one line of a chat looks like: a time, a person's name, or neither.

Every pattern is anchored and bounded, and long lines are not tried as times or
names at all, so a hostile paste costs time in proportion to its length.
"""

from __future__ import annotations

import re

from intervisie_desktop.domain.authors import initials_written, strip_decorations

MAX_NAME_CHARS = 80
MAX_HEADER_CHARS = 200  # longer lines are never a name or a time

_DAY_NAMES = (
    r"today|yesterday|vandaag|gisteren|eergisteren"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
_DAY = rf"(?:{_DAY_NAMES}|mon|tue|wed|thu|fri|sat|sun|ma|di|wo|do|vr|za|zo)\.?,?"
_MONTH = (
    r"(?:jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch)?|maart|mrt|apr(?:il)?|may|mei"
    r"|june?|juni|july?|juli|aug(?:ust|ustus)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.]\d{{2,4}})?|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}} {_MONTH}(?: \d{{4}})?|{_MONTH} \d{{1,2}}(?:,? \d{{4}})?),?"
)
CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?(?:[ap]\.?m\.?|uur))?"
_EDITED = r"(?: ?[•·|-]? ?\(?(?:edited|bewerkt)\)?)?"
TIME = rf"(?:{_DAY} )?(?:{_DATE} )?(?:(?:om|at) )?{CLOCK}"

_TIME_LINE = re.compile(rf"(?P<time>{TIME}){_EDITED}", re.IGNORECASE)
_DATE_LINE = re.compile(rf"(?:(?:{_DAY_NAMES}),? ?)?{_DATE}|(?:{_DAY_NAMES})", re.IGNORECASE)
_NAME_AND_TIME = re.compile(
    rf"(?P<name>[^\d:?!]{{1,{MAX_NAME_CHARS}}}?) ?[,•·|-]? (?P<time>{TIME}){_EDITED}",
    re.IGNORECASE,
)

_CLOCK_INSIDE = re.compile(r"\d[:.]\d\d")
_DIGIT = re.compile(r"\d")
_LONGEST_DAY = len("eergisteren")
_NOT_IN_NAMES = re.compile(r"[\d?!:;@#<>{}\[\]=*/\\\"_~^%$]")
# Words that start a line like a name would ("Vraag: ...", "Om 10:30") but are not one.
_NOT_NAMES = frozenset(
    {
        "vraag", "vragen", "question", "questions", "tip", "tips", "note", "nb", "ps", "pps",
        "let op", "advies", "advice", "antwoord", "answer", "opmerking", "remark", "comment",
        "re", "fw", "fwd", "update", "link", "edit", "toevoeging", "conclusie", "conclusion",
        "samenvatting", "summary", "doel", "goal", "probleem", "problem", "mijn probleem",
        "my problem", "actie", "action", "stap", "step", "punt", "point", "om", "at", "tot",
        "vanaf", "from", "until", "rond", "around", "voor", "before", "na", "after", "morgen",
        "tomorrow", "vandaag", "today", "gisteren", "yesterday", "pauze", "break", "start",
        "einde", "end", "tijd", "time", "agenda", "http", "https", "www", "mailto",
        "reminder", "herinnering", "graag", "please", "ok", "oke", "oké", "dus", "so", "en", "and",
        "maar", "but", "ook", "also", "nog", "still", "idee", "idea", "voorbeeld", "example",
    }
)  # fmt: skip
# How the paster's own messages are labelled ("Me" in Zoom, "You" in Meet).
SELF_NAMES = frozenset({"me", "you", "ik", "jij", "u", "mij", "jou", "myself"})
_PARTICLE_WORDS = frozenset({"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in"})


def _may_hold_time(line: str) -> bool:
    """A quick look before the full patterns: short enough, and a clock in it."""
    return len(line) <= MAX_HEADER_CHARS and _CLOCK_INSIDE.search(line) is not None


def time_of(line: str) -> str | None:
    """The time if the whole line is one ("10:02", "Yesterday 10:02 AM", "10:02 Edited")."""
    if not _may_hold_time(line):
        return None
    found = _TIME_LINE.fullmatch(line.strip())
    return found.group("time") if found else None


def is_date_line(line: str) -> bool:
    """A day separator: "Today", "Gisteren", "maandag 4 maart", "14-3-2024"."""
    if len(line) > MAX_HEADER_CHARS or (len(line) > _LONGEST_DAY and not _DIGIT.search(line)):
        return False
    return _DATE_LINE.fullmatch(line.strip()) is not None


def name_and_time(line: str) -> tuple[str, str] | None:
    """ "Eva Jansen  10:02" or "Jansen, Eva (HR) 10:02 AM" on one line."""
    if not _may_hold_time(line):
        return None
    found = _NAME_AND_TIME.fullmatch(line.strip())
    if not found or not looks_like_name(found.group("name"), strict=True):
        return None
    return found.group("name").strip(), found.group("time")


def is_self(name: str) -> bool:
    return name.strip().casefold() in SELF_NAMES


def looks_like_name(text: str, *, strict: bool = False) -> bool:
    """Could this be a display name in a chat? ``strict`` (for names that stand
    before a colon or a time, where sentences are likelier) also asks for
    capitals and at most four words."""
    text = text.strip()
    if not 1 <= len(text) <= MAX_NAME_CHARS or not text[0].isalpha():
        return False
    if _NOT_IN_NAMES.search(text):
        return False
    bare = strip_decorations(text)
    words = bare.replace(",", " ").split()
    if not words or len(words) > (4 if strict else 6) or bare.endswith((".", "...", "…")):
        return _initial_ending(bare, words)
    if strict:
        if bare.casefold() in _NOT_NAMES or words[0].casefold() in _NOT_NAMES:
            return False
        return all(w[0].isupper() or w.casefold() in _PARTICLE_WORDS for w in words)
    return True


def _initial_ending(bare: str, words: list[str]) -> bool:
    """``Eva J.`` and ``E.J.`` end with a dot, as sentences do; initials make them names."""
    if initials_written(bare) is not None:
        return True
    return (
        1 <= len(words) <= 4
        and bare.endswith(".")
        and len(words[-1].rstrip(".")) == 1
        and words[0][0].isupper()
    )
