"""A refusal quotes a date value as the file wrote it (session 44's before-stop review: an
unknown field holding an unquoted YAML date was shown as ``datetime.date(2025, 1, 1)``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import ScenarioError
from accord.scenario.io import load

SCENARIO = """\
id: dated
title: Dated
as_of: 2025-02-20
horizon: 2025-03-01
actors:
  - {id: A, name: A, capability: 50}
issues:
  - {id: x, title: X, scale: {low: no, high: yes}, status_quo: 50}
stances:
  - {actor: A, issue: x, position: 20, salience: 0.5}
"""


def test_an_unknown_field_holding_a_date_is_quoted_as_written(tmp_path: Path) -> None:
    path = tmp_path / "dated.yaml"
    path.write_text(SCENARIO)
    with pytest.raises(ScenarioError) as caught:
        load(path)
    text = str(caught.value)
    assert "horizon: unknown field" in text
    assert "(got '2025-03-01')" in text
    assert "datetime.date" not in text
