"""Texts in both of the app's languages, and the base model every definition uses."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from intervisie_desktop.domain.bounds import MAX_DEFINITION_TEXT

LANGUAGES = ("nl", "en")

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", max_length=64)]
NonEmpty = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_DEFINITION_TEXT)
]


class Definition(BaseModel):
    """Strict, immutable base: unknown fields in a definition file are an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(Definition):
    """One text in Dutch and English; both must be present."""

    nl: NonEmpty
    en: NonEmpty

    def get(self, language: str) -> str:
        """The text in ``language`` ("nl" or "en"); Dutch for anything else Dutch-like."""
        return self.en if language == "en" else self.nl
