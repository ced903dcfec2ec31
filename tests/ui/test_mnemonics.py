"""No two controls a facilitator can reach at the same time share an Alt+letter,
in Dutch or in English: not in a menu, not on a tab bar, not in a window or dialog
(the menu bar's letters count with the window's own)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from intervisie_desktop.domain.board import BoardItem, ItemKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.group import Group, Member
from intervisie_desktop.domain.history import FollowUp
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.online.presence import Setting
from intervisie_desktop.domain.series.evaluation import Evaluation
from intervisie_desktop.domain.settings import Settings
from intervisie_desktop.ui.dialogs.help_overlay import ShortcutHelp
from intervisie_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from intervisie_desktop.ui.dialogs.settings_dialog import SettingsDialog
from intervisie_desktop.ui.dialogs.welcome import WelcomeDialog
from intervisie_desktop.ui.library.method_editor import MethodEditor
from intervisie_desktop.ui.meeting.budget_bar import EndTimeDialog, ReplanDialog
from intervisie_desktop.ui.prepare.group_dialog import GroupDialog
from intervisie_desktop.ui.reports.exports import TakeawayDialog
from intervisie_desktop.ui.reports.flip_sheet_export import FlipSheetDialog
from intervisie_desktop.ui.series.evaluation_dialog import EvaluationDialog
from intervisie_desktop.ui.series.planned_ref import PlannedRef
from intervisie_desktop.ui.series.pretalk_dialog import PretalkDialog
from intervisie_desktop.ui.series.series_dialog import SeriesDialog
from intervisie_desktop.ui.shell.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")
WindowIn = Callable[[str], MainWindow]


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(texts: list[str]) -> list[str]:
    letters = Counter(m for t in texts if (m := mnemonic(t)))
    return sorted(
        f"{letter}: {[t for t in texts if mnemonic(t) == letter]}"
        for letter, n in letters.items()
        if n > 1
    )


def visible_texts(window: QWidget) -> list[str]:
    """The mnemonic-bearing texts of what is visible in ``window`` right now."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QTabBar):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
    return texts


def menu_texts(window: MainWindow) -> tuple[list[str], list[list[str]]]:
    titles, menus = [], []
    for action in window.menuBar().actions():
        titles.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            menus.append([a.text() for a in menu.actions() if not a.isSeparator()])
    return titles, menus


def test_the_check_finds_a_clash() -> None:
    assert clashes(["&Edit", "E&xport…", "&Edit…", "Fish && &chips"]) == ["e: ['&Edit', '&Edit…']"]


def _with_group(window: MainWindow) -> Group:
    group = Group(name="Team Noord", members=[Member(name=n) for n in ("Anna", "Bram", "Dewi")])
    window.context.folder.groups.append(group)
    window.context.folder.save_groups()
    return group


def _window_problems(window: MainWindow) -> list[str]:
    """The menus, the methods page, every prepare tab (with two cases and a hybrid
    meeting, so that every control of the first tab shows)."""
    titles, menus = menu_texts(window)
    problems = [f"menu bar {c}" for c in clashes(titles)]
    problems += [f"menu {n} {c}" for n, texts in enumerate(menus) for c in clashes(texts)]
    window.pages.setCurrentWidget(window.methods_page)
    problems += [f"methods page {c}" for c in clashes(titles + visible_texts(window))]
    prepare = window.show_prepare()
    for tabs in window.findChildren(QTabWidget):
        texts = [tabs.tabText(i) for i in range(tabs.count())]
        problems += [f"tab bar {c}" for c in clashes(texts)]
    prepare.people.two_cases.setChecked(True)
    prepare.where.buttons[Setting.HYBRID].setChecked(True)  # "who joins by video" shows
    for index in range(prepare.tabs.count()):
        prepare.tabs.setCurrentIndex(index)
        shown = titles + [prepare.tabs.tabText(i) for i in range(prepare.tabs.count())]
        shown += visible_texts(window)
        problems += [f"prepare tab {index} {c}" for c in clashes(shown)]
    return problems


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_two_reachable_controls_share_a_mnemonic(
    main_window_in: WindowIn, language: str
) -> None:
    window = main_window_in(language)
    problems = _window_problems(window)
    _with_group(window)
    window.show_prepare().people.reload_groups()
    problems += [f"with a group: {p}" for p in _window_problems(window)]
    window.show_prepare().start.click()
    titles, _menus = menu_texts(window)
    problems += [f"meeting page {c}" for c in clashes(titles + visible_texts(window))]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_step_of_a_meeting_has_a_mnemonic_twice(demo_window_in: WindowIn, language: str) -> None:
    """Every block of the demo meeting, with last time's action plan asked about."""
    window = demo_window_in(language)
    assert window.meeting is not None
    page, controller = window.meeting.page, window.meeting.controller
    page.show_follow_up(FollowUp("m", window.context.clock.wall(), "Bram", ("Ask Dewi",)))
    titles, _menus = menu_texts(window)
    controller.jump(0)
    problems = []
    for _block in controller.engine.blocks:
        title = controller.engine.block.title.get(language)
        problems += [f"{title}: {c}" for c in clashes(titles + visible_texts(window))]
        controller.next()
    assert problems == [], "\n".join(problems)


# ----- dialogs -----------------------------------------------------------------------

Dialog = Callable[[MainWindow, MethodLibrary, FakeClock], QDialog]


def _series(window: MainWindow, _library: MethodLibrary, clock: FakeClock) -> SeriesDialog:
    """The series dialog with its meetings planned (their editor and buttons showing)."""
    group = _with_group(window)
    dialog = SeriesDialog(window.context.folder, group, clock, window.context.language, window)
    dialog.form.place.setText("Buurthuis")
    dialog.plan()
    assert dialog.series is not None
    return dialog


def _pretalk(window: MainWindow, library: MethodLibrary, clock: FakeClock) -> QDialog:
    planned = _series(window, library, clock)
    series = planned.series
    assert series is not None
    group = window.context.folder.groups[-1]
    ref = PlannedRef(group, series, series.meetings[0])
    return PretalkDialog(window.context.folder, ref, clock, window.context.language, window)


def _evaluation(window: MainWindow, _library: MethodLibrary, clock: FakeClock) -> QDialog:
    fresh = Evaluation(group_id="g", day=clock.wall().date(), updated=clock.wall())
    return EvaluationDialog(fresh, ["Anna", "Bram"], clock, window.context.language, window)


def _replan(window: MainWindow, _library: MethodLibrary, clock: FakeClock) -> QDialog:
    assert window.meeting is not None
    controller = window.meeting.controller
    clock.advance(30 * 60)
    proposal = controller.engine.replan_proposal()
    assert proposal is not None
    return ReplanDialog(controller, proposal, window)


def _flip_sheet(window: MainWindow, _library: MethodLibrary, _clock: FakeClock) -> QDialog:
    assert window.meeting is not None
    return FlipSheetDialog(window.meeting.board.board, window)


def _coach(window: MainWindow, _library: MethodLibrary, _clock: FakeClock) -> QDialog:
    """The coach's hints on a why-question, opened with Ctrl+I as the scribe would."""
    assert window.meeting is not None
    meeting = window.meeting
    meeting.controller.previous()  # the demo is in the rating step; back to the questions
    why = {"nl": "Waarom zei je ja tegen je leidinggevende?", "en": "Why did you say yes?"}
    item = BoardItem(
        kind=ItemKind.QUESTION,
        text=why[window.context.language],
        block_id=meeting.controller.engine.block.id,
    )
    meeting.board.add(item)
    pane = meeting.page.board_pane
    pane.items.setCurrentRow(pane.model.row_of(item.id))
    return _opened(pane.show_hints)


def _chat_paste(window: MainWindow, _library: MethodLibrary, _clock: FakeClock) -> QDialog:
    """A pasted chat with a name nobody has and a line of the case presenter's own."""
    assert window.meeting is not None
    meeting = window.meeting
    meeting.controller.previous()
    presenter = meeting.controller.engine.participants.case_presenter or "Anna"
    chat = f"Piet Groen\n10:02\nWhat happens then?\n{presenter}\n10:03\nGood question!\n"
    return _opened(lambda: meeting.page.board_pane.paste_chat(chat))


def _opened(open_it: Callable[[], object]) -> QDialog:
    """The dialog ``open_it`` runs (its ``exec`` answered at once)."""
    seen: list[QDialog] = []
    with pytest.MonkeyPatch.context() as patch:

        def exec_(dialog: QDialog) -> int:
            seen.append(dialog)
            return QDialog.DialogCode.Rejected

        patch.setattr(QDialog, "exec", exec_)
        open_it()
    assert seen, "no dialog opened"
    return seen[0]


DIALOGS: dict[str, Dialog] = {
    "settings": lambda w, _l, _c: SettingsDialog(Settings(), None, w),
    "welcome": lambda w, _l, _c: WelcomeDialog(None, w),
    "take-away": lambda w, _l, _c: TakeawayDialog(w, ["Anna", "Bram"]),
    "group": lambda w, _l, _c: GroupDialog(parent=w),
    "end time": lambda w, _l, _c: EndTimeDialog(None, w),
    "help": lambda w, _l, _c: ShortcutHelp(w),
    "passphrase": lambda w, _l, _c: PassphraseDialog(w.context.folder.store, w),
    "method editor": lambda w, library, _c: MethodEditor(library.get("vijfstappen"), w),
    "chat paste": _chat_paste,
    "coach": _coach,
    "series": _series,
    "pre-talk": _pretalk,
    "evaluation": _evaluation,
    "replan": _replan,
    "flip-over sheet": _flip_sheet,
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_dialog_has_a_mnemonic_twice(
    demo_window_in: WindowIn, library: MethodLibrary, clock: FakeClock, language: str, name: str
) -> None:
    window = demo_window_in(language)
    dialog = DIALOGS[name](window, library, clock)
    dialog.show()
    texts = visible_texts(dialog)
    dialog.close()
    assert texts, "nothing the check can read"
    assert clashes(texts) == []
