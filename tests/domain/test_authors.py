"""Matching a written name (from a chat, or typed on the flap) to one member."""

from __future__ import annotations

import pytest

from intervisie_desktop.domain.authors import AuthorMatcher, match_author

GROUP = [
    "Eva Jansen",
    "Bram de Vries",
    "Chloë van den Berg",
    "Dewi",
    "Farid El Amrani",
    "Tom O'Brien",
    "Fatma Yılmaz",
]


@pytest.mark.parametrize(
    ("written", "member"),
    [
        ("Eva Jansen", "Eva Jansen"),
        ("eva jansen", "Eva Jansen"),
        ("EVA JANSEN", "Eva Jansen"),
        ("Eva", "Eva Jansen"),
        ("Jansen, Eva", "Eva Jansen"),
        ("Jansen, Eva (HR)", "Eva Jansen"),
        ("Eva Jansen (Extern)", "Eva Jansen"),
        ("Eva Jansen (Guest)", "Eva Jansen"),
        ("Jansen, Eva (Gast) (Niet geverifieerd)", "Eva Jansen"),
        ("Eva Jansen | Gemeente Oost", "Eva Jansen"),
        ("Eva J.", "Eva Jansen"),
        ("E. Jansen", "Eva Jansen"),
        ("EJ", "Eva Jansen"),
        ("E.J.", "Eva Jansen"),
        ("Jansen", "Eva Jansen"),
        ("Vries, Bram de", "Bram de Vries"),
        ("de Vries, Bram", "Bram de Vries"),
        ("BdV", "Bram de Vries"),
        ("Chloe", "Chloë van den Berg"),
        ("chloe van den berg", "Chloë van den Berg"),
        ("Berg, Chloë van den", "Chloë van den Berg"),
        ("CvdB", "Chloë van den Berg"),
        ("C. v. d. Berg", "Chloë van den Berg"),
        ("Dewi Sastrowardoyo", "Dewi"),  # a member entered by first name only
        ("DEWI", "Dewi"),
        ("El Amrani, Farid", "Farid El Amrani"),
        ("Tom O’Brien", "Tom O'Brien"),
        ("Tom OBrien", "Tom O'Brien"),
        ("Fatma Yilmaz", "Fatma Yılmaz"),
        ("\u200bEva\u200e Jansen", "Eva Jansen"),  # invisible marks from a paste
    ],
)
def test_a_written_name_finds_its_member(written: str, member: str) -> None:
    assert match_author(written, GROUP).member == member


@pytest.mark.parametrize("written", ["Piet", "Piet Groen (Gast)", "", "  ", "???", "E", "Jan"])
def test_a_name_of_no_member_stays_unmatched(written: str) -> None:
    answer = match_author(written, GROUP)

    assert answer.member is None
    assert answer.candidates == ()


def test_two_members_with_the_same_first_name_are_never_guessed() -> None:
    members = ["Eva Jansen", "Eva de Wit", "Bram"]
    matcher = AuthorMatcher(members)

    answer = matcher.match("Eva")
    assert not answer.matched and answer.ambiguous
    assert answer.candidates == ("Eva Jansen", "Eva de Wit")
    # Anything that tells them apart decides.
    assert matcher.match("Eva de Wit").member == "Eva de Wit"
    assert matcher.match("Jansen, Eva (Extern)").member == "Eva Jansen"
    assert matcher.match("Eva W").member == "Eva de Wit"
    assert matcher.match("EJ").member == "Eva Jansen"


def test_a_whole_name_beats_a_first_name() -> None:
    """Members "Eva" and "Eva Jansen" (a guest with the same first name): "Eva" is Eva."""
    assert match_author("Eva", ["Eva", "Eva Jansen"]).member == "Eva"
    assert match_author("Eva Jansen", ["Eva", "Eva Jansen"]).member == "Eva Jansen"


def test_initials_only_count_when_they_look_like_initials() -> None:
    """ "Bo" is a name, not the initials of Bram Otten."""
    assert match_author("Bo", ["Bram Otten"]).member is None
    assert match_author("BO", ["Bram Otten"]).member == "Bram Otten"


def test_a_member_named_like_initials_is_found_by_name_first() -> None:
    assert match_author("Bo", ["Bo", "Bram Otten"]).member == "Bo"


def test_the_matcher_remembers_answers_for_long_chats() -> None:
    matcher = AuthorMatcher(GROUP)
    first = matcher.match("Jansen, Eva (HR)")

    assert matcher.match("Jansen, Eva (HR)") is first
