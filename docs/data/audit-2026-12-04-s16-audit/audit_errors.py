"""Bad-input audit of every accord command (session 16): run each case, print the table.

The project's rule: a user error names the file, the field and the value, and exits non-zero
without a traceback. Each case below is one bad input to one command, with the words a clear
message must contain (usually the file's name and the offending value). A case fails when the
command prints a traceback, exits 0 on input it should refuse, exits with a status other than
0, 1 or 2, runs past the time limit, or leaves out an expected word.

    python3 docs/data/audit-2026-12-04-s16-audit/audit_errors.py --src src [--out FILE.json]

Fixtures are written into a fresh temporary folder; nothing is downloaded and no reference
data are read except the header row shapes hard-coded here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SCENARIO = """\
id: mini
title: Minimal
as_of: '2025-01-01'
actors:
- id: A
  name: Alpha
  capability: {cap}
- id: B
  name: Beta
  capability: 40.0
issues:
- id: x
  title: Issue X
  scale:
    low: 0.0
    high: 100.0
  status_quo: 0.0
stances:
- actor: {actor}
  issue: x
  position: {pos}
  salience: {sal}
- actor: B
  issue: x
  position: 80.0
  salience: 0.7
"""


def scenario(cap: str = "60.0", actor: str = "A", pos: str = "20.0", sal: str = "0.5") -> str:
    return SCENARIO.format(cap=cap, actor=actor, pos=pos, sal=sal)


REPO = Path(__file__).resolve().parents[3]
"""The repository holding this script (for its test data, e.g. the evidence gold file)."""

DEU_HEADER = "prnrnmc\tisnrnmc\tprnr\tprname\tisnr\ttype\tcouncil\tproc\tcounvte\tproccde\n"


def fixtures(d: Path) -> None:
    """Write every input file the cases name (again before each case: a command that wrongly
    replaces one must not spoil the cases after it)."""
    (d / "empty.yaml").write_text("")
    (d / "empty.txt").write_text("")
    (d / "good.yaml").write_text(scenario())
    (d / "bad.yaml").write_text("id: x\nactors: [1, 2\n")
    (d / "bad.json").write_text('{"id": "x", "actors": [}')
    (d / "latin1.yaml").write_bytes(scenario().replace("Alpha", "Alph\xe9").encode("latin-1"))
    (d / "random.bin").write_bytes(bytes(range(256)) * 4)
    (d / "list.yaml").write_text("- 1\n- 2\n")
    (d / "cap_text.yaml").write_text(scenario(cap="lots"))
    (d / "sal_high.yaml").write_text(scenario(sal="1.7"))
    (d / "actor_unknown.yaml").write_text(scenario(actor="ZZZ"))
    (d / "pos_nan.yaml").write_text(scenario(pos=".nan"))
    (d / "pos_inf.yaml").write_text(scenario(pos="1e309"))
    (d / "cap_1e308.yaml").write_text(scenario(cap="1e308"))
    (d / "cap_neg.yaml").write_text(scenario(cap="-5"))
    (d / "bad.csv").write_text('a,b,c\n1,2\n"unterminated\n')
    (d / "bad.xml").write_text("<Scenario><name>x</name><Actors>")
    (d / "unrelated.txt").write_text("my notes, not written by accord\n")
    (d / "notastore.db").write_text("this is not a database\n")
    (d / "adir").mkdir(exist_ok=True)
    (d / "emptydir").mkdir(exist_ok=True)
    (d / "deu_bad.tsv").write_text(DEU_HEADER + "1\t1\td1\tdocs\td1i1\tReg\n")
    (d / "deu_latin1.tsv").write_bytes((DEU_HEADER + "1\t1\td\xe9\n").encode("latin-1"))
    votes = d / "votes_bad"
    votes.mkdir(exist_ok=True)
    (votes / "un_votes.csv").write_text("rcid,country\n3,United States,US,yes\n")
    (votes / "un_roll_calls.csv").write_text("rcid,session\nx,y\n")
    (votes / "un_roll_call_issues.csv").write_text("rcid\n")
    (d / "news_bad.jsonl").write_text(
        '{"id": "a1", "title": "t", "text": "France and Germany met in Paris.", '
        '"date": "2025-01-02"}\n{"id": "a2", "text": \n'
    )
    (d / "news_latin1.txt").write_bytes("Fran\xe7ois met the minister.\n".encode("latin-1"))
    (d / "gold_bad.json").write_text('[{"id": "g1", "sentence": "x", "event_type": }')
    (d / "gold_types.json").write_text('[{"id": 5, "sentence": 7, "event_type": ["CONSULT"]}]')
    (d / "gold_bad.jsonl").write_text('{"id": "e1", "sentence": "x"}\nnot json at all\n')
    (d / "notamodel.npz").write_text("not a model")
    (d / "notamodel.json").write_text("{not json")


@dataclass
class Case:
    """One bad input to one command and the words a clear answer must contain."""

    command: str
    args: list[str]
    note: str
    expect: list[str] = field(default_factory=list)
    accept: bool = False  # a correct answer (exit 0) is fine, e.g. capability 1e308
    timeout: float = 60.0


def cases() -> list[Case]:
    c: list[Case] = []

    def add(cmd: str, args: str, note: str, *expect: str, accept: bool = False) -> None:
        c.append(Case(cmd, args.split(), note, list(expect), accept))

    add("(top)", "nosuch", "unknown command", "nosuch")
    add("(top)", "--bogus", "unknown option", "--bogus")
    add("scenarios", "scenarios extra", "unexpected argument", "extra")
    # show / validate: scenario files
    for cmd in ("show", "validate"):
        add(cmd, f"{cmd} D/nope.yaml", "missing file", "nope.yaml")
        add(cmd, f"{cmd} D/adir", "a directory", "adir")
        add(cmd, f"{cmd} D/empty.yaml", "empty file", "empty.yaml")
        add(cmd, f"{cmd} D/bad.yaml", "malformed YAML", "bad.yaml", "line")
        add(cmd, f"{cmd} D/bad.json", "malformed JSON", "bad.json", "line")
        add(cmd, f"{cmd} D/latin1.yaml", "non-UTF-8 bytes", "latin1.yaml", "UTF-8")
        add(cmd, f"{cmd} D/random.bin", "binary file", "random.bin")
        add(cmd, f"{cmd} D/list.yaml", "YAML list, not a mapping", "list.yaml")
        add(cmd, f"{cmd} D/cap_text.yaml", "wrong type", "cap_text.yaml", "capability", "lots")
        add(cmd, f"{cmd} D/sal_high.yaml", "out of range", "sal_high.yaml", "salience", "1.7")
        add(cmd, f"{cmd} D/actor_unknown.yaml", "unknown actor", "actor_unknown.yaml", "ZZZ")
        add(cmd, f"{cmd} D/pos_nan.yaml", "NaN position", "pos_nan.yaml", "position", "nan")
        add(cmd, f"{cmd} D/pos_inf.yaml", "1e309 (inf) position", "pos_inf.yaml", "position")
        add(cmd, f"{cmd} D/cap_neg.yaml", "negative capability", "cap_neg.yaml", "capability")
        add(cmd, f"{cmd} D/bad.csv", "malformed CSV", "bad.csv")
        add(cmd, f"{cmd} D/bad.xml", "malformed XML", "bad.xml")
        add(cmd, f"{cmd} D/good.yaml --from nosuch", "unknown format", "nosuch")
        add(cmd, f"{cmd} D/good.yaml --from ktab-csv", "wrong format for the file", "good.yaml")
    add("show", "show nosuch-id", "unknown bundled id", "nosuch-id")
    add("show", "show D/cap_1e308.yaml", "capability 1e308", accept=True)
    add("validate", "validate D/good.yaml D/nope.yaml", "one of two missing", "nope.yaml")
    # convert
    add("convert", "convert D/nope.yaml D/o.yaml", "missing source", "nope.yaml")
    add(
        "convert", "convert D/good.yaml D/unrelated.txt --to yaml", "existing file", "unrelated.txt"
    )
    add("convert", "convert D/good.yaml /proc/x.yaml", "unwritable target", "/proc/x.yaml")
    add("convert", "convert D/good.yaml D/adir", "target is a directory", "adir")
    add("convert", "convert D/good.yaml D/unrelated.txt/x.yaml", "target under a file", "x.yaml")
    add("convert", "convert D/good.yaml D/o.foo", "unknown target extension", "o.foo")
    add("convert", "convert D/good.yaml D/o.yaml --to nosuch", "unknown --to", "nosuch")
    add("convert", "convert D/bad.yaml D/o.json", "malformed source", "bad.yaml")
    # forecast
    f = "forecast D/good.yaml"
    add("forecast", f"{f} --engine nosuch", "unknown engine", "nosuch")
    add("forecast", f"{f} --rounds 0", "--rounds 0", "--rounds")
    add("forecast", f"{f} --runs -1", "--runs -1", "--runs")
    add("forecast", f"{f} --runs 2000000", "--runs above the limit", "2000000")
    add("forecast", f"{f} --runs 5 --seed -1", "--seed -1", "seed", "-1")
    add("forecast", f"{f} --seed abc", "--seed abc", "abc")
    add("forecast", f"{f} --interval 1.5", "--interval 1.5", "--interval")
    add("forecast", f"{f} --interval nan", "--interval nan", "--interval")
    add("forecast", f"{f} --runs 5 --workers -1", "--workers -1", "--workers")
    add("forecast", f"{f} --param oops", "--param without =", "oops")
    add("forecast", f"{f} --engine bdm --param nosuch=1", "unknown engine option", "nosuch")
    add("forecast", f"{f} --engine bdm --param rounds=abc", "bad engine option value", "abc")
    add("forecast", f"{f} --engine bdm --param rounds=-3", "negative rounds option", "-3")
    add("forecast", f"{f} --engine bdm --variant nosuch", "unknown variant", "nosuch")
    add("forecast", f"{f} --agreement-ideal nosuch", "unknown agreement ideal", "nosuch")
    add("forecast", f"{f} --format nosuch", "unknown format", "nosuch")
    add("forecast", f"{f} --format csv --out /proc/x.csv", "unwritable --out", "/proc/x.csv")
    add("forecast", f"{f} --format csv --out D/unrelated.txt", "--out existing", "unrelated.txt")
    add("forecast", f"{f} --format parquet --out D/good.yaml", "--out onto a scenario", "good.yaml")
    add("forecast", f"{f} --out D/f.csv", "--out without --format", "--format")
    add("forecast", f"{f} --json --out D/f.json", "--json --out", "--format")
    add("forecast", f"{f} --report /proc/x.html", "unwritable --report", "/proc/x.html")
    add("forecast", f"{f} --report D/adir", "--report a directory", "adir")
    add("forecast", f"{f} --runs 5 --scheduler notanaddress", "bad scheduler", "notanaddress")
    add("forecast", f"{f} --interval inf", "--interval inf", "--interval")
    add("forecast", f"{f} --record --db D/notastore.db", "--db not a store", "notastore.db")
    add("forecast", f"{f} --record --db D/adir", "--db a directory", "adir")
    add("forecast", "forecast D/pos_nan.yaml", "NaN in scenario", "pos_nan.yaml", "nan")
    add("forecast", "forecast D/cap_1e308.yaml --engine bdm", "capability 1e308", accept=True)
    add("forecast", "forecast D/cap_1e308.yaml --engine smp", "capability 1e308 smp", accept=True)
    add("forecast", "forecast D/latin1.yaml", "non-UTF-8 scenario", "latin1.yaml")
    add("engines", "engines extra", "unexpected argument", "extra")
    # compare / explain
    add("compare", "compare D/good.yaml --engine nosuch", "unknown engine", "nosuch")
    add("compare", "compare D/good.yaml --runs 0", "--runs 0", "--runs")
    add("compare", "compare D/nope.yaml", "missing file", "nope.yaml")
    add("compare", "compare D/good.yaml --format xml", "unknown format", "xml")
    add(
        "compare",
        "compare D/good.yaml --format parquet",
        "parquet to a pipe (refused on a tty)",
        accept=True,
    )
    add("compare", "compare D/good.yaml --out D/c.csv", "--out without --format", "--format")
    add("explain", "explain D/good.yaml --issue nosuch", "unknown issue", "nosuch")
    add("explain", "explain D/good.yaml --top 0", "--top 0", "--top")
    add("explain", "explain D/good.yaml --engine nosuch", "unknown engine", "nosuch")
    add("explain", "explain D/nope.yaml", "missing file", "nope.yaml")
    add("explain", "explain D/pos_nan.yaml", "NaN in scenario", "pos_nan.yaml")
    # ledger
    add("ledger", "ledger list --db D/notastore.db", "--db not a store", "notastore.db")
    add("ledger", "ledger list --db D/adir", "--db a directory", "adir")
    add("ledger", "ledger list --db D/unrelated.txt/x.db", "--db under a file", "x.db")
    add("ledger", "ledger list --db /proc/x/l.db", "--db in a place one cannot write", "/proc/x")
    add("ledger", "ledger list --db nosuch://x", "unknown URL scheme", "nosuch")
    add("ledger", "ledger list --db D/l.db --format bogus", "unknown format", "bogus")
    add("ledger", "ledger show 999 --db D/l.db", "unknown record id", "999")
    add("ledger", "ledger show abc --db D/l.db", "non-numeric id", "abc")
    r = "ledger resolve D/good.yaml x --db D/l.db --source s"
    add("ledger", f"{r} --outcome 50 --agreed yes --on 2025-13-01", "bad date", "2025-13-01")
    add("ledger", f"{r} --outcome nan --agreed yes --on 2025-02-01", "outcome NaN", "nan")
    add(
        "ledger", f"{r} --outcome 1e308 --agreed yes --on 2025-02-01", "outcome off scale", "1e+308"
    )
    add("ledger", f"{r} --outcome 50 --agreed maybe --on 2025-02-01", "--agreed maybe", "maybe")
    add(
        "ledger",
        "ledger resolve doha-2020-02 nosuch --db D/l.db --source s --outcome 5 "
        "--agreed yes --on 2025-02-01",
        "unknown issue",
        "nosuch",
    )
    add("ledger", "ledger score --db D/notastore.db", "--db not a store", "notastore.db")
    add("ledger", "ledger record-bundled --engine nosuch --db D/l.db", "unknown engine", "nosuch")
    add("ledger", "ledger record-bundled --runs 0 --db D/l.db", "--runs 0", "--runs")
    # schema / formats
    add("schema", "schema --out /proc/x.json", "unwritable --out", "/proc/x.json")
    add("schema", "schema --out D/unrelated.txt", "existing unrelated file", "unrelated.txt")
    add("schema", "schema --out D/adir", "--out a directory", "adir")
    add("formats", "formats extra", "unexpected argument", "extra")
    # power
    add("power", "power --body nosuch", "unknown body", "nosuch")
    add("power", "power --body unsc --index nosuch", "unknown index", "nosuch")
    add("power", "power --body unsc --year 3000", "year with no composition", "3000")
    add("power", "power --body unsc --kind nosuch", "unknown kind", "nosuch")
    add("power", "power --weights 1,a --quota 2", "non-numeric weight", "a")
    add("power", "power --weights 1,-2,3 --quota 2", "negative weight", "-2")
    add("power", "power --weights , --quota 2", "empty weights", "weights")
    add("power", "power --weights 1,2 --names A --quota 2", "names/weights mismatch", "names")
    add("power", "power --weights 1,2,3 --quota -1", "negative quota", "-1")
    add("power", "power --weights 1,2,3", "weights without quota", "quota")
    add("power", "power --body unsc --weights 1,2 --quota 2", "body and weights", "body")
    add("power", "power --body unsc --format csv --out /proc/x.csv", "unwritable --out", "/proc")
    # votes
    add("votes", "votes fit --data D/nope", "missing --data", "nope")
    add("votes", "votes fit --data D/unrelated.txt", "--data a file", "unrelated.txt")
    add("votes", "votes fit --data D/emptydir", "--data empty folder", "emptydir")
    add("votes", "votes fit --data D/votes_bad", "malformed CSV", "votes_bad")
    add("votes", "votes fit --data D/votes_bad --dims 0", "--dims 0", "--dims")
    add(
        "votes", "votes fit --data D/votes_bad --out /proc/x.npz", "unwritable --out", "/proc/x.npz"
    )
    add("votes", "votes fit --data D/votes_bad --seed -1", "--seed -1", "-1")
    add("votes", "votes predict --title t --model D/nope.npz", "missing model", "nope.npz")
    add("votes", "votes predict --title t --model D/notamodel.npz", "not a model", "notamodel.npz")
    add("votes", "votes predict --title t --date 2025-13-45", "bad date", "2025-13-45")
    add("votes", "votes predict --title t --issue zz", "unknown issue code", "zz")
    add("votes", "votes evaluate --data D/nope --holdout-session 70", "missing --data", "nope")
    add(
        "votes",
        "votes evaluate --data D/votes_bad --holdout-session -1",
        "bad session",
        "--holdout-session",
    )
    add("votes", "votes rolling --data S/unvotes --first 80 --last 60", "first after last", "80")
    add(
        "votes",
        "votes evaluate --data S/unvotes --holdout-session 99999",
        "session not in data",
        "99999",
    )
    add("votes", "votes followers --data D/nope --out D/f.json", "missing --data", "nope")
    add("votes", "votes followers --data D/votes_bad --out /proc/x.json", "unwritable", "/proc")
    add("votes", "votes ukraine --date 2025-02-30", "bad date", "2025-02-30")
    add("votes", "votes ukraine --model D/notamodel.npz", "not a model", "notamodel.npz")
    # backtest / backtest-fit / sweep
    add("backtest", "backtest D/nope.tsv", "missing file", "nope.tsv")
    add("backtest", "backtest D/adir", "a directory", "adir")
    add("backtest", "backtest D/empty.txt", "empty file", "empty.txt")
    add("backtest", "backtest D/deu_bad.tsv", "malformed TSV", "deu_bad.tsv")
    add("backtest", "backtest D/deu_latin1.tsv", "non-UTF-8 TSV", "deu_latin1.tsv")
    add("backtest", "backtest D/deu_bad.tsv --from nosuch", "unknown --from", "nosuch")
    add("backtest", "backtest S/deu3/deu3-train.tsv --engines nosuch", "unknown engine", "nosuch")
    add("backtest", "backtest D/deu_bad.tsv --interval nan", "--interval nan", "--interval", "nan")
    add("backtest", "backtest D/deu_bad.tsv --folds 1", "--folds 1", "--folds")
    add("backtest", "backtest D/deu_bad.tsv --interval 1.5", "--interval 1.5", "--interval")
    add("backtest-fit", "backtest-fit D/nope.tsv", "missing file", "nope.tsv")
    add("backtest-fit", "backtest-fit D/deu_bad.tsv --out D/m.json", "malformed TSV", "deu_bad.tsv")
    add("backtest-fit", "backtest-fit D/deu_bad.tsv --out /proc/x.json", "unwritable", "/proc")
    add("backtest-fit", "backtest-fit D/empty.txt --out D/m.json", "empty file", "empty.txt")
    add(
        "backtest-fit",
        "backtest-fit D/deu_bad.tsv --out D/good.yaml",
        "--out onto a scenario",
        "good.yaml",
    )
    s = "sweep D/good.yaml"
    add("sweep", f"{s} --vary nonsense", "bad --vary", "nonsense")
    add("sweep", f"{s} --vary ZZZ.x.position=10:90", "unknown actor", "ZZZ")
    add("sweep", f"{s} --vary A.x.position=a:b", "non-numeric range", "a:b")
    add("sweep", f"{s} --vary A.x.position=10:90 --points 0", "--points 0", "--points")
    add("sweep", f"{s} --vary A.x.position=10:90 --points -1", "--points -1", "--points")
    add(
        "sweep",
        f"{s} --vary A.x.position=10:90 --design lhs --samples 0",
        "--samples 0",
        "--samples",
    )
    add("sweep", f"{s} --vary A.x.position=10:90 --design nosuch", "unknown design", "nosuch")
    add("sweep", f"{s} --vary A.x.position=10:90 --engine nosuch", "unknown engine", "nosuch")
    add("sweep", f"{s} --vary A.x.position=10:90 --out /proc/x.json", "unwritable", "/proc/x.json")
    add("sweep", f"{s} --vary A.x.position=nan:90", "NaN in range", "nan")
    add("sweep", f"{s} --vary A.x.position=10:90 --out D/sw.txt", "--out, format unknown", "sw.txt")
    add(
        "sweep",
        f"{s} --vary A.x.position=10:90 --format csv --out D/unrelated.txt",
        "--out existing",
        "unrelated.txt",
    )
    add("sweep", "sweep D/nope.yaml --vary A.x.position=10:90", "missing scenario", "nope.yaml")
    # news store commands
    add("ingest", "ingest D/nope.txt --db D/s.db", "missing input", "nope.txt")
    add("ingest", "ingest D/emptydir --db D/s.db", "empty folder", "emptydir")
    add("events", "events code D/emptydir --parquet D/pq", "empty folder", "emptydir")
    add("ingest", "ingest D/news_bad.jsonl --db D/notastore.db", "--db not a store", "notastore.db")
    add("ingest", "ingest D/news_bad.jsonl --db D/adir", "--db a directory", "adir")
    add("ingest", "ingest D/news_bad.jsonl --db D/s.db --coder nosuch", "unknown coder", "nosuch")
    add("ingest", "ingest D/news_bad.jsonl --db D/s.db --near-threshold 2", "threshold 2", "2")
    add(
        "ingest", "ingest D/news_bad.jsonl --db D/s.db --near-threshold nan", "threshold nan", "nan"
    )
    add(
        "ingest",
        "ingest D/news_bad.jsonl --db D/s.db --date-if-missing 2025-02-30",
        "bad date",
        "2025-02-30",
    )
    # by design: the good records are stored, the bad line reported (file, line), exit 0
    add(
        "ingest",
        "ingest D/news_bad.jsonl --db D/s.db",
        "corrupt JSONL line",
        "news_bad.jsonl",
        "line 2",
        accept=True,
    )
    add("ingest", "ingest D/news_latin1.txt --db D/s2.db", "non-UTF-8 text", accept=True)
    add("ingest", "ingest D/news_bad.jsonl --db D/s.db --parquet /proc/x", "unwritable", "/proc/x")
    add("ingest", "ingest D/*.nomatch --db D/s.db", "glob with no match", "nomatch")
    add("documents", "documents --db D/notastore.db", "--db not a store", "notastore.db")
    add("documents", "documents --db D/missing.db", "no store there", "missing.db")
    add("documents", "documents --db D/s.db --format bogus", "unknown format", "bogus")
    add("documents", "documents --db D/s.db --format csv --out /proc/x.csv", "unwritable", "/proc")
    add("events", "events --db D/s.db --since 2025-13-01", "bad --since", "2025-13-01")
    add("events", "events --db D/s.db --until abc", "bad --until", "abc")
    add(
        "events",
        "events --db D/s.db --since 2025-02-01 --until 2025-01-01",
        "since after until",
        "2025-02-01",
    )
    add("events", "events --db D/s.db --type NOSUCH", "unknown type", "NOSUCH")
    add("events", "events --db D/s.db --format bogus", "unknown format", "bogus")
    add("events", "events --db D/notastore.db", "--db not a store", "notastore.db")
    add("events", "events --db D/s.db --format csv --out /proc/x.csv", "unwritable", "/proc")
    add(
        "events",
        "events --db D/s.db --format csv --out D/good.yaml",
        "--out onto a scenario",
        "good.yaml",
    )
    add("events", "events evaluate D/nope.json", "missing gold", "nope.json")
    add("events", "events evaluate D/gold_bad.json", "malformed gold", "gold_bad.json")
    add("events", "events evaluate D/gold_types.json", "wrong field types", "gold_types.json")
    add("events", "events evaluate D/empty.txt", "empty gold", "empty.txt")
    add("events", "events evaluate D/adir", "gold a directory", "adir")
    add("events", "events evaluate D/gold_bad.json --coder nosuch", "unknown coder", "nosuch")
    add("events", "events code D/nope.jsonl --parquet D/pq", "missing input", "nope.jsonl")
    add("events", "events code D/news_bad.jsonl --parquet /proc/x", "unwritable", "/proc/x")
    add("events", "events code D/news_bad.jsonl --db D/notastore.db", "not a store", "notastore.db")
    add(
        "events", "events code D/news_bad.jsonl --parquet D/pq --date-if-missing x", "bad date", "x"
    )
    add("timeline", "timeline FRA --db D/notastore.db", "--db not a store", "notastore.db")
    add("timeline", "timeline FRA --db D/s.db --plot /proc/x.svg", "unwritable", "/proc/x.svg")
    add("timeline", "timeline FRA --db D/s.db --plot D/t.txt", "unknown plot extension", "t.txt")
    add("evidence", "evidence D/nope.yaml --db D/s.db", "missing scenario", "nope.yaml")
    add("evidence", "evidence D/good.yaml --db D/notastore.db", "not a store", "notastore.db")
    add("evidence", "evidence evaluate D/nope.jsonl", "missing gold", "nope.jsonl")
    add("evidence", "evidence evaluate D/gold_bad.jsonl", "corrupt gold line", "gold_bad.jsonl")
    add("evidence", "evidence evaluate D/empty.txt", "empty gold", "empty.txt")
    add("evidence", "evidence evaluate D/gold_bad.jsonl --coder nosuch", "unknown coder", "nosuch")
    add(
        "evidence",
        "evidence evaluate D/gold_bad.jsonl --abstain-on nosuch",
        "bad --abstain-on",
        "nosuch",
    )
    add("evidence", "evidence cv D/gold_bad.jsonl --by nosuch", "unknown --by", "nosuch")
    add(
        "evidence",
        "evidence cv R/tests/data/news/evidence-gold.jsonl --by url --folds 0",
        "--folds 0",
        "--folds",
    )
    add("evidence", "evidence cv D/gold_bad.jsonl --objective nosuch", "bad --objective", "nosuch")
    add("update", "update D/nope.yaml --db D/s.db", "missing scenario", "nope.yaml")
    add("update", "update D/good.yaml --db D/notastore.db", "not a store", "notastore.db")
    add("update", "update D/good.yaml --db D/missing.db", "no store there", "missing.db")
    add("update", "update D/good.yaml --db D/s.db --out /proc/x.yaml", "unwritable", "/proc/x.yaml")
    add(
        "update",
        "update D/good.yaml --db D/s.db --out D/unrelated.txt",
        "existing file",
        "unrelated.txt",
    )
    add("update", "update D/good.yaml --db D/s.db --coder nosuch", "unknown coder", "nosuch")
    add("serve", "serve --port 70000", "port out of range", "--port")
    add("serve", "serve --max-upload-mb 0", "upload limit 0", "--max-upload-mb")
    add("serve", "serve --max-upload-mb nan", "upload limit nan", "nan")
    add("serve", "serve --max-upload-mb inf", "upload limit inf", "inf")
    add("serve", "serve --db D/notastore.db --port 0", "--db not a store", "notastore.db")
    add("serve", "serve --host 999.1.1.1 --port 0", "bad host", "999.1.1.1")
    for case in c:
        if case.command == "serve":
            case.timeout = 25.0
    return c


def run(case: Case, src: Path, d: Path, shared: Path) -> dict[str, object]:
    places = {"D/": f"{d}/", "S/": f"{shared}/", "R/": f"{REPO}/"}
    args = [places[a[:2]] + a[2:] if a[:2] in places else a for a in case.args]
    code = "import sys; from accord.cli import main; sys.argv=['accord']+sys.argv[1:]; main()"
    env = {**os.environ, "PYTHONPATH": str(src), "COLUMNS": "200", "NO_COLOR": "1"}
    env["ACCORD_DB"] = str(d / "default.db")
    env["ACCORD_LEDGER_DB"] = str(d / "default-ledger.db")
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            errors="replace",
            env=env,
            cwd=d,
            timeout=case.timeout,
        )
    except subprocess.TimeoutExpired:
        return {"rc": None, "verdict": "hang", "message": f"still running after {case.timeout} s"}
    text = done.stderr + done.stdout
    message = " ".join(line.strip(" │╭╰─╮╯") for line in done.stderr.splitlines() if line.strip())
    if "Traceback" in text:
        verdict = "traceback"
    elif done.returncode not in (0, 1, 2):
        verdict = "bad exit"
    elif done.returncode == 0 and not case.accept:
        verdict = "accepted"
    elif done.returncode == 0 and {"nan", "inf", "infinity"} & set(done.stdout.lower().split()):
        verdict = "non-finite output"
    else:
        missing = [w for w in case.expect if w.lower() not in message.lower()]
        verdict = f"unclear (no {', '.join(missing)})" if missing else "ok"
    if not message:
        message = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    message = message.replace(str(d) + "/", "")
    return {"rc": done.returncode, "verdict": verdict, "message": message[:300]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=Path("src"))
    parser.add_argument("--out", type=Path, help="also write the table as JSON here")
    parser.add_argument("--only", help="run only the cases of this command")
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path("../shared/data"),
        help="reference data (DEU III training file, unvotes); cases naming "
        "them are skipped without it",
    )
    opts = parser.parse_args()
    src = opts.src.resolve()
    rows = []
    print("| command | arguments | input | exit | verdict | message (stderr, shortened) |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="accord-audit-") as tmp:
        d = Path(tmp)
        fixtures(d)
        # a real (tiny) news store and ledger for the commands that need one
        (d / "art.txt").write_text("France and Germany met in Paris on Monday.\n")
        shared = opts.shared.resolve()
        setup = Case(
            "setup",
            ["ingest", "D/art.txt", "--db", "D/s.db", "--date-if-missing", "2025-01-02"],
            "",
        )
        run(setup, src, d, shared)
        for case in cases():
            if opts.only and case.command != opts.only:
                continue
            if not shared.is_dir() and any(a.startswith("S/") for a in case.args):
                continue
            fixtures(d)
            result = run(case, src, d, shared)
            rows.append(
                {"command": case.command, "args": " ".join(case.args), "input": case.note, **result}
            )
            print(
                f"| {case.command} | `{' '.join(case.args)}` | {case.note} | {result['rc']} "
                f"| {result['verdict']} | {str(result['message'])[:160].replace('|', '/')} |",
                flush=True,
            )
    failed = [r for r in rows if r["verdict"] != "ok"]
    print(f"\n{len(rows)} cases, {len(failed)} failures")
    if opts.out:
        opts.out.write_text(
            json.dumps({"cases": len(rows), "failures": len(failed), "rows": rows}, indent=1) + "\n"
        )


if __name__ == "__main__":
    main()
