"""Warnings raised in ``--workers N`` processes (session 43; session 42's closing note): they
are said by the command as every other warning, one ``warning:`` line through
:func:`accord.cli.app.say_warning`, kept by ``-q``, left out by ``-qq``, and once, however many
workers raised them. Until session 43 each worker printed its own in Python's own form (the full
path, the category, the source line), whatever ``-qq`` said.

The input is real: a sweep whose every point gives issue ``x`` no forecast (both actors' salience
on it is 0), so that each worker's forecasts raise the same ``AccordWarning``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import accord_process

SCENARIO = """\
id: two
title: Two actors
actors:
  - {id: A, name: A, capability: 1}
  - {id: B, name: B, capability: 1}
issues:
  - {id: x, title: X, scale: {low: 0, high: 100}}
  - {id: y, title: Y, scale: {low: 0, high: 100}}
stances:
  - {actor: A, issue: x, position: 10, salience: 0}
  - {actor: B, issue: x, position: 90, salience: 0}
  - {actor: A, issue: y, position: 20, salience: 0.5}
  - {actor: B, issue: y, position: 70, salience: 0.5}
"""

SAID = "warning: issue 'x': no forecast: every actor with a stance on this issue has salience 0"


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("workers") / "two.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    return path


def test_a_warning_raised_on_the_workers_is_said_once_and_follows_the_quiet_level(
    scenario: Path,
) -> None:
    sweep = ("sweep", str(scenario), "--vary", "A.y.position=10,20,30,40", "--seed", "1")
    done = {
        flags: accord_process(*flags, *sweep, "--workers", "2", "--json")
        for flags in ((), ("-q",), ("-qq",))
    }
    for result in done.values():
        assert result.returncode == 0, result.stderr
    assert done[()].stdout == done[("-q",)].stdout == done[("-qq",)].stdout
    assert '"x"' in done[()].stdout
    for flags in ((), ("-q",)):
        assert done[flags].stderr.splitlines() == [SAID], done[flags].stderr
    assert done[("-qq",)].stderr == ""
    inline = accord_process(*sweep, "--json")
    assert inline.returncode == 0 and inline.stdout == done[()].stdout
    # the same line, said by this process, once (it said it once a point until s43-readonly)
    assert inline.stderr.splitlines() == [SAID]
