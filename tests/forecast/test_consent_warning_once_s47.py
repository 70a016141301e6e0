"""Session 47 (leftovers), item 3: the consent-weight warning is said once per scenario.

Until session 47 each issue where actors without consent outweigh a consent actor had its own
300-character warning with the same remedy: three in the bundled Minsk and Ukraine cases and the
example Armenia-Azerbaijan one (session 46's author's trial, finding 12). Now one warning names
each issue with its actors and weights, and the remedy once."""

from __future__ import annotations

from typer.testing import CliRunner

from accord.cli import app
from accord.forecast import forecast
from accord.forecast.checks import CONSENT_ADVICE
from accord.scenario.catalogue import load_bundled
from accord.scenario.io import load
from tests.helpers import ROOT

runner = CliRunner()


def _consent(warnings: list[str]) -> list[str]:
    return [w for w in warnings if "outweigh" in w]


def test_minsk_gives_one_consent_warning_naming_its_three_issues() -> None:
    (warning,) = _consent(forecast(load_bundled("minsk-2015-02")).warnings)
    assert warning.startswith("3 issues ('ceasefire', 'special_status', 'border_control'): ")
    assert "on 'ceasefire' SEP (12) by DEU (40.5), USA (33), FRA (31.5); " in warning
    assert "on 'border_control' SEP (12) by USA (27.5), DEU (27), FRA (21); " in warning
    assert warning.count(CONSENT_ADVICE) == 1 and warning.endswith(CONSENT_ADVICE)


def test_one_issue_keeps_its_sentence() -> None:
    (warning,) = _consent(forecast(load_bundled("doha-2020-02")).warnings)
    assert warning == (
        "issue 'intra_afghan_talks': actors whose consent is not needed outweigh consent actor "
        f"TAL (24, capability x salience): USA (56); {CONSENT_ADVICE}"
    )


def test_the_example_and_compare_say_it_once() -> None:
    example = ROOT / "examples" / "data" / "armenia-azerbaijan-2025-08.yaml"
    for engine in ("mean", "bdm"):
        (warning,) = _consent(forecast(load(example), engine).warnings)
        assert warning.startswith("3 issues (") and warning.count(CONSENT_ADVICE) == 1
    done = runner.invoke(app, ["compare", str(example)])
    assert done.exit_code == 0, done.output
    assert done.stderr.count("outweigh") == 1
