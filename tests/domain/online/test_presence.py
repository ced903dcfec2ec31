"""Who is in the room and who in the call: one reading of the two stored fields."""

from __future__ import annotations

from intervisie_desktop.domain.online.presence import (
    OnlineAdvice,
    Presence,
    Setting,
    online_advice,
)

PRESENT = ["Anna", "Bram", "Chris", "Dewi"]


def test_online_means_everyone_is_in_the_call() -> None:
    presence = Presence.of(True, ["Anna"])
    assert presence.setting is Setting.ONLINE and presence.anyone_in_call
    assert all(presence.joins_by_video(name) for name in PRESENT)
    assert not presence.joins_by_video(None)


def test_hybrid_names_who_joins_by_video_and_the_rest_are_in_the_room() -> None:
    presence = Presence.of(False, ["Dewi ", "  ", "Anna"])
    assert presence.setting is Setting.HYBRID
    assert [n for n in PRESENT if presence.joins_by_video(n)] == ["Anna", "Dewi"]


def test_nobody_in_the_call_is_a_meeting_in_the_room() -> None:
    assert Presence.of(False, []) == Presence() == Presence.of(False, [" "])
    assert not Presence().anyone_in_call and not Presence().joins_by_video("Anna")


def test_what_is_stored_reads_back_as_the_same_presence() -> None:
    hybrid = Presence(Setting.HYBRID, frozenset({"Dewi", "Anna", "Gone"}))
    online, in_call = hybrid.stored(PRESENT)
    assert (online, in_call) == (False, ["Anna", "Dewi"])  # in the order present; absent out
    assert Presence.of(online, in_call) == Presence(Setting.HYBRID, frozenset({"Anna", "Dewi"}))
    assert Presence(Setting.ONLINE).stored(PRESENT) == (True, [])
    assert Presence().stored(PRESENT) == (False, [])
    assert Presence(Setting.HYBRID, frozenset({"Gone"})).stored(PRESENT) == (False, [])


def test_the_sources_advise_meeting_live_the_first_time() -> None:
    assert online_advice(Presence(), new_group=True) is None
    online = Presence(Setting.ONLINE)
    assert online_advice(online, new_group=True) is OnlineAdvice.FIRST_MEETING_IN_PERSON
    assert online_advice(online, new_group=False) is OnlineAdvice.BODY_LANGUAGE
    hybrid = Presence.of(False, ["Anna"])
    assert online_advice(hybrid, new_group=True) is OnlineAdvice.FIRST_MEETING_IN_PERSON
