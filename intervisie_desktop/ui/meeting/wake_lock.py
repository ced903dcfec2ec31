"""Keep the screen awake (no screensaver, no display sleep) while presenting.

Uses wakepy, which asks each platform in its own way (D-Bus inhibit on Linux,
SetThreadExecutionState on Windows, caffeinate on macOS). It never uses the
network. Where no method works, presenting simply goes on without it.
"""

from __future__ import annotations

import contextlib
from typing import Any


class WakeLock:
    def __init__(self) -> None:
        self._mode: Any = None

    @property
    def held(self) -> bool:
        return bool(self._mode is not None and self._mode.active)

    def hold(self) -> None:
        if self._mode is not None:
            return
        try:
            from wakepy import keep  # noqa: PLC0415 - imported only when presenting

            mode = keep.presenting(on_fail="pass")
            mode.__enter__()
            self._mode = mode
        except Exception:
            self._mode = None

    def release(self) -> None:
        if self._mode is None:
            return
        mode, self._mode = self._mode, None
        with contextlib.suppress(Exception):
            mode.__exit__(None, None, None)
