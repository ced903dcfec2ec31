"""From a parsed chat to new flap items of the current step's kind.

Nothing here touches the board: the result lists the items to add (private, not
shared), the names that matched no member (for a one-key fix), and the messages
held back because of who sent them or to whom. The UI adds the items as one
undoable step.

Held back, not added, but shown so one key adds them anyway:

- the case presenter's own lines in a step where the group contributes
  (questions, problem definitions, advice): the case presenter does not ask
  questions or advise themselves; such a line is usually an answer, a thank-you
  or "I'll come back to that". ``BoardItem`` has no field to flag it, and a
  flagged item would still be rated and shared like a question.
- the facilitator's own messages ("Me", "You", or unnamed in Teams) in those
  steps: usually instructions ("two more minutes").
- direct messages: the sender chose to write to one person only, so putting it
  on the group's flap is the facilitator's decision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from intervisie_desktop.domain.authors import AuthorMatcher
from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.chat.model import ChatFormat, ChatMessage, ChatParse, SkipReason

MAX_ITEMS_PER_PASTE = 500
MAX_ITEM_CHARS = 2000  # a longer message is cut (and counted), so the flap stays usable
_CUT_MARK = "…"

# Steps where the group contributes and the case presenter listens.
GROUP_KINDS = frozenset(
    {ItemKind.QUESTION, ItemKind.PROBLEM_DEFINITION, ItemKind.ADVICE, ItemKind.SHARED_ADVICE}
)


class HoldReason(StrEnum):
    DIRECT_MESSAGE = "direct_message"
    FACILITATOR = "facilitator"
    CASE_PRESENTER = "case_presenter"


@dataclass(frozen=True)
class MeetingPeople:
    members: tuple[str, ...]  # everyone present, the case presenter included
    case_presenter: str | None = None
    facilitator: str | None = None  # the author of the paster's own messages


@dataclass(frozen=True)
class UnmatchedAuthor:
    """A name from the chat that fits no member, or fits several equally well."""

    written: str
    candidates: tuple[str, ...]  # the members it could be; empty if none
    item_ids: tuple[str, ...]  # its new items, added without an author
    messages: tuple[ChatMessage, ...]


@dataclass(frozen=True)
class HeldBack:
    reason: HoldReason
    message: ChatMessage
    items: tuple[BoardItem, ...]  # ready to add as they are


@dataclass(frozen=True)
class ChatPaste:
    format: ChatFormat
    items: tuple[BoardItem, ...]  # to add, in chat order; none of them shared
    unmatched: tuple[UnmatchedAuthor, ...] = ()
    held_back: tuple[HeldBack, ...] = ()
    duplicates: int = 0  # texts already on the flap in this step, or earlier in the paste
    over_cap: int = 0  # items not made because of the cap
    first_line_over_cap: int | None = None  # where the paste should continue
    shortened: int = 0  # items cut at MAX_ITEM_CHARS
    skipped: Counter[SkipReason] = field(default_factory=Counter)
    truncated_chars: int = 0


def chat_to_items(
    parse: ChatParse,
    kind: ItemKind,
    people: MeetingPeople,
    block_id: str | None,
    *,
    existing: Iterable[BoardItem] = (),
    limit: int = MAX_ITEMS_PER_PASTE,
) -> ChatPaste:
    """The flap items a paste makes in a step whose input kind is ``kind``."""
    builder = _Builder(kind, people, block_id, existing, limit)
    for message in parse.messages:
        builder.add(message)
    return ChatPaste(
        format=parse.format,
        items=tuple(builder.items),
        unmatched=builder.unmatched(),
        held_back=tuple(builder.held),
        duplicates=builder.duplicates,
        over_cap=builder.over_cap,
        first_line_over_cap=builder.first_line_over_cap,
        shortened=builder.shortened,
        skipped=parse.skipped_counts(),
        truncated_chars=parse.truncated_chars,
    )


def split_questions(text: str) -> list[str]:
    """Two or more lines that each end in a question mark are separate questions
    (chats show consecutive messages by one person under one name); anything else
    stays one text."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and all(line.endswith(("?", "？")) for line in lines):
        return lines
    return [text]


def _cut(text: str) -> str:
    return text if len(text) <= MAX_ITEM_CHARS else text[: MAX_ITEM_CHARS - 1] + _CUT_MARK


def _same_text(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Builder:
    def __init__(
        self,
        kind: ItemKind,
        people: MeetingPeople,
        block_id: str | None,
        existing: Iterable[BoardItem],
        limit: int,
    ) -> None:
        self.kind = kind
        self.people = people
        self.block_id = block_id
        self.limit = limit
        self.matcher = AuthorMatcher(people.members)
        self.seen: dict[str, set[str | None]] = {}  # text -> who said it
        for item in existing:
            if item.kind is kind and item.block_id == block_id:
                self.seen.setdefault(_same_text(item.text), set()).add(item.author)
        self.items: list[BoardItem] = []
        self.held: list[HeldBack] = []
        self._unmatched: dict[str, list[tuple[ChatMessage, list[str]]]] = {}
        self.made = self.duplicates = self.over_cap = self.shortened = 0
        self.first_line_over_cap: int | None = None

    def add(self, message: ChatMessage) -> None:
        author, reason = self._author_and_hold(message)
        pieces = split_questions(message.text) if self.kind is ItemKind.QUESTION else [message.text]
        new = []
        for piece in pieces:
            if self._is_new(_cut(piece), author):
                new.append(piece)
                self.seen.setdefault(_same_text(_cut(piece)), set()).add(author)
        self.duplicates += len(pieces) - len(new)
        if not new:
            return
        if self.made + len(new) > self.limit:
            self.over_cap += len(new)
            if self.first_line_over_cap is None and message.lines:
                self.first_line_over_cap = message.lines[0]
            return
        self.made += len(new)
        self.shortened += sum(len(t) > MAX_ITEM_CHARS for t in new)
        items = tuple(
            BoardItem(kind=self.kind, text=_cut(t), author=author, block_id=self.block_id)
            for t in new
        )
        if reason is not None:
            self.held.append(HeldBack(reason, message, items))
            return
        self.items.extend(items)
        if author is None and message.author is not None:
            self._unmatched.setdefault(message.author, []).append(
                (message, [item.id for item in items])
            )

    def _is_new(self, text: str, author: str | None) -> bool:
        """Not on the flap yet: the same text from the same person (or from someone
        unnamed on either side, as after fixing a name) is a second paste of it;
        two people asking the same is not."""
        said_by = self.seen.get(_same_text(text))
        return said_by is None or not (author is None or None in said_by or author in said_by)

    def _author_and_hold(self, message: ChatMessage) -> tuple[str | None, HoldReason | None]:
        group_step = self.kind in GROUP_KINDS
        if message.from_self:
            author = self.people.facilitator
        elif message.author is not None:
            author = self.matcher.match(message.author).member
        else:
            author = None
        if message.direct:
            return author, HoldReason.DIRECT_MESSAGE
        if message.from_self and group_step:
            return author, HoldReason.FACILITATOR
        if group_step and author is not None and author == self.people.case_presenter:
            return author, HoldReason.CASE_PRESENTER
        return author, None

    def unmatched(self) -> tuple[UnmatchedAuthor, ...]:
        return tuple(
            UnmatchedAuthor(
                written=written,
                candidates=self.matcher.match(written).candidates,
                item_ids=tuple(item_id for _, ids in entries for item_id in ids),
                messages=tuple(message for message, _ in entries),
            )
            for written, entries in self._unmatched.items()
        )
