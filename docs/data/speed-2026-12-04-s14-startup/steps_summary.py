"""Summary of ``steps_timeline.py``'s OUT.json: the steps outside the workers' coding, each with
its wall seconds from the launch and its CPU seconds. Usage: python3 steps_summary.py OUT.json
[...] (one JSON object per file; ``--table`` for a readable table of one file)."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from typing import Any


def summary(path: str) -> dict[str, Any]:
    with open(path) as handle:
        rows = json.load(handle)
    kinds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        kinds[r["kind"]].append(r)
    launch = kinds["launch"][0]["t"]
    parent = kinds["start"][0]["pid"]

    def at(row: dict[str, Any]) -> float:
        return round(row["t"] - launch, 3)

    code = kinds["code"]
    workers: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in code:
        workers[r["pid"]].append(r)
    ends = sorted(max(r["t"] for r in rs) for rs in workers.values())
    firsts = sorted(kinds["worker-first-task"], key=lambda r: r["t"])
    out: dict[str, Any] = {
        "interpreter_to_script_s": at(kinds["start"][0]),
        "cli_imported_at": at(kinds["cli-imported"][0]),
        "parent_cpu_at_cli_imported": round(kinds["cli-imported"][0]["cpu"], 3),
        "start_workers_at": at(kinds["start_workers-called"][0]),
        "start_workers_returned_at": at(kinds["start_workers-returned"][0]),
    }
    opens = [r for r in kinds["store-open"] if r["pid"] == parent]
    if opens:
        out["parent_store_open_at"] = at(opens[0])
        out["parent_store_open_cpu"] = round(opens[0]["task_cpu"], 3)
        out["parent_store_open_wall"] = round(opens[0]["t"] - opens[0]["start"], 3)
    out["parent_cpu_at_store_open_end"] = round(opens[0]["cpu"], 3) if opens else None
    out["ingest_loop_at"] = at(kinds["ingest-loop"][0])
    out["parent_cpu_at_ingest_loop"] = round(kinds["ingest-loop"][0]["cpu"], 3)
    out["worker_first_task_at"] = [at(r) for r in firsts]
    out["worker_cpu_before_first_task"] = [round(r["cpu"], 3) for r in firsts]
    wopen = [r for r in kinds["store-open"] if r["pid"] != parent]
    out["worker_store_open_cpu"] = [round(r["task_cpu"], 3) for r in wopen]
    stores = kinds["store"]
    first_code = min(r["start"] for r in code)
    out |= {
        "first_task_at": round(first_code - launch, 3),
        "coding_span_s": round(ends[-1] - first_code, 3),
        "idle_tail_s": round(ends[-1] - ends[0], 3),
        "last_task_end_at": round(ends[-1] - launch, 3),
        "end_at": at(kinds["end"][0]),
        "tasks": len(code),
        "worker_task_cpu_s": round(sum(r["task_cpu"] for r in code), 3),
        "worker_task_wall_s": round(sum(r["t"] - r["start"] for r in code), 3),
        "worker_store_read_wall_s": round(sum(r.get("read_wall", 0.0) for r in code), 3),
        "worker_store_read_cpu_s": round(sum(r.get("read_cpu", 0.0) for r in code), 3),
        "parent_store_cpu_s": round(sum(r["task_cpu"] for r in stores), 3),
        "parent_store_wall_s": round(sum(r["t"] - r["start"] for r in stores), 3),
        "parent_cpu_total_s": round(kinds["end"][0]["parent_cpu"], 3),
        "last_store_end_at": at(max(stores, key=lambda r: r["t"])),
    }
    return out


if __name__ == "__main__":
    table = "--table" in sys.argv
    for name in [a for a in sys.argv[1:] if not a.startswith("--")]:
        result = summary(name)
        if table:
            print(name)
            for key, value in result.items():
                print(f"  {key:58s} {value}")
        else:
            print(name, json.dumps(result))
