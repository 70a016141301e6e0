"""How the CLI says a warning (session 24): on a terminal a long one is wrapped between words
with each further line under the text, as any warning is; piped or logged, one line."""

from __future__ import annotations

import importlib
import io

import pytest
from rich.console import Console

from accord.cli.output import print_warnings
from accord.forecast import forecast
from accord.scenario.catalogue import load_bundled


def _consent_weight_warning() -> str:
    found = [w for w in forecast(load_bundled("doha-2020-02")).warnings if "outweigh" in w]
    assert found and len(found[0]) > 250  # the long one this is about
    return found[0]


def _said(monkeypatch: pytest.MonkeyPatch, terminal: bool, width: int = 80) -> list[str]:
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=terminal, width=width, color_system=None, soft_wrap=True
    )
    # the module (``accord.cli.app`` the name is the Typer application)
    monkeypatch.setattr(importlib.import_module("accord.cli.app"), "err", console)
    print_warnings([_consent_weight_warning(), "a short one"])
    return buffer.getvalue().splitlines()


@pytest.mark.parametrize("width", [60, 80, 100])
def test_on_a_terminal_the_consent_weight_warning_is_wrapped_under_its_text(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    text = _consent_weight_warning()
    lines = _said(monkeypatch, terminal=True, width=width)
    assert all(len(line) <= width for line in lines), lines
    assert lines[0].startswith("warning: issue 'intra_afghan_talks'") and len(lines) >= 4
    first = [k for k, line in enumerate(lines) if line.startswith("warning:")]
    assert first == [0, len(lines) - 1] and lines[-1] == "warning: a short one"
    rest = lines[1:-1]
    assert all(line.startswith(" " * 9) and line[9] != " " for line in rest), lines
    said = " ".join(line.strip() for line in lines[:-1]).removeprefix("warning: ")
    assert said == text  # every word, in order, none cut


def test_piped_each_warning_stays_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _said(monkeypatch, terminal=False) == [
        f"warning: {_consent_weight_warning()}",
        "warning: a short one",
    ]
