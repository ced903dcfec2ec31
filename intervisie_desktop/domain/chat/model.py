"""What a pasted piece of a video call's chat turns into: messages, and the lines
that were skipped (each with its reason, so nothing disappears unseen)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum


class ChatFormat(StrEnum):
    """Where a paste came from, as far as its layout tells."""

    TEAMS = "teams"  # name line, time line, message (new Teams; classic in comfy mode)
    TEAMS_CLASSIC = "teams_classic"  # "[10:02] Name" or "Name  10:02" above the message
    ZOOM_FILE = "zoom_file"  # the saved chat: "10:02:33 From Name to Everyone:"
    ZOOM_MEETING = "zoom_meeting"  # copied from the chat panel: "From Name to Everyone"
    MEET = "meet"  # Google Meet: name line, time line, message lines
    PLAIN_COLON = "plain_colon"  # "Name: message" lines
    PLAIN_LINES = "plain_lines"  # no layout recognised: each line a message, no author


class SkipReason(StrEnum):
    SYSTEM = "system"  # "Eva joined the meeting", "Recording started", date separators
    REACTION = "reaction"  # "👍 reacted", "Reacted ❤️ to ...", "2 Like reactions."
    QUOTE = "quote"  # the quoted message inside a reply (the reply's own text is kept)
    MARKER = "marker"  # "Edited", "Last read", "Has context menu"
    EMPTY = "empty"  # a header whose message had no text (a picture, a deleted message)


@dataclass(frozen=True)
class ChatMessage:
    text: str  # the message's own lines, joined with newlines
    author: str | None = None  # as written in the chat, suffixes and all
    time: str | None = None  # as written ("10:02", "10:02 AM", "14/03 10:02:33")
    from_self: bool = False  # the paster's own message ("Me", "You", Teams without a name)
    direct: bool = False  # sent to one person only (Zoom "to Me (Direct Message)")
    lines: tuple[int, ...] = ()  # 1-based lines of the paste it came from, header first


@dataclass(frozen=True)
class SkippedLine:
    line: int  # 1-based
    text: str
    reason: SkipReason


@dataclass(frozen=True)
class ChatParse:
    format: ChatFormat
    messages: tuple[ChatMessage, ...]
    skipped: tuple[SkippedLine, ...] = ()
    truncated_chars: int = 0  # characters past the paste limit, not read

    def skipped_counts(self) -> Counter[SkipReason]:
        """How many lines were skipped for each reason (for "3 system lines skipped")."""
        return Counter(s.reason for s in self.skipped)
