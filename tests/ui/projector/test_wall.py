"""The wall is a flip-over: a shared list is readable from the back of the room.

Floors (cap height of the font actually used): 32 px at 1920×1080 (a projector read
from the back of a meeting room), 22 px at 1280×720 and 18 px at 960×540 (a window
shared in a video call; see ``floor_cap_height``).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import SessionEngine
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.outline import build_meeting_agenda, default_outline
from intervisie_desktop.domain.projection import (
    MeetingRole,
    RoleHolder,
    SharedItem,
    SharedList,
    project,
)
from intervisie_desktop.ui.meeting.session_controller import SessionController
from intervisie_desktop.ui.projector.presenter_view import PresenterView
from intervisie_desktop.ui.projector.wall_layout import floor_cap_height
from intervisie_desktop.ui.shell.main_window import MainWindow
from tests.ui.fake_timers import FakeScheduler
from tests.ui.keys import press
from tests.ui.projector.wall_checks import (
    assert_every_entry_whole,
    cap_height,
    one_block_engine,
    questions_view,
    settle,
)
from tests.ui.projector.wall_samples import QUESTIONS_EN, QUESTIONS_NL

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _view(qtbot: QtBot, width: int, height: int) -> PresenterView:
    view = PresenterView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    return view


def test_the_floors_are_what_the_docs_promise() -> None:
    assert floor_cap_height(1080) == 32
    assert floor_cap_height(720) == pytest.approx(22.67, abs=0.01)
    assert floor_cap_height(540) == 18


@pytest.mark.parametrize("questions", [QUESTIONS_NL, QUESTIONS_EN], ids=["nl", "en"])
def test_21_rated_questions_are_readable_from_the_back_at_1920x1080(
    qtbot: QtBot, clock: FakeClock, questions: tuple[tuple[str, str], ...]
) -> None:
    view = _view(qtbot, 1920, 1080)
    view.show_view(questions_view(one_block_engine(clock), questions))
    settle(view)
    layout = assert_every_entry_whole(view.board)
    assert cap_height(layout) >= 32
    assert layout.page_count == 2
    page = view.board_page.page_number
    assert page.isVisible() and page.text() == "1/2"
    assert QFontMetricsF(page.font()).capHeight() >= 20  # "1/2" is clear too
    clock_box = view.board_page.countdown
    assert clock_box.isVisible() and clock_box.text() == "10:00"  # smaller, still there
    assert clock_box.height() >= 0.1 * 1080
    assert clock_box.fitted_font().pixelSize() >= 80


@pytest.mark.parametrize(("width", "height", "floor"), [(1280, 720, 22), (960, 540, 18)])
@pytest.mark.parametrize("questions", [QUESTIONS_NL, QUESTIONS_EN], ids=["nl", "en"])
def test_ten_questions_fit_one_readable_page_in_a_call_window(  # noqa: PLR0917
    qtbot: QtBot,
    clock: FakeClock,
    questions: tuple[tuple[str, str], ...],
    width: int,
    height: int,
    floor: float,
) -> None:
    view = _view(qtbot, width, height)
    view.show_view(questions_view(one_block_engine(clock), questions[:10]))
    settle(view)
    layout = assert_every_entry_whole(view.board)
    assert layout.page_count == 1 and not view.board_page.page_number.isVisible()
    assert cap_height(layout) >= floor
    heading = view.board_page.heading
    assert heading.text() == "Step 3 of 10 — Rating the questions"
    assert QFontMetricsF(heading.font()).capHeight() >= floor * 0.8
    assert view.board_page.countdown.fitted_font().pixelSize() >= height / 10


def test_a_long_list_in_a_small_window_pages_and_never_drops_below_the_floor(
    qtbot: QtBot, clock: FakeClock
) -> None:
    view = _view(qtbot, 960, 540)
    many = QUESTIONS_NL + QUESTIONS_EN  # 42 questions
    view.show_view(questions_view(one_block_engine(clock), many))
    settle(view)
    layout = assert_every_entry_whole(view.board)
    assert cap_height(layout) >= 18 and layout.page_count > 2


def test_a_short_list_is_large_and_a_single_item_is_a_headline(
    qtbot: QtBot, clock: FakeClock
) -> None:
    view = _view(qtbot, 1920, 1080)
    engine = one_block_engine(clock)
    view.show_view(questions_view(engine, QUESTIONS_EN[:3]))
    settle(view)
    short = cap_height(assert_every_entry_whole(view.board))
    assert short > 40
    view.show_view(questions_view(engine, QUESTIONS_EN[:1], title="Shown now"))
    settle(view)
    headline = assert_every_entry_whole(view.board)
    assert cap_height(headline) > 1.4 * short and headline.columns == 1
    title = next(p for p in headline.pages[0] if p.title)
    assert QFontMetricsF(title.font).capHeight() < cap_height(headline)  # a small caption


def test_a_word_longer_than_a_column_is_broken_not_cut_off(qtbot: QtBot, clock: FakeClock) -> None:
    view = _view(qtbot, 960, 540)
    word = "Arbeidsongeschiktheidsverzekeringsmaatschappijvoorwaardenbesprekingsverslag"
    view.show_view(questions_view(one_block_engine(clock), ((word, "W"), ("Kort?", "N"))))
    settle(view)
    layout = view.board.wall_layout()
    placed = next(p for p in layout.pages[0] if p.text == word)
    assert placed.rect.right() <= view.board.layout_size().width() + 0.5
    assert cap_height(layout) >= 18


def test_the_preview_lays_the_list_out_as_the_wall_does(qtbot: QtBot, clock: FakeClock) -> None:
    """The laptop's small preview pages and wraps exactly like the 1080p wall."""
    shown = questions_view(one_block_engine(clock), QUESTIONS_NL)
    wall = _view(qtbot, 1920, 1080)
    preview = _view(qtbot, 480, 270)
    preview.set_reference_height(1080)
    for view in (wall, preview):
        view.show_view(shown)
        settle(view)
    big, small = wall.board.wall_layout(), preview.board.wall_layout()
    assert big.page_count == small.page_count and big.columns == small.columns
    assert [len(p) for p in big.pages] == [len(p) for p in small.pages]
    assert preview.board_page.page_number.text() == "1/2"


def test_explaining_the_method_lists_its_steps_and_the_rules_block_the_roles(
    qtbot: QtBot, clock: FakeClock, library: MethodLibrary
) -> None:
    method = library.get("tienstappen")
    blocks = build_meeting_agenda(
        default_outline(False), method, library.rules_for(method), None, 5
    )
    engine = SessionEngine(blocks, clock)
    roles = (
        RoleHolder(MeetingRole.CASE_PRESENTER, "Dewi"),
        RoleHolder(MeetingRole.FACILITATOR, "Anna"),
        RoleHolder(MeetingRole.SCRIBE, "Chris"),
    )
    view = _view(qtbot, 1920, 1080)
    engine.jump(next(i for i, b in enumerate(blocks) if b.id == "outline.explain"))
    view.show_view(project(engine, "en", roles=roles))
    settle(view)
    text = view.board.text()
    assert "The steps of the method" in text
    assert (
        "1 Introducing the question — 5 min" in text and "Impressions and advice — 10 min" in text
    )
    assert "Dewi" not in text
    assert cap_height(assert_every_entry_whole(view.board)) >= 32
    engine.jump(next(i for i, b in enumerate(blocks) if b.id == "opening.rules"))
    view.show_view(project(engine, "en", roles=roles))
    settle(view)
    text = view.board.text()
    assert "Roles today" in text and "Case presenter: Dewi" in text
    assert "Facilitator: Anna" in text and "Scribe: Chris" in text
    assert "Rules" in text and engine.block.rules[0].en in text
    assert not view.board_page.rules.isVisible()  # the rules are the content, not a footnote
    assert_every_entry_whole(view.board)


def _share_all_questions(window: MainWindow, questions: tuple[tuple[str, str], ...]) -> None:
    meeting = window.meeting
    assert meeting is not None
    for text, _rating in questions:
        meeting.board.add(BoardItem(kind=ItemKind.QUESTION, text=text))
    meeting.board.share_list(ItemKind.QUESTION, True)


def test_the_facilitator_pages_the_list_with_ctrl_page_keys_and_the_clicker_still_moves(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    window = demo_window
    meeting = window.meeting
    assert meeting is not None
    _share_all_questions(window, QUESTIONS_EN)  # 6 of the demo + 21
    meeting.present()
    presenter = meeting.presenter
    qtbot.waitUntil(lambda: presenter.view.listing)
    label = presenter.view.board_page.page_number
    pages = presenter.view.board.page_count
    assert pages >= 2 and label.text() == f"1/{pages}"
    window.activateWindow()
    meeting.page.timeline.setFocus()
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert label.text() == f"2/{pages}"
    assert meeting.page.preview.board_page.page_number.text() == f"2/{pages}"
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)  # before the first page: the last one
    assert label.text() == f"{pages}/{pages}"
    block = meeting.controller.engine.current
    press(qtbot, Qt.Key.Key_PageDown)  # the clicker's key moves the meeting on
    assert meeting.controller.engine.current == block + 1
    assert label.text() == f"1/{pages}"  # a new step starts on the first page


def test_the_case_question_is_off_until_the_facilitator_shows_it(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    question = meeting.record.case_question
    view = meeting.presenter.view
    assert question and question not in view.board.text()
    action = demo_window.actions_[
        __import__(
            "intervisie_desktop.ui.shell.key_bindings", fromlist=["Command"]
        ).Command.SHOW_CASE_QUESTION
    ]
    assert not action.isChecked()
    meeting.page.timeline.setFocus()
    press(qtbot, Qt.Key.Key_I, CTRL_SHIFT)
    assert action.isChecked() and question in view.board.text()
    assert view.listing
    layout = assert_every_entry_whole(view.board)
    assert layout.columns == 1 and layout.page_count == 1  # a headline
    press(qtbot, Qt.Key.Key_I, CTRL_SHIFT)
    assert not action.isChecked() and question not in view.board.text()


def test_the_redefinition_stays_on_the_wall_while_advising_and_nothing_else_goes_with_it(
    demo_window: MainWindow,
) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    controller, board = meeting.controller, meeting.board
    blocks = controller.engine.blocks
    step8 = next(i for i, b in enumerate(blocks) if b.id.endswith(".redefinition"))
    controller.jump(step8)
    board.add(
        BoardItem(
            kind=ItemKind.REDEFINITION,
            text="My problem is that I say yes before I have thought.",
            block_id=blocks[step8].id,
        )
    )
    board.add(BoardItem(kind=ItemKind.NOTE, text="PRIVATE-note-31c7", block_id=blocks[step8].id))
    view = meeting.presenter.view
    assert "say yes before" not in view.board.text()  # not while it is being written
    controller.next()  # step 9: impressions and advice
    assert "say yes before" in view.board.text() and view.listing
    assert "PRIVATE" not in "\n".join(view.visible_texts())
    assert "Anna" not in view.board.text()  # no other board item came along
    controller.next()  # step 10
    assert "say yes before" not in view.board.text()


def test_the_calm_warning_colours_only_the_clock(demo_window: MainWindow, clock: FakeClock) -> None:
    meeting = demo_window.meeting
    assert meeting is not None
    controller, view = meeting.controller, meeting.presenter.view
    normal = view.styleSheet()
    clock.advance(controller.engine.remaining() - 30)
    controller.refresh()
    assert "#ffc83d" in view.styleSheet()  # the standard style: the whole screen is amber
    settings = demo_window.context.folder.settings.model_copy(
        update={"warning_style": "clock_only"}
    )
    meeting.apply_settings(settings)
    assert view.styleSheet() == normal  # the screen keeps its calm colours
    assert view.countdown.colour() == "#ffc83d"
    assert view.status.text() == "Time is nearly up"  # still said in words
    clock.advance(31)
    controller.refresh()
    assert view.styleSheet() == normal and view.countdown.colour() == "#ff9e9e"
    assert controller.public_view().flash  # just past zero: the full style would flash white


class _StyleChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_a_tick_sets_no_style_sheet_and_lays_nothing_out_again(
    qtbot: QtBot, clock: FakeClock
) -> None:
    scheduler = FakeScheduler(clock)
    engine = one_block_engine(clock)
    controller = SessionController(engine, "en", timers=scheduler.timer)
    controller.set_shared(
        (SharedList("Questions", tuple(SharedItem(t, r) for t, r in QUESTIONS_EN)),)
    )
    view = _view(qtbot, 1920, 1080)
    ticks = []
    controller.changed.connect(lambda: (ticks.append(1), view.show_view(controller.public_view())))
    controller.refresh()
    QApplication.processEvents()
    layout = view.board.wall_layout()
    styles = _StyleChanges()
    view.installEventFilter(styles)
    ticks.clear()
    scheduler.advance(10.01)
    assert len(ticks) == 10  # one wake-up per second, on the second
    assert view.board_page.countdown.text() == "9:50"
    assert styles.count == 0
    assert view.board.wall_layout() is layout
