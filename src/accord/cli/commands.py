"""Which module defines each CLI command, and its one-line help, without importing it.

``accord --help`` lists every command, and ``accord NAME`` needs only NAME's module: importing
all of them (and through them numpy, scipy, SQLAlchemy, the news coder...) made the CLI take
seconds to answer. This table lets :class:`accord.cli.app._AccordGroup` list commands from here
and import a command's modules only when it runs.

Adding a command: define it in a module of :data:`MODULES` as usual and add a row here; the test
``tests/cli/test_cli_lazy.py`` fails until the row matches the command's docstring. A command
missing from the table still works (every module is then imported), only more slowly, and is
not listed by ``--help``.
"""

from __future__ import annotations

MODULES: tuple[str, ...] = (
    "accord.cli.backtest_commands",
    "accord.cli.backup_commands",
    "accord.cli.corpus_commands",
    "accord.cli.db_commands",
    "accord.cli.events_commands",
    "accord.cli.format_commands",
    "accord.cli.institution_commands",
    "accord.cli.ledger_commands",
    "accord.cli.news_commands",
    "accord.cli.question_commands",
    "accord.cli.scenario_commands",
    "accord.cli.serve_commands",
    "accord.cli.sweep_commands",
    "accord.cli.votes_commands",
)
"""Every module that registers commands on :data:`accord.cli.app.app`."""

_S = "accord.cli.scenario_commands"
_N = "accord.cli.news_commands"
_E = "accord.cli.events_commands"

COMMANDS: dict[str, tuple[tuple[str, ...], str]] = {
    "scenarios": ((_S,), "List the scenarios bundled with accord."),
    "show": ((_S,), "Print a scenario's actors, issues and stance matrix."),
    "validate": (
        (_S,),
        "Check scenario files or bundled ids: exit 0 if all are valid, else 2 with every problem.",
    ),
    "convert": (
        (_S,),
        "Convert a scenario between formats (inferred from the file extensions).",
    ),
    "forecast": (
        (_S,),
        "Forecast the outcome of each issue of a scenario (default: ukraine-2025-02).",
    ),
    "engines": ((_S,), "List the available engines."),
    "compare": (
        ("accord.cli.question_commands",),
        "Every engine's forecast side by side with the status quo, and their spread.",
    ),
    "explain": (
        ("accord.cli.question_commands",),
        "Why the forecast: each actor's weight share and the inputs that move it most.",
    ),
    "ledger": (
        ("accord.cli.ledger_commands",),
        "The forecast ledger: recorded forecasts, resolutions and scores.",
    ),
    "schema": (
        ("accord.cli.format_commands",),
        "Print the JSON Schema of scenario files (for editors and other tools).",
    ),
    "formats": (
        ("accord.cli.format_commands",),
        "List the scenario file formats accord reads and writes.",
    ),
    "power": (
        ("accord.cli.institution_commands",),
        "Exact a priori voting power (Shapley-Shubik or Banzhaf) of a body or weighted game.",
    ),
    "votes": (
        ("accord.cli.votes_commands",),
        "UN General Assembly roll calls: fit ideal points, predict drafts, evaluate.",
    ),
    "backtest": (
        ("accord.cli.backtest_commands",),
        "Run engines on every issue of a data set and report the mean absolute error.",
    ),
    "sweep": (
        ("accord.cli.sweep_commands",),
        "Sensitivity sweep: forecast SCENARIO at every point of a grid or Latin hypercube.",
    ),
    "backtest-fit": (
        ("accord.cli.backtest_commands",),
        "Fit the learned DEU forecaster (penalty chosen by grouped CV) and save it.",
    ),
    "ingest": ((_N,), "Read articles into the news store and code their events."),
    "documents": ((_N,), "List the ingested documents, oldest first."),
    "events": (
        (_N, _E, "accord.cli.corpus_commands"),
        "Stored PLOVER events: list them (no subcommand) or evaluate the coder.",
    ),
    "timeline": ((_N,), "An actor's events by date, as a table and optionally a picture."),
    "evidence": (
        (_E,),
        "List stance evidence for a scenario found in the stored documents, or score it.",
    ),
    "update": (
        (_E,),
        "Propose a revised scenario from the stored news, print the changes, write it atomically.",
    ),
    "serve": (
        ("accord.cli.serve_commands",),
        "Start the workbench: a local web app and its HTTP API under /api/v1.",
    ),
    "backup": (
        ("accord.cli.backup_commands",),
        "Copy a SQLite news store or ledger safely while others write, and check the copy.",
    ),
    "db": (
        ("accord.cli.db_commands",),
        "A database's schema revisions (status) and their upgrade to this accord's (upgrade).",
    ),
}
"""Command name -> (modules to import before it runs, its one-line help), in listing order."""
