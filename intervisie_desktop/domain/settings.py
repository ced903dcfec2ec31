"""The facilitator's preferences."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from intervisie_desktop.domain.bounds import Line

BLACKOUT_COLOURS = ("#000000", "#101418", "#0b1a2a")  # black, charcoal, night blue


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Annotated[str, Field(max_length=35)] | None = None  # None: follow the system
    presenter_screen: Line | None = None  # the projector's screen name, remembered
    warning_seconds: int = Field(default=60, ge=0, le=600)
    sound: bool = True
    presenter_font_scale: float = Field(default=1.0, ge=0.5, le=2.0)
    presenter_theme: Literal["standard", "high_contrast"] = "standard"
    blackout_colour: str = Field(default="#000000", pattern=r"^#[0-9a-fA-F]{6}$")
    welcomed: bool = False  # the first-run welcome has been shown
