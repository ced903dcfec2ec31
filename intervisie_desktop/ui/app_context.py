"""What every window of the app is given: the one core object, passed explicitly.

No view looks anything up globally: the language, the clock, the data folder,
the sound, the screen-awake lock and the timer type all come from here, so a
test builds a context with a fake clock and fake timers and drives the real UI.
"""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_desktop.domain.clock import Clock
from intervisie_desktop.ui.data.folder_service import FolderService
from intervisie_desktop.ui.meeting.chime import Chime
from intervisie_desktop.ui.meeting.wake_lock import WakeLock
from intervisie_desktop.ui.timers import TimerFactory, qt_timer


@dataclass
class AppContext:
    language: str
    clock: Clock
    folder: FolderService
    chime: Chime
    wake_lock: WakeLock
    timers: TimerFactory = qt_timer
