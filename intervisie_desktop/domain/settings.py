"""The facilitator's preferences."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: str | None = None  # None: follow the system
    presenter_screen: str | None = None  # the projector's screen name, remembered
    warning_seconds: int = Field(default=60, ge=0, le=600)
    sound: bool = True
    presenter_font_scale: float = Field(default=1.0, ge=0.5, le=2.0)
