"""Series, pre-talk records and evaluations in the data folder: per group, private,
damaged files set aside, encrypted with the rest, and gone with the group's retention."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from intervisie_desktop.domain.group import Group
from intervisie_desktop.domain.series.evaluation import Evaluation, EvaluationResponse
from intervisie_desktop.domain.series.model import Series
from intervisie_desktop.domain.series.plan import Rotation, plan_series
from intervisie_desktop.domain.series.pretalk import PretalkRecord
from intervisie_desktop.store import crypto
from intervisie_desktop.store.envelope import ENCRYPTED_MAGIC, DataFileError, MissingFileError
from intervisie_desktop.store.repository import DataFolder
from tests.domain.series.plans import PLAN

NOW = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
NOTE = "VOORBESPREKING-91c: Eva twijfelt of haar leidinggevende de casus herkent"
PASSPHRASE = "correct horse battery staple"
SECRET = NOTE.split(":", maxsplit=1)[0].encode()


def _series(group_id: str, start: date = date(2026, 3, 10)) -> Series:
    plan = replace(PLAN, start=start)
    return plan_series(group_id, plan, Rotation(["Anna", "Bram", "Eva"], []), NOW)


def _pretalk(series: Series, updated: datetime = NOW) -> PretalkRecord:
    return PretalkRecord(
        group_id=series.group_id,
        series_id=series.id,
        planned_meeting_id=series.meetings[0].id,
        case_presenter="Eva",
        note=NOTE,
        updated=updated,
    )


def _evaluation(group_id: str, day: date) -> Evaluation:
    return Evaluation(
        group_id=group_id,
        day=day,
        responses=[EvaluationResponse(ratings={"safety": 4}, comments={"change": NOTE})],
        updated=NOW,
    )


def test_saved_per_group_and_read_back(folder: DataFolder) -> None:
    ours, theirs = _series("wijkteam"), _series("andere-groep", date(2026, 1, 6))
    earlier = _series("wijkteam", date(2025, 9, 2))
    for series in (ours, theirs, earlier):
        folder.planning.save_series(series)
    assert folder.planning.load_series(ours.id) == ours
    assert folder.planning.list_series("wijkteam") == [earlier, ours]  # first to start first
    assert len(folder.planning.list_series()) == 3

    record = _pretalk(ours)
    folder.planning.save_pretalk(record)
    assert folder.planning.pretalk_for(ours.meetings[0].id) == record
    assert folder.planning.pretalk_for(ours.meetings[1].id) is None
    assert folder.planning.list_pretalks("andere-groep") == []

    later = _evaluation("wijkteam", date(2026, 4, 7))
    first = _evaluation("wijkteam", date(2026, 3, 10))
    for evaluation in (later, first, _evaluation("andere-groep", date(2026, 3, 1))):
        folder.planning.save_evaluation(evaluation)
    assert folder.planning.list_evaluations("wijkteam") == [first, later]
    assert folder.planning.load_evaluation(first.id) == first
    assert folder.problems == []


def test_deleting_a_series_takes_its_pre_talks_but_not_the_evaluations(
    folder: DataFolder,
) -> None:
    series = _series("wijkteam")
    folder.planning.save_series(series)
    folder.planning.save_pretalk(_pretalk(series))
    other = _pretalk(_series("wijkteam"))
    folder.planning.save_pretalk(other)
    evaluation = _evaluation("wijkteam", date(2026, 3, 10))
    folder.planning.save_evaluation(evaluation)
    folder.planning.delete_series(series.id)
    with pytest.raises(MissingFileError):
        folder.planning.load_series(series.id)
    assert folder.planning.list_pretalks() == [other]
    assert folder.planning.list_evaluations("wijkteam") == [evaluation]
    assert not list((folder.root / "backups" / "pretalks").glob(f"{series.id}*"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_file_and_folder_is_private(folder: DataFolder) -> None:
    before = os.umask(0o022)
    try:
        series = _series("wijkteam")
        folder.planning.save_series(series)
        folder.planning.save_series(series)  # a backup too
        folder.planning.save_pretalk(_pretalk(series))
        folder.planning.save_evaluation(_evaluation("wijkteam", date(2026, 3, 10)))
    finally:
        os.umask(before)
    for name in ("series", "pretalks", "evaluations"):
        assert stat.S_IMODE((folder.root / name).stat().st_mode) == 0o700
        for path in (folder.root / name).iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for path in (folder.root / "backups").rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) in (0o600, 0o700)


def test_a_damaged_pre_talk_is_set_aside_and_reported(folder: DataFolder) -> None:
    series = _series("wijkteam")
    good = _pretalk(series)
    folder.planning.save_pretalk(good)
    damaged = _pretalk(series).model_copy(update={"id": "beschadigd01"})
    folder.planning.save_pretalk(damaged)
    path = folder.root / "pretalks" / "beschadigd01.json"
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    assert folder.planning.list_pretalks() == [good]  # the rest is still there
    (problem,) = folder.problems
    assert problem.name == "pretalks/beschadigd01.json"
    assert problem.quarantined_as is not None
    assert problem.quarantined_as.read_bytes() == raw[: len(raw) // 2]
    with pytest.raises(DataFileError):
        folder.planning.load_pretalk("beschadigd01")
    assert NOTE not in str(problem.params) and NOTE not in problem.name


def test_a_file_with_another_id_inside_is_refused(folder: DataFolder) -> None:
    series = _series("wijkteam")
    folder.planning.save_series(series)
    (folder.root / "series" / f"{series.id}.json").rename(folder.root / "series" / "ander.json")
    with pytest.raises(DataFileError, match="id_mismatch"):
        folder.planning.load_series("ander")


def test_encryption_covers_series_pre_talks_and_evaluations(data_dir: Path) -> None:
    with DataFolder.open(data_dir) as folder:
        series = _series("wijkteam")
        folder.planning.save_series(series)
        record = _pretalk(series)
        folder.planning.save_pretalk(record)
        folder.planning.save_pretalk(record)  # and a backup
        folder.planning.save_evaluation(_evaluation("wijkteam", date(2026, 3, 10)))
        folder.enable_encryption(PASSPHRASE)
    leaking = [
        p.relative_to(data_dir).as_posix()
        for p in data_dir.rglob("*")
        if p.is_file() and SECRET in p.read_bytes()
    ]
    assert leaking == []
    for name in ("series", "pretalks", "evaluations"):
        for path in (data_dir / name).glob("*.json"):
            assert path.read_bytes().startswith(ENCRYPTED_MAGIC)
    with DataFolder.open(data_dir, crypto.unlock(data_dir, PASSPHRASE)) as folder:
        (record,) = folder.planning.list_pretalks("wijkteam")
        assert record.note == NOTE
        assert folder.planning.list_series("wijkteam") == [series]


def test_retention_removes_old_pre_talks_and_evaluations_with_the_meetings(
    folder: DataFolder,
) -> None:
    folder.save_group(Group(id="wijkteam", name="Wijkteam", retention_months=6))
    series = _series("wijkteam")
    folder.planning.save_series(series)
    old = _pretalk(series, updated=NOW - timedelta(days=400))
    recent = _pretalk(series, updated=NOW)
    other_group = _pretalk(_series("andere"), updated=NOW - timedelta(days=400))
    for record in (old, recent, other_group):
        folder.planning.save_pretalk(record)
    old_evaluation = _evaluation("wijkteam", date(2024, 12, 1))
    new_evaluation = _evaluation("wijkteam", date(2026, 1, 20))
    folder.planning.save_evaluation(old_evaluation)
    folder.planning.save_evaluation(new_evaluation)
    folder.retention.apply(folder.retention.plan(NOW))
    assert {r.id for r in folder.planning.list_pretalks()} == {recent.id, other_group.id}
    assert folder.planning.list_evaluations("wijkteam") == [new_evaluation]
    assert folder.planning.list_series("wijkteam") == [series]  # no case in it: kept


def test_old_pre_talks_and_evaluations_are_shown_in_the_plan_before_they_go(
    folder: DataFolder,
) -> None:
    """Even when no meeting is due: the plan lists them, and only the plan's go."""
    folder.save_group(Group(id="wijkteam", name="Wijkteam", retention_months=6))
    series = _series("wijkteam")
    old = _pretalk(series, updated=NOW - timedelta(days=400))
    written_again = _pretalk(series, updated=NOW - timedelta(days=300))
    old_evaluation = _evaluation("wijkteam", date(2024, 12, 1))
    recent_evaluation = _evaluation("wijkteam", date(2026, 1, 20))
    for record in (old, written_again):
        folder.planning.save_pretalk(record)
    for evaluation in (old_evaluation, recent_evaluation):
        folder.planning.save_evaluation(evaluation)
    plan = folder.retention.plan(NOW)
    assert plan.meetings == () and not plan.is_empty
    shown = {(r.record.kind, r.record.record_id) for r in plan.records}
    assert shown == {
        ("pretalk", old.id),
        ("pretalk", written_again.id),
        ("evaluation", old_evaluation.id),
    }
    assert {r.record.person for r in plan.records if r.record.kind == "pretalk"} == {"Eva"}
    assert len(folder.planning.list_pretalks()) == 2  # nothing goes before it is applied
    folder.planning.save_pretalk(written_again.model_copy(update={"updated": NOW}))
    folder.retention.apply(plan)
    assert [r.id for r in folder.planning.list_pretalks()] == [written_again.id]
    assert folder.planning.list_evaluations("wijkteam") == [recent_evaluation]


def test_a_clock_years_ahead_does_not_age_recent_pre_talks(folder: DataFolder) -> None:
    """The horizon follows the newest pre-talk or evaluation too, not the clock alone."""
    folder.save_group(Group(id="wijkteam", name="Wijkteam", retention_months=6))
    folder.planning.save_pretalk(_pretalk(_series("wijkteam"), updated=NOW))
    plan = folder.retention.plan(NOW + timedelta(days=3650))
    assert plan.clock_ahead and plan.is_empty
