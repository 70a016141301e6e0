"""Audit of the shipped gazetteer's country entries against docs/event-coding.md's conventions.

For every country entry (generated and curated): the code its name, each alias (capitals are
aliases) and each demonym resolves to through the gazetteer's own look-up, and every case where
that code is not the entry's; then every term of a person or group whose role (sector) field
holds a three-letter state code or any other code that is no sector of the dictionaries'
agent codes (Phoenix.agents.txt, PLOVER_agents.txt, PRE). Run from the worktree root:
    PYTHONPATH=src python3 docs/data/gaz-2026-12-05-s22-gaz/audit.py > OUT.json
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from accord.news import gazetteer

REFERENCE = Path("../shared/reference")
NGEC = REFERENCE / "ngec" / "countries.csv"


def resolve(gaz: gazetteer.Gazetteer, phrase: str) -> tuple[str, list[str]] | None:
    """The table and code(s) the whole phrase resolves to, None when no table covers it all."""
    tokens = gazetteer.tokenize(phrase)
    if not tokens:
        return None
    hit = gaz.lookup(tokens, 0)
    if hit is None or hit[0] != len(tokens):
        return None
    _n, table, value = hit
    if table == "name":
        return table, sorted(
            {f"{e.kind}:{e.code}" + (f"/{e.role}" if e.role else "") for e in value}
        )
    return table, [str(value)]


def main() -> int:
    gaz = gazetteer.load()
    raw = gazetteer.load_raw()
    gen, cur = raw["generated"], raw["curated"]
    state_codes = {c["code"] for c in gen["countries"]} | {
        c["code"] for c in cur.get("countries", []) if len(c["code"]) == 3
    }
    iso3 = set()
    with NGEC.open(encoding="utf-8") as handle:
        iso3 |= {row["CCA3"][:3] for row in csv.DictReader(handle)}
    agents = (REFERENCE / "petrarch" / "Phoenix.agents.txt").read_text(errors="replace")
    sector_codes = set(re.findall(r"\[~([A-Z]{3})", agents)) | {"PRE"}
    sector_codes |= set(gazetteer.build_agents(REFERENCE).values())
    rows: list[dict[str, Any]] = []
    layers = [("generated", c) for c in gen["countries"]]
    layers += [("curated", c) for c in cur.get("countries", [])]
    for layer, country in layers:
        code = country["code"]
        phrases = [("name", country["name"])]
        phrases += [("alias", a) for a in country.get("aliases", [])]
        phrases += [("demonym", d) for d in country.get("demonyms", [])]
        for field, phrase in phrases:
            text = " ".join(
                w.capitalize() if w.isupper() and len(w) > 3 else w for w in str(phrase).split()
            )
            row = {
                "layer": layer,
                "entry": code,
                "entry_name": country["name"],
                "role": country.get("role"),
                "field": field,
                "phrase": text,
                "resolves": None,
            }
            got = resolve(gaz, text)
            if got is None:
                rows.append(row)
                continue
            table, codes = got
            bare = {c.split(":")[-1].split("/")[0] for c in codes}
            if bare != {code} or any(c.startswith(("person", "group", "org")) for c in codes):
                rows.append({**row, "table": table, "resolves": codes})
    # roles (sectors) that hold a state code
    sectors: list[dict[str, Any]] = []
    for store_key, entries in gaz.names.items():
        for entry in entries:
            # a person's role is read from its terms; every other entry's is its own
            pairs = [(t.code, t.role) for t in entry.terms or ()]
            if entry.kind != "person":
                pairs.append((entry.code, entry.role))
            for code, role in pairs:
                if role is None or not re.fullmatch(r"[A-Z]{3}", role):
                    continue
                if role in state_codes or role in iso3 or role not in sector_codes:
                    sectors.append(
                        {
                            "phrase": " ".join(store_key),
                            "kind": entry.kind,
                            "name": entry.name,
                            "code": code,
                            "role": role,
                        }
                    )
    by_name: dict[tuple[str, str, str, str], list[str]] = {}
    for s in sectors:
        by_name.setdefault((s["kind"], s["name"], s["code"], s["role"]), []).append(s["phrase"])
    sector_rows = [
        {"kind": k[0], "name": k[1], "code": k[2], "role": k[3], "phrases": sorted(set(v))}
        for k, v in sorted(by_name.items())
    ]
    out = {
        "disagreements": rows,
        "summary": Counter(
            (r["field"], "unresolved" if r["resolves"] is None else "other") for r in rows
        ).most_common(),
        "role_holds_state_code": sector_rows,
        "role_pairs": Counter(f"{r['code']}/{r['role']}" for r in sector_rows).most_common(),
    }
    out["summary"] = [[list(k), v] for k, v in out["summary"]]
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
