"""Lines that are not anyone's message: system events, reactions, the call's own
markers, and quotes inside replies. Dutch and English wordings.

The patterns are narrow on purpose: a line is only skipped when it reads as the
call software's own text ("Eva Jansen joined the meeting"), never because it
merely contains a word ("Mijn collega is vertrokken" is a message).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from intervisie_desktop.domain.authors import fold
from intervisie_desktop.domain.chat.model import SkipReason
from intervisie_desktop.domain.chat.patterns import (
    MAX_HEADER_CHARS,
    is_date_line,
    looks_like_name,
    time_of,
)

_WHO = r"(?P<who>[^\d:?!]{1,80}?)"
_VENUE = r"(?:the |de |het )?(?:meeting|call|chat|conversation|vergadering|gesprek|bijeenkomst)"

# What the call says happened to someone: "<name> joined", "<name> heeft ... verlaten".
_EVENTS = [
    rf"(?:has )?(?:joined|left)(?: {_VENUE})?",
    rf"(?:was )?(?:added|removed|invited)(?: to| from)?(?: {_VENUE})?",
    rf"(?:added|removed|invited) .{{1,80}} (?:to|from) {_VENUE}",
    r"(?:is|was) (?:toegetreden|binnengekomen|vertrokken|toegevoegd|verwijderd)"
    rf"(?: (?:aan|uit|tot) {_VENUE})?",
    rf"(?:neemt|nam) deel(?: aan {_VENUE})?",
    rf"heeft(?: {_VENUE})? (?:deelgenomen|verlaten)(?: aan {_VENUE})?",
    rf"heeft .{{1,80}} (?:toegevoegd aan|verwijderd uit|uitgenodigd voor) {_VENUE}",
    r"(?:started|stopped|ended|has started|has stopped) (?:the )?"
    r"(?:recording|transcription|transcribing|meeting|call|screen ?sharing|presenting)",
    r"heeft (?:de |het )?(?:opname|transcriptie|vergadering|gesprek|scherm delen)"
    r" (?:gestart|gestopt|beëindigd)",
    r"(?:is now|is nu) (?:the )?(?:host|presenter|presentator|organisator|organizer)",
    r"(?:raised|lowered) (?:their|his|her) hand",
    r"heeft (?:de |zijn |haar )?hand (?:opgestoken|laten zakken)",
    r"(?:changed|renamed) the (?:meeting |chat )?(?:title|name|subject)(?: to .{0,80})?",
    r"heeft de (?:naam|titel|onderwerp) (?:van de (?:chat|vergadering) )?"
    r"(?:gewijzigd|veranderd)(?: in .{0,80})?",
]
_DURATION = r"(?: ?[:\-–] ?[\dhmsu :]{1,20})?"
_SYSTEM_FIXED = [
    r"(?:the )?(?:recording|transcription|transcript|meeting|call|live captions?)"
    rf" (?:has )?(?:started|stopped|ended|is on|is off){_DURATION}",
    r"(?:de |het )?(?:opname|transcriptie|vergadering|gesprek|live ondertiteling)"
    rf" (?:is )?(?:gestart|gestopt|beëindigd|afgelopen|aan|uit){_DURATION}",
    r"(?:this|the) message (?:has been|was) deleted",
    r"dit bericht is verwijderd",
    r"messages can only be seen by people in the call(?: and are deleted when the call ends)?",
    r"messages won't be saved(?: when the call ends)?",
    r"berichten kunnen alleen worden (?:gezien|bekeken) door (?:mensen|deelnemers)"
    r" (?:in|aan) (?:het gesprek|de call)(?: en worden verwijderd .{0,60})?",
    r"berichten worden niet opgeslagen(?: als het gesprek (?:eindigt|is afgelopen))?",
    r"(?:continuous chat|doorlopende chat) is (?:on|off|aan|uit)",
    r"(?:let everyone send messages|iedereen toestaan berichten te sturen)",
    r"(?:new messages|nieuwe berichten|unread messages|ongelezen berichten)",
    r"(?:meeting chat|vergaderchat|in-call messages|berichten in het gesprek)",
]
_EMOJI = r"[^\w\s]{1,20}"  # an emoji, possibly with joiners and variation selectors
_REACTION_BY = (  # "<name or emoji> reacted (with 👍)"; the name is checked after
    rf"{_WHO} (?:reacted(?: with (?P<what>.{{1,20}}))?(?: to .{{0,200}})?"
    r"|(?:heeft )?(?:gereageerd|reageerde)(?: met (?P<what_nl>.{1,20}))?(?: op .{0,200})?)"
)
_REACTIONS = [
    rf"reacted {_EMOJI}(?: to .{{0,200}})?",
    rf"reacted to .{{0,200}} with {_EMOJI}",
    rf"(?:gereageerd|reageerde) (?:met {_EMOJI}(?: op .{{0,200}})?|op .{{0,200}} met {_EMOJI})",
    rf"removed (?:a|an|the) {_EMOJI} reaction(?: from .{{0,200}})?",
    rf"(?:reactie|reaction) {_EMOJI} (?:verwijderd|removed)(?: .{{0,200}})?",
    r"\d{1,4} \w[\w -]{0,29} (?:reactions?|reacties?)\.?",
]
_MARKERS = frozenset(
    {"edited", "bewerkt", "(edited)", "(bewerkt)", "last read", "laatst gelezen",
     "has context menu", "heeft contextmenu", "see more", "meer weergeven", "show more",
     "jump to newest", "naar nieuwste", "reply", "beantwoorden", "antwoorden", "pinned",
     "vastgemaakt", "vastgezet", "unpinned", "seen", "gezien", "sent", "verzonden"}
)  # fmt: skip
_EVENT_RE = re.compile(rf"{_WHO} (?:{'|'.join(_EVENTS)})", re.IGNORECASE)
_SYSTEM_FIXED_RE = re.compile("|".join(f"(?:{p})" for p in _SYSTEM_FIXED), re.IGNORECASE)
_REACTION_RE = re.compile("|".join(f"(?:{p})" for p in _REACTIONS), re.IGNORECASE)
_REACTION_BY_RE = re.compile(_REACTION_BY, re.IGNORECASE)
_BEGIN_REFERENCE = re.compile(
    r"(?:begin reference|begin verwijzing|verwijzing begin),\s*(?P<preview>.*)\s+(?:by|door)\s+"
    r"(?P<who>[^\d?!]{1,120})",
    re.IGNORECASE,
)
_END_REFERENCE = frozenset({"end reference", "einde verwijzing", "verwijzing einde"})
_REPLYING = re.compile(
    r"(?:replying to|reply to|in reply to|antwoord op|reactie op|reageren op)\s+"
    r"[\"“'‘«„].{0,300}[\"”'’»]:?",
    re.IGNORECASE,
)
_REFERENCE_LOOKAHEAD = 40  # lines to look for "End Reference"


def noise_reason(line: str) -> SkipReason | None:
    """Why a line (stripped, not blank) is not part of a message, or None."""
    if len(line) > MAX_HEADER_CHARS * 2:
        return None
    folded = line.casefold()
    if folded in _MARKERS:
        return SkipReason.MARKER
    if _only_emoji(line) or _REACTION_RE.fullmatch(line) or _is_reaction_by(line):
        return SkipReason.REACTION
    bare = line.rstrip(".")
    if is_date_line(line) or _SYSTEM_FIXED_RE.fullmatch(bare) or _is_event(bare):
        return SkipReason.SYSTEM
    return None


def _is_event(line: str) -> bool:
    """ "<name> joined", "<name> heeft de opname gestart": the subject must be a name."""
    found = _EVENT_RE.fullmatch(line)
    return found is not None and looks_like_name(found.group("who"), strict=True)


def _is_reaction_by(line: str) -> bool:
    """ "Eva reacted with 👍", "👍 reacted": someone (or an emoji) reacted, with an emoji."""
    found = _REACTION_BY_RE.fullmatch(line)
    if found is None:
        return False
    who, what = found.group("who"), found.group("what") or found.group("what_nl")
    if what is not None and not _only_emoji(what):
        return False
    return _only_emoji(who) or looks_like_name(who, strict=True)


def _only_emoji(line: str) -> bool:
    """A line of emoji (and counts): a reaction, not a message with words in it."""
    has_symbol = False
    for c in line:
        category = unicodedata.category(c)
        if category == "So":
            has_symbol = True
        elif not (c.isspace() or c.isdigit() or c in "x×+" or category in {"Mn", "Sk", "Cf"}):
            return False
    return has_symbol


def belongs_to_skipped(reason: SkipReason, next_line: str) -> bool:
    """The line under a skipped one that is part of it: the time of a system event,
    the count under a reaction's emoji ("👍" then "2")."""
    following = next_line.strip()
    if reason is SkipReason.SYSTEM:
        return time_of(following) is not None
    if reason is SkipReason.REACTION:
        return following.isdigit() and len(following) <= 4
    return False


def quote_length(lines: Sequence[str], i: int) -> int:
    """How many lines from ``i`` on are a quote inside a reply (0 if none): a line
    starting with ``>``, Zoom's "Replying to "...":", or Teams' "Begin Reference,
    <preview> by <name>" with the quoted name, time and text under it."""
    line = lines[i].strip()
    if line.startswith(">") or (len(line) <= 400 and _REPLYING.fullmatch(line)):
        return 1
    reference = _BEGIN_REFERENCE.fullmatch(line) if len(line) <= 2000 else None
    if reference is None:
        return 0
    ahead = lines[i + 1 : i + 1 + _REFERENCE_LOOKAHEAD]
    for offset, later in enumerate(ahead, start=1):
        if later.strip().casefold() in _END_REFERENCE:
            return offset + 1
        if _BEGIN_REFERENCE.fullmatch(later.strip()[:2000]):
            break  # the next reply's quote: this one had no end line
    return 1 + _quoted_card_length(ahead, reference.group("who"), reference.group("preview"))


def _quoted_card_length(lines: Sequence[str], who: str, preview: str) -> int:
    """The quoted card under "Begin Reference": its name line, time line, and the
    lines that repeat the preview (which may be cut short with "...")."""
    j = 0
    rest = " ".join(preview.rstrip(".… ").split())

    def at(k: int) -> str:
        return lines[k].strip() if k < len(lines) else ""

    if at(j) and fold(at(j)) == fold(who.strip()):
        j += 1
    if at(j) and time_of(at(j)) is not None:
        j += 1
    while rest and at(j):
        quoted = " ".join(at(j).split())
        if rest.startswith(quoted):
            rest = rest[len(quoted) :].lstrip()
        elif quoted.startswith(rest):
            rest = ""
        else:
            break
        j += 1
    return j
