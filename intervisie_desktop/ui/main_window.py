"""The facilitator's main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop import __version__
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.method_view import MethodView


class MainWindow(QMainWindow):
    def __init__(self, library: MethodLibrary, language: str) -> None:
        super().__init__()
        self._library = library
        self._language = language
        self.setWindowTitle(self.tr("Intervisie Desktop"))
        self.resize(1100, 720)

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

        left = QWidget()
        left_layout = QVBoxLayout(left)
        heading = QLabel(self.tr("&Methods"))
        heading.setBuddy(self.method_list)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.method_list)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.method_view)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 800])
        self.setCentralWidget(split)
        self._build_menus()
        self.statusBar().showMessage(
            self.tr("Everything you enter stays on this computer. No network is used.")
        )
        self.method_list.setCurrentRow(0)
        self.method_list.setFocus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Intervisie Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about_qt)

    def _show_selected(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.method_view.show_method(self._library.get(current.data(Qt.ItemDataRole.UserRole)))

    def about_text(self) -> str:
        return self.tr(
            "<h3>Intervisie Desktop %1</h3>"
            "<p>For the facilitator of an intervisie meeting: methods, a timer for the "
            "projector and private notes.</p>"
            "<p>What is said in intervisie stays in the group: this app keeps everything "
            "in local files on this computer and never uses the network.</p>"
            "<p>Licence: GNU GPL version 3 or later.</p>"
        ).replace("%1", __version__)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Intervisie Desktop"), self.about_text())
