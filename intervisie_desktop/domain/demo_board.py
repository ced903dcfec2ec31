"""What the scribe wrote down in the demo meeting (fictional, in both languages)."""

from __future__ import annotations

from intervisie_desktop.domain.board import Board, BoardItem, EvaluationTopic, ItemKind, Rating

_QUESTIONS = [
    (
        "Anna",
        "Wat gebeurt er in jou op het moment dat je ja zegt?",
        "What happens inside you at the moment you say yes?",
        Rating.WARM,
    ),
    (
        "Bram",
        "Hoe weet je teamleider hoeveel je al op je bord hebt?",
        "How does your team leader know how much is already on your plate?",
        Rating.NEUTRAL,
    ),
    (
        "Chris",
        "Wanneer heb je voor het laatst nee gezegd, en wat gebeurde er toen?",
        "When did you last say no, and what happened then?",
        Rating.WARM,
    ),
    (
        "Eva",
        "Welke taken doe je eigenlijk het liefst?",
        "Which tasks do you actually like doing most?",
        Rating.COLD,
    ),
    (
        "Farid",
        "Wat zou je collega's opvallen als je minder aannam?",
        "What would your colleagues notice if you took on less?",
        None,
    ),
    (
        "Anna",
        "Wat verwacht je dat je teamleider denkt als je nee zegt?",
        "What do you expect your team leader to think when you say no?",
        None,
    ),
]
_DEFINITIONS = [
    (
        "Anna",
        "Mijn probleem is dat ik mijn waarde afmeet aan hoeveel ik aanneem.",
        "My problem is that I measure my worth by how much I take on.",
        Rating.WARM,
    ),
    (
        "Chris",
        "Mijn probleem is dat ik niet weet waar mijn grens ligt.",
        "My problem is that I don't know where my limit is.",
        Rating.NEUTRAL,
    ),
    (
        "Eva",
        "Mijn probleem is dat mijn teamleider niet ziet wat ik al doe.",
        "My problem is that my team leader doesn't see what I already do.",
        Rating.COLD,
    ),
]
_ADVICE = [
    (
        "Anna",
        "Vraag bedenktijd voordat je ja zegt: 'ik kom er morgen op terug'.",
        "Ask for time before you say yes: 'I'll get back to you tomorrow'.",
        True,
    ),
    (
        "Bram",
        "Maak je werkvoorraad zichtbaar in het werkoverleg.",
        "Make your workload visible in the team meeting.",
        False,
    ),
    (
        "Chris",
        "Oefen nee zeggen bij iets kleins, deze week nog.",
        "Practise saying no to something small, this very week.",
        True,
    ),
    (
        "Eva",
        "Bespreek met je teamleider wat voorrang heeft.",
        "Discuss with your team leader what has priority.",
        False,
    ),
]


def _demo_rating(rating: Rating | None, author: str, complete: bool) -> Rating | None:
    """Mid-meeting only the first questions are rated; a finished meeting has them all."""
    if complete:
        return rating or Rating.NEUTRAL
    return rating if rating is Rating.WARM or author == "Bram" else None


def _pick(nl: str, en: str, language: str) -> str:
    return en if language == "en" else nl


def demo_board(language: str, complete: bool = False) -> Board:
    """The board as far as the demo meeting got (step 3), or complete for reports."""
    board = Board()
    for author, nl, en, rating in _QUESTIONS:
        board.add(
            BoardItem(
                kind=ItemKind.QUESTION,
                text=_pick(nl, en, language),
                author=author,
                block_id="tienstappen.clarifying-questions",
                rating=_demo_rating(rating, author, complete),
            )
        )
    board.add(
        BoardItem(
            kind=ItemKind.NOTE,
            author=None,
            text=_pick(
                "Dewi leek geraakt bij de vraag van Chris; straks even checken.",
                "Dewi seemed moved by Chris's question; check in later.",
                language,
            ),
        )
    )
    if not complete:
        return board
    for item in board.of_kind(ItemKind.QUESTION):
        item.answered = item.rating is Rating.WARM
    for author, nl, en, rating in _DEFINITIONS:
        board.add(
            BoardItem(
                kind=ItemKind.PROBLEM_DEFINITION,
                text=_pick(nl, en, language),
                author=author,
                rating=rating,
            )
        )
    board.add(
        BoardItem(
            kind=ItemKind.REDEFINITION,
            author="Dewi",
            text=_pick(
                "De kern van mijn vraag is: hoe blijf ik waardevol zonder alles aan te nemen?",
                "The core of my question is: how do I stay valuable without taking on everything?",
                language,
            ),
        )
    )
    for author, nl, en, chosen in _ADVICE:
        board.add(
            BoardItem(
                kind=ItemKind.ADVICE, text=_pick(nl, en, language), author=author, chosen=chosen
            )
        )
    for nl, en in (
        (
            "Bij elk nieuw verzoek vraag ik een dag bedenktijd.",
            "For every new request I ask for a day to think it over.",
        ),
        (
            "Volgende week bespreek ik mijn takenlijst met mijn teamleider.",
            "Next week I discuss my task list with my team leader.",
        ),
    ):
        board.add(BoardItem(kind=ItemKind.ACTION, author="Dewi", text=_pick(nl, en, language)))
    for author, topic, nl, en in (
        (
            "Dewi",
            EvaluationTopic.CASE,
            "Ik zie nu dat ja zeggen voor mij over erkenning gaat.",
            "I now see that saying yes is about recognition for me.",
        ),
        (
            "Bram",
            EvaluationTopic.METHOD,
            "Het waarderen van de vragen gaf veel rust.",
            "Rating the questions brought a lot of calm.",
        ),
    ):
        board.add(
            BoardItem(
                kind=ItemKind.EVALUATION, author=author, topic=topic, text=_pick(nl, en, language)
            )
        )
    return board
