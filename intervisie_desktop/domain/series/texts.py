"""The words the series' texts are built from (calendar entries, invitations), nl and en."""

from __future__ import annotations

from intervisie_desktop.domain.languages import text_language

_TEXTS = {
    "nl": {
        "intervisie": "Intervisie",
        "meeting_of": "Bijeenkomst {number} van {count}",
        "case_presenter": "Casusinbrenger",
        "facilitator": "Gespreksbegeleider",
        "method": "Werkvorm",
        "online": "Online",
        "cancelled": "Gaat niet door",
        "confidential": "Wat in intervisie besproken wordt, blijft in de groep.",
        "when": "Wanneer",
        "where": "Waar",
        "not_known_yet": "volgt nog",
    },
    "en": {
        "intervisie": "Intervisie",
        "meeting_of": "Meeting {number} of {count}",
        "case_presenter": "Case presenter",
        "facilitator": "Facilitator",
        "method": "Method",
        "online": "Online",
        "cancelled": "Cancelled",
        "confidential": "What is said in intervisie stays in the group.",
        "when": "When",
        "where": "Where",
        "not_known_yet": "to be announced",
    },
}


def texts(language: str) -> dict[str, str]:
    return _TEXTS[text_language(language)]


def venue_text(online: bool, place: str, language: str) -> str:
    """``Online — <link>``, ``Online``, the place, or "to be announced"."""
    t = texts(language)
    if online:
        return f"{t['online']} — {place}" if place.strip() else t["online"]
    return place.strip() or t["not_known_yet"]
