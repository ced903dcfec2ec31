"""Rows of buttons that wrap when narrow, and a projector preview whose texts fit whole:
what keeps the meeting page readable at 200 % text."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import Participants, SessionEngine
from intervisie_desktop.domain.methods import Role
from intervisie_desktop.domain.text import LocalizedText
from intervisie_desktop.ui.flow_layout import FlowLayout
from intervisie_desktop.ui.meeting.session_controller import SessionController
from intervisie_desktop.ui.projector.presenter_view import PresenterView

WORDS = ["Previous block", "Start / pause", "Next block", "One minute less", "One minute more"]
WORDS += ["Blackout", "Start presenting", "Move projector view to the next screen"]


def _buttons(qtbot: QtBot) -> tuple[QWidget, list[QPushButton]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    flow.setContentsMargins(0, 0, 0, 0)
    buttons = []
    for text in WORDS:
        button = QPushButton(text)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        flow.addWidget(button)
        buttons.append(button)
    holder.show()
    return holder, buttons


def _rows(buttons: list[QPushButton]) -> int:
    return len({b.geometry().top() for b in buttons})


def _whole_and_inside(holder: QWidget, buttons: list[QPushButton]) -> bool:
    inside = QRect(0, 0, holder.width(), holder.height())
    return all(b.width() >= b.sizeHint().width() and inside.contains(b.geometry()) for b in buttons)


def test_buttons_take_one_row_where_there_is_room(qtbot: QtBot) -> None:
    holder, buttons = _buttons(qtbot)
    wide = holder.layout().sizeHint().width()
    holder.resize(wide, holder.layout().heightForWidth(wide))
    assert _rows(buttons) == 1
    assert _whole_and_inside(holder, buttons)


def test_narrow_buttons_wrap_to_more_rows_and_stay_whole(qtbot: QtBot) -> None:
    holder, buttons = _buttons(qtbot)
    narrow = holder.layout().minimumSize().width()
    assert narrow < holder.layout().sizeHint().width() // 3
    for width in (narrow, narrow + 40, 2 * narrow):
        holder.resize(width, holder.layout().heightForWidth(width))
        assert _rows(buttons) > 1, width
        assert _whole_and_inside(holder, buttons), width
    assert holder.layout().heightForWidth(narrow) > holder.layout().heightForWidth(2 * narrow)


def test_a_row_shares_its_width_among_buttons_that_may_grow(qtbot: QtBot) -> None:
    holder, buttons = _buttons(qtbot)
    width = 2 * holder.layout().minimumSize().width()
    holder.resize(width, holder.layout().heightForWidth(width))
    first_row = [b for b in buttons if b.geometry().top() == buttons[0].geometry().top()]
    assert first_row[-1].geometry().right() == width - 1


LONG_RULES = [
    LocalizedText(nl=text, en=text)
    for text in (
        "What is said here stays in this group.",
        "Ask open questions; no advice hidden in a question.",
        "Cold is no judgement of the question, only of its use for the case presenter.",
        "Let the case presenter finish before the next question.",
    )
]


def test_a_small_preview_shows_every_text_whole(qtbot: QtBot, clock: FakeClock) -> None:
    """The laptop's preview at its smallest: the texts get smaller, never cut off; the
    full-size wall keeps them at their size."""
    text = "The case presenter gives every question a W (warm), N or C and says why."
    block = Block(
        id="b",
        kind=BlockKind.STEP,
        title=LocalizedText(nl="Rating the questions", en="Rating the questions"),
        planned_seconds=600,
        instruction=LocalizedText(nl=text, en=text),
        speakers=[Role.CASE_PRESENTER],
        listeners=[Role.MEMBERS],
        rules=LONG_RULES,
    )
    engine = SessionEngine([block], clock, Participants(("Anna", "Bram"), "Bram"))
    controller = SessionController(engine, "en", meeting_title="Ten steps")
    sizes = {}
    for width, height in ((288, 162), (1920, 1080)):
        view = PresenterView()
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show_view(controller.public_view())
        view.show()
        qtbot.waitExposed(view)
        page = view.clock_page
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.wordWrap() and label.text():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        sizes[width] = view.rules.font().pixelSize()
    assert sizes[288] < 8 <= sizes[1920]
