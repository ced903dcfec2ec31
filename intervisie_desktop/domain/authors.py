"""Who wrote it: a name as written in a chat or typed on the flap, matched to a member.

Members are plain display strings ("Eva", "Eva Jansen", "Chloë van den Berg").
A written name matches by full name, first name, last name or initials, ignoring
case, accents, "Achternaam, Voornaam" order, Dutch particles (van, de, ...) and
suffixes in brackets such as "(Extern)", "(Guest)", "(Gast)" or "(HR)".

A match is never a guess: when a written name fits two members equally well
("Eva" with Eva Jansen and Eva de Wit present), the result is unmatched and
names both as candidates, so the person at the keyboard decides.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import takewhile

# Words that belong to a Dutch, Flemish, German or French surname but are not the
# surname itself ("de" in "Bram de Vries"); ignored when names are compared.
PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "het", "t", "ter", "ten", "te", "in", "op", "aan"}
    | {"la", "le", "les", "du", "da", "di", "del", "della", "dos", "das", "zu", "d", "l", "y"}
)

# Letters that Unicode decomposition leaves alone but people type without the stroke.
_FOLD = str.maketrans(
    {"ø": "o", "ß": "ss", "ł": "l", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "’": "'", "‘": "'"}
)
_BRACKETED_TAIL = re.compile(r"\s*[(\[][^()\[\]]{0,60}[)\]]\s*$")
_ORG_TAIL = re.compile(r"\s+[|–—]\s+.*$")  # "Eva Jansen | Gemeente Oost", "Eva – HR"
_NOT_NAME = re.compile(r"[^\w\s'-]+")
_MAX_NAME = 120


@dataclass(frozen=True)
class NameParts:
    """A name reduced for comparison: folded first name, surname words, initials."""

    first: str
    surname: tuple[str, ...]  # without particles
    initials: str  # of every word, particles included ("avdb" for Anna van den Berg)
    core_initials: str  # first name and surname words only ("ab")

    @property
    def full(self) -> tuple[str, ...]:
        return (self.first, *self.surname)


@dataclass(frozen=True)
class AuthorMatch:
    written: str
    member: str | None  # the one member meant, or None
    candidates: tuple[str, ...] = ()  # when two or more members fit equally well

    @property
    def matched(self) -> bool:
        return self.member is not None

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def fold(text: str) -> str:
    """Case- and accent-insensitive form: ``Chloë`` -> ``chloe``; invisible marks removed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(c for c in decomposed if unicodedata.category(c) not in {"Mn", "Me", "Cf", "Cc"})


def strip_decorations(written: str) -> str:
    """``Jansen, Eva (HR) (Extern)`` -> ``Jansen, Eva``; ``Eva | Team Oost`` -> ``Eva``."""
    name = written.strip()[:_MAX_NAME]
    while True:
        shorter = _BRACKETED_TAIL.sub("", name)
        if shorter == name or not shorter.strip():
            break
        name = shorter
    shorter = _ORG_TAIL.sub("", name)
    return (shorter if shorter.strip() else name).strip()


def name_parts(written: str) -> NameParts | None:
    """Split a written name into comparable parts, or None if no letters remain."""
    name = strip_decorations(written)
    if "," in name:  # "Jansen, Eva" / "Berg, Chloë van den" / "Vries de, Bram"
        family, _, given = name.partition(",")
        given_words = given.split()
        tail = list(takewhile(lambda w: fold(w) in PARTICLES, reversed(given_words)))
        given_words = given_words[: len(given_words) - len(tail)]
        name = " ".join([*given_words, *reversed(tail), family])
    words = [w.strip("-") for w in _NOT_NAME.sub(" ", fold(name)).replace("'", "").split()]
    words = [w for w in words if w]
    if not words:
        return None
    first, *rest = words
    surname = tuple(w for w in rest if w not in PARTICLES)
    return NameParts(
        first=first,
        surname=surname,
        initials="".join(w[0] for w in words),
        core_initials="".join(w[0] for w in (first, *surname)),
    )


def initials_written(written: str) -> str | None:
    """The letters of ``EJ``, ``E.J.``, ``e.j.``, ``AvdB``, ``A. v. d. B.``, or None when
    the name does not look like initials."""
    compact = strip_decorations(written).replace(" ", "")
    if "." in compact:
        parts = [part for part in compact.split(".") if part]
        looks = bool(parts) and all(len(part) == 1 and part.isalpha() for part in parts)
    else:
        capitals = sum(c.isupper() for c in compact)
        looks = (
            2 <= len(compact) <= 5
            and compact.isalpha()
            and capitals >= 2
            and compact[0].isupper()
            and compact[-1].isupper()
        )
    return fold(compact).replace(".", "") if looks else None


def _first_names_agree(member: NameParts, written: NameParts) -> bool:
    """Equal, or an initial followed by a surname (``E. Jansen``) that the member has."""
    if member.first == written.first:
        return True
    return (
        len(written.first) == 1
        and bool(written.surname and member.surname)
        and member.first.startswith(written.first)
    )


def _surnames_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Absent on either side, equal, or one an initial of the other (``J`` / ``Jansen``)."""
    if not a or not b:
        return True
    x, y = a[-1], b[-1]
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


class AuthorMatcher:
    """Matches written names against one set of members; remembers answers, so a
    chat of thousands of lines by a handful of people costs a handful of matches."""

    def __init__(self, members: Iterable[str]) -> None:
        self._members: list[tuple[str, NameParts]] = []
        for member in dict.fromkeys(members):  # keep order, drop repeats
            parts = name_parts(member)
            if parts is not None:
                self._members.append((member, parts))
        self._answers: dict[str, AuthorMatch] = {}

    @property
    def members(self) -> tuple[str, ...]:
        return tuple(member for member, _ in self._members)

    def match(self, written: str) -> AuthorMatch:
        known = self._answers.get(written)
        if known is None:
            known = self._match(written)
            self._answers[written] = known
        return known

    def _match(self, written: str) -> AuthorMatch:
        parts = name_parts(written)
        if parts is None:
            return AuthorMatch(written, None)
        for tier in _tiers(parts, initials_written(written)):
            found = [member for member, member_parts in self._members if tier(member_parts)]
            if len(found) == 1:
                return AuthorMatch(written, found[0])
            if found:
                return AuthorMatch(written, None, tuple(found))
        return AuthorMatch(written, None)


def _tiers(parts: NameParts, letters: str | None) -> tuple[Callable[[NameParts], bool], ...]:
    """The ways a written name can fit a member, the surest first; the first way
    that fits anyone decides (one member: matched; more: ambiguous)."""
    return (
        # the whole name ("eva jansen", "Jansen, Eva", "Eva Jansen (Extern)")
        lambda m: m.full == parts.full,
        # the first name, surnames not contradicting ("Eva", "Eva J.", "E. Jansen",
        # and "Anna de Vries" for a member entered as "Anna")
        lambda m: _first_names_agree(m, parts) and _surnames_agree(m.surname, parts.surname),
        # the surname alone ("Jansen")
        lambda m: not parts.surname and m.surname[-1:] == (parts.first,),
        # initials ("EJ", "E.J.", "AvdB")
        lambda m: letters is not None and letters in {m.initials, m.core_initials},
    )


def match_author(written: str, members: Sequence[str]) -> AuthorMatch:
    """One-off match (the flap's author field); use :class:`AuthorMatcher` for many."""
    return AuthorMatcher(members).match(written)
