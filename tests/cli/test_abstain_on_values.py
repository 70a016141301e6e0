"""``accord evidence evaluate --abstain-on NAME=VALUE`` refuses a VALUE that the signal NAME
never takes in an item's classes, naming it (session 20: ``strength=abc`` or ``issues=7``
matched no item and silently dropped nothing, exit 0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import run_cli
from tests.news.test_evidence_confidence import WEAK_CUE_GOLD


@pytest.fixture(scope="module")
def gold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("abstain") / "gold.jsonl"
    path.write_text(json.dumps(WEAK_CUE_GOLD) + "\n")
    return path


def _evaluate(gold: Path, signal_class: str) -> tuple[int, str]:
    return run_cli("evidence", "evaluate", str(gold), "--json", "--coder", "rules",
                   "--abstain-on", signal_class)  # fmt: skip


@pytest.mark.parametrize("taken", ["strength=0.5", "negated=1", "issues=3", "holder=quote"])
def test_a_value_the_signal_takes_is_accepted(taken: str, gold: Path) -> None:
    code, output = _evaluate(gold, taken)
    assert code == 0, output


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("strength", st.sampled_from(["abc", "0.50", "nan", "inf", "1e400"])),
            ("against", st.sampled_from(["yes", "true", "2", "-1"])),
            ("cues", st.integers(4, 99).map(str)),
            ("holders", st.sampled_from(["-1", "one", "3.0"])),
        ]
    ).flatmap(lambda pair: pair[1].map(lambda value: f"{pair[0]}={value}"))
)
def test_a_value_the_signal_never_takes_is_refused(gold: Path, never: str) -> None:
    code, output = _evaluate(gold, never)
    assert code == 2 and repr(never) in output and "--abstain-on" in output
