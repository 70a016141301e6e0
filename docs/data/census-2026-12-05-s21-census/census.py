"""The census of both coders' errors on the READING files, by kind (s21-census).

Reads a harness READING run (``evaluate_reading.py``: per coder and file, the figures and the
error list of ``accord events evaluate --errors``) and, optionally, ``trace.py``'s list of every
event each coder emits per record. Each wrong record gets one kind:

* ``uncoded``: the gold has an event, the coder none;
* ``false event``: the gold is NONE, the coder codes an event;
* ``wrong type``: both code an event, of different types (the confusion is kept);
* ``actors only``: the type is right, a gold slot (source or target) is not matched.

Every gold slot the coder fills wrongly (on records it codes, whatever the type) gets one of:
``empty`` (the coder names nobody there), ``other role`` (the coder names there only actors the
gold puts in the other slot: a swap or a one-sided dyad), ``wrong code`` (the right role, no
actor in common: another country or sector), ``missing one`` (a strict subset of the gold's
set), ``extra one`` (a strict superset), ``mixed``. With the trace, ``extra events`` counts the
wrong records on which the coder emits more than one event, and of the wrong-type and
actors-only records those whose gold event (type; type and both slots) is among the later ones.

Run from the worktree root::

    D=docs/data/census-2026-12-05-s21-census
    python3 $D/census.py /tmp/reading-s21-start.json $D/trace-start.json $D/census.json \
        > $D/census.md
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

OLDER = ("oeda", "diplomacy", "seed", "real", "fresh-2025")
KINDS = ("uncoded", "false event", "wrong type", "actors only")
SLOT_KINDS = ("empty", "other role", "wrong code", "missing one", "extra one", "mixed")


def group(name: str) -> str:
    """``older`` (development files made before issue 14's held-out sets) or ``held-out``."""
    return "older" if name in OLDER else "held-out"


def kind(error: dict[str, Any]) -> str:
    """The one kind of a wrong record."""
    if error["got"] == "NONE":
        return "uncoded"
    if error["gold"] == "NONE":
        return "false event"
    if error["got"] != error["gold"]:
        return "wrong type"
    return "actors only"


def slot_kind(gold: set[str], got: set[str], other_gold: set[str]) -> str | None:
    """How a coded record's slot misses the gold's set (None: right, or no gold actor)."""
    if not gold or got == gold:
        return None
    if not got:
        return "empty"
    if not got & gold:
        return "other role" if got <= other_gold else "wrong code"
    if got < gold:
        return "missing one"
    if got > gold:
        return "extra one"
    return "mixed"


def slots(error: dict[str, Any]) -> list[tuple[str, str]]:
    """The (role, slot kind) of each wrong gold slot of a coded record."""
    if error["got"] == "NONE":
        return []
    gs, gt = set(error["gold_source"]), set(error["gold_target"])
    out = []
    for role, gold, got, other in (
        ("source", gs, set(error["source"]), gt),
        ("target", gt, set(error["target"]), gs),
    ):
        found = slot_kind(gold, got, other)
        if found:
            out.append((role, found))
    return out


def later_right(error: dict[str, Any], events: list[dict[str, Any]]) -> tuple[bool, bool]:
    """Whether an event after the first has the gold's type; and also the gold's filled slots."""
    typed = whole = False
    for event in events[1:]:
        if event["type"] != error["gold"]:
            continue
        typed = True
        whole |= all(
            not gold or set(event[role]) == set(gold)
            for role, gold in (("source", error["gold_source"]), ("target", error["gold_target"]))
        )
    return typed, whole


def records(figures: dict[str, Any]) -> tuple[int, int]:
    """All records of a file and its gold events (the confusion's rows)."""
    total = sum(sum(row.values()) for row in figures["confusion"].values())
    return total, int(figures["n"])


def census(run: dict[str, Any], trace: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for coder, files in run.items():
        per_file: dict[str, Any] = {}
        for name, figures in files.items():
            total, gold_n = records(figures)
            kinds: Counter[str] = Counter()
            slot_counts: Counter[str] = Counter()
            confusion: Counter[str] = Counter()
            extra: Counter[str] = Counter()
            for error in figures["errors"]:
                k = kind(error)
                kinds[k] += 1
                if k == "wrong type":
                    confusion[f"{error['gold']} -> {error['got']}"] += 1
                for role, found in slots(error):
                    slot_counts[f"{role}: {found}"] += 1
                    slot_counts[f"{role}: any"] += 1
                if trace is not None:
                    events = trace[coder][name][str(error["id"])]
                    assert (events[0]["type"] if events else "NONE") == error["got"], error["id"]
                    if len(events) > 1:
                        extra["several events"] += 1
                    if k in ("wrong type", "actors only"):
                        typed, whole = later_right(error, events)
                        extra[f"{k}: gold type later"] += typed
                        extra[f"{k}: gold event later"] += whole
            per_file[name] = {
                "records": total,
                "gold_events": gold_n,
                "wrong": len(figures["errors"]),
                "kinds": dict(kinds),
                "slots": dict(slot_counts),
                "confusion": dict(confusion),
                "extra": dict(extra),
            }
        out[coder] = per_file
    return out


def add(rows: list[dict[str, Any]], key: str) -> Counter[str]:
    total: Counter[str] = Counter()
    for row in rows:
        total.update(row[key])
    return total


def counts_table(
    result: dict[str, Any],
    groups: dict[str, Callable[[str], bool]],
    title: str,
    key: str,
    cols: list[str],
) -> list[str]:
    """A markdown table of the counts under ``key``, per coder and group of files."""
    lines = [f"\n## {title}\n", "| coder | files | " + " | ".join(cols) + " |"]
    lines.append("|---" * (2 + len(cols)) + "|")
    for coder, files in result.items():
        for label, keep in groups.items():
            total = add([v for n, v in files.items() if keep(n)], key)
            lines.append(f"| {coder} | {label} | " + " | ".join(str(total[c]) for c in cols) + " |")
    return lines


def table(result: dict[str, Any]) -> str:
    lines: list[str] = []
    groups: dict[str, Callable[[str], bool]] = {
        "pooled": lambda n: True,
        "older": lambda n: group(n) == "older",
        "held-out": lambda n: group(n) == "held-out",
        "s18 + s18b": lambda n: n in ("heldout-s18", "heldout-s18b"),
    }
    lines.append("## Wrong records by kind (one kind per record)\n")
    head = "| coder | files | records | gold events | wrong | " + " | ".join(KINDS) + " |"
    lines += [head, "|---" * (5 + len(KINDS)) + "|"]
    for coder, files in result.items():
        for label, keep in groups.items():
            rows = [v for n, v in files.items() if keep(n)]
            k = add(rows, "kinds")
            n_rec = sum(r["records"] for r in rows)
            wrong = sum(r["wrong"] for r in rows)
            cells = [f"{k[x]} ({100 * k[x] / n_rec:.1f} %)" for x in KINDS]
            lines.append(
                f"| {coder} | {label} ({len(rows)}) | {n_rec} | "
                f"{sum(r['gold_events'] for r in rows)} | {wrong} ({100 * wrong / n_rec:.1f} %) | "
                + " | ".join(cells)
                + " |"
            )
    cols = [f"{role}: {s}" for role in ("source", "target") for s in (*SLOT_KINDS, "any")]
    lines += counts_table(
        result,
        groups,
        "Wrong gold slots on coded records (any type), by how they miss",
        "slots",
        cols,
    )
    cols = [
        "several events",
        "wrong type: gold type later",
        "wrong type: gold event later",
        "actors only: gold type later",
        "actors only: gold event later",
    ]
    lines += counts_table(
        result, groups, "Extra events (from the trace: every event the coder emits)", "extra", cols
    )
    lines.append("\n## The largest type confusions (gold -> coded), pooled\n")
    for coder, files in result.items():
        c = add(list(files.values()), "confusion")
        spread = {cell: sum(1 for v in files.values() if cell in v["confusion"]) for cell in c}
        cells = ", ".join(f"{cell} {m} ({spread[cell]} files)" for cell, m in c.most_common(15))
        lines.append(f"* {coder}: {sum(c.values())} records in {len(c)} cells; {cells}")
    lines.append("\n## Per file (kinds; slots any)\n")
    cols = [*KINDS, "source: any", "target: any"]
    lines += [
        "| file | records | "
        + " | ".join(f"rules {c}" for c in cols)
        + " | "
        + " | ".join(f"nlp {c}" for c in cols)
        + " |",
        "|---" * (2 + 2 * len(cols)) + "|",
    ]
    coders = list(result)
    for name in result[coders[0]]:
        cells = []
        for coder in coders:
            row = result[coder][name]
            cells += [str(row["kinds"].get(c, 0)) for c in KINDS]
            cells += [str(row["slots"].get(c, 0)) for c in cols[len(KINDS) :]]
        lines.append(
            f"| {name} | {result[coders[0]][name]['records']} | " + " | ".join(cells) + " |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    run = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    trace = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")) if len(sys.argv) > 2 else None
    result = census(run, trace)
    if len(sys.argv) > 3:
        Path(sys.argv[3]).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(table(result), end="")


if __name__ == "__main__":
    main()
