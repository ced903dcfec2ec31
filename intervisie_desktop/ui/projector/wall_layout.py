"""Laying out what the wall lists: as large as the space allows, never smaller than a
floor the back row can read, in columns and then pages, and every entry whole.

Each entry's text is wrapped with the same :class:`QTextLayout` that paints it, so the
rectangle an entry gets is exactly the height its lines need: nothing is elided or
clipped. When the lists do not fit on one page at the floor, they go onto pages
(fewest pages first, then the largest text that keeps that number of pages).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFont, QFontMetricsF

from intervisie_desktop.ui.projector.wall_text import (
    pixels_for_cap,
    sized,
    text_height,
)

MAX_COLUMNS = 3
MIN_COLUMN_EMS = 13.0  # a column narrower than this many font sizes reads badly
MAX_COLUMN_EMS = 32.0  # wider lines make the room turn their heads: use more columns
SIZE_STEP = 0.94  # try font sizes 6 % apart


def floor_cap_height(view_height: float) -> float:
    """The smallest cap height (px) the wall's lists may use on a view this tall.

    1080 px (a projector, read from the back of a meeting room, ~6 m): 32 px. 540 px
    (a window shared in a video call, shown to participants at about its own size
    or smaller and blurred by the call's compression): 18 px, relatively larger.
    Linear in between (720 px: 22.7 px), proportional outside.
    """
    if view_height >= 1080:
        return 32 * view_height / 1080
    if view_height >= 540:
        return 18 + (view_height - 540) * 14 / 540
    return 18 * view_height / 540


@dataclass(frozen=True)
class Entry:
    text: str
    badge: str = ""  # a rating letter, a step number


@dataclass(frozen=True)
class Section:
    title: str
    entries: tuple[Entry, ...]
    boxed: bool = False  # badges drawn in a box (ratings)


@dataclass(frozen=True)
class Fit:
    """How large the wall's text may be, in the layout's pixels."""

    floor_cap: float
    max_cap: float
    title_scale: float = 1.0  # section titles relative to the entries
    max_columns: int = MAX_COLUMNS


@dataclass(frozen=True)
class Placed:
    text: str
    rect: QRectF  # the wrapped text fits exactly inside
    font: QFont
    badge: str = ""
    badge_rect: QRectF | None = None
    boxed: bool = False
    title: bool = False


@dataclass(frozen=True)
class WallLayout:
    pages: tuple[tuple[Placed, ...], ...]
    entry_font: QFont
    columns: int

    @property
    def page_count(self) -> int:
        return len(self.pages)


@dataclass(frozen=True)
class _Block:
    """One thing to place: a section title glued to its first entry, or an entry."""

    items: tuple[tuple[str, str, bool], ...]  # (text, badge, is title)
    boxed: bool
    badge_width: float
    new_section: bool
    section_title: str = ""  # an entry's list: its title heads a page it continues on

    def with_title(self) -> _Block:
        return replace(self, items=((self.section_title, "", True), *self.items))


class _Flow:
    """Places blocks top to bottom, column by column, page by page."""

    def __init__(
        self,
        size: QSizeF,
        pixels: int,
        base: QFont,
        fit: Fit,
        columns: int,
        *,
        heights: dict[tuple[str, str, float], float],
    ) -> None:
        self._heights = heights
        self.font = sized(base, pixels)
        self.title_font = sized(base, max(1, round(pixels * fit.title_scale)), bold=True)
        self.badge_font = sized(base, pixels, bold=True)
        line = QFontMetricsF(self.font).lineSpacing()
        self.entry_gap, self.section_gap, self.title_gap = 0.3 * line, 0.7 * line, 0.1 * line
        self.gutter = 1.2 * pixels
        self.columns = columns
        self.column_width = (size.width() - self.gutter * (columns - 1)) / columns
        self.height = size.height()
        self.pages: list[list[Placed]] = [[]]
        self.column = 0
        self.y = 0.0

    def badge_width(self, section: Section) -> float:
        badges = [e.badge for e in section.entries if e.badge]
        if not badges:
            return 0.0
        metrics = QFontMetricsF(self.badge_font)
        widest = max(metrics.horizontalAdvance(b) for b in badges)
        padding = 0.5 * metrics.height() if section.boxed else 0.35 * metrics.height()
        return widest + padding + 0.4 * metrics.height()

    def _measure(self, block: _Block) -> list[tuple[float, float]]:
        """(gap before, height) of each item of the block."""
        sizes = []
        for index, (text, _badge, is_title) in enumerate(block.items):
            font = self.title_font if is_title else self.font
            width = self.column_width - (0 if is_title else block.badge_width)
            gap = self.title_gap if index else 0.0
            key = (text, font.key(), width)
            if key not in self._heights:
                self._heights[key] = text_height(text, font, width)
            sizes.append((gap, self._heights[key]))
        return sizes

    def place(self, block: _Block) -> bool:
        """Put the block in the next free place; False if it cannot fit in a column."""
        sizes = self._measure(block)
        total = sum(gap + height for gap, height in sizes)
        if total > self.height:
            return False
        gap = (self.section_gap if block.new_section else self.entry_gap) if self.y else 0.0
        if self.y + gap + total > self.height:
            self.column += 1
            if self.column == self.columns:
                self.column = 0
                self.pages.append([])
                block, sizes = self._continued(block, sizes)
            self.y, gap = 0.0, 0.0
        self.y += gap
        x = self.column * (self.column_width + self.gutter)
        self._put(block, sizes, x)
        return True

    def _continued(
        self, block: _Block, sizes: list[tuple[float, float]]
    ) -> tuple[_Block, list[tuple[float, float]]]:
        """A list that goes on on a new page gets its title again there (if it fits):
        the room sees what the page is, not only "2/2"."""
        if block.new_section or not block.section_title:
            return block, sizes
        titled = block.with_title()
        titled_sizes = self._measure(titled)
        if sum(gap + height for gap, height in titled_sizes) > self.height:
            return block, sizes
        return titled, titled_sizes

    def _put(self, block: _Block, sizes: list[tuple[float, float]], x: float) -> None:
        for item, (item_gap, height) in zip(block.items, sizes, strict=True):
            self.y += item_gap
            self.pages[-1].append(self._placed(block, item, x, height))
            self.y += height

    def _placed(
        self, block: _Block, item: tuple[str, str, bool], x: float, height: float
    ) -> Placed:
        text, badge, is_title = item
        if is_title:
            return Placed(
                text, QRectF(x, self.y, self.column_width, height), self.title_font, title=True
            )
        indent = block.badge_width
        rect = QRectF(x + indent, self.y, self.column_width - indent, height)
        badge_rect = None
        if badge:
            line = QFontMetricsF(self.font).height()
            badge_rect = QRectF(x, self.y, indent - 0.4 * line, line)
        return Placed(text, rect, self.font, badge, badge_rect, block.boxed)


def _blocks(sections: tuple[Section, ...], flow: _Flow) -> list[_Block]:
    blocks = []
    for section in sections:
        width = flow.badge_width(section)
        items = [(e.text, e.badge, False) for e in section.entries]
        first: list[tuple[str, str, bool]] = [(section.title, "", True)] if section.title else []
        head = first + items[:1]
        if head:
            blocks.append(_Block(tuple(head), section.boxed, width, True))
        blocks += [
            _Block((item,), section.boxed, width, False, section.title) for item in items[1:]
        ]
    return blocks


def _attempt(
    sections: tuple[Section, ...], flow: _Flow, columns: int, pixels: int
) -> WallLayout | None:
    """Flow everything at one font size and column count (None: it cannot fit)."""
    if columns > 1 and flow.column_width < MIN_COLUMN_EMS * pixels:
        return None
    if not all(flow.place(block) for block in _blocks(sections, flow)):
        return None
    return WallLayout(tuple(tuple(page) for page in flow.pages), flow.font, columns)


def lay_out(sections: tuple[Section, ...], size: QSizeF, base: QFont, fit: Fit) -> WallLayout:
    """The layout of ``sections`` in a box of ``size``: one page with the largest text
    that fits; otherwise the fewest pages at no less than the floor."""
    if not sections or size.width() < 1 or size.height() < 1:
        return WallLayout(((),), sized(base, 12), 1)
    floor = pixels_for_cap(base, fit.floor_cap)
    largest = max(floor, pixels_for_cap(base, fit.max_cap))
    sizes: list[int] = []
    pixels = float(largest)
    while round(pixels) > floor:
        if not sizes or round(pixels) != sizes[-1]:
            sizes.append(round(pixels))
        pixels *= SIZE_STEP
    sizes.append(floor)
    found: list[WallLayout] = []
    heights: dict[tuple[str, str, float], float] = {}  # measured once per font and width
    for pixels in sizes:
        widest = MAX_COLUMN_EMS * pixels + 1.2 * pixels
        fewest_columns = min(fit.max_columns, math.ceil(size.width() / widest))
        for columns in range(max(1, fewest_columns), fit.max_columns + 1):
            flow = _Flow(size, pixels, base, fit, columns, heights=heights)
            attempt = _attempt(sections, flow, columns, pixels)
            if attempt is None:
                continue
            if attempt.page_count == 1:
                return attempt
            found.append(attempt)
    if not found:  # not even one entry fits a column at the floor: the floor still holds
        return _fallback(sections, size, base, fit, floor)
    fewest = min(layout.page_count for layout in found)
    return next(layout for layout in found if layout.page_count == fewest)


def _fallback(
    sections: tuple[Section, ...], size: QSizeF, base: QFont, fit: Fit, floor: int
) -> WallLayout:
    """A very long single entry in a tiny window: one column at the floor, each entry on
    its own page, as much as shows (the only case where text can run off the box)."""
    flow = _Flow(size, floor, base, fit, 1, heights={})
    pages = []
    for block in _blocks(sections, flow):
        flow.pages, flow.y = [[]], 0.0
        flow._put(block, flow._measure(block), 0.0)
        pages.append(tuple(flow.pages[-1]))
    return WallLayout(tuple(pages), flow.font, 1)
