"""`accord ingest` without --coder records the default coder's name and version (session 20).

The default was the bare function behind the rules coder, recorded as
``accord.news.coding.code_document`` with no version, so an export of a store ingested the
plain way had an empty ``coder_version`` and could not say which accord coded it.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app
from accord.news.coders import RulesCoder
from accord.news.ingest import coder_name

runner = CliRunner()
ARTICLE = (
    "Talks in Paris\n24 February 2025. French President Emmanuel Macron met "
    "U.S. President Donald Trump in Washington.\n"
)


def test_default_ingest_records_the_rules_coder_and_its_version(tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(ARTICLE)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    result = runner.invoke(app, ["ingest", str(tmp_path / "talks.txt"), "--db", url])
    assert result.exit_code == 0, result.output
    name, _, version = coder_name(RulesCoder()).partition(" ")
    assert f"{name} {version}" in " ".join(result.stdout.split())
    plover = json.loads(
        runner.invoke(app, ["events", "--db", url, "--format", "plover-json"]).stdout
    )
    assert plover, "the article should yield an event"
    assert {(r["coder"]["name"], r["coder"]["version"]) for r in plover} == {(name, version)}
    exported = runner.invoke(app, ["events", "--db", url, "--format", "csv"]).stdout
    assert {row["coder_version"] for row in csv.DictReader(io.StringIO(exported))} == {version}
