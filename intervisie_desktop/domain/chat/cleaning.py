"""Make a paste safe to read: one kind of line break, no invisible or steering
characters, a bounded size.

Right-to-left overrides, zero-width spaces and control characters can hide or
reorder text on the projector, and break the matching of names; they go. The
joiners inside emoji and scripts that need them (U+200C, U+200D) stay.
"""

from __future__ import annotations

MAX_PASTE_CHARS = 2_000_000  # about 20 times a long meeting's chat; the rest is not read

_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SPACES = "\t\xa0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
_INVISIBLE = (
    [chr(c) for c in range(0x20) if chr(c) not in "\n\t" + _LINE_BREAKS]
    + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0) if c != 0x85]
    + ["\xad", "\u034f", "\u061c", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u180e"]
    + ["\u200b", "\u200e", "\u200f", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064"]
    + [chr(c) for c in range(0x202A, 0x202F)]  # embeddings and overrides
    + [chr(c) for c in range(0x2066, 0x2070)]  # isolates, deprecated format controls
    + ["\ufeff", "\ufff9", "\ufffa", "\ufffb", "\ufffc"]
)
_REPLACEMENTS: dict[str, str | None] = {
    **dict.fromkeys(_LINE_BREAKS, "\n"),
    **dict.fromkeys(_SPACES, " "),
    **dict.fromkeys(_INVISIBLE),
}
_CLEAN = str.maketrans(_REPLACEMENTS)


def clean_lines(text: str) -> tuple[list[str], int]:
    """The paste as lines without trailing spaces (leading spaces stay: they can mark
    a message's continuation), and how many characters were past the limit. A paste
    that is too long is cut at a line break, so no message is read half."""
    if len(text) > MAX_PASTE_CHARS:
        end = text.rfind("\n", 0, MAX_PASTE_CHARS) + 1  # keep the line break
        end = end if end > 0 else MAX_PASTE_CHARS
        over = len(text) - end
        text = text[:end]
    else:
        over = 0
    text = text.replace("\r\n", "\n").translate(_CLEAN)
    return [line.rstrip() for line in text.split("\n")], over
