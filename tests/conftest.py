"""Shared fixtures. Qt runs offscreen with two virtual screens (a laptop and a
projector), so no real screen is needed and none is touched.

The whole session runs behind a network tripwire: a Python audit hook raises on
any connection other than a local (AF_UNIX) socket and on any name lookup, and
the test in which that happened fails even if the code swallowed the error.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SCREENS = Path(__file__).parent / "data" / "two_screens.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"

import pytest  # noqa: E402  (after choosing the Qt platform)

from intervisie_desktop.domain.methods import (  # noqa: E402
    MethodLibrary,
    load_method_library,
)


@pytest.fixture(scope="session")
def library() -> MethodLibrary:
    return load_method_library()


class NetworkUsedError(RuntimeError):
    """Raised by the tripwire: the app must never use the network."""


class NetworkTripwire:
    """An audit hook (it cannot be removed, so it stays for the whole session)."""

    CONNECTS = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg"})
    LOOKUPS = frozenset(
        {
            "socket.getaddrinfo",
            "socket.gethostbyname",
            "socket.gethostbyname_ex",
            "socket.gethostbyaddr",
            "socket.getnameinfo",
        }
    )

    def __init__(self) -> None:
        self.violations: list[str] = []

    def hook(self, event: str, args: tuple[Any, ...]) -> None:
        if not event.startswith("socket."):
            return
        if event in self.LOOKUPS:
            self._trip(f"{event}{args!r}")
        elif event in self.CONNECTS:
            family = getattr(args[0], "family", None)
            if family != getattr(socket, "AF_UNIX", object()):
                self._trip(f"{event} to {args[-1]!r}")

    def _trip(self, what: str) -> None:
        self.violations.append(what)
        raise NetworkUsedError(f"network use in a test: {what}")

    def take(self) -> list[str]:
        """The violations so far, forgotten (for the test that trips it on purpose)."""
        found, self.violations[:] = list(self.violations), []
        return found


TRIPWIRE = NetworkTripwire()
sys.addaudithook(TRIPWIRE.hook)


@pytest.fixture(autouse=True)
def _no_network() -> Iterator[None]:
    TRIPWIRE.take()
    yield
    used = TRIPWIRE.take()
    if used:
        pytest.fail(f"the test used the network: {'; '.join(used)}")


@pytest.fixture
def network_tripwire() -> NetworkTripwire:
    return TRIPWIRE
