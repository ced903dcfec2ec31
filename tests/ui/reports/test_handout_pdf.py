"""Handouts go through the take-away's PDF writer: A4, private, confidential where it counts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.domain.demo_board import demo_board
from intervisie_desktop.domain.handouts.case_sheet import case_sheet
from intervisie_desktop.domain.handouts.flip_sheet import flip_sheet
from intervisie_desktop.domain.handouts.method_card import method_card
from intervisie_desktop.domain.methods import MethodLibrary
from intervisie_desktop.domain.report import Report
from intervisie_desktop.ui.reports.exports import write_report


def _pdf(report: Report, path: Path) -> tuple[str, int]:
    write_report(report, path)
    assert path.stat().st_mode & 0o777 == 0o600
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is installed by `make test`"
    text = subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True)
    return text.stdout, text.stdout.count("\f")


@pytest.mark.parametrize("method_id", ["vijfstappen", "incident", "roddel"])
def test_a_method_card_fits_one_a4_page(
    library: MethodLibrary, tmp_path: Path, method_id: str, qapp: object
) -> None:
    method = library.get(method_id)
    text, pages = _pdf(method_card(library, method, "nl"), tmp_path / "card.pdf")
    assert pages == 1
    assert method.steps[-1].title.nl in text
    assert "Vertrouwelijk" not in text


def test_every_page_of_a_flip_over_sheet_says_it_is_confidential(
    tmp_path: Path, qapp: object
) -> None:
    board = demo_board("nl")
    for item in list(board.of_kind(ItemKind.QUESTION)):  # long enough for several pages
        for copy in range(4):
            board.add(item.model_copy(update={"id": f"{item.id}-{copy}"}))
    sheet = flip_sheet(board, ItemKind.QUESTION, "nl")
    text, pages = _pdf(sheet, tmp_path / "flip.pdf")
    assert pages > 1
    assert text.count("wat in intervisie besproken wordt, blijft in de groep") >= pages


def test_the_case_sheet_as_pdf(library: MethodLibrary, tmp_path: Path, qapp: object) -> None:
    text, _pages = _pdf(case_sheet(library.get("incident"), "en"), tmp_path / "case.pdf")
    assert "Preparing your case" in text
    assert "stays in the group" in text
