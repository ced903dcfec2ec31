"""Reading a paste into messages: one pass over the lines, in the detected format.

Each non-blank line ends up in exactly one place: a message's header, a
message's text, or the skipped lines with a reason. Text that belongs to no
header (before the first one, or in a paste without any) becomes a message of
its own without an author, one per line, rather than being dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from intervisie_desktop.domain.chat.cleaning import clean_lines
from intervisie_desktop.domain.chat.detect import FAMILIES, FoundHeaders, detect_format
from intervisie_desktop.domain.chat.headers import Header
from intervisie_desktop.domain.chat.model import (
    ChatFormat,
    ChatMessage,
    ChatParse,
    SkippedLine,
    SkipReason,
)
from intervisie_desktop.domain.chat.noise import belongs_to_skipped, noise_reason, quote_length
from intervisie_desktop.domain.chat.patterns import looks_like_name


def parse_chat(text: str, chat_format: ChatFormat | None = None) -> ChatParse:
    """The messages in a pasted piece of chat; the format is detected unless given."""
    lines, over = clean_lines(text)
    detected, found = detect_format(lines)
    chosen = chat_format or detected
    reader = _Reader(lines, chosen, found)
    reader.read()
    skipped = tuple(sorted(reader.skipped, key=lambda s: s.line))
    return ChatParse(chosen, tuple(reader.messages), skipped, over)


class _Reader:
    def __init__(self, lines: Sequence[str], chat_format: ChatFormat, found: FoundHeaders) -> None:
        self.lines = lines
        self.format = chat_format
        self.found = [found[recogniser] for recogniser in FAMILIES[chat_format]]
        self.messages: list[ChatMessage] = []
        self.skipped: list[SkippedLine] = []
        self._header: Header | None = None
        self._header_lines: list[int] = []
        self._body: list[str] = []
        self._body_lines: list[int] = []
        self._under_header = False  # the last line read was a header (or a marker under it)

    def read(self) -> None:
        i = 0
        while i < len(self.lines):
            i += self._step(i)
        self._close()

    def _step(self, i: int) -> int:
        """Read from line ``i``; returns how many lines were used."""
        line = self.lines[i].strip()
        if not line:
            if self.format is ChatFormat.PLAIN_COLON:
                self._close()  # in "Name: text" lists a blank line ends a message
            return 1
        quoted = quote_length(self.lines, i)
        if quoted:
            self._skip(range(i, i + quoted), SkipReason.QUOTE)
            return quoted
        reason = noise_reason(line)
        if reason is not None:
            used = 1
            if i + 1 < len(self.lines):
                used += belongs_to_skipped(reason, self.lines[i + 1])
            self._skip(range(i, i + used), reason)
            self._under_header &= reason is SkipReason.MARKER
            return used
        for headers in self.found:
            header = headers.get(i)
            if header is not None and not self._is_first_text(header):
                self._open(header, i)
                return header.size
        self._add_text(i, line)
        return 1

    def _is_first_text(self, header: Header) -> bool:
        """A short reply followed by a time reads as a name over a time ("Top" above
        the paster's own message, which new Teams shows with a time only). Right
        under a header it is that header's text, unless it is a full name (a
        message without text, such as a picture, came before it)."""
        author = header.author
        return (
            self._under_header
            and header.size > 1
            and author is not None
            and not (looks_like_name(author, strict=True) and len(author.split()) > 1)
        )

    def _open(self, header: Header, i: int) -> None:
        self._close()
        self._header = header
        self._under_header = True
        self._header_lines = [j for j in range(i, i + header.size) if self.lines[j].strip()]
        if header.text:
            self._body.append(header.text)

    def _add_text(self, i: int, line: str) -> None:
        self._under_header = False
        if self._header is None:  # text under no header: a message of its own
            self.messages.append(ChatMessage(text=line, lines=(i + 1,)))
        else:
            self._body.append(line)
            self._body_lines.append(i + 1)

    def _close(self) -> None:
        header = self._header
        if header is not None and self._body:
            self.messages.append(
                ChatMessage(
                    text="\n".join(self._body),
                    author=header.author,
                    time=header.time,
                    from_self=header.from_self,
                    direct=header.direct,
                    lines=(*(j + 1 for j in self._header_lines), *self._body_lines),
                )
            )
        elif header is not None:
            self._skip(self._header_lines, SkipReason.EMPTY)
        self._header = None
        self._header_lines = []
        self._body = []
        self._body_lines = []

    def _skip(self, indices: Sequence[int], reason: SkipReason) -> None:
        for j in indices:
            if self.lines[j].strip():
                self.skipped.append(SkippedLine(j + 1, self.lines[j].strip(), reason))
