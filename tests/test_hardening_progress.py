"""Progress on slow runs (issue 12: SMP on 300 actors ran 153 s without a word)."""

from __future__ import annotations

import pytest

from accord.forecast import forecast
from accord.progress import ThrottledLines, reporting, tick
from accord.scenario import load_bundled


def test_throttled_lines_wait_then_print_now_and_then() -> None:
    now = [0.0]
    lines: list[str] = []
    reporter = ThrottledLines(lines.append, after=3.0, every=5.0, clock=lambda: now[0])
    for second, step in [(1, 1), (3, 2), (4, 3), (8, 4), (9, 5)]:
        now[0] = float(second)
        reporter("smp: turn", step, 100)
    assert lines == ["smp: turn 2 of at most 100 (3 s)", "smp: turn 4 of at most 100 (8 s)"]


def test_tick_without_a_reporter_does_nothing() -> None:
    tick("smp: turn", 1, 2)


@pytest.mark.parametrize(("engine", "what"), [("smp", "smp: turn"), ("bdm", "bdm: round")])
def test_engines_report_each_turn(engine: str, what: str) -> None:
    seen: list[tuple[str, int, int]] = []
    with reporting(lambda w, d, t: seen.append((w, d, t))):
        forecast(load_bundled("ec-emissions-1994"), engine, {"rounds": 3})
    assert seen and all(w == what and t == 3 for w, _, t in seen)
    assert [d for _, d, _ in seen] == list(range(1, len(seen) + 1))
