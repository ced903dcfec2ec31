"""Browse the methods: the list on the left, the chosen method on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.methods import Method, MethodLibrary
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.method_view import MethodView


class LibraryPage(QWidget):
    start_requested = Signal(str)  # method id

    def __init__(self, library: MethodLibrary, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._library = library
        self.method_list = QListWidget()
        self.method_list.setAccessibleName(self.tr("Methods"))
        self.method_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        for method in library.methods:
            text = f"{method.name.get(language)}\n{labels.minutes_text(method.total_minutes)}"
            text += " · " + self.tr("%n steps", "", len(method.steps))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, method.id)
            item.setToolTip(method.purpose.get(language))
            self.method_list.addItem(item)
        self.method_view = MethodView(library, language)
        self.method_list.currentItemChanged.connect(self._show_selected)
        self.method_list.itemActivated.connect(lambda _item: self._request_start())
        self.start_button = QPushButton(self.tr("&Start a meeting with this method"))
        self.start_button.clicked.connect(self._request_start)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        heading = QLabel(self.tr("&Methods"))
        heading.setBuddy(self.method_list)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.method_list)
        left_layout.addWidget(self.start_button)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.method_view)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.method_list.setCurrentRow(0)

    def selected_method(self) -> Method | None:
        item = self.method_list.currentItem()
        return None if item is None else self._library.get(item.data(Qt.ItemDataRole.UserRole))

    def _show_selected(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.method_view.show_method(self._library.get(current.data(Qt.ItemDataRole.UserRole)))

    def _request_start(self) -> None:
        method = self.selected_method()
        if method is not None:
            self.start_requested.emit(method.id)
