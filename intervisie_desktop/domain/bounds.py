"""Limits on every stored value, so a file that passes a type check cannot break the app.

A value outside these bounds (NaN or endless time, a moment without a time zone,
a step of a million years, a note of a gigabyte) is refused when the model is
made, that is when a file is read or imported: the file is then reported with
its field, never shown half-broken. The bounds are far above anything the app
itself produces, and the engine keeps its own values inside them (a test runs
random meetings through a save and a read to check that).
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, StringConstraints

MAX_SECONDS = 366 * 24 * 3600  # time counted on one block: a year, even if left running
MAX_BLOCK_SECONDS = 24 * 3600  # a planned block: a day
MAX_MINUTES = 24 * 60  # one step of a method or an icebreaker
MAX_TURN_SECONDS = 4 * 3600  # one person's turn
MAX_TEXT = 100_000  # one note, a case question, a draft: tens of pages
MAX_DEFINITION_TEXT = 20_000  # an instruction or guidance of a method
MAX_LINE = 500  # a name, a title, an author
MAX_ID = 200  # a block id (a method's id with its step's, and a case prefix)
MAX_PEOPLE = 100
MAX_ITEMS = 20_000  # board items in one meeting
MAX_BLOCKS = 500
MAX_STEPS = 100
MAX_LIST = 1_000  # rules, dilemmas, variants, segments of one kind
MAX_SEGMENTS = 100_000  # every pause and move starts a segment
MIN_YEAR = 1900  # a laptop whose clock battery died may say 1980
MAX_YEAR = 9000  # far from datetime's end, so adding a day or a year never overflows

FILE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"  # an id that names a file


def _in_range(moment: datetime) -> datetime:
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise ValueError(f"the year must be between {MIN_YEAR} and {MAX_YEAR}")
    return moment


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


Moment = Annotated[AwareDatetime, AfterValidator(_in_range)]
"""A wall-clock moment with its time zone (a naive one cannot be compared with the clock)."""

Seconds = Annotated[float, AfterValidator(_finite), Field(ge=0, le=MAX_SECONDS)]
BlockSeconds = Annotated[int, Field(gt=0, le=MAX_BLOCK_SECONDS)]
TurnSeconds = Annotated[float, AfterValidator(_finite), Field(gt=0, le=MAX_TURN_SECONDS)]
Minutes = Annotated[int, Field(gt=0, le=MAX_MINUTES)]
Count = Annotated[int, Field(ge=1, le=MAX_LIST)]
Line = Annotated[str, StringConstraints(max_length=MAX_LINE)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=MAX_LINE)]
Reference = Annotated[str, StringConstraints(max_length=MAX_ID)]
FileId = Annotated[str, StringConstraints(pattern=FILE_ID_PATTERN)]


def clamp_seconds(value: float) -> float:
    """A measured duration as it may be stored (never above :data:`MAX_SECONDS`)."""
    return min(max(0.0, value), float(MAX_SECONDS))
