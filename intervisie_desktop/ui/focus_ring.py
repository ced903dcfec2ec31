"""A focus ring you can see: for lists, trees and text panels that the style marks
with nothing more than a faint line on the selection.

Unfocused, the panel has a thin grey frame with a pixel of window around it;
focused, a two-pixel frame in the selection colour takes both, so the outer
pixel changes from window to selection colour (3:1 or more with the palette of
:mod:`intervisie_desktop.ui.palette`, WCAG 2.4.13). The content does not move.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

RING = (
    "{kind} {{ border: 1px solid palette(mid); margin: 1px; }}"
    "{kind}:focus {{ border: 2px solid palette(highlight); margin: 0px; }}"
)


def show_focus(widget: QWidget) -> None:
    """Give ``widget`` the ring (kept with any style sheet it already has)."""
    kind = widget.metaObject().className()
    widget.setStyleSheet(widget.styleSheet() + RING.format(kind=kind))
