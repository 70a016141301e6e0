"""The fuzzing suite's bounded CI profile (issue 12): Hypothesis-generated scenarios, KTAB and
BDM files, DEU rows, PLOVER gold files, articles and CLI options against every reader, every
engine and the main command. The invariants are in :mod:`accord.testing.fuzz`; the long
profile (bench/fuzz_long.py) runs the same checks on >= 100,000 inputs.

``ACCORD_FUZZ_EXAMPLES`` sets the examples per test (default 25: about a minute in all).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.testing import fuzz
from accord.testing import strategies as S

EXAMPLES = int(os.environ.get("ACCORD_FUZZ_EXAMPLES", "25"))
CI = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the CI profile is reproducible; the long profile explores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@CI
@given(S.scenario_texts())
def test_yaml_and_json_scenarios(case: tuple[str, str]) -> None:
    fuzz.check_scenario_file(*case)


@pytest.mark.parametrize(
    ("fmt", "suffix", "strategy"),
    [
        ("ktab-csv", ".csv", S.ktab_csv_texts()),
        ("ktab-xml", ".xml", S.ktab_xml_texts()),
        ("bdm-csv", ".csv", S.bdm_csv_texts()),
        (None, ".csv", S.ktab_csv_texts()),  # recognised from the content
    ],
)
def test_ktab_and_bdm_files(fmt: str | None, suffix: str, strategy: st.SearchStrategy[str]) -> None:
    @CI
    @given(strategy)
    def run(text: str) -> None:
        fuzz.check_scenario_file(suffix, text, fmt)

    run()


@pytest.mark.parametrize("engine", fuzz.ENGINES)
def test_engines(engine: str) -> None:
    @CI
    @given(S.scenarios())
    def run(scenario: object) -> None:
        fuzz.check_forecast(scenario, engine)

    run()


@pytest.mark.parametrize("engine", ["mean", "median", "bdm", "smp", "nash", "exchange"])
def test_zero_spread_ensemble_equals_the_single_run(engine: str) -> None:
    @settings(CI, max_examples=max(5, EXAMPLES // 3))
    @given(S.scenarios(max_actors=4, max_issues=2))
    def run(scenario: object) -> None:
        fuzz.check_zero_spread(scenario, engine)

    run()


@settings(CI, max_examples=max(5, EXAMPLES // 2))
@given(S.cli_forecast_args())
def test_cli_forecast_options(args: list[str]) -> None:
    fuzz.check_cli(args)


@pytest.mark.parametrize("strategy", [S.cli_power_args(), S.cli_other_args()])
def test_cli_power_and_read_only_commands(strategy: st.SearchStrategy[list[str]]) -> None:
    @settings(CI, max_examples=max(5, EXAMPLES // 2))
    @given(strategy)
    def run(args: list[str]) -> None:
        fuzz.check_cli(args)

    run()


@CI
@given(S.articles())
def test_articles(case: tuple[str, str]) -> None:
    fuzz.check_article(*case)


@CI
@given(S.deu_texts())
def test_deu_rows(text: str) -> None:
    fuzz.check_deu(text)


@CI
@given(S.plover_gold_texts())
def test_plover_gold_files(text: str) -> None:
    fuzz.check_plover_gold(text)
