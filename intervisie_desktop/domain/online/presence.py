"""Where the people of a meeting are: all in the room, all in a video call, or some of
each (hybrid), and who is in the call then.

The meeting record stores it as ``Meeting.online`` (everyone in a call) and
``Attendance.online`` (who joins by video in a hybrid meeting); :class:`Presence` is
the one reading of those two fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Setting(StrEnum):
    ROOM = "room"  # everyone in the room
    ONLINE = "online"  # everyone in a video call
    HYBRID = "hybrid"  # some in the room, some in a call


@dataclass(frozen=True)
class Presence:
    setting: Setting = Setting.ROOM
    in_call: frozenset[str] = frozenset()  # hybrid: who joins by video

    @classmethod
    def of(cls, online: bool, in_call: Iterable[str] = ()) -> Presence:
        """From the stored fields: ``online`` wins; a hybrid meeting with nobody in the
        call is a meeting in the room."""
        if online:
            return cls(Setting.ONLINE)
        names = frozenset(name.strip() for name in in_call if name.strip())
        return cls(Setting.HYBRID, names) if names else cls()

    @property
    def anyone_in_call(self) -> bool:
        return self.setting is not Setting.ROOM

    def joins_by_video(self, name: str | None) -> bool:
        """Whether ``name`` is in the call (in an online meeting everyone is; no name, no one)."""
        if name is None or self.setting is Setting.ROOM:
            return False
        return self.setting is Setting.ONLINE or name.strip() in self.in_call

    def stored(self, present: Iterable[str]) -> tuple[bool, list[str]]:
        """``Meeting.online`` and ``Attendance.online``: who is in the call, of those
        ``present``, in their order (nobody is named in an online meeting: it is everyone)."""
        if self.setting is not Setting.HYBRID:
            return self.setting is Setting.ONLINE, []
        return False, [name for name in present if name in self.in_call]


class OnlineAdvice(StrEnum):
    """What the sources say to weigh before meeting online (the UI words it)."""

    FIRST_MEETING_IN_PERSON = "first_meeting_in_person"  # live is better the first time
    BODY_LANGUAGE = "body_language"  # nuance and body language are harder to read on screen


def online_advice(presence: Presence, new_group: bool) -> OnlineAdvice | None:
    """A note for the facilitator when anyone joins by video: for a group meeting for the
    first time, meeting in person is better; otherwise a reminder to watch closely."""
    if not presence.anyone_in_call:
        return None
    return OnlineAdvice.FIRST_MEETING_IN_PERSON if new_group else OnlineAdvice.BODY_LANGUAGE


__all__ = ["OnlineAdvice", "Presence", "Setting", "online_advice"]
