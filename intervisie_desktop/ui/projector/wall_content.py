"""What the wall lists, worded: the case question, the method's steps, today's roles
and the rules, and what the scribe shared. Built only from the public view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.domain.projection import MeetingRole, PublicView
from intervisie_desktop.ui.projector.wall_layout import Entry, Section


def role_name(role: MeetingRole) -> str:
    names = {
        MeetingRole.CASE_PRESENTER: QCoreApplication.translate("Wall", "Case presenter"),
        MeetingRole.SECOND_CASE_PRESENTER: QCoreApplication.translate("Wall", "Second case"),
        MeetingRole.FACILITATOR: QCoreApplication.translate("Wall", "Facilitator"),
        MeetingRole.SCRIBE: QCoreApplication.translate("Wall", "Scribe"),
    }
    return names[role]


def minutes_text(minutes: float) -> str:
    return QCoreApplication.translate("Wall", "%1 min").replace("%1", f"{minutes:g}")


def wall_sections(view: PublicView) -> tuple[Section, ...]:
    """The lists the wall shows now, in order; empty when the clock is all there is."""
    sections = []
    if view.case_question:
        sections.append(
            Section(
                QCoreApplication.translate("Wall", "Case question"), (Entry(view.case_question),)
            )
        )
    if view.method_steps:
        steps = tuple(
            Entry(f"{step.title} — {minutes_text(step.minutes)}", str(step.number))
            for step in view.method_steps
        )
        sections.append(
            Section(QCoreApplication.translate("Wall", "The steps of the method"), steps)
        )
    if view.roles:
        roles = tuple(Entry(f"{role_name(r.role)}: {r.name}") for r in view.roles)
        sections.append(Section(QCoreApplication.translate("Wall", "Roles today"), roles))
    if view.rules_in_focus and view.rules:
        sections.append(
            Section(
                QCoreApplication.translate("Wall", "Rules"),
                tuple(Entry(rule, "•") for rule in view.rules),
            )
        )
    for shared in view.shared:
        items = tuple(Entry(item.text, item.detail) for item in shared.items)
        sections.append(Section(shared.title, items, boxed=True))
    return tuple(sections)
