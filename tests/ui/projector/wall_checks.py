"""Checks that what the wall lists can be read: text size and nothing cut off."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.domain.methods import Role
from intervisie_desktop.domain.projection import PublicView, SharedItem, SharedList, project
from intervisie_desktop.domain.text import LocalizedText
from intervisie_desktop.ui.projector.board_wall import BoardWall
from intervisie_desktop.ui.projector.presenter_view import PresenterView
from intervisie_desktop.ui.projector.wall_layout import WallLayout

TOLERANCE = 0.5  # px: rounding of text metrics


def questions_view(
    engine: SessionEngine, questions: tuple[tuple[str, str], ...], title: str = "Questions"
) -> PublicView:
    shared = (SharedList(title, tuple(SharedItem(text, rating) for text, rating in questions)),)
    return project(engine, "en", shared=shared)


def one_block_engine(clock: FakeClock) -> SessionEngine:
    block = Block(
        id="tienstappen.question-ratings",
        kind=BlockKind.STEP,
        title=LocalizedText(nl="Vragen waarderen", en="Rating the questions"),
        planned_seconds=600,
        instruction=LocalizedText(nl="Geef elke vraag W, N of K.", en="Rate each W, N or C."),
        speakers=[Role.CASE_PRESENTER],
        step_number=3,
        step_count=10,
    )
    engine = SessionEngine([block], clock)
    engine.start()
    return engine


def cap_height(layout: WallLayout) -> float:
    return QFontMetricsF(layout.entry_font).capHeight()


def settle(view: PresenterView) -> None:
    QApplication.processEvents()
    assert view.listing, "the lists should be the main thing on the wall"


def assert_every_entry_whole(wall: BoardWall) -> WallLayout:
    """Every entry appears once, on some page, inside the wall, its wrapped text fully
    inside its rectangle (measured independently of the wall's own layout code)."""
    layout = wall.wall_layout()
    box = QRectF(0, 0, wall.layout_size().width(), wall.layout_size().height())
    expected = Counter(e.text for s in wall.sections() for e in s.entries)
    list_of = {e.text: s.title for s in wall.sections() for e in s.entries}
    seen: Counter[str] = Counter()
    for page in layout.pages:
        rects = []
        titles = [placed.text for placed in page if placed.title]
        lists = {list_of[placed.text] for placed in page if not placed.title}
        assert sorted(titles) == sorted(t for t in lists if t), "each list's title heads its page"
        for placed in page:
            if not placed.title:
                seen[placed.text] += 1
            rect = placed.rect
            assert box.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(rect), (
                f"{placed.text!r} runs off the wall: {rect} not in {box}"
            )
            needed = QFontMetricsF(placed.font).boundingRect(
                QRectF(0, 0, rect.width(), 1e6), Qt.TextFlag.TextWordWrap, placed.text
            )
            assert needed.width() <= rect.width() + TOLERANCE, placed.text
            assert needed.height() <= rect.height() + TOLERANCE, f"{placed.text!r} is clipped"
            rects.append(rect)
            if placed.badge_rect is not None:
                assert box.contains(placed.badge_rect)
        for index, rect in enumerate(rects):
            for other in rects[index + 1 :]:
                assert not rect.intersects(other.adjusted(1, 1, -1, -1)), "entries overlap"
    assert seen == expected, "every entry exactly once, nothing left out"
    return layout
