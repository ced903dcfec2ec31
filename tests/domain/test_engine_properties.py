"""Property tests: any sequence of operations and clock jumps against a simple model."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intervisie_desktop.domain.agenda import Block, BlockKind
from intervisie_desktop.domain.clock import FakeClock
from intervisie_desktop.domain.engine import RunState, SessionEngine
from intervisie_desktop.domain.text import LocalizedText


@dataclass
class Reference:
    """The obvious model: time only counts while running, on the current block."""

    planned: list[int]
    state: str = "ready"
    current: int = 0
    used: list[float] = field(default_factory=list)  # since the last restart
    total: list[float] = field(default_factory=list)  # all running time
    asking: bool = False  # "next" on the last block asked "finish?"

    def __post_init__(self) -> None:
        self.used = [0.0] * len(self.planned)
        self.total = [0.0] * len(self.planned)

    def advance(self, seconds: float) -> None:
        if self.state == "running":
            self.used[self.current] += seconds
            self.total[self.current] += seconds

    def apply(self, op: str, arg: int) -> None:
        n = len(self.planned)
        if op == "start" and self.state in ("ready", "paused"):
            self.state = "running"
        elif op == "pause" and self.state == "running":
            self.state = "paused"
        elif op == "toggle":
            self.state = (
                "paused"
                if self.state == "running"
                else ("running" if self.state in ("ready", "paused") else self.state)
            )
        elif op == "jump":
            self._move(arg % n)
        elif op == "next" and self.state != "finished":
            if self.current + 1 < n:
                self._move(self.current + 1)
            elif self.state != "ready" and self.asking:
                self.asking = False
                self.state = "finished"
            elif self.state != "ready":
                self.asking = True
        elif op == "previous":
            if self.asking:
                self.asking = False
            elif self.state == "finished":
                self.state = "running"
            elif self.current > 0:
                self._move(self.current - 1)
        elif op == "minutes":
            self.planned[self.current] = max(60, self.planned[self.current] + arg * 60)
        elif op == "restart":
            self.used[self.current] = 0.0
        elif op == "finish":
            self.asking = False
            self.state = "finished"

    def _move(self, index: int) -> None:
        self.current = index
        self.asking = False
        if self.state != "ready":
            self.state = "running"


operations = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(0, 900, allow_nan=False)),
        st.tuples(
            st.sampled_from(
                [
                    "start",
                    "pause",
                    "toggle",
                    "jump",
                    "next",
                    "previous",
                    "minutes",
                    "restart",
                    "finish",
                ]
            ),
            st.integers(-3, 12),
        ),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(minutes=st.lists(st.integers(1, 30), min_size=1, max_size=8), ops=operations)
def test_engine_matches_the_reference_model(minutes: list[int], ops: list[tuple]) -> None:
    clock = FakeClock()
    blocks = [
        Block(
            id=f"b{i}",
            kind=BlockKind.STEP,
            title=LocalizedText(nl="b", en="b"),
            planned_seconds=m * 60,
        )
        for i, m in enumerate(minutes)
    ]
    engine = SessionEngine(blocks, clock)
    model = Reference([m * 60 for m in minutes])
    advanced_while_running = 0.0
    for op, arg in ops:
        if op == "advance":
            if engine.state is RunState.RUNNING:
                advanced_while_running += arg
            clock.advance(arg)
            model.advance(arg)
        elif op == "jump":
            engine.jump(arg % len(blocks))
            model.apply(op, arg)
        elif op == "minutes":
            engine.add_minutes(arg)
            model.apply(op, arg)
        else:
            getattr(engine, {"toggle": "toggle_pause", "restart": "restart_block"}.get(op, op))()
            model.apply(op, arg)

        assert engine.state.value == model.state
        assert engine.current == model.current
        assert engine.closing_asked == model.asking
        expected = model.planned[model.current] - model.used[model.current]
        assert engine.remaining() == pytest.approx(expected, abs=1e-6)
        assert engine.overrun() == pytest.approx(max(0.0, -expected), abs=1e-6)
        for i in range(len(blocks)):
            assert engine.log.seconds(i) == pytest.approx(model.total[i], abs=1e-6)
    # Paused (or not yet started, or finished) time never counts; the records add up.
    assert engine.log.total() == pytest.approx(advanced_while_running, abs=1e-6)
    assert sum(engine.log.seconds(i) for i in range(len(blocks))) == pytest.approx(
        advanced_while_running, abs=1e-6
    )
