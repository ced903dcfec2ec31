"""Method cards: steps with minutes, who speaks and listens, the rules; any method."""

from __future__ import annotations

from intervisie_desktop.domain.handouts.method_card import method_card
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.report_render import to_html, to_markdown


def test_the_ten_step_card_lists_every_step_with_its_minutes(library: MethodLibrary) -> None:
    method = library.get("tienstappen")
    card = method_card(library, method, "nl")
    assert card.title == method.name.nl == "10-stappenmethode"
    assert ("Duur", "100 min") in card.facts
    headings = [s.title for s in card.sections]
    for number, step in enumerate(method.steps, start=1):
        assert f"Stap {number}. {step.title.nl} — {step.minutes} min" in headings
    markdown = to_markdown(card)
    assert "Hoogstens 3 vragen per groepslid." in markdown


def test_who_speaks_and_who_only_listens(library: MethodLibrary) -> None:
    card = method_card(library, library.get("roddel"), "en")
    gossip = next(s for s in card.sections if "Gossip" in s.title)
    who = gossip.items[0]
    assert who.startswith("Speaking: members · Listening: case presenter — ")
    assert "back to the group" in who


def test_the_rules_are_the_common_ones_and_the_methods_own(library: MethodLibrary) -> None:
    method = library.get("roddel")
    card = method_card(library, method, "nl")
    rules = next(s for s in card.sections if s.title == "Gespreksregels")
    assert rules.items == [r.text.nl for r in library.rules_for(method)]


def test_the_card_is_for_the_room_not_the_facilitators_laptop(library: MethodLibrary) -> None:
    method = library.get("incident")
    markdown = to_markdown(method_card(library, method, "nl"))
    for step in method.steps:
        assert step.instruction.nl in markdown
        assert step.guidance.nl not in markdown  # the facilitator's guidance stays private
    assert "Vertrouwelijk" not in markdown  # no case on it, so no confidentiality line
    assert "<i></i>" not in to_html(method_card(library, method, "nl"))


def test_an_own_method_gets_a_card_too(library: MethodLibrary) -> None:
    own = library.get("vijfstappen").model_copy(
        update={
            "id": "kort-rondje",
            "name": library.get("vijfstappen").name.model_copy(
                update={"nl": "Kort rondje", "en": "Quick round"}
            ),
        }
    )
    custom = library.with_custom([own])
    card = method_card(custom, custom.get("kort-rondje"), "en")
    assert card.title == "Quick round"
    assert len([s for s in card.sections if s.title.startswith("Step ")]) == 5


def test_suggested_minutes_are_said_to_be_suggestions(library: MethodLibrary) -> None:
    markdown = to_markdown(method_card(library, library.get("balint"), "en"))
    assert "The minutes are a suggestion" in markdown
