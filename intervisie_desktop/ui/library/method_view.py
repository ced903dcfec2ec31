"""Read-only view of one method: its purpose, rules and steps with their texts."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.domain.methods import Method, MethodLibrary, Step
from intervisie_desktop.ui import labels
from intervisie_desktop.ui.focus_ring import show_focus


class MethodView(QWidget):
    """Shows a method's header, rules, step list and the selected step's texts."""

    def __init__(self, library: MethodLibrary, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._library = library
        self._language = language
        self._method: Method | None = None

        self.title = QLabel()
        self.title.setObjectName("methodTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.steps = QTreeWidget()
        self.steps.setAccessibleName(self.tr("Steps of the method"))
        self.steps.setRootIsDecorated(False)
        self.steps.setAlternatingRowColors(True)
        self.steps.setHeaderLabels(
            [self.tr("#"), self.tr("Step"), self.tr("Minutes"), self.tr("Who speaks")]
        )
        header = self.steps.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.steps.currentItemChanged.connect(self._show_current_step)

        self.step_text = QTextBrowser()
        self.step_text.setAccessibleName(self.tr("Texts of the selected step"))
        self.step_text.setOpenLinks(False)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.steps)
        split.addWidget(self.step_text)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        self.rules = QTextBrowser()
        self.rules.setAccessibleName(self.tr("Rules of the method"))
        for panel in (self.steps, self.step_text, self.rules):
            show_focus(panel)

        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("&Steps"))
        self.tabs.addTab(self.rules, self.tr("&Rules"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def set_library(self, library: MethodLibrary) -> None:
        self._library = library

    def _t(self, text: object) -> str:
        get = getattr(text, "get", None)
        return escape(get(self._language)) if get else escape(str(text))

    def show_method(self, method: Method) -> None:
        self._method = method
        self.title.setText(method.name.get(self._language))
        meta = (
            self.tr("%n minutes", "", method.total_minutes)
            + " · "
            + self.tr("%n steps", "", len(method.steps))
        )
        if method.minutes_are_suggestions:
            meta += " · " + self.tr("the minutes are our suggestion; the source gives none")
        rules = "".join(f"<li>{self._t(r.text)}</li>" for r in self._library.rules_for(method))
        when = escape(self.tr("When to use"))
        trust = escape(labels.trust_name(method.suitability.trust_needed))
        self.summary.setText(
            f"<p><i>{self._t(method.purpose)}</i></p>"
            f"<p><b>{escape(meta)}</b></p>"
            f"<p><b>{when}:</b> {self._t(method.suitability.summary)} ({trust})</p>"
        )
        intro = escape(self.tr("Go through these with the group at the start:"))
        self.rules.setHtml(f"<p>{intro}</p><ul>{rules}</ul>")
        self.steps.clear()
        for number, step in enumerate(method.steps, start=1):
            item = QTreeWidgetItem(
                [
                    str(number),
                    step.title.get(self._language),
                    str(step.minutes),
                    labels.roles_text(step.speakers),
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.steps.addTopLevelItem(item)
        first = self.steps.topLevelItem(0)
        if first is not None:
            self.steps.setCurrentItem(first)

    def _show_current_step(self, current: QTreeWidgetItem | None) -> None:
        if self._method is None or current is None:
            self.step_text.clear()
            return
        step = self._method.steps[self.steps.indexOfTopLevelItem(current)]
        self.step_text.setHtml(self.step_html(step))

    def step_html(self, step: Step) -> str:
        """The step's texts as HTML: room instruction, facilitator guidance, rules, capture."""
        for_room = escape(self.tr("For the room"))
        for_you = escape(self.tr("For you, the facilitator"))
        minutes = escape(labels.minutes_text(step.minutes))
        parts = [
            f"<h3>{self._t(step.title)} — {minutes}</h3>",
            f"<p><b>{for_room}:</b> {self._t(step.instruction)}</p>",
            f"<p><b>{for_you}:</b> {self._t(step.guidance)}</p>",
        ]
        who = escape(self.tr("Speaking")) + ": " + escape(labels.roles_text(step.speakers))
        if step.listeners:
            who += "<br>" + escape(self.tr("Only listening")) + ": "
            who += escape(labels.roles_text(step.listeners))
            if step.listener_note:
                who += f" — {self._t(step.listener_note)}"
        parts.append(f"<p>{who}</p>")
        if step.phases:
            heading = escape(self.tr("Parts"))
            items = "".join(
                f"<li>{self._t(p.title)} ({escape(labels.minutes_text(p.minutes))})</li>"
                for p in step.phases
            )
            parts.append(f"<p><b>{heading}:</b></p><ol>{items}</ol>")
        if step.rules:
            heading = escape(self.tr("Rules for this step"))
            items = "".join(f"<li>{self._t(r)}</li>" for r in step.rules)
            parts.append(f"<p><b>{heading}:</b></p><ul>{items}</ul>")
        details = [escape(labels.turns_name(step.turns))]
        details += [escape(labels.capture_name(c)) for c in step.capture]
        if step.max_questions_per_member:
            limit = self.tr("at most %n questions per member", "", step.max_questions_per_member)
            details.append(escape(limit))
        heading = escape(self.tr("On the board"))
        parts.append(f"<p><b>{heading}:</b> {', '.join(details)}</p>")
        return "".join(parts)
