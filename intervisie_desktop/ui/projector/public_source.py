"""What the projector may know of a meeting: its public view, and when it changed.

The projector's views depend on this protocol only, never on the session, the
board or the meeting record, so they structurally cannot show a private note or
the facilitator's guidance (a layer contract keeps it so).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance

from intervisie_desktop.domain.projection import PublicView


class PublicSource(Protocol):
    @property
    def changed(self) -> SignalInstance: ...

    @property
    def blackout(self) -> bool: ...

    def public_view(self) -> PublicView: ...
