"""Meetings kept in the rescue folder because the app had to stop while the data folder
was gone (see ``store.paths.rescue_dir``): said at every start until they are put
back, with what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.store.paths import rescue_dir, rescued_meetings


def tell_rescued(parent: QWidget) -> None:
    found = rescued_meetings()
    if not found:
        return
    text = QCoreApplication.translate(
        "Rescued",
        "The app once had to stop while its data folder was gone, so it kept the meeting "
        "on this computer, in %1:",
    ).replace("%1", str(rescue_dir()))
    steps = QCoreApplication.translate(
        "Rescued",
        "To open it again, copy the file into the data folder's “meetings” folder under "
        "the name shown after the arrow, then remove it from the rescue folder.",
    )
    lines = [f"• {path.name} → meetings/{meeting_id(path.name)}.json" for path in found]
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Rescued", "A meeting was kept elsewhere"),
        "\n".join([text, *lines, "", steps]),
    )


def meeting_id(file_name: str) -> str:
    """``intervisie-2026-11-30-<id>.json`` (or ``…-<id>-2.json``, a second copy) →
    ``<id>``, the name the meeting has in the data folder."""
    parts = file_name.removesuffix(".json").split("-")
    return parts[4] if len(parts) >= 5 else parts[-1]
