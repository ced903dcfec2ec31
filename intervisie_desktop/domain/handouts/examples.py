"""Example case questions: a situation and a question, in one or two sentences."""

from __future__ import annotations

from intervisie_desktop.domain.text import LocalizedText


def _t(nl: str, en: str) -> LocalizedText:
    return LocalizedText(nl=nl, en=en)


EXAMPLE_QUESTIONS: tuple[LocalizedText, ...] = (
    _t(
        "Ik zeg te vaak ja en raak overbelast. Hoe leer ik mijn grenzen aangeven?",
        "I say yes too often and get overloaded. How do I learn to set limits?",
    ),
    _t(
        "Het overleg met een collega loopt steeds vast. Hoe krijg ik er weer beweging in?",
        "Meetings with one colleague keep getting stuck. How do I get things moving again?",
    ),
    _t(
        "Ik stel feedback geven uit. Wat houdt me tegen?",
        "I keep putting off giving feedback. What is holding me back?",
    ),
    _t(
        "Mijn voorstel strandde bij het MT. Wat was mijn aandeel daarin?",
        "My proposal got stuck with management. What was my own part in that?",
    ),
)
