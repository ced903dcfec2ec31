"""The take-away PDF reads as plain letters (no "ﬁ" glyph where "fi" was written), and
names its title and language, for searching, copying and screen readers."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from intervisie_desktop.domain.demo_board import demo_board
from intervisie_desktop.domain.report import Report, TakeawayOptions
from intervisie_desktop.ui.reports import pdf_export
from intervisie_desktop.ui.reports.exports import write_report
from intervisie_desktop.ui.shell.main_window import MainWindow

LIGATURES = range(0xFB00, 0xFB07)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ


def _poppler(tool: str, *args: str) -> str:
    found = shutil.which(tool)
    assert found, f"{tool} (poppler-utils) is installed by `make test`"
    return subprocess.run([found, *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def takeaway(demo_window_in: Callable[[str], MainWindow]) -> Report:
    meeting = demo_window_in("nl").meeting
    assert meeting is not None
    meeting.board.board = demo_board("nl", complete=True)
    return meeting.takeaway(TakeawayOptions())


def test_the_takeaway_text_extracts_as_plain_letters(takeaway: Report, tmp_path: Path) -> None:
    pdf = tmp_path / "meegeven.pdf"
    write_report(takeaway, pdf)
    text = _poppler("pdftotext", str(pdf), "-")
    assert "Probleemdefinities" in text
    assert [hex(ord(c)) for c in text if ord(c) in LIGATURES] == []


def test_with_ligatures_the_check_sees_the_glyph(
    takeaway: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the test above guards against: Qt's default font joins f and i."""
    monkeypatch.setattr(pdf_export, "without_ligatures", lambda font: font)
    pdf = tmp_path / "meegeven.pdf"
    write_report(takeaway, pdf)
    assert "de\ufb01nities" in _poppler("pdftotext", str(pdf), "-")


def test_the_pdf_names_its_title_and_language(takeaway: Report, tmp_path: Path) -> None:
    pdf = tmp_path / "meegeven.pdf"
    write_report(takeaway, pdf)
    assert "Title:           Wat je meeneemt" in _poppler("pdfinfo", str(pdf))
    metadata = _poppler("pdfinfo", "-meta", str(pdf))
    assert "<dc:language><rdf:Bag><rdf:li>nl</rdf:li></rdf:Bag></dc:language>" in metadata
    assert '<rdf:li xml:lang="x-default">Wat je meeneemt</rdf:li>' in metadata
