"""An actor filter that nothing knows is refused, not answered with "0 events" (session 19):
:func:`accord.news.store.known_actor`, as `accord events --actor`, `accord timeline` and the
web's ``?actor=`` use it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.news.readers import make_document
from accord.news.store import Store, UnknownActor, known_actor
from accord.news.types import ActorRef, Event
from accord.scenario import load_bundled

runner = CliRunner()

# no gazetteer or scenario code has a digit in it: codes of this shape are unknown until stored
CODES = st.from_regex(r"\AQ[0-9]{2}[A-Z]{2}\Z")
CASES = st.sampled_from([str.upper, str.lower, str.title])


def _store_event(store: Store, code: str, name: str) -> None:
    """One stored event whose source is ``code`` / ``name`` (an older gazetteer's, say)."""
    doc = make_document(f"{name} met France on that day ({code}).")
    actor = ActorRef(code, "GOV", name, name)
    store.add_document(doc, [Event("CONSULT", (actor,), (ActorRef("FRA", "GOV"),))])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(stored=CODES, other=CODES, case=CASES)
def test_a_stored_code_is_known_and_an_unheard_one_is_refused(
    tmp_path: Path, stored: str, other: str, case: object
) -> None:
    assert callable(case)
    with Store(f"sqlite:///{tmp_path / f'{stored}-{other}.db'}") as store:  # one per example
        _store_event(store, stored, f"Old Name {stored}")
        assert known_actor(store, case(stored)) == case(stored)  # any case, as events() matches
        assert known_actor(store, f"old name {stored.lower()}")  # the canonical name too
        if other != stored:
            with pytest.raises(UnknownActor, match=repr(case(other))):
                known_actor(store, case(other))
            assert store.events(actor=other) == []  # what the refusal stands in for


def test_gazetteer_and_scenario_actors_are_known_before_any_event(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        for actor in ("FRA", "nato", "UN", "Emmanuel Macron", "EU"):
            assert known_actor(store, actor) == actor
        for a in load_bundled("ukraine-2025-02").actors:
            assert known_actor(store, a.id) == a.id


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(code=CODES)
def test_the_cli_refuses_an_unknown_actor_naming_the_option(tmp_path: Path, code: str) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as store:
        _store_event(store, "Q00AA", "Stored Actor")
    for command, option in (
        (["timeline", code], "ACTOR"),
        (["events", "--actor", code], "--actor"),
    ):
        result = runner.invoke(app, [*command, "--db", url])
        if code == "Q00AA":
            assert result.exit_code == 0, result.output
            continue
        assert result.exit_code == 2, result.output
        assert f"{option}: unknown actor code or name {code!r}" in result.stderr
        assert "Traceback" not in result.output
    known = runner.invoke(app, ["timeline", "q00aa", "--db", url, "--json"])
    assert known.exit_code == 0 and '"role": "source"' in known.stdout


@pytest.mark.parametrize("alias", ["Macron", "president macron"])
def test_a_name_as_articles_write_it_is_refused_with_the_name_to_give(
    tmp_path: Path, alias: str
) -> None:
    """Session 20: "Macron" was refused as if nothing knew it ("no ... gazetteer entry has
    it"), though the gazetteer reads it as Emmanuel Macron; the refusal now says so."""
    with Store(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        with pytest.raises(UnknownActor, match=r"reads it as Emmanuel Macron \(FRA\)"):
            known_actor(store, alias)
        assert known_actor(store, "Emmanuel Macron") == "Emmanuel Macron"
    result = runner.invoke(app, ["events", "--actor", alias, "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 2 and "give that name or code" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
