"""A short chime when a block reaches zero, where the machine can play sound.

Qt's multimedia module is not used (it lives in PySide6-Addons); instead the
platform's own player plays a shipped WAV file. A projector often has no
speaker, so the visual flash is the cue that must always work; the chime is a
bonus and fails silently.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from PySide6.QtWidgets import QApplication

from intervisie_desktop.resources import resource_path

LINUX_PLAYERS = (["paplay"], ["pw-play"], ["aplay", "-q"])


class Chime:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled

    def play(self) -> None:
        if not self.enabled:
            return
        sound = str(resource_path("sounds", "chime.wav"))
        try:
            if sys.platform == "win32":
                import winsound  # noqa: PLC0415

                winsound.PlaySound(sound, winsound.SND_FILENAME | winsound.SND_ASYNC)
                return
            players = [["afplay"]] if sys.platform == "darwin" else LINUX_PLAYERS
            for player in players:
                if shutil.which(player[0]):
                    subprocess.Popen(
                        [*player, sound],
                        stdin=subprocess.DEVNULL,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        start_new_session=True,
                    )
                    return
        except OSError:
            pass
        QApplication.beep()
