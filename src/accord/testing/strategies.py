"""Hypothesis strategies for accord's inputs: scenarios and the files that carry them.

Public so that users who extend accord (a new format, a new engine) can fuzz their code with
the same inputs as accord's own suite (``tests/fuzz``, ``bench/fuzz_long.py``). Each strategy
draws either *valid* inputs (which must give an answer) or *hostile* ones: valid inputs with one
fault injected, or their text cut, duplicated and sprinkled with odd characters (which must give
an :class:`~accord.errors.AccordError` naming the fault, never a traceback).

Numbers are drawn across the whole float range on purpose (capabilities up to 1e308, scales of
+-1e300, subnormal saliences), since issue 12 found silent infinities there.

Hypothesis is a test dependency; import this module only where it is installed.
"""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import strategies as st

__all__ = [
    "articles",
    "bdm_csv_texts",
    "cli_forecast_args",
    "cli_other_args",
    "cli_power_args",
    "deu_texts",
    "hostile_scenario_data",
    "ktab_csv_texts",
    "ktab_xml_texts",
    "mangled",
    "plover_gold_texts",
    "scenario_data",
    "scenario_texts",
    "scenarios",
]

_ID = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,7}", fullmatch=True)
_WORDS = st.sampled_from(
    ["France", "Russia", "Ukraine", "United", "States", "talks", "ceasefire", "said", "met",
     "rejected", "proposal", "president", "minister", "Paris", "Kyiv", "Moscow", "Washington",
     "peace", "troops", "sanctions", "aid", "will"]
)  # fmt: skip
_ODD = st.sampled_from(
    ["", "\x00", "\ufeff", "\u202e", "NaN", "1e400", "-0", "\t", "\r\n", "'", '"', "<", ">",
     "&", "{", "}", "[", "]", ":", ",", "*a", "&a", "!!python/object", "0x1F", "2025-02-30",
     "é", "😀", "\\", "---", "- ", "#"]
)  # fmt: skip


@st.composite
def _scale(draw: st.DrawFn) -> dict[str, Any]:
    magnitude = draw(st.sampled_from([1.0, 100.0, 1e6, 1e-6, 1e300]))
    low = draw(st.floats(-1.0, 0.5, allow_nan=False)) * magnitude
    high = low + draw(st.floats(0.001, 1.0, allow_nan=False)) * magnitude
    if not (math.isfinite(low) and math.isfinite(high) and low < high):
        low, high = 0.0, 100.0
    return {"low": low, "high": high}


@st.composite
def scenario_data(draw: st.DrawFn, max_actors: int = 6, max_issues: int = 3) -> dict[str, Any]:
    """Plain data (as parsed from YAML or JSON) of a valid scenario."""
    actor_ids = draw(st.lists(_ID, min_size=1, max_size=max_actors, unique_by=str.lower))
    issue_ids = draw(st.lists(_ID, min_size=1, max_size=max_issues, unique_by=str.lower))
    cap_scale = draw(st.sampled_from([1.0, 1e-300, 1e300, 1.7e308]))
    actors = [
        {
            "id": a,
            "name": f"Actor {a}",
            "capability": draw(st.floats(0.0, 1.0, allow_nan=False)) * cap_scale,
        }
        for a in actor_ids
    ]
    issues: list[dict[str, Any]] = [
        {"id": i, "title": f"Issue {i}", "scale": draw(_scale())} for i in issue_ids
    ]
    stances = []
    for issue in issues:
        low, high = issue["scale"]["low"], issue["scale"]["high"]
        for a in actor_ids:
            if draw(st.booleans()) or len(actor_ids) == 1:
                where = draw(st.floats(0.0, 1.0, allow_nan=False))
                position = min(high, max(low, low + where * (high - low)))
                stance: dict[str, Any] = {
                    "actor": a,
                    "issue": issue["id"],
                    "position": position,
                    "salience": draw(
                        st.one_of(st.sampled_from([0.0, 1.0, 5e-324]), st.floats(0.0, 1.0))
                    ),
                }
                if draw(st.booleans()):
                    stance["uncertainty"] = (high - low) * draw(st.floats(0.0, 0.5))
                stances.append(stance)
    return {"id": "fuzz", "title": "Fuzzed scenario", "actors": actors, "issues": issues,
            "stances": stances}  # fmt: skip


@st.composite
def with_institutions(draw: st.DrawFn, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with, half the time, an ``institutions`` section whose drafts take positions
    on the scenario's issues (inside their scales), some with a recorded result, and
    sometimes a vote model: the typed section must survive YAML and JSON like the rest."""
    if not draw(st.booleans()):
        return data
    drafts = []
    for k in range(draw(st.integers(1, 3))):
        covered = draw(st.lists(st.sampled_from(data["issues"]), min_size=1, unique_by=id))
        positions = {}
        for issue in covered:
            low, high = issue["scale"]["low"], issue["scale"]["high"]
            positions[issue["id"]] = min(high, low + draw(st.floats(0.0, 1.0)) * (high - low))
        draft: dict[str, Any] = {
            "id": f"D/{k}",
            "body": "council",
            "title": f"Draft {k}",
            "positions": positions,
            "status_quo": dict(positions),
        }
        if draw(st.booleans()):
            draft["actual"] = {
                "adopted": draw(st.booleans()),
                "in_favour": draw(st.integers(0, 9)),
                "against": draw(st.integers(0, 3)),
                "abstentions": draw(st.integers(0, 3)),
                "votes": {"USA": draw(st.sampled_from(["yes", "no", "abstain"]))},
            }
        drafts.append(draft)
    section: dict[str, Any] = {
        "bodies": [{"id": "council", "rule": "unsc", "date": "2025-02-24"}],
        "drafts": drafts,
    }
    if draw(st.booleans()):
        section["vote_model"] = {
            "yes_threshold": draw(st.floats(0.0, 0.5)),
            "scale": draw(st.floats(0.01, 1.0)),
            "veto_reluctance": draw(st.booleans()),
        }
    return {**data, "institutions": section}


def scenarios(max_actors: int = 6, max_issues: int = 3) -> st.SearchStrategy[Any]:
    """Validated :class:`~accord.scenario.Scenario` objects."""
    from accord.scenario.model import Scenario

    return scenario_data(max_actors, max_issues).map(Scenario.model_validate)


_FAULTS: list[tuple[str, Any]] = [
    ("drop", None),
    ("value", None),
    ("value", float("nan")),
    ("value", float("inf")),
    ("value", "2025-02-30"),
    ("value", -1),
    ("value", 2),
    ("value", True),
    ("value", []),
    ("value", {}),
    ("value", "x" * 200),
    ("value", 10**400),
    ("value", "a,b;c"),
    ("extra", "surprise"),
]


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += _paths(value, (*prefix, index))
    return out


@st.composite
def hostile_scenario_data(draw: st.DrawFn) -> Any:
    """Scenario data with one fault: a field dropped, replaced by a wrong value, or added."""
    data = draw(scenario_data())
    paths = _paths(data)
    path = draw(st.sampled_from(paths))
    kind, value = draw(st.sampled_from(_FAULTS))
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if kind == "drop":
        del parent[last]
    elif kind == "extra" and isinstance(parent, dict):
        parent[f"{last}_extra"] = value
    else:
        parent[last] = value
    return data


def _yaml(data: Any) -> str:
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _json(data: Any) -> str:
    return json.dumps(data, allow_nan=True)


@st.composite
def mangled(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few cuts, repeats and odd characters (a damaged or hand-edited file)."""
    for _ in range(draw(st.integers(0, 4))):
        if not text:
            break
        where = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["cut", "repeat", "insert", "truncate"]))
        if action == "cut":
            text = text[:where] + text[where + draw(st.integers(1, 20)) :]
        elif action == "repeat":
            text = text[:where] + text[max(0, where - 30) : where] + text[where:]
        elif action == "insert":
            text = text[:where] + draw(_ODD) + text[where:]
        else:
            text = text[:where]
    return text


@st.composite
def scenario_texts(draw: st.DrawFn) -> tuple[str, str]:
    """(suffix, text) of a YAML or JSON scenario file: valid, faulty or mangled."""
    suffix = draw(st.sampled_from([".yaml", ".json"]))
    data = draw(st.one_of(scenario_data().flatmap(with_institutions), hostile_scenario_data()))
    text = _yaml(data) if suffix == ".yaml" else _json(data)
    if draw(st.booleans()):
        text = draw(mangled(text))
    return suffix, text


def _written(fmt: str) -> st.SearchStrategy[str]:
    """Files of ``fmt`` written by accord from valid scenarios, then possibly mangled."""
    from accord.errors import AccordError
    from accord.scenario.io import dumps

    def write(scenario: Any) -> str:
        try:
            return dumps(scenario, fmt)
        except AccordError:  # a scenario the format cannot express: its header alone
            return ""

    return scenarios().map(write).flatmap(lambda text: st.one_of(st.just(text), mangled(text)))


def ktab_csv_texts() -> st.SearchStrategy[str]:
    """KTAB SMP CSV files (``smpc``'s input), valid or damaged."""
    return _written("ktab-csv")


def ktab_xml_texts() -> st.SearchStrategy[str]:
    """KTAB SMP XML files (``smpSchema.xsd``), valid or damaged."""
    return _written("ktab-xml")


def bdm_csv_texts() -> st.SearchStrategy[str]:
    """Scholz et al. BDM CSV files, valid or damaged."""
    return _written("bdm-csv")


_DEU_ACTORS = ["com", "ep", "de", "fr", "uk", "it"]
_DEU_HEADER = ["prnrnmc", "isnrnmc", "prname", "proc", "counvte"] + [
    f"{k}{a}" for k in ("p", "s") for a in _DEU_ACTORS
] + ["rp", "out"]  # fmt: skip


@st.composite
def deu_texts(draw: st.DrawFn) -> str:
    """DEU III TSV files (header, GDP row, issue rows), valid or damaged."""
    cell = st.one_of(
        st.integers(0, 100).map(str), st.just(""), st.sampled_from(["x", "-5", "1e999", "nan"])
    )
    rows = [_DEU_HEADER, [""] * len(_DEU_HEADER)]
    for proposal in range(draw(st.integers(0, 3))):
        for issue in range(draw(st.integers(1, 3))):
            values = draw(st.lists(cell, min_size=len(_DEU_HEADER) - 5,
                                   max_size=len(_DEU_HEADER) - 5))  # fmt: skip
            proc = draw(st.sampled_from(["COD", "CNS", "", "??"]))
            rule = draw(st.sampled_from(["QMV", "Unanimity", ""]))
            rows.append([str(proposal + 1), str(issue + 1), f"p{proposal}", proc, rule, *values])
    text = "\n".join("\t".join(r) for r in rows) + "\n"
    return draw(st.one_of(st.just(text), mangled(text)))


_PLOVER = st.sampled_from(
    ["AGREE", "CONSULT", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "DOCUMENT",
     "FIGHT", "AID", "PROTEST", "nonsense", ""]
)  # fmt: skip


@st.composite
def plover_gold_texts(draw: st.DrawFn) -> str:
    """PLOVER gold files (JSON lists of coded sentences), valid or damaged."""
    record = st.fixed_dictionaries(
        {
            "id": st.one_of(_ID, st.integers()),
            "text": st.one_of(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join), st.just("")),
            "event": _PLOVER,
            "source": st.one_of(
                st.lists(st.sampled_from(["USA", "RUS", "UKR", "FRA"])),
                st.sampled_from(["USA", None, 3]),
            ),
            "target": st.lists(st.sampled_from(["USA", "RUS", "UKR", "FRA"]), max_size=2),
            "date": st.sampled_from(["2025-02-24", "2025-02-30", None, 5]),
        }
    )
    data: Any = draw(st.one_of(st.lists(record, max_size=5), st.sampled_from([{}, 3, "x", None])))
    text = json.dumps(data)
    return draw(st.one_of(st.just(text), mangled(text)))


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    """(suffix, text) of a news article file: plain text, HTML, RSS or JSON Lines."""
    sentences = draw(st.lists(st.lists(_WORDS, min_size=1, max_size=15).map(" ".join),
                              min_size=0, max_size=6))  # fmt: skip
    body = ". ".join(sentences)
    date = draw(st.sampled_from(["2025-02-24", "24 February 2025", "2025-02-30", "", "garbage"]))
    kind = draw(st.sampled_from(["txt", "html", "rss", "jsonl"]))
    if kind == "txt":
        text = f"{date}\n\n{body}\n"
    elif kind == "html":
        text = (f"<html><head><title>{sentences[0] if sentences else ''}</title>"
                f"<meta name='date' content='{date}'></head><body><p>{body}</p>"
                "<script>alert(1)</script></body></html>")  # fmt: skip
    elif kind == "rss":
        items = "".join(
            f"<item><title>{s[:30]}</title><pubDate>{date}</pubDate>"
            f"<description>{s}</description><link>https://x.invalid/{k}</link></item>"
            for k, s in enumerate(sentences)
        )
        text = f"<?xml version='1.0'?><rss version='2.0'><channel>{items}</channel></rss>"
    else:
        rows = [
            draw(
                st.sampled_from(
                    [
                        json.dumps({"text": s, "date": date, "title": s[:20]}),
                        json.dumps({"text": s, "date": 12}),
                        json.dumps([s]),
                        "{" * 3,
                        json.dumps({"body": s, "published": "NaN"}),
                    ]
                )
            )
            for s in sentences
        ]
        text = "\n".join(rows) + "\n"
    if draw(st.booleans()):
        text = draw(mangled(text))
    return "." + kind, text


_ENGINES = ["mean", "median", "bdm", "smp", "nash", "exchange", "nope"]


@st.composite
def cli_forecast_args(draw: st.DrawFn) -> list[str]:
    """Option combinations for ``accord forecast`` (on a bundled scenario), odd ones included."""
    args = ["forecast", draw(st.sampled_from(["ec-emissions-1994", "no-such-scenario"]))]
    args += ["--engine", draw(st.sampled_from(_ENGINES))]
    number = st.one_of(
        st.integers(-3, 5),
        st.sampled_from([10**9, 2**63, 2**64, -(2**64), 10**30]),
    ).map(str)
    for option in ("--rounds", "--runs", "--seed"):
        if draw(st.booleans()):
            args += [option, draw(st.one_of(number, st.sampled_from(["x", "1.5", "", "nan"])))]
    for _ in range(draw(st.integers(0, 2))):
        name = draw(st.sampled_from(["rounds", "variant", "Q", "T", "disagreement", "zz", ""]))
        value = draw(st.sampled_from(["1", "0", "-1", "1e400", "paper", "null", "[1]", "{}"]))
        args += ["--param", f"{name}={value}"]
    if draw(st.booleans()):
        args.append("--json")
    if draw(st.booleans()):
        args += ["--variant", draw(st.sampled_from(["paper", "scholz-code", "bogus"]))]
    return args


@st.composite
def cli_power_args(draw: st.DrawFn) -> list[str]:
    """Option combinations for ``accord power``: bodies, weighted games, odd values."""
    args = ["power"]
    if draw(st.booleans()):
        args += ["--body", draw(st.sampled_from(["unsc", "unga", "eu-council", "unsc-1945", "x"]))]
        if draw(st.booleans()):
            args += ["--year", str(draw(st.sampled_from([1800, 1946, 2020, 2025, -1, 10**6])))]
        if draw(st.booleans()):
            args += ["--kind", draw(st.sampled_from(["procedural", "substantive", "budget", ""]))]
    else:
        weight = st.one_of(
            st.integers(0, 30).map(str), st.sampled_from(["", "-1", "1.5", "x", str(10**28)])
        )
        weights = draw(st.lists(weight, min_size=0, max_size=12))
        args += ["--weights", ",".join(weights)]
        if draw(st.integers(0, 4)):
            quota = st.one_of(st.integers(-2, 200), st.sampled_from([10**20, 2**63]))
            args += ["--quota", str(draw(quota))]
        if draw(st.booleans()):
            args += ["--names", ",".join(draw(st.lists(_ID, max_size=12)))]
    args += ["--index", draw(st.sampled_from(["shapley-shubik", "banzhaf", "ternary", "nope"]))]
    if draw(st.booleans()):
        args.append("--json")
    return args


@st.composite
def cli_other_args(draw: st.DrawFn) -> list[str]:
    """Read-only commands on bundled or missing inputs: show, validate, engines, formats,
    scenarios, schema, documents/events/timeline on a store that does not exist."""
    ref = draw(st.sampled_from(["ec-emissions-1994", "ukraine-2025-02", "nope", "/dev/null",
                                "/proc", "", "-"]))  # fmt: skip
    command = draw(st.sampled_from(["show", "validate", "engines", "formats", "scenarios",
                                    "schema", "documents", "events", "timeline"]))  # fmt: skip
    if command in ("show", "validate"):
        args = [command, ref]
        if draw(st.booleans()):
            args += ["--from", draw(st.sampled_from(["yaml", "json", "ktab-csv", "bdm-csv", "x"]))]
        return args
    if command in ("documents", "events"):
        return [command, "--db", "/nonexistent/accord.db"]
    if command == "timeline":
        return [command, draw(_ID), "--db", "/nonexistent/accord.db"]
    return [command]
