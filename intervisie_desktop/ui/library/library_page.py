"""Browse the methods: the list on the left, the chosen method on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
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

from intervisie_desktop.domain.handouts.method_card import method_card
from intervisie_desktop.domain.methods import Method, MethodLibrary
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.focus_ring import show_focus
from intervisie_desktop.ui.library.method_view import MethodView
from intervisie_desktop.ui.reports.handout_export import export_handout, safe_name


class LibraryPage(QWidget):
    start_requested = Signal(str)  # method id
    duplicate_requested = Signal(str)
    edit_requested = Signal(str)
    export_requested = Signal(str)
    delete_requested = Signal(str)
    new_requested = Signal()
    import_requested = Signal()

    def __init__(self, library: MethodLibrary, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._library = library
        self._language = language
        self.method_list = QListWidget()
        self.method_list.setAccessibleName(self.tr("Methods"))
        self.method_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        show_focus(self.method_list)
        self.method_view = MethodView(library, language)
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

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.method_view)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.reload(library)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        """A button acting on the selected method."""
        button = QPushButton(text)
        button.clicked.connect(lambda: self._emit_selected(signal))
        return button

    def _emit_selected(self, signal: SignalInstance) -> None:
        method = self.selected_method()
        if method is not None:
            signal.emit(method.id)

    def reload(self, library: MethodLibrary, select: str | None = None) -> None:
        """Show ``library`` (e.g. after adding a custom method)."""
        item = self.method_list.currentItem()
        current = select or (item.data(Qt.ItemDataRole.UserRole) if item else None)
        self._library = library
        self.method_view.set_library(library)
        self.method_list.clear()
        for method in library.methods:
            own = "" if library.is_builtin(method.id) else " ★"
            text = f"{method.name.get(self._language)}{own}\n"
            text += labels.minutes_text(method.total_minutes)
            text += " · " + self.tr("%n steps", "", len(method.steps))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, method.id)
            item.setToolTip(method.purpose.get(self._language))
            self.method_list.addItem(item)
        ids = [m.id for m in library.methods]
        self.method_list.setCurrentRow(ids.index(current) if current in ids else 0)

    def selected_method(self) -> Method | None:
        item = self.method_list.currentItem()
        return None if item is None else self._library.get(item.data(Qt.ItemDataRole.UserRole))

    def _show_selected(self, current: QListWidgetItem | None) -> None:
        if current is None:
            return
        method = self._library.get(current.data(Qt.ItemDataRole.UserRole))
        self.method_view.show_method(method)
        own = not self._library.is_builtin(method.id)
        for button in (self.edit_button, self.export_button, self.delete_button):
            button.setEnabled(own)

    def export_card(self) -> None:
        """A method card for any method, own methods too (built from the same data)."""
        method = self.selected_method()
        if method is not None:
            report = method_card(self._library, method, self._language)
            export_handout(self, report, f"{safe_name(method.name.get(self._language))}.pdf")

    def _request_start(self) -> None:
        method = self.selected_method()
        if method is not None:
            self.start_requested.emit(method.id)
