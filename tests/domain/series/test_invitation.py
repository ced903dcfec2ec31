"""The invitation e-mail: when, where, who, how to prepare, confidentiality; no case."""

from __future__ import annotations

from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.series.invitation import confidentiality_rule, invitation
from intervisie_desktop.domain.series.model import PlannedMeeting, Series, Venue
from intervisie_desktop.domain.series.plan import set_venue

GROUP = "Wijkteam Noord"


def _second(series: Series) -> PlannedMeeting:
    return series.meetings[1]


def test_dutch_invitation_has_everything_a_member_needs(
    series: Series, library: MethodLibrary
) -> None:
    planned = _second(series)
    text = invitation(
        series,
        planned,
        GROUP,
        "nl",
        method=library.get("incident"),
        confidentiality=confidentiality_rule(library),
    )
    assert text.subject == "Uitnodiging: Intervisie Wijkteam Noord op dinsdag 7 april 2026"
    body = text.body
    assert "bijeenkomst 2 van 6" in body
    assert "Wanneer: dinsdag 7 april 2026, 14:00–16:00" in body
    assert "Waar: Wijkcentrum De Linde, zaal 2" in body
    assert f"Casusinbrenger: {planned.case_presenter}" in body
    assert f"Gespreksbegeleider: {planned.facilitator}" in body
    assert "Werkvorm: Incidentmethode" in body
    assert f"{planned.case_presenter}: schrijf je situatie en je vraag kort op" in body
    assert "één of twee zinnen" in body
    assert "plan van aanpak van de vorige keer" in body  # not the first meeting
    assert f"brengt {series.meetings[2].case_presenter} een casus in" in body
    rule = confidentiality_rule(library)
    assert rule is not None and rule.nl in body
    assert text.as_text().startswith(text.subject + "\n\n")


def test_english_invitation_for_an_online_first_meeting(series: Series) -> None:
    first = series.meetings[0]
    online = set_venue(series, first.id, Venue(online=True, place="https://meet.example/x"))
    text = invitation(online, online.meetings[0], GROUP, "en")
    assert text.subject == "Invitation: Intervisie Wijkteam Noord on Tuesday 10 March 2026"
    assert "When: Tuesday 10 March 2026, 14:00–16:00" in text.body
    assert "Where: Online — https://meet.example/x" in text.body
    assert "meeting 1 of 6" in text.body
    assert "last time's action plan" not in text.body  # nothing to look back on yet
    assert "stays in the group" in text.body  # the rule, even without the library's wording
    assert "Method:" not in text.body  # not chosen yet


def test_a_meeting_without_a_case_presenter_yet(series: Series) -> None:
    planned = _second(series).model_copy(update={"case_presenter": None, "facilitator": None})
    body = invitation(series, planned, GROUP, "nl").body
    assert "Casusinbrenger: volgt nog" in body
    assert "schrijf je situatie" not in body
