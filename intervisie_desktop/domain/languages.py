"""The app's two languages: English when asked for, Dutch for anything else."""

from __future__ import annotations

from typing import Literal

TextLanguage = Literal["nl", "en"]


def text_language(language: str) -> TextLanguage:
    """The language the app's own texts are in for ``language`` (Dutch unless "en")."""
    return "en" if language == "en" else "nl"
