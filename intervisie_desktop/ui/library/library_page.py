"""Browse the methods: the list on the left, the chosen method on the right.

The page is painted first from the light catalogue (names, minutes, steps); the
chosen method's details need the validated library and are built when it comes
(:meth:`LibraryPage.reload`). Until the data folder is open the buttons wait.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.catalogue import ListedMethod, listed_methods
from intervisie_desktop.ui.focus_ring import show_focus
from intervisie_desktop.ui.minutes import minutes_text
from intervisie_desktop.ui.shell import on_demand

if TYPE_CHECKING:
    from intervisie_desktop.domain.methods import Method, MethodLibrary
    from intervisie_desktop.ui.library.method_view import MethodView

# Qt.ItemDataRole.UserRole, by its number: naming Qt's enumeration would build Qt's
# ninety enum classes before the first paint (about a sixth of a bare window's start).
METHOD_ID_ROLE = 0x0100


class LibraryPage(QWidget):
    start_requested = Signal(str)  # method id
    duplicate_requested = Signal(str)
    edit_requested = Signal(str)
    export_requested = Signal(str)
    delete_requested = Signal(str)
    new_requested = Signal()
    import_requested = Signal()

    def __init__(
        self, methods: list[ListedMethod], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library: MethodLibrary | None = None  # the validated one, once it is there
        self._language = language
        self._ready = False  # the data folder is open: the buttons may act
        self._rows: list[ListedMethod] = []
        self.method_view: MethodView | None = None  # built with the library
        self.method_list = QListWidget()
        self.method_list.setAccessibleName(self.tr("Methods"))
        self.method_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        show_focus(self.method_list)
        self.method_list.currentItemChanged.connect(self._show_selected)
        self.method_list.itemActivated.connect(lambda _item: self._request_start())
        self.start_button = QPushButton(self.tr("&Start a meeting with this method"))
        self.start_button.clicked.connect(self._request_start)
        self.card_button = QPushButton(self.tr("Method &card to print…"))
        self.card_button.setToolTip(
            self.tr("The steps with minutes, who speaks and who listens, and the rules, on A4")
        )
        self.card_button.clicked.connect(self.export_card)
        self.duplicate_button = self._button(
            self.tr("D&uplicate as my own…"), self.duplicate_requested
        )
        self.edit_button = self._button(self.tr("Ed&it…"), self.edit_requested)
        self.export_button = self._button(self.tr("E&xport…"), self.export_requested)
        self.delete_button = self._button(self.tr("De&lete"), self.delete_requested)
        self.new_button = QPushButton(self.tr("&New method…"))
        self.new_button.clicked.connect(self.new_requested)
        self.import_button = QPushButton(self.tr("Imp&ort…"))
        self.import_button.clicked.connect(self.import_requested)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        heading = QLabel(self.tr("Metho&ds"))
        heading.setBuddy(self.method_list)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.method_list)
        left_layout.addWidget(self.start_button)
        left_layout.addWidget(self.card_button)
        own = QGridLayout()
        for index, button in enumerate(
            (
                self.duplicate_button,
                self.new_button,
                self.edit_button,
                self.import_button,
                self.export_button,
                self.delete_button,
            )
        ):
            own.addWidget(button, index // 2, index % 2)
        left_layout.addLayout(own)

        self._split = QSplitter()
        self._split.addWidget(left)
        self._split.addWidget(QWidget())  # the method's details, once the library is there
        self._split.setStretchFactor(1, 3)
        self._split.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._split)
        self._show_rows(methods, None)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        """A button acting on the selected method."""
        button = QPushButton(text)
        button.clicked.connect(lambda: self._emit_selected(signal))
        return button

    def _emit_selected(self, signal: SignalInstance) -> None:
        method = self.selected_method()
        if method is not None:
            signal.emit(method.id)

    def set_ready(self, ready: bool) -> None:
        """Whether the data folder is open, so starting and own methods can work."""
        self._ready = ready
        self._update_buttons()

    def reload(self, library: MethodLibrary, select: str | None = None) -> None:
        """Show the validated ``library`` (at start, and after adding an own method)."""
        if self.method_view is None:
            self.method_view = on_demand.method_view(library, self._language)
            placeholder = self._split.replaceWidget(1, self.method_view)
            if placeholder is not None:
                placeholder.deleteLater()
        self._library = library
        self.method_view.set_library(library)
        self._show_rows(listed_methods(library, self._language), select)

    def _show_rows(self, rows: list[ListedMethod], select: str | None) -> None:
        item = self.method_list.currentItem()
        current = select or (item.data(METHOD_ID_ROLE) if item else None)
        self._rows = rows
        self.method_list.clear()
        for row in rows:
            text = f"{row.name}{' ★' if row.own else ''}\n"
            text += minutes_text(row.minutes)
            text += " · " + self.tr("%n steps", "", row.steps)
            item = QListWidgetItem(text)
            item.setData(METHOD_ID_ROLE, row.id)
            item.setToolTip(row.purpose)
            self.method_list.addItem(item)
        ids = [r.id for r in rows]
        self.method_list.setCurrentRow(ids.index(current) if current in ids else 0)

    def selected_method(self) -> Method | None:
        item = self.method_list.currentItem()
        if item is None or self._library is None:
            return None
        return self._library.get(item.data(METHOD_ID_ROLE))

    def _show_selected(self, current: QListWidgetItem | None) -> None:
        if current is not None and self._library is not None and self.method_view is not None:
            self.method_view.show_method(self._library.get(current.data(METHOD_ID_ROLE)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        method = self.selected_method()  # None until the library is there
        own = (
            method is not None
            and self._library is not None
            and not self._library.is_builtin(method.id)
        )
        self.card_button.setEnabled(method is not None)
        for button in (self.start_button, self.duplicate_button):
            button.setEnabled(self._ready and method is not None)
        for button in (self.new_button, self.import_button):
            button.setEnabled(self._ready and self._library is not None)
        for button in (self.edit_button, self.export_button, self.delete_button):
            button.setEnabled(self._ready and own)

    def export_card(self) -> None:
        """A method card for any method, own methods too (built from the same data)."""
        method = self.selected_method()
        if method is not None and self._library is not None:
            on_demand.export_method_card(self, self._library, method, self._language)

    def _request_start(self) -> None:
        method = self.selected_method()
        if method is not None and self._ready:
            self.start_requested.emit(method.id)
