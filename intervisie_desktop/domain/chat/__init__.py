"""A video call's chat onto the flap: parse a pasted piece of Teams, Zoom, Meet or
plain "Name: message" chat (:func:`parse_chat`), then turn its messages into flap
items of the current step's kind (:func:`chat_to_items`)."""

from intervisie_desktop.domain.chat.flap import (
    GROUP_KINDS,
    MAX_ITEM_CHARS,
    MAX_ITEMS_PER_PASTE,
    ChatPaste,
    HeldBack,
    HoldReason,
    MeetingPeople,
    UnmatchedAuthor,
    chat_to_items,
    split_questions,
)
from intervisie_desktop.domain.chat.model import (
    ChatFormat,
    ChatMessage,
    ChatParse,
    SkippedLine,
    SkipReason,
)
from intervisie_desktop.domain.chat.parser import parse_chat

__all__ = [
    "GROUP_KINDS",
    "MAX_ITEMS_PER_PASTE",
    "MAX_ITEM_CHARS",
    "ChatFormat",
    "ChatMessage",
    "ChatParse",
    "ChatPaste",
    "HeldBack",
    "HoldReason",
    "MeetingPeople",
    "SkipReason",
    "SkippedLine",
    "UnmatchedAuthor",
    "chat_to_items",
    "parse_chat",
    "split_questions",
]
