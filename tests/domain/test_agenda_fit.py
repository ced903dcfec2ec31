"""The method chooser and the agenda work together: the sources' two-hour meeting."""

from __future__ import annotations

from datetime import UTC, datetime

from intervisie_desktop.domain.agenda import build_agenda, joined_title
from intervisie_desktop.domain.agenda_fit import AgendaFrame, Trim
from intervisie_desktop.domain.icebreakers import load_builtin_icebreakers
from intervisie_desktop.domain.meeting import Meeting
from intervisie_desktop.domain.meeting_start import meeting_title
from intervisie_desktop.domain.methods import CaptureKind, CaseType, Method, MethodLibrary
from intervisie_desktop.domain.outline import Part, adapt_outline, default_outline
from intervisie_desktop.domain.recommend import (
    Answers,
    Experience,
    Familiarity,
    Reason,
    default_set,
    recommend,
)

VOORSTELRONDE = next(i for i in load_builtin_icebreakers() if i.id == "voorstelronde")  # 9 min


def _frame(new_group: bool, available: int = 120) -> AgendaFrame:
    return AgendaFrame(
        tuple(default_outline(new_group)),
        available,
        VOORSTELRONDE if new_group else None,
        people=6,
    )


def _enabled(frame: AgendaFrame, method: Method) -> dict[Part, bool]:
    return {i.part: i.enabled for i in frame.outline_for(method)}


def test_ten_steps_fits_the_sources_two_hour_meeting(library: MethodLibrary) -> None:
    ten = library.get("tienstappen")
    frame = _frame(new_group=False)
    parts = _enabled(frame, ten)
    assert not parts[Part.EVALUATION]  # its step 10 is the evaluation: not held twice
    assert not parts[Part.INTRODUCTIONS] and parts[Part.CHECK_IN]
    assert frame.total(ten) == 120
    assert frame.fit(ten).fits and frame.method_minutes(ten) == 100


def test_a_complex_question_in_two_hours_recommends_ten_steps(library: MethodLibrary) -> None:
    answers = Answers(CaseType.COMPLEX, agenda=_frame(new_group=False))
    best = recommend(library.methods, answers)[0]
    assert best.method.id == "tienstappen"
    assert Reason.FITS_TIME in best.reasons


def test_a_new_group_is_told_what_it_would_take(library: MethodLibrary) -> None:
    ten = library.get("tienstappen")
    # check-in 10 + introductions 9 + rules 5 + explaining 5 + 100 = 129
    assert _frame(new_group=True).total(ten) == 129
    assert _frame(new_group=True, available=120).fit(ten).trims == (Trim(Part.INTRODUCTIONS, 0),)
    fit = _frame(new_group=True, available=115).fit(ten)
    assert not fit.fits
    assert fit.trims == (Trim(Part.CHECK_IN, 5), Trim(Part.INTRODUCTIONS, 0))
    ranked = recommend(
        library.methods, Answers(CaseType.COMPLEX, agenda=_frame(True, available=115))
    )
    ten_advice = next(r for r in ranked if r.method.id == "tienstappen")
    assert Reason.FITS_IF_TRIMMED in ten_advice.reasons and ten_advice.fits_time
    assert _frame(new_group=True, available=90).fit(ten).trims is None
    too_long = next(
        r
        for r in recommend(library.methods, Answers(agenda=_frame(True, available=90)))
        if r.method.id == "tienstappen"
    )
    assert Reason.TOO_LONG in too_long.reasons


def test_a_method_without_its_own_evaluation_keeps_the_joint_one(library: MethodLibrary) -> None:
    five = library.get("vijfstappen")
    last = five.steps[-1].model_copy(update={"capture": [CaptureKind.NOTES]})
    own = five.model_copy(update={"id": "eigen", "steps": [*five.steps[:-1], last]})
    outline = adapt_outline(default_outline(False), own)
    assert next(i for i in outline if i.part is Part.EVALUATION).enabled


def test_introductions_follow_a_new_group(library: MethodLibrary) -> None:
    five = library.get("vijfstappen")
    new = adapt_outline(default_outline(False), five, new_group=True)
    assert next(i for i in new if i.part is Part.INTRODUCTIONS).enabled
    back = adapt_outline(new, five, new_group=False)
    assert not next(i for i in back if i.part is Part.INTRODUCTIONS).enabled


def test_five_steps_before_peer_inquiry_for_a_practical_question_of_a_new_group(
    library: MethodLibrary,
) -> None:
    for familiarity in Familiarity:
        answers = Answers(
            CaseType.PRACTICAL,
            experience=Experience.NEW,
            familiarity=familiarity,
            agenda=_frame(new_group=True),
        )
        ranking = [r.method.id for r in recommend(library.methods, answers)]
        assert ranking.index("vijfstappen") < ranking.index("intercollegiale-bevraging")
        assert ranking[0] == "vijfstappen"


def test_the_main_manuals_four_methods_are_the_default_set(library: MethodLibrary) -> None:
    ids = {m.id for m in default_set(library.methods, library.is_builtin)}
    assert ids == {"tienstappen", "vijfstappen", "roddel", "incident"}
    own = library.get("balint").model_copy(update={"id": "mijn-balint"})
    with_own = library.with_custom([own])
    assert "mijn-balint" in {m.id for m in default_set(with_own.methods, with_own.is_builtin)}


def test_an_icebreaker_step_title_has_no_doubled_punctuation() -> None:
    assert joined_title("Wie zitten er aan tafel?", "Voorstelronde") == (
        "Wie zitten er aan tafel? Voorstelronde"
    )
    assert joined_title("Belangrijk", "Schrijven") == "Belangrijk: Schrijven"


def test_a_meeting_made_in_dutch_is_named_in_english(library: MethodLibrary) -> None:
    record = Meeting(
        title="Roddelmethode",
        method_id="roddel",
        created=datetime(2026, 11, 2, 14, 0, tzinfo=UTC),
        blocks=build_agenda(library.get("roddel"), []),
    )
    assert meeting_title(record, library, "en") == "Gossip method"
    gone = record.model_copy(update={"method_id": "weg"})
    assert meeting_title(gone, library, "en") == "Roddelmethode"  # the stored title then
