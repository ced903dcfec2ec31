"""The case presenter's preparation sheet."""

from __future__ import annotations

from datetime import date

import pytest

from intervisie_desktop.domain.handouts.case_sheet import CaseSheetFacts, case_sheet
from intervisie_desktop.domain.handouts.examples import EXAMPLE_QUESTIONS
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.report_render import to_html, to_markdown


def test_the_sheet_walks_the_case_presenter_through_the_method(library: MethodLibrary) -> None:
    method = library.get("incident")
    facts = CaseSheetFacts(case_presenter="Anna", facilitator="Bram", day=date(2026, 3, 10))
    sheet = case_sheet(method, "nl", facts)
    assert sheet.title == "Je casus voorbereiden"
    assert ("Casusinbrenger", "Anna") in sheet.facts
    assert ("Datum", "10-03-2026") in sheet.facts
    markdown = to_markdown(sheet)
    assert "één of twee zinnen" in markdown
    for example in EXAMPLE_QUESTIONS:
        assert example.nl in markdown
    assert method.suitability.summary.nl in markdown
    assert "Stap 1. Het incident — 5 min: jij bent aan het woord." in markdown
    assert "Stap 3. Analyseronde — 10 min: jij luistert alleen." in markdown
    assert "verslag" in markdown  # what happens with the case afterwards


def test_the_roddel_sheet_says_when_to_listen_silently(library: MethodLibrary) -> None:
    markdown = to_markdown(case_sheet(library.get("roddel"), "en"))
    gossip = next(line for line in markdown.splitlines() if "Gossiping" in line)
    assert "you only listen" in gossip and "back to the group" in gossip


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_rendering_is_marked_confidential(library: MethodLibrary, language: str) -> None:
    sheet = case_sheet(library.get("vijfstappen"), language)
    notice = sheet.confidential
    assert notice
    assert to_markdown(sheet).count(notice) == 2  # at the top and at the end
    assert notice in to_html(sheet)
