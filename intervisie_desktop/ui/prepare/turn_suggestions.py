"""Whose turn it is, in words: who has waited longest for a case and since they last
facilitated; everyone who waited equally long is named (in a new group that is every
member, said as "not yet")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.domain.rotation import Suggestion


def suggestion_text(cases: list[Suggestion], facilitators: list[Suggestion]) -> str:
    lines = []
    if cases:
        line = (
            QCoreApplication.translate("TurnSuggestions", "No case yet: %1")
            if _never(cases)
            else QCoreApplication.translate("TurnSuggestions", "Longest without a case: %1")
        )
        lines.append(line.replace("%1", _names(cases)))
    if facilitators:
        line = (
            QCoreApplication.translate("TurnSuggestions", "Not yet facilitated: %1")
            if _never(facilitators)
            else QCoreApplication.translate("TurnSuggestions", "Longest since facilitating: %1")
        )
        lines.append(line.replace("%1", _names(facilitators)))
    return "\n".join(lines)


def _never(suggestions: list[Suggestion]) -> bool:
    return all(s.last_time is None for s in suggestions)


def _names(suggestions: list[Suggestion]) -> str:
    return ", ".join(s.member for s in suggestions)
