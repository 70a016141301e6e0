"""Bad-input audit of every accord command (session 16): run each case, print the table.

The project's rule: a user error names the file, the field and the value, and exits non-zero
without a traceback. Each case of cases.tsv is one bad input to one command, with the words a clear
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
    more_fixtures(d)


def more_fixtures(d: Path) -> None:
    """The inputs session 22 added (docs/data/audit-2026-12-05-s22-errors/cases.tsv): more
    wrong field values, files of one format named as another, binary junk under every
    extension a command reads."""
    good = scenario()
    one_value = {
        "sal_two": {"sal": "2"},
        "sal_nan": {"sal": ".nan"},
        "sal_neg": {"sal": "-0.1"},
        "cap_inf": {"cap": "1e309"},
        "cap_nan": {"cap": ".nan"},
        "pos_out": {"pos": "150.0"},
    }
    for name, value in one_value.items():
        (d / f"{name}.yaml").write_text(scenario(**value))
    (d / "sq_out.yaml").write_text(good.replace("status_quo: 0.0", "status_quo: 250.0"))
    (d / "scale_flip.yaml").write_text(good.replace("low: 0.0", "low: 200.0"))
    (d / "scale_inf.yaml").write_text(good.replace("high: 100.0", "high: 1e309"))
    (d / "horizon_bad.yaml").write_text(
        good.replace("status_quo: 0.0", "status_quo: 0.0\n  horizon: 0")
    )
    (d / "issue_unknown.yaml").write_text(
        good.replace("  issue: x\n  position: 80", "  issue: zz\n  position: 80")
    )
    (d / "dup_actor.yaml").write_text(good.replace("id: B", "id: A"))
    (d / "no_actors.yaml").write_text("id: mini\ntitle: Minimal\nas_of: '2025-01-01'\n")
    (d / "as_of_bad.yaml").write_text(good.replace("2025-01-01", "2025-02-30"))
    (d / "yaml_in.json").write_text(good)
    (d / "csv_in.xml").write_text("a,b\n1,2\n")
    (d / "json_in.csv").write_text('{"id": "x"}\n')
    (d / "csv_in.xlsx").write_text("a,b\n1,2\n")
    for name in ("empty.json", "empty.csv", "empty.xml", "empty.jsonl"):
        (d / name).write_text("")
    junk = bytes(range(256)) * 4
    for name in ("junk.yaml", "junk.json", "junk.csv", "junk.xml", "junk.xlsx", "junk.tsv",
                 "junk.jsonl", "junk.npz", "junk.db", "junk.txt"):  # fmt: skip
        (d / name).write_bytes(junk)


@dataclass
class Case:
    """One bad input to one command and the words a clear answer must contain."""

    command: str
    args: list[str]
    note: str
    expect: list[str] = field(default_factory=list)
    accept: bool = False  # a correct answer (exit 0) is fine, e.g. capability 1e308
    timeout: float = 60.0


CASES = Path(__file__).with_name("cases.tsv")
"""The matrix: one bad input a line (command, arguments, what is wrong, expected words)."""


def cases(matrix: Path = CASES) -> list[Case]:
    """The cases of ``matrix``; ``serve`` gets a shorter time limit (it would listen)."""
    lines = matrix.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line and not line.startswith("#")][1:]  # no header
    found = []
    for line in rows:
        command, args, note, expect, answer = line.split("\t")
        timeout = 25.0 if command == "serve" else 60.0
        words = expect.split("|") if expect else []
        found.append(Case(command, args.split(), note, words, answer == "answer", timeout))
    return found


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


def _markdown(message: str) -> str:
    """A message as a table cell: ``|`` would end the cell, and ``[OPTIONS] [scenario]`` in a
    usage line would read as a link reference (mkdocs --strict fails on it; session 18)."""
    return message.replace("|", "/").replace("[", "\\[").replace("]", "\\]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=Path("src"))
    parser.add_argument("--out", type=Path, help="also write the table as JSON here")
    parser.add_argument("--only", help="run only the cases of this command")
    parser.add_argument("--cases", type=Path, default=CASES, help="the matrix (TSV) to run")
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
        for case in cases(opts.cases):
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
                f"| {result['verdict']} | {_markdown(str(result['message'])[:160])} |",
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
