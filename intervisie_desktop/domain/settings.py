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
    # Single keys (Space, T, +, −) steer the meeting; off for speech input and
    # screen-reader users (WCAG 2.1.4). The clicker's keys always work.
    single_key_shortcuts: bool = True
    coach: bool = True  # the coach's hints beside flip-over items (laptop only)
    # The main window's place per screen set-up (Qt's saved geometry, base64).
    window_geometry: dict[str, str] = Field(default_factory=dict, max_length=10)
    # Near and past the end of a block the whole projector turns amber, then red; or,
    # calmer (e.g. for the case presenter's last word), only the clock changes colour.
    warning_style: Literal["full_screen", "clock_only"] = "full_screen"
    # The projector in a window (to share in a video call): its remembered size.
    share_window_width: int = Field(default=1280, ge=320, le=7680)
    share_window_height: int = Field(default=720, ge=180, le=4320)
