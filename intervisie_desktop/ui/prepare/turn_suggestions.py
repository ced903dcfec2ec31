"""Whose turn it is, in words: who has waited longest for a case and since they last
facilitated; everyone who waited equally long is named (in a new group that is every
member, said as "not yet")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.domain.rotation import Suggestion


def suggestion_text(cases: list[Suggestion], facilitators: list[Suggestion]) -> str:
    lines = [
        _line(
            cases,
            QCoreApplication.translate("TurnSuggestions", "No case yet: %1"),
            QCoreApplication.translate("TurnSuggestions", "Longest without a case: %1"),
        ),
        _line(
            facilitators,
            QCoreApplication.translate("TurnSuggestions", "Not yet facilitated: %1"),
            QCoreApplication.translate("TurnSuggestions", "Longest since facilitating: %1"),
        ),
    ]
    return "\n".join(line for line in lines if line)


def _line(suggestions: list[Suggestion], never: str, longest: str) -> str:
    """The names, after the words for "never yet" when none of them ever had a turn."""
    if not suggestions:
        return ""
    first_time = all(s.last_time is None for s in suggestions)
    return (never if first_time else longest).replace(
        "%1", ", ".join(s.member for s in suggestions)
    )
